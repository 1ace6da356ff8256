#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class ReliefListModel;

// The relief list (救助发放花名册) of a period and village: the unpaid relief,
// or a payment batch's list; print preview, PDF, XLSX/CSV; a clerk requests
// payment of the unpaid list, a reviewer approves (paid) or rejects it.
class ReliefListPanel : public QWidget
{
    Q_OBJECT
public:
    ReliefListPanel(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    ReliefListModel *model() const { return m_model; }
    QLabel *totalsLabel() const { return m_totals; }
    QComboBox *batchCombo() const { return m_batch; }
    void setPeriod(const QDate &from, const QDate &to);
    void setVillage(const QString &villageId);
    bool exportTo(const QString &path, QString *error = nullptr) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;

    // The actions behind the buttons (the tests call them); return the error text, empty on success.
    QString requestPayment();
    QString approveBatch();
    QString rejectBatch(const QString &reason);

public slots:
    void reload();

private:
    void reloadBatches(const QString &select = {});
    void updateButtons();
    QString townshipName() const;
    QString batchStatus() const;

    QSqlDatabase m_db;
    SessionUser m_user;
    ReliefListModel *m_model;
    QSpinBox *m_year;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_village;
    QComboBox *m_batch;
    QTableView *m_view;
    QLabel *m_totals;
    QPushButton *m_request;
    QPushButton *m_approve;
    QPushButton *m_reject;
};
