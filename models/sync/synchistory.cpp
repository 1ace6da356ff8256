#include "synchistory.h"

#include "storage/localsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {
// The runs, newest first, as one JSON array in local_setting: a table would
// need a migration of its own, and a few hundred runs are a few dozen KB.
const QString kHistoryKey = QStringLiteral("sync_history");
const QString kLastSuccessKey = QStringLiteral("sync_last_success");
constexpr int kKept = 200;

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const SyncRunRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("started_at"), iso(r.startedAt)},
            {QStringLiteral("finished_at"), iso(r.finishedAt)},
            {QStringLiteral("trigger"), r.trigger},
            {QStringLiteral("outcome"), r.outcome},
            {QStringLiteral("error_kind"), r.errorKind},
            {QStringLiteral("pushed"), r.pushed},
            {QStringLiteral("applied"), r.applied},
            {QStringLiteral("rejected"), r.rejected},
            {QStringLiteral("conflicts"), r.conflicts},
            {QStringLiteral("pulled"), r.pulled},
            {QStringLiteral("error"), r.error},
            {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems.mid(0, 50))}};
}

SyncRunRecord fromJson(const QJsonObject &o)
{
    SyncRunRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.startedAt = QDateTime::fromString(o.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(o.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs);
    r.trigger = o.value(QStringLiteral("trigger")).toString();
    r.outcome = o.value(QStringLiteral("outcome")).toString();
    r.errorKind = o.value(QStringLiteral("error_kind")).toString();
    r.pushed = o.value(QStringLiteral("pushed")).toInt();
    r.applied = o.value(QStringLiteral("applied")).toInt();
    r.rejected = o.value(QStringLiteral("rejected")).toInt();
    r.conflicts = o.value(QStringLiteral("conflicts")).toInt();
    r.pulled = o.value(QStringLiteral("pulled")).toInt();
    r.error = o.value(QStringLiteral("error")).toString();
    for (const QJsonValue &p : o.value(QStringLiteral("problems")).toArray())
        r.problems << p.toString();
    return r;
}

QJsonArray stored(const QSqlDatabase &db)
{
    return QJsonDocument::fromJson(LocalSettings::value(db, kHistoryKey).toUtf8()).array();
}
} // namespace

bool SyncHistory::record(const QSqlDatabase &db, SyncRunRecord &run)
{
    QSqlDatabase connection = db;
    if (!connection.transaction())
        return false;
    QJsonArray runs = stored(db);
    run.id = runs.isEmpty() ? 1 : runs.first().toObject().value(QStringLiteral("id")).toInteger() + 1;
    runs.prepend(toJson(run));
    while (runs.size() > kKept)
        runs.removeLast();
    bool ok = LocalSettings::setValue(db, kHistoryKey, QString::fromUtf8(QJsonDocument(runs).toJson(QJsonDocument::Compact)));
    if (ok && run.succeeded()) {
        ok = LocalSettings::setValue(db, kLastSuccessKey, iso(run.finishedAt));
        // The replica summary reads the last sync from sync_state.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('last_sync_at', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(iso(run.finishedAt));
        ok = ok && q.exec();
    }
    if (!ok || !connection.commit()) {
        qWarning("sync history: the run could not be stored");
        connection.rollback();
        return false;
    }
    return true;
}

QList<SyncRunRecord> SyncHistory::recent(const QSqlDatabase &db, int limit)
{
    QList<SyncRunRecord> out;
    for (const QJsonValue &v : stored(db)) {
        if (out.size() >= limit)
            break;
        out << fromJson(v.toObject());
    }
    return out;
}

QDateTime SyncHistory::lastSuccess(const QSqlDatabase &db)
{
    return QDateTime::fromString(LocalSettings::value(db, kLastSuccessKey), Qt::ISODateWithMs);
}

QString SyncHistory::outcomeText(const SyncRunRecord &run)
{
    if (run.outcome == QLatin1String("agreed"))
        return tr("Done: this workstation and the county agree");
    if (run.outcome == QLatin1String("differs"))
        return tr("Done, but some records still differ from the county");
    if (run.errorKind == QLatin1String("offline"))
        return tr("Stopped: no connection to the county server");
    if (run.errorKind == QLatin1String("certificate"))
        return tr("Stopped: the county server's certificate is not trusted");
    if (run.errorKind == QLatin1String("credential"))
        return tr("Stopped: the county refused this workstation's credential");
    if (run.errorKind == QLatin1String("upgrade"))
        return tr("Stopped: this Jingban and the county server are of different versions");
    if (run.errorKind == QLatin1String("settings"))
        return tr("Sync is not set up");
    if (run.errorKind == QLatin1String("server"))
        return tr("Stopped: the county server had a problem");
    return tr("Stopped");
}
