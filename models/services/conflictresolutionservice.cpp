#include "conflictresolutionservice.h"

#include "claimservice.h"
#include "domain/idnumber.h"
#include "enrollmentservice.h"
#include "filingservice.h"
#include "householdservice.h"
#include "sync/syncprotocol.h"
#include "sync/syncwording.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
bool isSystemColumn(const QString &c)
{
    return c == QLatin1String("id") || c == QLatin1String("version") || c == QLatin1String("updated_at")
           || c == QLatin1String("updated_by") || c == QLatin1String("workstation_id") || c == QLatin1String("password_hash");
}

// The permission a user needs to write a kind of record (docs/sync-protocol.md §3.1).
Permission permissionFor(const QString &entity)
{
    if (entity == QLatin1String("claim") || entity == QLatin1String("settlement"))
        return Permission::ApproveClaims;
    if (entity == QLatin1String("filing") || entity == QLatin1String("filing_attachment"))
        return Permission::ReviewFilings;
    if (entity == QLatin1String("policy") || entity == QLatin1String("disease"))
        return Permission::PublishPolicy;
    if (entity == QLatin1String("institution") || entity == QLatin1String("township") || entity == QLatin1String("village"))
        return Permission::ManageGeography;
    if (entity == QLatin1String("app_user"))
        return Permission::ManageUsers;
    return Permission::EditHouseholds;
}

// The audit's JSON writes SQL NULL as "": equal for the comparison.
QVariant normalised(const QVariant &v)
{
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
        return QVariant();
    return v;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const QVariant x = normalised(a), y = normalised(b);
    if (x.isNull() || y.isNull())
        return x.isNull() == y.isNull();
    return x.toString() == y.toString();
}
} // namespace

std::optional<SyncConflict> ConflictResolutionService::load(const QSqlDatabase &db, const QString &conflictId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.id, c.op_id, c.entity, c.row_id, c.base_version, c.server_version, c.local_json, "
                             "c.server_json, c.reason, c.detected_at, c.status, c.resolution, a.user_id, u.display_name "
                             "FROM sync_conflict c LEFT JOIN sync_outbox o ON o.op_id = c.op_id "
                             "LEFT JOIN audit_log a ON a.seq = o.audit_seq LEFT JOIN app_user u ON u.id = a.user_id "
                             "WHERE c.id = ?"));
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SyncConflict c;
    c.id = q.value(0).toString();
    c.opId = q.value(1).toString();
    c.entity = q.value(2).toString();
    c.rowId = q.value(3).toString();
    c.baseVersion = q.value(4).toLongLong();
    c.serverVersion = q.value(5).toLongLong();
    c.local = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    c.server = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    c.reason = q.value(8).toString();
    c.detectedAt = q.value(9).toString();
    c.status = q.value(10).toString();
    c.resolution = q.value(11).toString();
    c.makerId = q.value(12).toString();
    c.makerName = q.value(13).toString();
    return c;
}

QStringList ConflictResolutionService::comparableColumns(const QSqlDatabase &db, const QString &entity)
{
    QStringList out;
    const QSqlRecord rec = db.record(entity);
    for (int i = 0; i < rec.count(); ++i) {
        const QString c = rec.fieldName(i);
        if (!isSystemColumn(c) && !SyncProtocol::isBlobColumn(entity, c))
            out << c;
    }
    return out;
}

bool ConflictResolutionService::isEditable(const QString &entity, const QString &column)
{
    if (entity == QLatin1String("settlement") || isSystemColumn(column) || column == QLatin1String("deleted"))
        return false;
    static const QStringList derived = {QStringLiteral("sex"),       QStringLiteral("birth_date"), QStringLiteral("name_initials"),
                                        QStringLiteral("serial"),    QStringLiteral("slip_no"),    QStringLiteral("scheme_year"),
                                        QStringLiteral("level"),     QStringLiteral("location"),   QStringLiteral("issued_at"),
                                        QStringLiteral("paid_at"),   QStringLiteral("policy_sha256"), QStringLiteral("document")};
    if (derived.contains(column) && !(entity == QLatin1String("disease") && column == QLatin1String("scheme_year")))
        return false;
    return !column.endsWith(QLatin1String("_id")) && !column.endsWith(QLatin1String("_by")) && !column.endsWith(QLatin1String("_at"));
}

