#include "syncscheduler.h"

#include "syncsettings.h"
#include "syncworker.h"

#include <QThread>
#include <QTimer>

SyncScheduler::SyncScheduler(const QSqlDatabase &db, QObject *parent)
    : QObject(parent), m_db(db), m_thread(new QThread(this)), m_worker(new SyncWorker(db.databaseName())), m_timer(new QTimer(this))
{
    qRegisterMetaType<SyncRunRecord>();
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SyncWorker::progress, this, &SyncScheduler::progress);
    connect(m_worker, &SyncWorker::pendingCounted, this, [this](qint64 pending) {
        m_pending = pending;
        emit pendingChanged(pending);
    });
    connect(m_worker, &SyncWorker::finished, this, [this](const SyncRunRecord &run) {
        m_running = false;
        m_lastRun = run;
        if (run.succeeded())
            m_lastSuccess = run.finishedAt;
        emit finished(run);
    });
    m_thread->start();

    const QList<SyncRunRecord> last = SyncHistory::recent(db, 1);
    if (!last.isEmpty())
        m_lastRun = last.first();
    m_lastSuccess = SyncHistory::lastSuccess(db);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Automatic sync only once it is set up: no failures every N minutes on a stand-alone replica.
        if (SyncSettings::load(m_db).readyToSync().ok())
            start(QStringLiteral("automatic"));
    });
    reloadSettings();
}

SyncScheduler::~SyncScheduler()
{
    m_worker->abort();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void SyncScheduler::reloadSettings()
{
    m_intervalMinutes = SyncSettings::load(m_db).intervalMinutes;
    if (m_intervalMinutes > 0)
        m_timer->start(m_intervalMinutes * 60 * 1000);
    else
        m_timer->stop();
}

bool SyncScheduler::syncNow()
{
    if (m_running)
        return false;
    start(QStringLiteral("manual"));
    return true;
}

void SyncScheduler::start(const QString &trigger)
{
    if (m_running)
        return;
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, trigger] { worker->sync(trigger); }, Qt::QueuedConnection);
}

void SyncScheduler::refreshPending()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::countPending, Qt::QueuedConnection);
}
