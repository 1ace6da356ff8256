#pragma once

#include "domain/result.h"
#include "domain/sessionuser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariantMap>
#include <map>
#include <memory>

// The workstation side of the sync protocol (docs/sync-protocol.md), free of
// any transport: it builds push requests from the outbox, marks the answers,
// keeps conflicts, applies pulled pages with the cursor in one transaction
// and computes the agreement digest. SyncRunner drives it over a transport;
// packages reuse it through files.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
public:
    explicit SyncClient(const QSqlDatabase &db);

    qint64 pendingCount() const;
    // The next push request: up to limit pending operations in outbox order,
    // each with its row (the audit entry's after_json; scan contents read
    // from the row). "ops" is empty when nothing is pending.
    QJsonObject buildPush(int limit = 500) const;

    struct PushSummary
    {
        int applied = 0;
        int duplicates = 0;
        int rejected = 0;
        int conflicts = 0;
        QStringList problems;   // one line per rejection or conflict
    };
    // Marks every answered op pushed, stores conflicts and replaces the
    // conflicting rows with the server's, in one transaction.
    Result<PushSummary> applyPushAnswer(const QJsonObject &answer);

    qint64 cursor() const;
    struct PullSummary
    {
        int written = 0;
        int skipped = 0;
        bool more = false;
        qint64 cursor = 0;
    };
    // Applies one pull page and stores its cursor, in one transaction.
    Result<PullSummary> applyPull(const QJsonObject &page);

    // Per entity, the row count and the XOR of SHA-256("id:version") over
    // its rows (section 8), from the cache the replica keeps (sync_digest).
    QJsonObject digest() const;
    // The entities whose digests differ, with counts, in words.
    static QStringList differences(const QJsonObject &local, const QJsonObject &server);

    QList<QVariantMap> openConflicts() const;
    // A reviewer keeps the server's version ("server": closes the conflict)
    // or the local one ("local": a new operation on top of the server's
    // version, through ChangeWriter and every check again).
    Validation resolveConflict(const QString &conflictId, const QString &resolution, const SessionUser &reviewer);

private:
    bool begin(QString *error);
    // knownMissing: the caller has just seen that the row does not exist.
    Validation writeAudited(const QString &entity, const QVariantMap &row, const QString &action, bool knownMissing = false);
    QSqlQuery &statement(const QString &sql) const;
    QSqlRecord record(const QString &entity) const;
    QVariantMap load(const QString &entity, const QString &id) const;

    QSqlDatabase m_db;
    QString m_workstationId;
    QString m_lastHash;
    QString m_now;   // one time for the audit entries of a pulled page
    qint64 m_lastSeq = 0;
    // Prepared statements and table records, kept for the client's life.
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    // The last column list written per entity (and per update), its SQL,
    // statement and column types, so a pull builds each only once.
    struct Shape
    {
        QStringList columns;
        QString sql;
        QList<int> types;
        QSqlQuery *statement = nullptr;
        qsizetype recordSize = 0;
    };
    QHash<QString, Shape> m_shapes;
    QSqlQuery *m_auditInsert = nullptr;
    QHash<QString, QSqlQuery *> m_versionStatements;
    mutable QHash<QString, QSqlRecord> m_records;
};
