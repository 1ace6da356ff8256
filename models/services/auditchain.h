#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

// The audit log is a hash chain: each entry's hash is SHA-256 over the
// previous entry's hash and the entry's own fields, so changing, removing
// or reordering any entry breaks every hash after it.
struct AuditEntry
{
    qint64 seq = 0;
    QString at;
    QString userId;
    QString workstationId;
    QString action;
    QString entity;
    QString rowId;
    QString beforeJson;   // empty for an insert
    QString afterJson;
};

class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
public:
    // The hash of the first entry's predecessor.
    static QString genesisHash();
    static QString hashOf(const QString &prevHash, const AuditEntry &entry);
    // Lower-case hex SHA-256 of bytes into hex[0..63] (libsodium; the bulk
    // writer hashes its canonical form with this too).
    static void sha256Hex(const char *bytes, qsizetype size, char *hex);
    // The hash of the newest entry, or the genesis hash.
    static QString lastHash(const QSqlDatabase &db);

    struct Report
    {
        qint64 entries = 0;
        qint64 firstBadSeq = -1;  // -1: the chain is intact
        QString problem;          // translated
        bool ok() const { return firstBadSeq < 0; }
    };
    // An entry's after_json leaves out the sync columns the entry states
    // itself: id (its row_id), updated_at (its at), updated_by (its user),
    // workstation_id (its workstation) and, for an insert (no before_json),
    // version 1 and deleted 0. A column is left out only when it has exactly
    // that value, so withStated() gives back the whole row: on a county demo
    // this is a fifth of the audit log's bytes.
    static void leaveOutStated(const AuditEntry &e, QVariantMap &after);
    // The row after the change, from an entry's after_json (older entries
    // that kept every column come back as they are).
    static QJsonObject withStated(QJsonObject after, const QString &rowId, const QString &at, const QString &userId,
                                  const QString &workstationId, bool insert);

    // Walks the whole log in order and recomputes every hash.
    static Report verify(const QSqlDatabase &db);
};
