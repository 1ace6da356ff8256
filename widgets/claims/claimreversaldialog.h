#pragma once

#include "domain/sessionuser.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

// Reverses a settled claim (冲销): the signed-in user gives the reason, and
// a second user who may approve claims types their login and password here
// to approve it (ClaimReversalService refuses the same user twice).
class ClaimReversalDialog : public QDialog
{
    Q_OBJECT
public:
    ClaimReversalDialog(const QSqlDatabase &db, const SessionUser &user, const QString &claimId, QWidget *parent = nullptr);

    QString reversingSettlementId() const { return m_settlementId; }
    // Fills the fields and reverses, as OK does; false with the message shown.
    bool reverse(const QString &reason, const QString &approverLogin, const QString &approverPassword);
    QString message() const;

public slots:
    void accept() override;

private:
    QSqlDatabase m_db;
    SessionUser m_user;
    QString m_claimId;
    QString m_settlementId;
    QLineEdit *m_reason;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
};
