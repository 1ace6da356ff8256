#pragma once

#include "domain/result.h"
#include "domain/role.h"
#include "domain/sessionuser.h"
#include "hybridclock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>
#include <functional>
#include <optional>

// The one write path. Every change of synced data goes through transact():
// inside it, insert/update/tombstone write the row, its hash-chained audit
// entry and its outbox operation; if the work reports an error or any
// statement fails, the whole transaction is rolled back and nothing is
// written. Services check roles and validate before they call it.
class ChangeWriter
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWriter)
public:
    ChangeWriter(const QSqlDatabase &db, const SessionUser &user);

    const SessionUser &user() const { return m_user; }
    const QSqlDatabase &database() const { return m_db; }
    const QString &workstationId() const { return m_workstationId; }

    // Role and scope checks, as validation errors on the field "permission".
    Validation require(Permission permission) const;
    // Maker–checker: the user who made a record may not approve it.
    Validation requireNotMaker(const QString &makerUserId) const;
    // A township user may touch only their own township's records.
    Validation requireTownship(const QString &townshipId) const;

    // Runs work in one transaction; commits if it returns no error.
    Validation transact(const std::function<Validation()> &work);

    // Inside transact(). values may omit id (a UUID is made); the sync
    // columns (version, updated_*, workstation_id, deleted) are set here.
    Result<QVariantMap> insert(const QString &entity, QVariantMap values, const QString &action = {});
    // Changes some columns; expectedVersion >= 0 refuses a stale edit.
    Result<QVariantMap> update(const QString &entity, const QString &id, const QVariantMap &changes,
                               const QString &action = {}, qint64 expectedVersion = -1);
    // Marks the row deleted (rows are never removed).
    Result<QVariantMap> tombstone(const QString &entity, const QString &id, const QString &action = {});

    // insert() or update() in a transaction of their own, for a change that
    // is one row.
    Result<QVariantMap> insertAlone(const QString &entity, const QVariantMap &values, const QString &action);
    Validation updateAlone(const QString &entity, const QString &id, const QVariantMap &changes, const QString &action,
                           qint64 expectedVersion = -1);

    std::optional<QVariantMap> load(const QString &entity, const QString &id) const;
    // A live person a service is about to change: the row, with the
    // household's township checked against the user's (a refusal is added to
    // v). nullopt, with "no such person" added to v, when there is none.
    std::optional<QVariantMap> loadPersonToChange(const QString &personId, Validation &v,
                                                  std::optional<QVariantMap> *household = nullptr) const;
    // The time the current transaction writes, ISO 8601 UTC with milliseconds.
    QString now() const { return m_now; }

    static QString newId();
    static bool isSyncedEntity(const QString &entity);

private:
    Validation sqlError(const QSqlQuery &q, const QString &entity) const;
    Validation writeAuditAndOutbox(const QString &entity, const QString &rowId, const QString &action,
                                   const QString &op, qint64 baseVersion, const QVariantMap &before,
                                   const QVariantMap &after);
    QSqlQuery &prepared(const QString &sql) const;

    QSqlDatabase m_db;
    SessionUser m_user;
    QString m_workstationId;
    HybridClock m_clock;
    QString m_now;
    QString m_lastHash;
    qint64 m_lastSeq = 0;
    int m_depth = 0;
    mutable QHash<QString, QSqlQuery> m_queries;   // prepared once per writer, reused per row
};