QString ConflictResolutionService::valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

Validation ConflictResolutionService::checkRecord(const QString &entity, const QVariantMap &current, QVariantMap &changes)
{
    if (entity == QLatin1String("household"))
        return HouseholdService(m_writer).checkHouseholdChange(current, changes);
    if (entity == QLatin1String("person"))
        return HouseholdService(m_writer).checkPersonChange(current, changes);
    if (entity == QLatin1String("enrollment"))
        return EnrollmentService(m_writer).checkEnrollmentChange(current, changes);
    if (entity == QLatin1String("filing"))
        return FilingService(m_writer).checkFilingChange(current, changes);
    if (entity == QLatin1String("claim"))
        return ClaimService(m_writer).checkClaimChange(current, changes);
    if (entity == QLatin1String("settlement"))
        return ClaimService(m_writer).checkSettlementChange(current, changes);
    // No service check over a whole row of this kind yet: nothing is
    // written unchecked; the change is made again on the record's own screen.
    Validation v;
    v.add(QStringLiteral("conflict"), tr("A %1 record is not written from the conflicts list: keep the county's version, "
                                         "then make the change again on its own screen.")
                                          .arg(SyncWording::entity(entity)));
    return v;
}

Validation ConflictResolutionService::checkMayDecide(const SyncConflict &c, bool writes) const
{
    Validation v;
    if (!c.isOpen()) {
        v.add(QStringLiteral("conflict"), tr("This conflict was already resolved."));
        return v;
    }
    const SessionUser &user = m_writer.user();
    if (user.role == Role::Clerk) {
        v.add(QStringLiteral("permission"), tr("A reviewer decides sync conflicts; a clerk cannot."));
        return v;
    }
    v.append(m_writer.require(permissionFor(c.entity)));
    if (!v.ok())
        return v;
    const auto current = m_writer.load(c.entity, c.rowId);
    if (current && current->contains(QStringLiteral("township_id")) && !current->value(QStringLiteral("township_id")).isNull())
        v.append(m_writer.requireTownship(current->value(QStringLiteral("township_id")).toString()));
    if (writes && !c.makerId.isEmpty() && c.makerId == user.id)
        v.add(QStringLiteral("permission"), tr("You made the conflicting edit yourself; another reviewer decides whether it stands "
                                               "(two-person review)."));
    return v;
}

Validation ConflictResolutionService::keepServer(const QString &conflictId)
{
    const auto c = load(m_writer.database(), conflictId);
    if (!c) {
        Validation v;
        v.add(QStringLiteral("conflict"), tr("There is no such conflict."));
        return v;
    }
    const Validation allowed = checkMayDecide(*c, false);
    if (!allowed.ok())
        return allowed;
    return resolve(*c, QStringLiteral("server"), {});
}

Validation ConflictResolutionService::keepLocal(const QString &conflictId)
{
    const auto c = load(m_writer.database(), conflictId);
    if (!c) {
        Validation v;
        v.add(QStringLiteral("conflict"), tr("There is no such conflict."));
        return v;
    }
    const Validation allowed = checkMayDecide(*c, true);
    if (!allowed.ok())
        return allowed;
    const QSqlRecord rec = m_writer.database().record(c->entity);
    QVariantMap values;
    for (const QString &column : comparableColumns(m_writer.database(), c->entity)) {
        if (!c->local.contains(column))
            continue;
        QVariant value = c->local.value(column).toVariant();
        if (rec.field(column).requiredStatus() != QSqlField::Required && value.toString().isEmpty())
            value = QVariant();
        values.insert(column, value);
    }
    return resolve(*c, QStringLiteral("local"), values);
}

