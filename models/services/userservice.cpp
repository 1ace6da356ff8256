#include "userservice.h"

#include "passwordhasher.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {
SessionUser fromQuery(const QSqlQuery &q)
{
    SessionUser u;
    u.id = q.value(0).toString();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = RoleInfo::fromCode(q.value(3).toString()).value_or(Role::Clerk);
    u.townshipId = q.value(4).toString();
    return u;
}
const char *kUserColumns = "id, login, display_name, role, township_id, password_hash, active";
} // namespace

Validation UserService::checkPassword(const QString &password)
{
    Validation v;
    if (password.size() < 8)
        v.add(QStringLiteral("password"), tr("Password: at least 8 characters."));
    else if (password.trimmed() != password)
        v.add(QStringLiteral("password"), tr("Password: must not begin or end with a space."));
    return v;
}

Validation UserService::checkNewUser(const QSqlDatabase &db, const NewUser &user)
{
    Validation v;
    static const QRegularExpression loginRe(QStringLiteral("^[a-z][a-z0-9_.-]{1,31}$"));
    if (!loginRe.match(user.login).hasMatch())
        v.add(QStringLiteral("login"), tr("Login: 2 to 32 lower-case letters, digits, '.', '_' or '-', beginning with a letter."));
    else if (byLogin(db, user.login))
        v.add(QStringLiteral("login"), tr("Login: %1 is taken.").arg(user.login));
    if (user.displayName.trimmed().isEmpty())
        v.add(QStringLiteral("display_name"), tr("Name: required."));
    else if (user.displayName.size() > 40)
        v.add(QStringLiteral("display_name"), tr("Name: at most 40 characters."));
    const bool county = RoleInfo::isCountyRole(user.role);
    if (county && !user.townshipId.isEmpty())
        v.add(QStringLiteral("township_id"), tr("Township: a county role belongs to no township."));
    if (!county && user.townshipId.isEmpty())
        v.add(QStringLiteral("township_id"), tr("Township: required for a township role."));
    v.append(checkPassword(user.password));
    return v;
}

Result<QVariantMap> UserService::createUser(const NewUser &user)
{
    Validation v = m_writer.require(Permission::ManageUsers);
    if (!v.ok())
        return Result<QVariantMap>(v);
    const SessionUser &me = m_writer.user();
    if (me.role == Role::TownshipAdmin) {
        if (RoleInfo::isCountyRole(user.role))
            v.add(QStringLiteral("role"), tr("Role: a township administrator cannot create county accounts."));
        if (user.townshipId != me.townshipId)
            v.add(QStringLiteral("township_id"), tr("Township: you may create accounts of your own township only."));
    }
    v.append(checkNewUser(m_writer.database(), user));
    if (!v.ok())
        return Result<QVariantMap>(v);
    const QString hash = PasswordHasher::hash(user.password);
    if (hash.isEmpty())
        return Result<QVariantMap>::failure(QStringLiteral("password"), tr("Password: could not be hashed (out of memory)."));

    return m_writer.insertAlone(QStringLiteral("app_user"),
                                 {{QStringLiteral("login"), user.login},
                                  {QStringLiteral("display_name"), user.displayName.trimmed()},
                                  {QStringLiteral("role"), RoleInfo::code(user.role)},
                                  {QStringLiteral("township_id"), user.townshipId.isEmpty() ? QVariant() : QVariant(user.townshipId)},
                                  {QStringLiteral("password_hash"), hash},
                                  {QStringLiteral("active"), 1}},
                                 QStringLiteral("user.create"));
}

Validation UserService::changePassword(const QString &userId, const QString &oldPassword, const QString &newPassword)
{
    Validation v;
    const SessionUser &me = m_writer.user();
    if (userId != me.id)
        v = m_writer.require(Permission::ManageUsers);
    const auto row = m_writer.load(QStringLiteral("app_user"), userId);
    if (!row) {
        v.add(QStringLiteral("login"), tr("No such user."));
        return v;
    }
    if (userId == me.id && !PasswordHasher::verify(row->value(QStringLiteral("password_hash")).toString(), oldPassword))
        v.add(QStringLiteral("old_password"), tr("Current password: wrong."));
    v.append(checkPassword(newPassword));
    if (!v.ok())
        return v;
    const QString hash = PasswordHasher::hash(newPassword);
    return m_writer.updateAlone(QStringLiteral("app_user"), userId, {{QStringLiteral("password_hash"), hash}},
                                 QStringLiteral("user.password"));
}

