#include "changewriter.h"

#include "auditchain.h"
#include "storage/localsettings.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace {

const QStringList kSyncedEntities = {
    QStringLiteral("township"),   QStringLiteral("village"),  QStringLiteral("institution"),
    QStringLiteral("household"),  QStringLiteral("person"),   QStringLiteral("enrollment"),
    QStringLiteral("receipt"),    QStringLiteral("disease"),  QStringLiteral("filing"),
    QStringLiteral("filing_attachment"), QStringLiteral("claim"), QStringLiteral("settlement"),
    QStringLiteral("policy"),     QStringLiteral("app_user"),
    // Health poverty relief (0003_relief.sql).
    QStringLiteral("settlement_adjustment"), QStringLiteral("relief_batch"), QStringLiteral("relief_batch_line"),
    QStringLiteral("bank_account"),
};

// Secrets stay out of the audit log; the log says that they changed.
QVariantMap redacted(const QString &entity, QVariantMap row)
{
    if (entity == QLatin1String("app_user") && row.contains(QStringLiteral("password_hash")))
        row[QStringLiteral("password_hash")] = QStringLiteral("<redacted>");
    if (entity == QLatin1String("filing_attachment"))
        row.remove(QStringLiteral("content"));   // the sha256 column identifies it
    return row;
}

// Compact JSON with sorted keys; binary columns (scans) as base64.
QString toJson(const QVariantMap &row)
{
    if (row.isEmpty())
        return {};
    QJsonObject o;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (it.value().isNull())
            o.insert(it.key(), QJsonValue::Null);   // SQL NULL, not ""
        else if (it.value().typeId() == QMetaType::QByteArray)
            o.insert(it.key(), QString::fromLatin1(it.value().toByteArray().toBase64()));
        else
            o.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A null QString from a service means "empty text"; an invalid QVariant
// means SQL NULL.
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

} // namespace

ChangeWriter::ChangeWriter(const QSqlDatabase &db, const SessionUser &user)
    : m_db(db), m_user(user), m_workstationId(LocalSettings::workstationId(db)), m_clock(m_workstationId)
{
}

QString ChangeWriter::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ChangeWriter::isSyncedEntity(const QString &entity)
{
    return kSyncedEntities.contains(entity);
}

Validation ChangeWriter::require(Permission permission) const
{
    Validation v;
    if (!m_user.isValid())
        v.add(QStringLiteral("permission"), tr("Sign in first."));
    else if (!RoleInfo::can(m_user.role, permission))
        v.add(QStringLiteral("permission"), tr("A %1 may not %2.")
                                               .arg(RoleInfo::label(m_user.role), RoleInfo::permissionLabel(permission)));
    return v;
}

Validation ChangeWriter::requireNotMaker(const QString &makerUserId) const
{
    Validation v;
    if (makerUserId == m_user.id)
        v.add(QStringLiteral("permission"),
              tr("You entered this record yourself; another user must approve it (two-person review)."));
    return v;
}

Validation ChangeWriter::requireTownship(const QString &townshipId) const
{
    Validation v;
    if (!RoleInfo::isCountyRole(m_user.role) && m_user.townshipId != townshipId)
        v.add(QStringLiteral("permission"), tr("This record belongs to another township."));
    return v;
}

QSqlQuery &ChangeWriter::prepared(const QString &sql) const
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        it = m_queries.insert(sql, q);
    }
    return it.value();
}

Validation ChangeWriter::sqlError(const QSqlQuery &q, const QString &entity) const
{
    Validation v;
    const QString text = q.lastError().text();
    if (text.contains(QLatin1String("UNIQUE")))
        v.add(entity, tr("This %1 record duplicates one that exists (%2).").arg(entity, text));
    else
        v.add(entity, tr("The %1 record could not be written: %2").arg(entity, text));
    return v;
}

