#include "syncclient.h"

#include "syncprotocol.h"

#include "services/auditchain.h"
#include "services/changewriter.h"
#include "services/numberseries.h"
#include "storage/localsettings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlField>
#include <QSqlRecord>
#include <memory>

namespace {

const QString kCursorKey = QStringLiteral("pull_cursor");

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The audit log's form of a row (changewriter.cpp): no secrets, no scans,
// and after a change (entry given) without the columns the entry states.
QString auditJson(const QString &entity, QVariantMap row, const AuditEntry *entry = nullptr)
{
    if (row.isEmpty())
        return {};
    if (entity == QLatin1String("app_user") && row.contains(QStringLiteral("password_hash")))
        row[QStringLiteral("password_hash")] = QStringLiteral("<redacted>");
    if (entity == QLatin1String("filing_attachment"))
        row.remove(QStringLiteral("content"));
    if (entry)
        AuditChain::leaveOutStated(*entry, row);
    return compact(SyncProtocol::rowToJson(row));
}

} // namespace

SyncClient::SyncClient(const QSqlDatabase &db) : m_db(db), m_workstationId(LocalSettings::workstationId(db)) {}

qint64 SyncClient::pendingCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE pushed_at IS NULL")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

QJsonObject SyncClient::buildPush(int limit) const
{
    QJsonArray ops;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.op_id, o.entity, o.row_id, o.op, o.base_version, o.hlc, a.user_id, a.after_json, "
                             "a.at, a.workstation_id, a.before_json IS NULL "
                             "FROM sync_outbox o JOIN audit_log a ON a.seq = o.audit_seq "
                             "WHERE o.pushed_at IS NULL ORDER BY o.seq LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        const QString entity = q.value(1).toString();
        QJsonObject row = AuditChain::withStated(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object(),
                                                 q.value(2).toString(), q.value(8).toString(), q.value(6).toString(),
                                                 q.value(9).toString(), q.value(10).toBool());
        const QVariantMap stored = load(entity, q.value(2).toString());
        if (!stored.isEmpty()
            && stored.value(QStringLiteral("version")).toLongLong() == row.value(QStringLiteral("version")).toInteger()) {
            // The op is the row's newest change: the row itself is exact
            // (the audit's JSON writes SQL NULL as "").
            row = SyncProtocol::rowToJson(stored);
        } else {
            // An older change: the audit's JSON, with "" in a nullable
            // column read as NULL (no service writes "" where NULL is allowed
            // and meant).
            const QSqlRecord rec = record(entity);
            for (int i = 0; i < rec.count(); ++i) {
                const QString column = rec.fieldName(i);
                if (rec.field(i).requiredStatus() != QSqlField::Required && row.value(column) == QJsonValue(QString()))
                    row.insert(column, QJsonValue::Null);
            }
        }
        if (entity == QLatin1String("filing_attachment")) {
            // The audit leaves the scan out; the row has it (an attachment's
            // content never changes after it is written).
            row.insert(QStringLiteral("content"),
                       QString::fromLatin1(stored.value(QStringLiteral("content")).toByteArray().toBase64()));
        }
        ops.append(QJsonObject{{QStringLiteral("op_id"), q.value(0).toString()},
                               {QStringLiteral("entity"), entity},
                               {QStringLiteral("row_id"), q.value(2).toString()},
                               {QStringLiteral("op"), q.value(3).toString()},
                               {QStringLiteral("base_version"), q.value(4).toLongLong()},
                               {QStringLiteral("hlc"), q.value(5).toString()},
                               {QStringLiteral("user_id"), q.value(6).isNull() ? QJsonValue() : QJsonValue(q.value(6).toString())},
                               {QStringLiteral("row"), row}});
    }
    QSqlQuery v(m_db);
    const int schema = v.exec(QStringLiteral("PRAGMA user_version")) && v.next() ? v.value(0).toInt() : 0;
    return {{QStringLiteral("workstation_id"), m_workstationId},
            {QStringLiteral("schema"), schema},
            {QStringLiteral("ops"), ops}};
}

bool SyncClient::begin(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = tr("The replica is busy or read-only: %1").arg(q.lastError().text());
        return false;
    }
    q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    m_lastHash = AuditChain::lastHash(m_db);
    m_lastSeq = q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

