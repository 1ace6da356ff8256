#pragma once

// What every benchmark program shares: percentiles of a run of timings,
// the process's CPU time and resident memory, and number formatting.
// Header-only, included by the programs in tests/bench.

#include <QFile>
#include <QString>
#include <algorithm>
#include <sys/resource.h>
#include <vector>

namespace bench {

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
};

inline Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.p50 = v[v.size() / 2];
    s.p99 = v[std::min(v.size() - 1, size_t(double(v.size()) * 0.99))];
    s.max = v.back();
    return s;
}

// CPU seconds (user + system) of this process so far: beside the wall-clock
// time, because other work on these shared machines stretches the latter.
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Resident set size of this process in MiB (VmRSS of /proc/self/status).
inline double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Milliseconds with three decimals below 10, one above.
inline QString ms(double x) { return QString::number(x, 'f', x < 10 ? 3 : 1); }

// "p50 … ms, p99 … ms, max … ms"
inline QString statsText(const Stats &s)
{
    return QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms").arg(ms(s.p50), ms(s.p99), ms(s.max));
}

} // namespace bench
