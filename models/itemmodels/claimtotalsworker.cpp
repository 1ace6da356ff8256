#include "claimtotalsworker.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <sqlite3.h>

ClaimTotalsWorker::ClaimTotalsWorker(const QSqlDatabase &db, QObject *parent)
    : QObject(parent), m_path(db.databaseName()), m_connectOptions(db.connectOptions()),
      m_connection(QStringLiteral("claim-totals-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_thread(new QThread), m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("claim totals"));
    m_context->moveToThread(m_thread);
    // The connection is opened, used and closed on the worker thread only.
    connect(m_thread, &QThread::finished, m_context, [connection = m_connection] {
        Database::close(connection);
    });
    m_thread->start(QThread::LowPriority);
}

ClaimTotalsWorker::~ClaimTotalsWorker()
{
    m_latest.fetchAndAddRelaxed(1);   // whatever still runs is stale now
    if (sqlite3 *running = m_running.loadAcquire())
        sqlite3_interrupt(running);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

int ClaimTotalsWorker::request(const ClaimListModel::Filter &filter)
{
    const int request = m_latest.fetchAndAddRelaxed(1) + 1;
    // Stop the older query now rather than let it finish for nothing.
    if (sqlite3 *running = m_running.loadAcquire())
        sqlite3_interrupt(running);
    QMetaObject::invokeMethod(m_context, [this, request, filter] { compute(request, filter); }, Qt::QueuedConnection);
    return request;
}

void ClaimTotalsWorker::compute(int request, const ClaimListModel::Filter &filter)
{
    if (request != m_latest.loadRelaxed())
        return;   // a newer request is queued behind this one
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(m_connectOptions);
    }
    bool ok = db.isOpen() || db.open();
    ClaimListModel::Totals totals;
    if (ok) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout=5000"));
        sqlite3 *handle = Database::handle(db);
        m_running.storeRelease(handle);
        // A request made between the check above and now interrupts nothing:
        // look again before the seconds of work.
        if (request == m_latest.loadRelaxed())
            totals = ClaimListModel::totalsOf(db, filter, &ok);
        m_running.storeRelease(nullptr);
    }
    QMetaObject::invokeMethod(this, [this, request, totals, ok] { deliver(request, totals, ok); }, Qt::QueuedConnection);
    m_computed.fetchAndAddRelease(1);
}

void ClaimTotalsWorker::deliver(int request, const ClaimListModel::Totals &totals, bool ok)
{
    if (request != m_latest.loadRelaxed()) {
        ++m_dropped;
        return;
    }
    emit totalsReady(request, totals, ok);
}
