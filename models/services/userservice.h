#pragma once

#include "changewriter.h"
#include "domain/result.h"
#include "domain/role.h"
#include "domain/sessionuser.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Accounts: creating users, signing in, changing passwords, and the
// first-run setup that creates a township and its administrator.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    struct NewUser
    {
        QString login;
        QString displayName;
        Role role = Role::Clerk;
        QString townshipId;   // required for township roles, empty for county roles
        QString password;
    };
    struct NewTownship
    {
        QString countyCode;
        QString code;
        QString name;
    };

    explicit UserService(ChangeWriter &writer) : m_writer(writer) {}

    Result<QVariantMap> createUser(const NewUser &user);
    Validation changePassword(const QString &userId, const QString &oldPassword, const QString &newPassword);
    Validation setActive(const QString &userId, bool active);

    // Checks login and password; a wrong login and a wrong password get the
    // same message so that logins cannot be guessed.
    static Result<SessionUser> signIn(const QSqlDatabase &db, const QString &login, const QString &password);
    static bool hasUsers(const QSqlDatabase &db);
    static std::optional<SessionUser> byLogin(const QSqlDatabase &db, const QString &login);

    // First run only (no user exists): the township and its administrator
    // in one transaction, audited with no user.
    static Result<SessionUser> firstRunSetup(const QSqlDatabase &db, const NewTownship &township, const NewUser &admin);

    static Validation checkPassword(const QString &password);

private:
    static Validation checkNewUser(const QSqlDatabase &db, const NewUser &user);
    ChangeWriter &m_writer;
};
