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
// (ConflictResolutionService writes it). Keyboard: Enter on a conflict goes
// to its fields, F2 or typing edits the value that will stand, Enter moves
// on, Ctrl+Enter saves the edited version; Alt+O, Alt+T and Alt+D are the
// three decisions.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showConflict(int row);
    void focusFields();
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
