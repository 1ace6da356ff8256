#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class ClaimListModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class SettlementPanel;

// The reviewer's queue (审核): the township's entered claims, oldest
// entries last, with what each would pay now. Approve settles the claim
// (ClaimService::approve); Return sends it back with a reason. The service
// refuses an approval by the claim's maker, and the message is shown here.
class ClaimReviewQueue : public QWidget
{
    Q_OBJECT
public:
    ClaimReviewQueue(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    ClaimListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SettlementPanel *panel() const { return m_panel; }
    QString message() const;
    bool printAfterApproval() const;
    void setPrintAfterApproval(bool on);

public slots:
    void reload();
    // Approves the current claim; returns the settlement id, empty on refusal.
    QString approveCurrent();
    bool returnCurrent(const QString &reason);

signals:
    void settled(const QString &settlementId);
    void changed();

private:
    void showCurrent();
    void askReturnReason();

    QSqlDatabase m_db;
    SessionUser m_user;
    ClaimListModel *m_model;
    QTableView *m_view;
    SettlementPanel *m_panel;
    QLabel *m_details;
    QLabel *m_message;
    QPushButton *m_approve;
    QPushButton *m_return;
    QCheckBox *m_print;
};