QSqlQuery &SyncClient::statement(const QString &sql) const
{
    // A pull writes hundreds of thousands of rows: prepare each statement once.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

QSqlRecord SyncClient::record(const QString &entity) const
{
    auto it = m_records.find(entity);
    if (it == m_records.end())
        it = m_records.insert(entity, m_db.record(entity));
    return *it;
}

QVariantMap SyncClient::load(const QString &entity, const QString &id) const
{
    if (!SyncProtocol::entities().contains(entity))
        return {};
    return SyncProtocol::loadRow(statement(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity)), id);
}

Validation SyncClient::writeAudited(const QString &entity, const QVariantMap &row, const QString &action, bool knownMissing)
{
    Validation v;
    const QString id = row.value(QStringLiteral("id")).toString();
    // A pull has just looked the row up: a missing row needs no loading.
    const QVariantMap before = knownMissing ? QVariantMap() : load(entity, id);
    // As SyncProtocol::writeRow, with prepared statements kept: entity and
    // column names come from the table's own record, never from input. A
    // pull brings the same columns row after row: the SQL is built once.
    const QStringList columns = row.keys();
    Shape &shape = m_shapes[before.isEmpty() ? entity : entity + QStringLiteral(":update")];
    if (shape.columns != columns) {
        shape.columns = columns;
        if (!before.isEmpty()) {
            QStringList sets;
            for (const QString &c : columns)
                if (c != QLatin1String("id"))
                    sets << c + QStringLiteral(" = ?");
            shape.sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity, sets.join(QLatin1Char(',')));
        } else {
            shape.sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(entity, columns.join(QLatin1Char(',')), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        }
        const QSqlRecord rec = record(entity);
        shape.types.clear();
        for (const QString &c : columns)
            shape.types << rec.field(c).metaType().id();
        shape.statement = &statement(shape.sql);
        shape.recordSize = rec.count();
    }
    QSqlQuery &w = *shape.statement;
    // The values as bound are the values as stored (SQLite keeps what it is
    // given in a column of the value's own type): a NULL text is written as
    // '' (as SyncProtocol::writeRow does), a number in a text column as text.
    QVariantMap stored = row;
    bool complete = stored.size() == shape.recordSize;
    int i = 0;
    for (auto it = stored.begin(); it != stored.end(); ++it, ++i) {
        QVariant &value = it.value();
        const int type = value.typeId();
        const int column = shape.types.at(i);
        if (type == QMetaType::QString && value.toString().isNull())
            value = QString(QLatin1String(""));
        else if (!value.isNull() && type != QMetaType::QString && type != QMetaType::QByteArray && column == QMetaType::QString)
            value = value.toString();
        // The audit's after is the row as stored: the written values when
        // they are every column and plainly typed, else the row read back.
        complete = complete
                   && (value.isNull() || (value.typeId() == QMetaType::QString && column == QMetaType::QString)
                       || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::QByteArray);
        if (!before.isEmpty() && it.key() == QLatin1String("id"))
            continue;
        w.addBindValue(value);
    }
    if (!before.isEmpty())
        w.addBindValue(id);
    if (!w.exec()) {
        v.add(entity, tr("The %1 record %2 from the county could not be written: %3").arg(entity, id, w.lastError().text()));
        return v;
    }
    AuditEntry e;
    e.seq = m_lastSeq + 1;
    e.at = m_now.isEmpty() ? nowText() : m_now;
    e.userId = row.value(QStringLiteral("updated_by")).toString();
    e.workstationId = m_workstationId;
    e.action = action;
    e.entity = entity;
    e.rowId = id;
    e.beforeJson = auditJson(entity, before);
    e.afterJson = auditJson(entity, complete ? stored : load(entity, id), &e);
    const QString hash = AuditChain::hashOf(m_lastHash, e);
    if (!m_auditInsert)
        m_auditInsert = &statement(QStringLiteral("INSERT INTO audit_log (seq, at, user_id, workstation_id, action, entity, row_id, "
                                                  "before_json, after_json, hash) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery &a = *m_auditInsert;
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
    if (!a.exec()) {
        v.add(QStringLiteral("audit_log"), tr("The audit entry could not be written: %1").arg(a.lastError().text()));
        return v;
    }
    m_lastHash = hash;
    m_lastSeq = e.seq;
    return v;
}

Result<SyncClient::PushSummary> SyncClient::applyPushAnswer(const QJsonObject &answer)
{
    using R = Result<PushSummary>;
    QString error;
    if (!begin(&error))
        return R::failure(QStringLiteral("database"), error);
    auto fail = [&](const Validation &v) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return R(v);
    };
    PushSummary s;
    const QString now = nowText();
    QSqlQuery q(m_db);
    for (const QJsonValue &value : answer.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = value.toObject();
        const QString opId = r.value(QStringLiteral("op_id")).toString();
        QString status = r.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("duplicate")) {
            ++s.duplicates;
            status = r.value(QStringLiteral("original")).toString();
        }
        const QString reason = r.value(QStringLiteral("reason")).toString();
        if (status == QLatin1String("applied"))
            ++s.applied;
        else if (status == QLatin1String("rejected"))
            ++s.rejected;
        else if (status == QLatin1String("conflict"))
            ++s.conflicts;
        else {
            Validation v;
            v.add(QStringLiteral("answer"), tr("The server answered operation %1 with an unknown status %2.").arg(opId, status));
            return fail(v);
        }
        QSqlQuery &op = statement(QStringLiteral("SELECT o.entity, o.row_id, o.base_version, a.after_json, a.at, a.user_id, "
                                                 "a.workstation_id, a.before_json IS NULL FROM sync_outbox o "
                                                 "JOIN audit_log a ON a.seq = o.audit_seq WHERE o.op_id = ?"));
        op.addBindValue(opId);
        if (!op.exec() || !op.next()) {
            op.finish();
            continue;   // not ours (an answer repeated after a reset): nothing to mark
        }
        const QString entity = op.value(0).toString();
        const QString rowId = op.value(1).toString();
        const qint64 baseVersion = op.value(2).toLongLong();
        const QString localJson = compact(AuditChain::withStated(QJsonDocument::fromJson(op.value(3).toString().toUtf8()).object(),
                                                                 rowId, op.value(4).toString(), op.value(5).toString(),
                                                                 op.value(6).toString(), op.value(7).toBool()));
        op.finish();
        if (status != QLatin1String("applied"))
            s.problems << QStringLiteral("%1 %2 (%3): %4").arg(entity, rowId, status, reason);
        if (status == QLatin1String("conflict")) {
            const QJsonObject serverRow = r.value(QStringLiteral("server_row")).toObject();
            q.prepare(QStringLiteral("INSERT INTO sync_conflict (id, op_id, entity, row_id, base_version, local_json, "
                                     "server_version, server_json, reason, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?) "
                                     "ON CONFLICT(op_id) DO NOTHING"));
            q.addBindValue(ChangeWriter::newId());
            q.addBindValue(opId);
            q.addBindValue(entity);
            q.addBindValue(rowId);
            q.addBindValue(baseVersion);
            q.addBindValue(localJson);
            q.addBindValue(r.value(QStringLiteral("server_version")).toInteger());
            q.addBindValue(serverRow.isEmpty() ? QVariant() : QVariant(compact(serverRow)));
            q.addBindValue(reason);
            q.addBindValue(now);
            if (!q.exec()) {
                Validation v;
                v.add(QStringLiteral("sync_conflict"), tr("The conflict could not be kept: %1").arg(q.lastError().text()));
                return fail(v);
            }
            if (!serverRow.isEmpty()) {
                // The server's row stands until a reviewer decides.
                const Validation v = writeAudited(entity, SyncProtocol::jsonToRow(m_db, entity, serverRow),
                                                  QStringLiteral("sync.conflict"));
                if (!v.ok())
                    return fail(v);
            }
        }
        QSqlQuery &mark = statement(QStringLiteral("UPDATE sync_outbox SET pushed_at = ?, result = ?, result_reason = ? WHERE op_id = ?"));
        mark.addBindValue(now);
        mark.addBindValue(status);
        mark.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
        mark.addBindValue(opId);
        if (!mark.exec()) {
            Validation v;
            v.add(QStringLiteral("sync_outbox"), tr("The outbox could not be marked: %1").arg(mark.lastError().text()));
            return fail(v);
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Validation v;
        v.add(QStringLiteral("database"), tr("The push results could not be saved: %1").arg(q.lastError().text()));
        return fail(v);
    }
    return s;
}

qint64 SyncClient::cursor() const
{
    return LocalSettings::value(m_db, kCursorKey, QStringLiteral("0")).toLongLong();
}

Result<SyncClient::PullSummary> SyncClient::applyPull(const QJsonObject &page)
{
    using R = Result<PullSummary>;
    if (!page.value(QStringLiteral("changes")).isArray() || !page.value(QStringLiteral("cursor")).isDouble())
        return R::failure(QStringLiteral("answer"), tr("The server's pull answer has no changes or cursor."));
    QString error;
    if (!begin(&error))
        return R::failure(QStringLiteral("database"), error);
    auto fail = [&](const Validation &v) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return R(v);
    };
    PullSummary s;
    m_now = nowText();
    struct ClearNow
    {
        QString &now;
        ~ClearNow() { now.clear(); }
    } clearNow{m_now};
    s.more = page.value(QStringLiteral("more")).toBool();
    s.cursor = page.value(QStringLiteral("cursor")).toInteger();
    for (const QJsonValue &value : page.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = value.toObject();
        const QString entity = c.value(QStringLiteral("entity")).toString();
        if (!SyncProtocol::entities().contains(entity)) {
            Validation v;
            v.add(QStringLiteral("answer"), tr("The server sent a change of an unknown kind %1.").arg(entity));
            return fail(v);
        }
        QSqlQuery *&versionOf = m_versionStatements[entity];
        if (!versionOf)
            versionOf = &statement(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(entity));
        QSqlQuery &version = *versionOf;
        version.addBindValue(c.value(QStringLiteral("row_id")).toString());
        const bool exists = version.exec() && version.next();
        const bool newer = exists && version.value(0).toLongLong() >= c.value(QStringLiteral("version")).toInteger();
        version.finish();
        if (newer) {
            ++s.skipped;
            continue;
        }
        const Validation v = writeAudited(entity, SyncProtocol::jsonToRow(record(entity), entity, c.value(QStringLiteral("row")).toObject()),
                                          QStringLiteral("sync.pull"), !exists);
        if (!v.ok())
            return fail(v);
        ++s.written;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO local_setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kCursorKey);
    q.addBindValue(QString::number(s.cursor));
    bool stored = q.exec();
    // The county's number for this workstation (section 3), kept with the cursor.
    const int number = page.value(QStringLiteral("workstation_number")).toInt();
    if (stored && NumberSeries::isValidNumber(number) && number != NumberSeries::workstationNumber(m_db))
        stored = NumberSeries::setWorkstationNumber(m_db, number);
    if (!stored || !q.exec(QStringLiteral("COMMIT"))) {
        Validation v;
        v.add(QStringLiteral("database"), tr("The pulled changes could not be saved: %1").arg(q.lastError().text()));
        return fail(v);
    }
    return s;
}

