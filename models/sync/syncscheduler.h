#pragma once

#include "synchistory.h"

#include <QObject>
#include <QSqlDatabase>
#include <optional>

class QThread;
class QTimer;
class SyncWorker;

// Background sync for the window: a SyncWorker on its own thread, started by
// "Sync now" or every N minutes (SyncSettings), one run at a time. The
// window never waits for it; it also counts the pending operations off the
// window's thread so that opening the window stays fast on a big replica.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    explicit SyncScheduler(const QSqlDatabase &db, QObject *parent = nullptr);
    ~SyncScheduler() override;

    bool isRunning() const { return m_running; }
    qint64 pendingCount() const { return m_pending; }   // -1 until counted
    QDateTime lastSuccess() const { return m_lastSuccess; }
    std::optional<SyncRunRecord> lastRun() const { return m_lastRun; }
    int intervalMinutes() const { return m_intervalMinutes; }

public slots:
    // Starts a sync unless one is running; false if one was.
    bool syncNow();
    void refreshPending();
    // Reads the interval of automatic sync again (after the settings changed).
    void reloadSettings();

signals:
    void started();
    void progress(int phase, qint64 done, qint64 total);
    void finished(const SyncRunRecord &run);
    void pendingChanged(qint64 pending);

private:
    void start(const QString &trigger);

    QSqlDatabase m_db;
    QThread *m_thread;
    SyncWorker *m_worker;
    QTimer *m_timer;
    bool m_running = false;
    qint64 m_pending = -1;
    int m_intervalMinutes = 0;
    QDateTime m_lastSuccess;
    std::optional<SyncRunRecord> m_lastRun;
};
