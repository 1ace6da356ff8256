#include "syncprotocol.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

const QStringList &SyncProtocol::countyEntities()
{
    static const QStringList e = {QStringLiteral("township"), QStringLiteral("village"), QStringLiteral("institution"),
                                  QStringLiteral("policy"),   QStringLiteral("disease"), QStringLiteral("app_user")};
    return e;
}

const QStringList &SyncProtocol::townshipEntities()
{
    static const QStringList e = {QStringLiteral("household"), QStringLiteral("person"),   QStringLiteral("receipt"),
                                  QStringLiteral("enrollment"), QStringLiteral("filing"),  QStringLiteral("filing_attachment"),
                                  QStringLiteral("claim"),     QStringLiteral("settlement"),
                                  // Health poverty relief (0003_relief.sql), parents before children.
                                  QStringLiteral("settlement_adjustment"), QStringLiteral("relief_batch"),
                                  QStringLiteral("relief_batch_line"), QStringLiteral("bank_account")};
    return e;
}

const QStringList &SyncProtocol::entities()
{
    static const QStringList e = countyEntities() + townshipEntities();
    return e;
}

bool SyncProtocol::isCountyWide(const QString &entity)
{
    return entity != QLatin1String("app_user") && countyEntities().contains(entity);
}

bool SyncProtocol::isBlobColumn(const QString &entity, const QString &column)
{
    return entity == QLatin1String("filing_attachment") && column == QLatin1String("content");
}

QJsonObject SyncProtocol::rowToJson(const QVariantMap &row)
{
    QJsonObject o;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QByteArray)
            o.insert(it.key(), QString::fromLatin1(it.value().toByteArray().toBase64()));
        else if (it.value().isNull())
            o.insert(it.key(), QJsonValue::Null);
        else
            o.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return o;
}

QVariantMap SyncProtocol::jsonToRow(const QSqlDatabase &db, const QString &entity, const QJsonObject &json)
{
    return jsonToRow(db.record(entity), entity, json);
}

QVariantMap SyncProtocol::jsonToRow(const QSqlRecord &rec, const QString &entity, const QJsonObject &json)
{
    QVariantMap row;
    for (int i = 0; i < rec.count(); ++i) {
        const QString column = rec.fieldName(i);
        if (!json.contains(column))
            continue;
        const QJsonValue v = json.value(column);
        if (v.isNull() || v.isUndefined())
            row.insert(column, QVariant());
        else if (isBlobColumn(entity, column))
            row.insert(column, QByteArray::fromBase64(v.toString().toLatin1()));
        else if (v.isDouble()) {
            const double d = v.toDouble();
            if (d == static_cast<double>(static_cast<qint64>(d)))
                row.insert(column, static_cast<qint64>(d));
            else
                row.insert(column, d);
        } else if (v.isBool())
            row.insert(column, v.toBool() ? 1 : 0);
        else
            row.insert(column, v.toString());
    }
    return row;
}

QVariantMap SyncProtocol::loadRow(const QSqlDatabase &db, const QString &entity, const QString &id)
{
    if (!entities().contains(entity))
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity));
    return loadRow(q, id);
}

QVariantMap SyncProtocol::loadRow(QSqlQuery &selectById, const QString &id)
{
    QVariantMap row;
    selectById.addBindValue(id);
    if (selectById.exec() && selectById.next()) {
        const QSqlRecord rec = selectById.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), selectById.value(i));
    }
    selectById.finish();
    return row;
}

bool SyncProtocol::writeRow(QSqlDatabase &db, const QString &entity, const QVariantMap &row, QString *error)
{
    // Entity and column names come from the table's own record, never from input.
    if (!entities().contains(entity)) {
        if (error)
            *error = tr("Unknown record kind %1.").arg(entity);
        return false;
    }
    const QString id = row.value(QStringLiteral("id")).toString();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(entity));
    q.addBindValue(id);
    const bool exists = q.exec() && q.next();
    const QStringList columns = row.keys();
    QString sql;
    if (exists) {
        QStringList sets;
        for (const QString &c : columns)
            if (c != QLatin1String("id"))
                sets << c + QStringLiteral(" = ?");
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity, sets.join(QLatin1Char(',')));
    } else {
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(entity, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    }
    QSqlQuery w(db);
    w.prepare(sql);
    for (const QString &c : columns) {
        if (exists && c == QLatin1String("id"))
            continue;
        const QVariant v = row.value(c);
        w.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QString(QLatin1String(""))) : v);
    }
    if (exists)
        w.addBindValue(id);
    if (!w.exec()) {
        if (error)
            *error = w.lastError().text();
        return false;
    }
    return true;
}

QByteArray SyncProtocol::rowHash(const QString &id, qint64 version)
{
    return QCryptographicHash::hash(id.toUtf8() + ':' + QByteArray::number(version), QCryptographicHash::Sha256);
}

void SyncProtocol::xorInto(QByteArray &digest, const QByteArray &hash)
{
    if (digest.size() != kDigestBytes)
        digest = QByteArray(kDigestBytes, '\0');
    for (int i = 0; i < kDigestBytes && i < hash.size(); ++i)
        digest[i] = char(digest.at(i) ^ hash.at(i));
}

QJsonObject SyncProtocol::digestJson(qint64 count, const QByteArray &digest)
{
    const QByteArray bytes = digest.size() == kDigestBytes ? digest : QByteArray(kDigestBytes, '\0');
    return {{QStringLiteral("count"), count}, {QStringLiteral("digest"), QString::fromLatin1(bytes.toHex())}};
}