QJsonObject SyncClient::digest() const
{
    // The cached digests (table sync_digest); an entity whose rows changed
    // since (the table's triggers mark it dirty) is hashed again and cached
    // in one IMMEDIATE transaction, so no write can slip in between.
    QHash<QString, QPair<qint64, QByteArray>> cached;
    QStringList dirty;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool haveCache = q.exec(QStringLiteral("SELECT entity, row_count, digest, dirty FROM sync_digest"));
    while (haveCache && q.next()) {
        if (q.value(3).toInt() != 0)
            continue;
        cached.insert(q.value(0).toString(), {q.value(1).toLongLong(), QByteArray::fromHex(q.value(2).toString().toLatin1())});
    }
    q.finish();
    for (const QString &entity : SyncProtocol::entities())
        if (!cached.contains(entity))
            dirty << entity;
    if (!dirty.isEmpty()) {
        const bool locked = haveCache && q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        for (const QString &entity : std::as_const(dirty)) {
            qint64 count = 0;
            QByteArray digest(SyncProtocol::kDigestBytes, '\0');
            QSqlQuery rows(m_db);
            rows.setForwardOnly(true);
            rows.exec(QStringLiteral("SELECT id, version FROM %1").arg(entity));
            while (rows.next()) {
                ++count;
                SyncProtocol::xorInto(digest, SyncProtocol::rowHash(rows.value(0).toString(), rows.value(1).toLongLong()));
            }
            cached.insert(entity, {count, digest});
            if (locked) {
                QSqlQuery u(m_db);
                u.prepare(QStringLiteral("UPDATE sync_digest SET row_count = ?, digest = ?, dirty = 0 WHERE entity = ?"));
                u.addBindValue(count);
                u.addBindValue(QString::fromLatin1(digest.toHex()));
                u.addBindValue(entity);
                u.exec();
            }
        }
        if (locked && !q.exec(QStringLiteral("COMMIT")))
            q.exec(QStringLiteral("ROLLBACK"));
    }
    QJsonObject entities;
    for (const QString &entity : SyncProtocol::entities()) {
        const auto d = cached.value(entity);
        entities.insert(entity, SyncProtocol::digestJson(d.first, d.second));
    }
    return {{QStringLiteral("entities"), entities}};
}

