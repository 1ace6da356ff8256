#pragma once

#include "claimlistmodel.h"

#include <QAtomicInteger>
#include <QObject>
#include <QSqlDatabase>

class QThread;
struct sqlite3;

// Computes the claims list's totals per layer (ClaimListModel::totalsOf) on
// a thread of its own with its own connection to the same database file: on
// a whole county they take seconds, and the list's first page must not wait
// for them. Only the newest request's totals are delivered: a request made
// while an older one runs interrupts the older query, and a result that
// arrives after a newer request is dropped.
class ClaimTotalsWorker : public QObject
{
    Q_OBJECT
public:
    explicit ClaimTotalsWorker(const QSqlDatabase &db, QObject *parent = nullptr);
    ~ClaimTotalsWorker() override;

    // Starts computing the totals of filter; returns the request's number.
    int request(const ClaimListModel::Filter &filter);
    int latestRequest() const { return m_latest.loadRelaxed(); }
    // Results that came back after a newer request and were dropped.
    int droppedResults() const { return m_dropped; }
    // Computations finished on the worker thread (delivered or not).
    int computed() const { return m_computed.loadAcquire(); }

signals:
    // The totals of the newest request (ok false: the database could not be read).
    void totalsReady(int request, const ClaimListModel::Totals &totals, bool ok);

private:
    void compute(int request, const ClaimListModel::Filter &filter);   // on the worker thread
    void deliver(int request, const ClaimListModel::Totals &totals, bool ok);

    QString m_path;
    QString m_connectOptions;
    QString m_connection;   // the worker thread's connection name
    QThread *m_thread;
    QObject *m_context;     // lives on the worker thread: requests are queued to it
    QAtomicInteger<int> m_latest = 0;
    QAtomicPointer<sqlite3> m_running = nullptr;   // the worker's connection while a query runs
    QAtomicInteger<int> m_computed = 0;
    int m_dropped = 0;
};
