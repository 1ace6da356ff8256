#include "hybridclock.h"

#include <QStringList>

QString HybridClock::format(qint64 ms, int counter, const QString &node)
{
    return QStringLiteral("%1.%2.%3").arg(ms, 16, 10, QLatin1Char('0')).arg(counter, 5, 10, QLatin1Char('0')).arg(node);
}

QString HybridClock::tick(qint64 nowMs)
{
    if (nowMs > m_ms) {
        m_ms = nowMs;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return format(m_ms, m_counter, m_node);
}

void HybridClock::observe(const QString &timestamp)
{
    const QStringList parts = timestamp.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return;
    const qint64 ms = parts[0].toLongLong();
    const int counter = parts[1].toInt();
    if (ms > m_ms || (ms == m_ms && counter > m_counter)) {
        m_ms = ms;
        m_counter = counter;
    }
}
