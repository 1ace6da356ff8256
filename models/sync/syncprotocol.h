#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// Constants and row conversions shared by both sides of the sync protocol
// (docs/sync-protocol.md).
class SyncProtocol
{
    Q_DECLARE_TR_FUNCTIONS(SyncProtocol)
public:
    static constexpr int kProtocol = 2;   // 2: the XOR agreement digest (section 8)
    static constexpr int kMinProtocol = 2;
    static constexpr int kMaxPushOps = 1000;
    static constexpr int kDefaultPullLimit = 500;
    static constexpr int kMaxPullLimit = 5000;

    // Entities the county owns (written by county credentials only).
    static const QStringList &countyEntities();
    // Entities a township writes (filing: until submitted).
    static const QStringList &townshipEntities();
    // Every synced entity, parents before children.
    static const QStringList &entities();
    // Rows every township pulls (township_id NULL in the change log).
    static bool isCountyWide(const QString &entity);

    // A database row as protocol JSON: binary columns as base64 text.
    static QJsonObject rowToJson(const QVariantMap &row);
    // Protocol JSON as bind values for the columns of db's table entity:
    // base64 decoded for BLOB columns; columns the JSON lacks are absent.
    static QVariantMap jsonToRow(const QSqlDatabase &db, const QString &entity, const QJsonObject &json);
    // The same with the table's record already at hand (no catalog query).
    static QVariantMap jsonToRow(const QSqlRecord &rec, const QString &entity, const QJsonObject &json);
    static bool isBlobColumn(const QString &entity, const QString &column);

    // Inserts or replaces every given column of the row with this id.
    static bool writeRow(QSqlDatabase &db, const QString &entity, const QVariantMap &row, QString *error);
    // The whole row, or an empty map.
    static QVariantMap loadRow(const QSqlDatabase &db, const QString &entity, const QString &id);
    // The same through a prepared "SELECT * FROM entity WHERE id = ?" that
    // the caller keeps (one per entity and sync); finished after.
    static QVariantMap loadRow(QSqlQuery &selectById, const QString &id);

    // The agreement digest of section 8: per row SHA-256 of "id:version";
    // an entity's digest is the XOR of its rows' hashes (order-independent,
    // so it is kept up to date by taking a row's old version out and its
    // new one in). kDigestBytes zero bytes are the digest of no rows.
    static constexpr int kDigestBytes = 32;
    static QByteArray rowHash(const QString &id, qint64 version);
    static void xorInto(QByteArray &digest, const QByteArray &hash);
    // {"count": n, "digest": hex} as the protocol writes it.
    static QJsonObject digestJson(qint64 count, const QByteArray &digest);
};