Validation UserService::setActive(const QString &userId, bool active)
{
    Validation v = m_writer.require(Permission::ManageUsers);
    if (userId == m_writer.user().id)
        v.add(QStringLiteral("active"), tr("You cannot deactivate your own account."));
    if (!v.ok())
        return v;
    return m_writer.updateAlone(QStringLiteral("app_user"), userId, {{QStringLiteral("active"), active ? 1 : 0}},
                                 active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"));
}

std::optional<SessionUser> UserService::byLogin(const QSqlDatabase &db, const QString &login)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM app_user WHERE login = ? AND deleted = 0").arg(QLatin1String(kUserColumns)));
    q.addBindValue(login);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

Result<SessionUser> UserService::signIn(const QSqlDatabase &db, const QString &login, const QString &password)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM app_user WHERE login = ? AND deleted = 0").arg(QLatin1String(kUserColumns)));
    q.addBindValue(login.trimmed());
    const bool found = q.exec() && q.next();
    if (!found || !PasswordHasher::verify(q.value(5).toString(), password))
        return Result<SessionUser>::failure(QStringLiteral("password"), tr("Login or password is wrong."));
    if (q.value(6).toInt() != 1)
        return Result<SessionUser>::failure(QStringLiteral("login"), tr("This account is deactivated; ask your administrator."));
    return fromQuery(q);
}

bool UserService::hasUsers(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM app_user WHERE deleted = 0 LIMIT 1")) && q.next();
}

Result<SessionUser> UserService::firstRunSetup(const QSqlDatabase &db, const NewTownship &township, const NewUser &admin)
{
    Validation v;
    if (hasUsers(db))
        v.add(QStringLiteral("setup"), tr("This replica is set up already."));
    static const QRegularExpression codeRe(QStringLiteral("^\\d{6}$"));
    static const QRegularExpression townshipRe(QStringLiteral("^\\d{9}$"));
    if (!codeRe.match(township.countyCode).hasMatch())
        v.add(QStringLiteral("county_code"), tr("County code: six digits (GB/T 2260)."));
    if (!townshipRe.match(township.code).hasMatch())
        v.add(QStringLiteral("township_code"), tr("Township code: nine digits."));
    else if (!township.countyCode.isEmpty() && !township.code.startsWith(township.countyCode))
        v.add(QStringLiteral("township_code"), tr("Township code: must begin with the county code."));
    if (township.name.trimmed().isEmpty())
        v.add(QStringLiteral("township_name"), tr("Township name: required."));
    NewUser a = admin;
    a.role = Role::TownshipAdmin;
    a.townshipId = QStringLiteral("pending");   // checked below, set once the township exists
    v.append(checkNewUser(db, a));
    if (!v.ok())
        return Result<SessionUser>(v);
    const QString hash = PasswordHasher::hash(a.password);

    ChangeWriter writer(db, SessionUser());
    SessionUser created;
    v = writer.transact([&] {
        auto t = writer.insert(QStringLiteral("township"),
                               {{QStringLiteral("county_code"), township.countyCode},
                                {QStringLiteral("code"), township.code},
                                {QStringLiteral("name"), township.name.trimmed()}},
                               QStringLiteral("setup.township"));
        if (!t)
            return t.errors();
        auto u = writer.insert(QStringLiteral("app_user"),
                               {{QStringLiteral("login"), a.login},
                                {QStringLiteral("display_name"), a.displayName.trimmed()},
                                {QStringLiteral("role"), RoleInfo::code(Role::TownshipAdmin)},
                                {QStringLiteral("township_id"), t->value(QStringLiteral("id"))},
                                {QStringLiteral("password_hash"), hash},
                                {QStringLiteral("active"), 1}},
                               QStringLiteral("setup.admin"));
        if (!u)
            return u.errors();
        created.id = u->value(QStringLiteral("id")).toString();
        created.login = a.login;
        created.displayName = a.displayName.trimmed();
        created.role = Role::TownshipAdmin;
        created.townshipId = t->value(QStringLiteral("id")).toString();
        return Validation();
    });
    if (!v.ok())
        return Result<SessionUser>(v);
    return created;
}
