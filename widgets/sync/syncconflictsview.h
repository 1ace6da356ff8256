#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class SyncConflictFieldsModel;
class SyncConflictModel;

// The conflicts list: on the left the conflicts in plain words, on the right
// the selected one's two versions side by side, and a reviewer's decision:
// keep the county's version, keep this workstation's, or save an edited one
// (ConflictResolutionService writes it).
class SyncConflictsView : public QWidget
{
    Q_OBJECT
public:
    SyncConflictsView(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    SyncConflictModel *model() const { return m_model; }
    SyncConflictFieldsModel *fieldsModel() const { return m_fields; }
    QTableView *list() const { return m_list; }
    QTableView *fieldsView() const { return m_fieldsView; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void reload();
    void keepServer();
    void keepLocal();
    void keepEdited();

signals:
    void resolved();

private:
    void showConflict(int row);
    void finish(const class Validation &result, const QString &done);

    QSqlDatabase m_db;
    SessionUser m_user;
    SyncConflictModel *m_model;
    SyncConflictFieldsModel *m_fields;
    QTableView *m_list;
    QTableView *m_fieldsView;
    QCheckBox *m_showResolved;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_keepServer;
    QPushButton *m_keepLocal;
    QPushButton *m_keepEdited;
};