Validation ChangeWriter::transact(const std::function<Validation()> &work)
{
    if (m_depth > 0) {
        // Nested: the outer transaction commits or rolls back.
        return work();
    }
    Validation v;
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        v.add(QStringLiteral("database"), tr("The database is busy or read-only: %1").arg(begin.lastError().text()));
        return v;
    }
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_lastHash = AuditChain::lastHash(m_db);
    {
        QSqlQuery q(m_db);
        m_lastSeq = q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log")) && q.next()
                        ? q.value(0).toLongLong()
                        : 0;
        if (q.exec(QStringLiteral("SELECT hlc FROM sync_outbox ORDER BY seq DESC LIMIT 1")) && q.next())
            m_clock.observe(q.value(0).toString());
    }
    ++m_depth;
    v = work();
    --m_depth;
    QSqlQuery end(m_db);
    if (v.ok()) {
        if (!end.exec(QStringLiteral("COMMIT"))) {
            v.add(QStringLiteral("database"), tr("The change could not be saved: %1").arg(end.lastError().text()));
            end.exec(QStringLiteral("ROLLBACK"));
        }
    } else {
        end.exec(QStringLiteral("ROLLBACK"));
    }
    return v;
}

std::optional<QVariantMap> ChangeWriter::load(const QString &entity, const QString &id) const
{
    if (!isSyncedEntity(entity))
        return std::nullopt;
    // Prepared once: a batch (2,000 filings certified at once) loads each
    // row three times.
    QSqlQuery &q = prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    q.finish();   // no statement left open between transactions
    return row;
}

Result<QVariantMap> ChangeWriter::insert(const QString &entity, QVariantMap values, const QString &action)
{
    Q_ASSERT_X(m_depth > 0, "ChangeWriter::insert", "writes happen inside transact()");
    if (!isSyncedEntity(entity))
        return Result<QVariantMap>::failure(entity, tr("Unknown record kind %1.").arg(entity));
    if (values.value(QStringLiteral("id")).toString().isEmpty())
        values[QStringLiteral("id")] = newId();
    values[QStringLiteral("version")] = 1;
    values[QStringLiteral("updated_at")] = m_now;
    values[QStringLiteral("updated_by")] = m_user.id.isEmpty() ? QVariant() : QVariant(m_user.id);
    values[QStringLiteral("workstation_id")] = m_workstationId;
    values[QStringLiteral("deleted")] = 0;

    // Column names come from the services (never from input); values are bound.
    const QStringList columns = values.keys();
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(entity, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QString &c : columns)
        q.addBindValue(bindable(values.value(c)));
    if (!q.exec())
        return Result<QVariantMap>(sqlError(q, entity));
    const QString id = values.value(QStringLiteral("id")).toString();
    const auto row = load(entity, id);
    if (!row)
        return Result<QVariantMap>::failure(entity, tr("The %1 record vanished after it was written.").arg(entity));
    const Validation logged = writeAuditAndOutbox(entity, id, action.isEmpty() ? entity + QStringLiteral(".insert") : action,
                                                  QStringLiteral("insert"), 0, {}, *row);
    if (!logged.ok())
        return Result<QVariantMap>(logged);
    return *row;
}

Result<QVariantMap> ChangeWriter::update(const QString &entity, const QString &id, const QVariantMap &changes,
                                         const QString &action, qint64 expectedVersion)
{
    Q_ASSERT_X(m_depth > 0, "ChangeWriter::update", "writes happen inside transact()");
    const auto before = load(entity, id);
    if (!before)
        return Result<QVariantMap>::failure(entity, tr("The %1 record %2 does not exist.").arg(entity, id));
    const qint64 version = before->value(QStringLiteral("version")).toLongLong();
    if (expectedVersion >= 0 && expectedVersion != version)
        return Result<QVariantMap>::failure(
            QStringLiteral("version"),
            tr("Someone changed this record since you opened it (version %1, now %2). Reopen it and try again.")
                .arg(expectedVersion)
                .arg(version));

    QVariantMap values = changes;
    values.remove(QStringLiteral("id"));
    values[QStringLiteral("version")] = version + 1;
    values[QStringLiteral("updated_at")] = m_now;
    values[QStringLiteral("updated_by")] = m_user.id.isEmpty() ? QVariant() : QVariant(m_user.id);
    values[QStringLiteral("workstation_id")] = m_workstationId;
    QStringList sets;
    const QStringList columns = values.keys();
    for (const QString &c : columns)
        sets << c + QStringLiteral(" = ?");
    QSqlQuery &q = prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                                .arg(entity, sets.join(QLatin1Char(','))));
    for (const QString &c : columns)
        q.addBindValue(bindable(values.value(c)));
    q.addBindValue(id);
    q.addBindValue(version);
    if (!q.exec())
        return Result<QVariantMap>(sqlError(q, entity));
    if (q.numRowsAffected() != 1)
        return Result<QVariantMap>::failure(QStringLiteral("version"), tr("The %1 record changed while it was being saved.").arg(entity));
    const auto after = load(entity, id);
    const bool deleting = values.value(QStringLiteral("deleted")).toInt() == 1;
    const Validation logged = writeAuditAndOutbox(entity, id, action.isEmpty() ? entity + QStringLiteral(".update") : action,
                                                  deleting ? QStringLiteral("delete") : QStringLiteral("update"),
                                                  version, *before, *after);
    if (!logged.ok())
        return Result<QVariantMap>(logged);
    return *after;
}

