#include "syncworker.h"

#include "synchttptransport.h"
#include "syncrunner.h"
#include "syncsettings.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QUuid>

SyncWorker::SyncWorker(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath), m_connection(QStringLiteral("sync-worker-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SyncWorker::~SyncWorker()
{
    close();
}

bool SyncWorker::open()
{
    if (m_db.isOpen())
        return true;
    auto opened = Database::open(m_path, m_connection);
    if (!opened)
        return false;
    m_db = opened.value();
    return true;
}

void SyncWorker::close()
{
    if (!m_db.isValid())
        return;
    m_db = QSqlDatabase();
    Database::close(m_connection);
}

void SyncWorker::countPending()
{
    if (!open())
        return;
    emit pendingCounted(SyncClient(m_db).pendingCount());
}

void SyncWorker::sync(const QString &trigger)
{
    SyncRunRecord run;
    run.trigger = trigger;
    run.startedAt = QDateTime::currentDateTimeUtc();
    auto finish = [&] {
        run.finishedAt = QDateTime::currentDateTimeUtc();
        if (m_db.isOpen())
            SyncHistory::record(m_db, run);
        emit finished(run);
        if (m_db.isOpen())
            countPending();
    };
    if (!open()) {
        run.outcome = QStringLiteral("failed");
        run.errorKind = QStringLiteral("replica");
        run.error = tr("The replica could not be opened for sync.");
        finish();
        return;
    }
    const SyncSettings settings = SyncSettings::load(m_db);
    const Validation ready = settings.readyToSync();
    if (!ready.ok()) {
        run.outcome = QStringLiteral("failed");
        run.errorKind = QStringLiteral("settings");
        run.error = ready.text();
        finish();
        return;
    }

    SyncClient client(m_db);
    SyncHttpTransport http(settings.url(), settings.bearer(), 30000, settings.caPem);
    const qint64 pendingAtStart = client.pendingCount();
    qint64 sent = 0, received = 0;
    emit progress(Connecting, 0, 0);
    const SyncTransport transport = [&](const QString &method, const QString &path, const QJsonObject &body) {
        if (m_abort) {
            SyncHttpResponse stopped;
            stopped.body.insert(QStringLiteral("message"), tr("The workstation is closing."));
            return stopped;
        }
        if (path.startsWith(QLatin1String("/api/v1/push")))
            emit progress(Sending, sent, pendingAtStart);
        else if (path.startsWith(QLatin1String("/api/v1/digest")))
            emit progress(Comparing, 0, 0);
        SyncHttpResponse r = http.request(method, path, body);
        if (r.ok() && path.startsWith(QLatin1String("/api/v1/push"))) {
            sent += body.value(QStringLiteral("ops")).toArray().size();
            emit progress(Sending, sent, pendingAtStart);
        } else if (r.ok() && path.startsWith(QLatin1String("/api/v1/pull"))) {
            received += r.body.value(QStringLiteral("changes")).toArray().size();
            emit progress(Receiving, received, 0);
        }
        return r;
    };
    const SyncRunner::Report report = SyncRunner::run(client, transport);
    run.pushed = report.pushed;
    run.applied = report.applied;
    run.rejected = report.rejected;
    run.conflicts = report.conflicts;
    run.pulled = report.pulled;
    run.problems = report.problems;
    if (report.completed) {
        run.outcome = report.agree ? QStringLiteral("agreed") : QStringLiteral("differs");
    } else {
        run.outcome = QStringLiteral("failed");
        const int status = http.lastStatus();
        if (!m_abort && status == 0 && http.lastFailedOnCertificate()) {
            run.errorKind = QStringLiteral("certificate");
            run.error = tr("The county server's certificate is not trusted (%1). If the county uses a certificate of its "
                           "own, the township administrator reads it in under Sync settings.")
                            .arg(http.lastError());
        } else if (m_abort || status == 0) {
            run.errorKind = QStringLiteral("offline");
            run.error = tr("No connection to the county server (%1). Everything keeps working here; the changes wait "
                           "and are sent at the next sync.")
                            .arg(m_abort ? tr("the workstation is closing") : http.lastError());
        } else if (status == 401) {
            run.errorKind = QStringLiteral("credential");
            run.error = tr("The county server refused this workstation's credential: it is unknown, wrong or revoked. "
                           "Ask the county office for a new credential file.");
        } else if (status == 426) {
            run.errorKind = QStringLiteral("upgrade");
            run.error = tr("This Jingban and the county server are of different versions: %1").arg(report.error);
        } else if (status >= 500) {
            run.errorKind = QStringLiteral("server");
            run.error = tr("The county server had a problem and changed nothing; sync again later. (%1)").arg(report.error);
        } else {
            run.errorKind = status == -1 ? QStringLiteral("replica") : QStringLiteral("server");
            run.error = report.error;
        }
    }
    finish();
}
