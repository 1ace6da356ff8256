#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSet>
#include <QString>
#include <QVariantMap>
#include <map>
#include <memory>
#include <optional>

// The county server's storage and the server side of the sync protocol
// (docs/sync-protocol.md): credentials, push (applied per batch in one
// transaction, answered per operation, idempotent by op id), pull from the
// change log in pages, provisioning. QtSql only; the SQL is common to
// SQLite and PostgreSQL (QPSQL). No HTTP here: server/ wraps it.
class SyncServerStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncServerStore)
public:
    struct Credential
    {
        QString id;
        QString scope;        // "township" or "county"
        QString townshipId;   // empty for county scope
        QString label;
        QString publicKey;
        int workstationNumber = 0;   // 1–99 within its township; 0 for county scope
        bool isCounty() const { return scope == QLatin1String("county"); }
    };
    struct IssuedCredential
    {
        Credential credential;
        QString secret;       // shown once
        QString bearer() const { return credential.id + QLatin1Char('.') + secret; }
        QJsonObject toFile(const QString &server = {}) const;
    };

    explicit SyncServerStore(const QSqlDatabase &db) : m_db(db) {}
    QSqlDatabase database() const { return m_db; }

    // "sqlite:PATH" or "postgresql://user:password@host:port/dbname".
    static Result<QSqlDatabase> open(const QString &spec, const QString &connectionName);
    // Applies resources/server-sql/NNNN_*.sql newer than schema_migration.
    Result<int> migrate();
    static int latestSchema();

    // Provisioning (the county's own writes; each goes to the change log).
    Result<QVariantMap> provisionTownship(const QString &countyCode, const QString &code, const QString &name);
    Result<QVariantMap> provisionVillage(const QString &townshipCode, const QString &code, const QString &name);
    Result<QVariantMap> provisionInstitution(const QString &code, const QString &name, const QString &level,
                                             const QString &location);
    // role: clerk, reviewer, township_admin (with townshipCode) or a county role.
    Result<QVariantMap> provisionUser(const QString &login, const QString &displayName, const QString &role,
                                      const QString &townshipCode, const QString &password);
    Result<QVariantMap> provisionPolicy(const QByteArray &document);
    // A county row written directly (insert, or update of a newer version).
    Result<QVariantMap> writeCountyRow(const QString &entity, QVariantMap row);
    Result<IssuedCredential> issueCredential(const QString &scope, const QString &townshipCode, const QString &label,
                                             const QString &publicKeyHex = {});
    Validation revokeCredential(const QString &credentialId);
    // Registers (or replaces) the Ed25519 public key (hex, 64 characters)
    // a workstation signs its packages with.
    Validation setPublicKey(const QString &credentialId, const QString &publicKeyHex);
    // A credential by id alone (packages carry no secret: the signature
    // stands for it); revoked tells whether it was revoked.
    std::optional<Credential> credentialById(const QString &credentialId, bool *revoked = nullptr) const;
    // The county's Ed25519 key pair (raw bytes), created on first use.
    struct KeyPair
    {
        QByteArray publicKey;
        QByteArray secretKey;
    };
    Result<KeyPair> countyKey();

    // "Bearer <id>.<secret>" or "<id>.<secret>"; nullopt if unknown, wrong or revoked.
    std::optional<Credential> authenticate(const QString &authorization) const;

    // The protocol calls. An error is a bad request (field "request") or a
    // database failure (field "database"), never a per-operation answer.
    Result<QJsonObject> push(const Credential &credential, const QJsonObject &request);
    Result<QJsonObject> pull(const Credential &credential, qint64 cursor, int limit) const;
    QJsonObject digest(const Credential &credential) const;
    qint64 lastSeq() const;
    // Recomputes the kept digests (table sync_digest) from the change log,
    // in one transaction: after the migration that made them, or after rows
    // were loaded into the change log by other means (the benchmarks).
    Validation rebuildDigests();

private:
    struct Answer;
    Answer applyOp(const Credential &credential, const QJsonObject &op);
    Validation checkRights(const Credential &credential, const QString &entity, const QString &userId,
                           const QVariantMap &current, const QVariantMap &row, QString *code) const;
    Validation validateRow(const QString &entity, const QVariantMap &row) const;
    Validation validateAdjustment(const QVariantMap &row) const;
    QString townshipOf(const QString &entity, const QVariantMap &row) const;
    // previousVersion: the row's version before this change (0: a new row).
    Result<qint64> appendChange(const QString &entity, const QVariantMap &row, qint64 previousVersion,
                                const QString &opId, const QString &hlc);
    bool updateDigest(const QString &scopeKey, const QString &entity, const QString &rowId, qint64 previousVersion,
                      qint64 version, QString *error);
    QSqlQuery &statement(const QString &sql) const;
    QVariantMap load(const QString &entity, const QString &id) const;
    // As SyncProtocol::writeRow, with the statement kept and the row's
    // existence already known.
    bool writeRow(const QString &entity, const QVariantMap &row, bool exists, QString *error);
    bool beginBatch(QString *error);
    bool endBatch(QString *error);
    bool begin();
    bool exec(const QString &sql);
    QString now() const;

    QSqlDatabase m_db;
    QHash<QString, QSqlRecord> m_records;
    // Prepared statements reused across ops and batches (by SQL text).
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    // During a push: the change sequence and the touched digests, kept in
    // memory and written once before the commit (the counter row is locked
    // at the batch's start); copied before each op and put back when the
    // op is rolled back to its savepoint.
    struct Batch
    {
        qint64 seq = 0;
        QHash<QPair<QString, QString>, QPair<qint64, QByteArray>> digests;   // (scope key, entity)
        QSet<QPair<QString, QString>> stored;                                // digest rows that exist
    };
    std::optional<Batch> m_batch;
    // The op users' role, township, active and deleted, for one push.
    mutable QHash<QString, QVariantList> m_users;
};