Result<QVariantMap> ChangeWriter::insertAlone(const QString &entity, const QVariantMap &values, const QString &action)
{
    QVariantMap row;
    const Validation v = transact([&] {
        auto r = insert(entity, values, action);
        if (!r)
            return r.errors();
        row = r.value();
        return Validation();
    });
    if (!v.ok())
        return Result<QVariantMap>(v);
    return row;
}

Validation ChangeWriter::updateAlone(const QString &entity, const QString &id, const QVariantMap &changes,
                                     const QString &action, qint64 expectedVersion)
{
    return transact([&] {
        auto r = update(entity, id, changes, action, expectedVersion);
        return r ? Validation() : r.errors();
    });
}

Result<QVariantMap> ChangeWriter::tombstone(const QString &entity, const QString &id, const QString &action)
{
    return update(entity, id, {{QStringLiteral("deleted"), 1}},
                  action.isEmpty() ? entity + QStringLiteral(".delete") : action);
}

Validation ChangeWriter::writeAuditAndOutbox(const QString &entity, const QString &rowId, const QString &action,
                                             const QString &op, qint64 baseVersion, const QVariantMap &before,
                                             const QVariantMap &after)
{
    AuditEntry e;
    e.seq = m_lastSeq + 1;
    e.at = m_now;
    e.userId = m_user.id;
    e.workstationId = m_workstationId;
    e.action = action;
    e.entity = entity;
    e.rowId = rowId;
    e.beforeJson = toJson(redacted(entity, before));
    QVariantMap logged = redacted(entity, after);
    AuditChain::leaveOutStated(e, logged);
    e.afterJson = toJson(logged);
    const QString hash = AuditChain::hashOf(m_lastHash, e);

    QSqlQuery &a = prepared(QStringLiteral(
        "INSERT INTO audit_log (seq, at, user_id, workstation_id, action, entity, row_id, before_json, after_json, "
        "hash) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    a.addBindValue(e.seq);
    a.addBindValue(e.at);
    a.addBindValue(e.userId.isEmpty() ? QVariant() : QVariant(e.userId));
    a.addBindValue(e.workstationId);
    a.addBindValue(e.action);
    a.addBindValue(e.entity);
    a.addBindValue(e.rowId);
    a.addBindValue(e.beforeJson.isEmpty() ? QVariant() : QVariant(e.beforeJson));
    a.addBindValue(e.afterJson);
    a.addBindValue(hash);
    if (!a.exec())
        return sqlError(a, QStringLiteral("audit_log"));
    m_lastHash = hash;
    m_lastSeq = e.seq;

    QSqlQuery &o = prepared(QStringLiteral(
        "INSERT INTO sync_outbox (op_id, entity, row_id, op, base_version, hlc, audit_seq) VALUES (?,?,?,?,?,?,?)"));
    o.addBindValue(newId());
    o.addBindValue(entity);
    o.addBindValue(rowId);
    o.addBindValue(op);
    o.addBindValue(baseVersion);
    o.addBindValue(m_clock.tick(QDateTime::currentMSecsSinceEpoch()));
    // The row after the change, and the operation's user, workstation and
    // time, are those of the audit entry.
    o.addBindValue(e.seq);
    if (!o.exec())
        return sqlError(o, QStringLiteral("sync_outbox"));
    return {};
}

std::optional<QVariantMap> ChangeWriter::loadPersonToChange(const QString &personId, Validation &v,
                                                          std::optional<QVariantMap> *household) const
{
    const auto person = load(QStringLiteral("person"), personId);
    if (!person || person->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("person_id"), tr("Person: no such person."));
        return std::nullopt;
    }
    const auto home = load(QStringLiteral("household"), person->value(QStringLiteral("household_id")).toString());
    if (home)
        v.append(requireTownship(home->value(QStringLiteral("township_id")).toString()));
    if (household)
        *household = home;
    return person;
}