QStringList SyncClient::differences(const QJsonObject &local, const QJsonObject &server)
{
    QStringList out;
    const QJsonObject l = local.value(QStringLiteral("entities")).toObject();
    const QJsonObject s = server.value(QStringLiteral("entities")).toObject();
    for (const QString &entity : SyncProtocol::entities()) {
        const QJsonObject a = l.value(entity).toObject();
        const QJsonObject b = s.value(entity).toObject();
        const QString digest = a.value(QStringLiteral("digest")).toString();
        if (digest.isEmpty() || digest != b.value(QStringLiteral("digest")).toString()
            || a.value(QStringLiteral("count")).toInteger() != b.value(QStringLiteral("count")).toInteger())
            out << tr("%1: %2 rows here, %3 at the county, and they differ.")
                       .arg(entity)
                       .arg(a.value(QStringLiteral("count")).toInteger())
                       .arg(b.value(QStringLiteral("count")).toInteger());
    }
    return out;
}

QList<QVariantMap> SyncClient::openConflicts() const
{
    QList<QVariantMap> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT * FROM sync_conflict WHERE status = 'open' ORDER BY detected_at, id"));
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        out << row;
    }
    return out;
}

Validation SyncClient::resolveConflict(const QString &conflictId, const QString &resolution, const SessionUser &reviewer)
{
    Validation v;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT entity, row_id, local_json, status FROM sync_conflict WHERE id = ?"));
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next()) {
        v.add(QStringLiteral("conflict"), tr("Conflict: no such conflict."));
        return v;
    }
    if (q.value(3).toString() != QLatin1String("open")) {
        v.add(QStringLiteral("conflict"), tr("Conflict: already resolved."));
        return v;
    }
    if (reviewer.role == Role::Clerk) {
        v.add(QStringLiteral("permission"), tr("A reviewer resolves sync conflicts."));
        return v;
    }
    if (resolution != QLatin1String("server") && resolution != QLatin1String("local")) {
        v.add(QStringLiteral("resolution"), tr("Resolution: keep the server's version or the local one."));
        return v;
    }
    const QString entity = q.value(0).toString();
    const QString rowId = q.value(1).toString();
    const QJsonObject local = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    ChangeWriter writer(m_db, reviewer);
    return writer.transact([&] {
        Validation w;
        QString opId;
        if (resolution == QLatin1String("local")) {
            // The local values, written on top of the server's version: a new operation.
            QVariantMap changes = SyncProtocol::jsonToRow(m_db, entity, local);
            for (const QString &c : {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("updated_at"),
                                     QStringLiteral("updated_by"), QStringLiteral("workstation_id")})
                changes.remove(c);
            if (entity == QLatin1String("app_user"))
                changes.remove(QStringLiteral("password_hash"));
            auto r = writer.update(entity, rowId, changes, entity + QStringLiteral(".resolve_conflict"));
            if (!r)
                return r.errors();
            QSqlQuery o(m_db);
            o.exec(QStringLiteral("SELECT op_id FROM sync_outbox ORDER BY seq DESC LIMIT 1"));
            opId = o.next() ? o.value(0).toString() : QString();
        }
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE sync_conflict SET status = 'resolved', resolved_by = ?, resolved_at = ?, "
                                 "resolution = ?, resolution_op_id = ? WHERE id = ?"));
        u.addBindValue(reviewer.id);
        u.addBindValue(writer.now());
        u.addBindValue(resolution);
        u.addBindValue(opId.isEmpty() ? QVariant() : QVariant(opId));
        u.addBindValue(conflictId);
        if (!u.exec())
            w.add(QStringLiteral("sync_conflict"), tr("The conflict could not be closed: %1").arg(u.lastError().text()));
        return w;
    });
}
