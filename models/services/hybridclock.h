#pragma once

#include <QString>
#include <QtGlobal>

// A hybrid logical clock: physical milliseconds plus a counter, so that the
// operations of one workstation are totally ordered even when its wall
// clock steps back. Text form sorts in clock order:
// "0001732470000000.00000.<workstation>".
class HybridClock
{
public:
    explicit HybridClock(QString node = {}) : m_node(std::move(node)) {}
    // The next timestamp at physical time nowMs.
    QString tick(qint64 nowMs);
    // Moves the clock past a timestamp seen from elsewhere (or restored).
    void observe(const QString &timestamp);
    static QString format(qint64 ms, int counter, const QString &node);

private:
    qint64 m_ms = 0;
    int m_counter = 0;
    QString m_node;
};