Validation ConflictResolutionService::keepEdited(const QString &conflictId, const QVariantMap &edited)
{
    Validation v;
    const auto c = load(m_writer.database(), conflictId);
    if (!c) {
        v.add(QStringLiteral("conflict"), tr("There is no such conflict."));
        return v;
    }
    const Validation allowed = checkMayDecide(*c, true);
    if (!allowed.ok())
        return allowed;
    const QStringList columns = comparableColumns(m_writer.database(), c->entity);
    const QSqlRecord rec = m_writer.database().record(c->entity);
    QVariantMap values;
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        const QString &column = it.key();
        QVariant value = it.value();
        if (columns.contains(column) && !isEditable(c->entity, column)) {
            // Shown, not typed: it stands as either version has it.
            const QString text = value.toString();
            if (text == valueText(c->server.value(column)) || text == valueText(c->local.value(column)))
                continue;
        }
        if (!columns.contains(column) || !isEditable(c->entity, column)) {
            v.add(column, tr("%1: this field cannot be edited here.").arg(SyncWording::field(column)));
            continue;
        }
        const QString text = value.toString().trimmed();
        const QSqlField field = rec.field(column);
        if (text.isEmpty()) {
            if (field.requiredStatus() == QSqlField::Required && field.defaultValue().isNull()) {
                v.add(column, tr("%1: it may not be empty.").arg(SyncWording::field(column)));
                continue;
            }
            value = field.requiredStatus() == QSqlField::Required ? QVariant(QString()) : QVariant();
        } else if (field.metaType().id() == QMetaType::LongLong || field.metaType().id() == QMetaType::Int) {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok) {
                v.add(column, tr("%1: \"%2\" is not a whole number.").arg(SyncWording::field(column), text));
                continue;
            }
            value = n;
        } else {
            value = text;
        }
        if (column == QLatin1String("id_number") && !text.isEmpty()) {
            const auto parsed = IdNumber::parse(text);
            if (!parsed) {
                v.add(column, parsed.errorText());
                continue;
            }
        }
        values.insert(column, value);
    }
    if (!v.ok())
        return v;
    return resolve(*c, QStringLiteral("edited"), values);
}

Validation ConflictResolutionService::resolve(const SyncConflict &c, const QString &resolution, const QVariantMap &values)
{
    m_lastOpId.clear();
    QSqlDatabase db = m_writer.database();
    return m_writer.transact([&] {
        Validation w;
        QString opId;
        if (resolution != QLatin1String("server")) {
            const auto current = m_writer.load(c.entity, c.rowId);
            QVariantMap changes;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                if (!current || !sameValue(current->value(it.key()), it.value()))
                    changes.insert(it.key(), it.value());
            if (!current) {
                w.add(QStringLiteral("conflict"), tr("The record of this conflict is not in this replica."));
                return w;
            }
            if (changes.isEmpty() && resolution == QLatin1String("edited")) {
                w.add(QStringLiteral("conflict"), tr("The edited version is the same as the one that stands now; "
                                                     "keep the county's version instead."));
                return w;
            }
            // The same checks as the record's own screen: a bad version is refused, nothing changes.
            w = checkRecord(c.entity, *current, changes);
            if (!w.ok())
                return w;
            if (!changes.isEmpty() || c.server.isEmpty()) {
                // A new operation on top of the row as it stands, with every check of the county again.
                auto r = m_writer.update(c.entity, c.rowId, changes, c.entity + QStringLiteral(".resolve_conflict"),
                                         current->value(QStringLiteral("version")).toLongLong());
                if (!r)
                    return r.errors();
                QSqlQuery o(db);
                o.prepare(QStringLiteral("SELECT op_id FROM sync_outbox WHERE row_id = ? ORDER BY seq DESC LIMIT 1"));
                o.addBindValue(c.rowId);
                opId = o.exec() && o.next() ? o.value(0).toString() : QString();
            }
        }
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE sync_conflict SET status = 'resolved', resolved_by = ?, resolved_at = ?, "
                                 "resolution = ?, resolution_op_id = ? WHERE id = ? AND status = 'open'"));
        u.addBindValue(m_writer.user().id);
        u.addBindValue(m_writer.now());
        u.addBindValue(resolution);
        u.addBindValue(opId.isEmpty() ? QVariant() : QVariant(opId));
        u.addBindValue(c.id);
        if (!u.exec() || u.numRowsAffected() != 1)
            w.add(QStringLiteral("conflict"), tr("The conflict could not be closed: %1").arg(u.lastError().text()));
        else
            m_lastOpId = opId;
        return w;
    });
}
