#pragma once

#include "domain/sessionuser.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

// The idle lock: the signed-in user's password unlocks; "sign out" lets
// another user sign in instead.
class LockDialog : public QDialog
{
    Q_OBJECT
public:
    enum { SignOut = 2 };
    LockDialog(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);
    QString errorText() const;

public slots:
    void accept() override;

private:
    QSqlDatabase m_db;
    SessionUser m_user;
    QLineEdit *m_password;
    QLabel *m_error;
};
