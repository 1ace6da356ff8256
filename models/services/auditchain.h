#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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
    // Walks the whole log in order and recomputes every hash.
    static Report verify(const QSqlDatabase &db);
};
