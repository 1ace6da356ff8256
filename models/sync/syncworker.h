#pragma once

#include "synchistory.h"

#include <QObject>
#include <QSqlDatabase>
#include <atomic>

// Runs syncs on a thread of its own, with its own connection to the
// replica (SQLite in WAL mode lets the window read and write meanwhile):
// reads the settings, runs SyncRunner over HTTP, tells the outcome in plain
// words and stores it in the history. Driven by SyncScheduler.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    enum Phase { Connecting, Sending, Receiving, Comparing };
    Q_ENUM(Phase)

    explicit SyncWorker(const QString &databasePath, QObject *parent = nullptr);
    ~SyncWorker() override;

    // Makes a running sync give up at its next request (on shutdown).
    void abort() { m_abort = true; }

public slots:
    void sync(const QString &trigger);
    void countPending();
    // Closes the connection; call in the worker's thread before it ends.
    void close();

signals:
    void progress(int phase, qint64 done, qint64 total);
    void finished(const SyncRunRecord &run);
    void pendingCounted(qint64 pending);

private:
    bool open();

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::atomic<bool> m_abort = false;
};
