#pragma once

// A sync conflict staged in a replica as the county would have answered
// it, without a county: the row here stands as the county's version, the
// local edit is the row with localChanges on top (or, countyHasIt false,
// the county does not have the row). Header-only: included by tests.

#include "services/changewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

inline QString stageConflict(const QSqlDatabase &db, const SessionUser &reader, const QString &entity, const QString &rowId,
                             const QVariantMap &localChanges, bool countyHasIt = true, const QString &opId = {})
{
    const QVariantMap current = *ChangeWriter(db, reader).load(entity, rowId);
    QVariantMap local = current;
    for (auto it = localChanges.cbegin(); it != localChanges.cend(); ++it)
        local.insert(it.key(), it.value());
    auto json = [](const QVariantMap &row) {
        return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact));
    };
    const QString id = ChangeWriter::newId();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_conflict (id, op_id, entity, row_id, base_version, local_json, server_version, "
                             "server_json, reason, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(opId.isEmpty() ? ChangeWriter::newId() : opId);
    q.addBindValue(entity);
    q.addBindValue(rowId);
    q.addBindValue(current.value(QStringLiteral("version")).toLongLong());
    q.addBindValue(json(local));
    q.addBindValue(current.value(QStringLiteral("version")).toLongLong() + 1);
    q.addBindValue(countyHasIt ? json(current) : QString());
    q.addBindValue(QStringLiteral("The record changed on the server since this edit was made."));
    q.addBindValue(QStringLiteral("2024-06-01T08:00:00.000Z"));
    if (!q.exec())
        qWarning() << q.lastError().text();
    return id;
}
