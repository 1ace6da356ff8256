// The dashboard opening on the county demo, beside raw SQLite running the
// same aggregate queries in the same run (scripts/bench.sh, docs/benchmarks.md).
// Opens the replica read-only: it must already have the indexes of
// 0006_dashboard.sql (a replica made by this build has them).
//   bench_dashboard --db FILE [--dir DIR] [--year 2024] [--township ID] [--runs 5]
// Prints "# Dashboard" and then rows of the benchmarks table (scripts/bench.sh
// puts them between the "dashboard-bench" markers). Writes nothing.

#include "dashboard/dashboardqueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <sqlite3.h>
#include <time.h>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// The charts in the order the page shows them; the first is what opening shows.
const QStringList kCharts = {QStringLiteral("enrollment"), QStringLiteral("contributions"), QStringLiteral("claims"),
                             QStringLiteral("filings by status"), QStringLiteral("filings by disease"),
                             QStringLiteral("poverty coverage"), QStringLiteral("relief caps")};

// Runs one chart's aggregates through DashboardQueries; returns a checksum.
qint64 jingbanChart(const QSqlDatabase &db, const DashboardScope &s, int chart)
{
    switch (chart) {
    case 0: {
        qint64 sum = 0;
        const auto result = DashboardQueries::enrollment(db, s);   // kept alive for the loop
        for (const EnrollmentArea &a : result.value())
            sum += a.persons + a.enrolled;
        return sum;
    }
    case 1: {
        qint64 sum = 0;
        const auto result = DashboardQueries::contributionsByDay(db, s);   // kept alive for the loop
        for (const ContributionPeriod &d : result.value())
            sum += d.fen;
        return sum;
    }
    case 2: {
        qint64 sum = 0;
        const auto result = DashboardQueries::claimsByMonth(db, s);   // kept alive for the loop
        for (const ClaimMonth &m : result.value())
            sum += m.claims + m.totalFen + m.fundFen() + m.outOfPocketFen;
        return sum;
    }
    case 3: {
        qint64 sum = 0;
        const auto result = DashboardQueries::filingsByStatus(db, s);   // kept alive for the loop
        for (const FilingCount &c : result.value())
            sum += c.filings;
        return sum;
    }
    case 4: {
        qint64 sum = 0;
        const auto result = DashboardQueries::filingsByDisease(db, s);   // kept alive for the loop
        for (const FilingCount &c : result.value())
            sum += c.filings;
        return sum;
    }
    case 5: {
        const PovertyCoverage c = DashboardQueries::povertyCoverage(db, s).value();
        return c.claims + c.totalFen + c.paidFen();
    }
    case 6: {
        qint64 sum = 0;
        const auto result = DashboardQueries::reliefCapsReached(db, s);   // kept alive for the loop
        for (const ReliefCapCount &c : result.value())
            sum += c.claims;
        return sum;
    }
    }
    return 0;
}

// The same SQL, through the SQLite C API: prepared, bound, stepped.
struct RawQuery
{
    QString sql;   // {township} is the township condition (left out for the county)
    QString townshipSql;
};

QList<RawQuery> rawQueries(int chart, bool county)
{
    switch (chart) {
    case 0:
        return {{county ? QStringLiteral("SELECT id, name FROM township WHERE deleted = 0 ORDER BY code")
                        : QStringLiteral("SELECT id, name FROM village WHERE deleted = 0{township} ORDER BY code"),
                 QStringLiteral(" AND township_id = :township")},
                {QStringLiteral("SELECT %1, COUNT(*), COUNT(e.person_id) FROM household h JOIN person p ON p.household_id = h.id "
                                "LEFT JOIN enrollment e ON e.person_id = p.id AND e.scheme_year = :year AND e.deleted = 0 AND e.status = 'paid' "
                                "WHERE h.deleted = 0{township} AND p.deleted = 0 AND p.status <> 'moved_out' "
                                "AND (p.death_date IS NULL OR p.death_date >= :start) GROUP BY 1")
                     .arg(county ? QStringLiteral("h.township_id") : QStringLiteral("h.village_id")),
                 QStringLiteral(" AND h.township_id = :township")}};
    case 1:
        return {{QStringLiteral("SELECT date(issued_at, :shift) AS day, COUNT(*), SUM(total_fen) FROM receipt "
                                "WHERE 1 = 1{township} AND scheme_year = :year AND deleted = 0 "
                                "AND status NOT IN ('voided', 'refunded') GROUP BY day ORDER BY day"),
                 QStringLiteral(" AND township_id = :township")}};
    case 2:
        return {{QStringLiteral("SELECT CAST(substr(c.discharge, 6, 2) AS INTEGER), COUNT(*), SUM(c.total_fen) FROM claim c "
                                "WHERE 1 = 1{township} AND c.discharge >= :from AND c.discharge <= :to "
                                "AND c.status = 'settled' AND c.deleted = 0 GROUP BY 1"),
                 QStringLiteral(" AND c.township_id = :township")},
                {QStringLiteral("SELECT CAST(substr(c.discharge, 6, 2) AS INTEGER), SUM(s.basic_fen), SUM(s.critical_fen), "
                                "SUM(s.assistance_fen), SUM(s.relief_fen), SUM(s.out_of_pocket_fen) "
                                "FROM claim c JOIN settlement s ON s.claim_id = c.id AND s.deleted = 0 "
                                "WHERE 1 = 1{township} AND c.discharge >= :from AND c.discharge <= :to "
                                "AND c.status = 'settled' AND c.deleted = 0 GROUP BY 1"),
                 QStringLiteral(" AND c.township_id = :township")},
                {QStringLiteral("SELECT CAST(substr(c.discharge, 6, 2) AS INTEGER), SUM(a.basic_delta_fen), "
                                "SUM(a.critical_delta_fen), SUM(a.assistance_delta_fen), SUM(a.relief_delta_fen), "
                                "SUM(a.out_of_pocket_delta_fen) FROM settlement_adjustment a "
                                "CROSS JOIN settlement s ON s.id = a.settlement_id AND s.deleted = 0 "
                                "CROSS JOIN claim c ON c.id = a.claim_id "
                                "WHERE a.status = 'approved' AND a.deleted = 0{township} AND c.discharge >= :from "
                                "AND c.discharge <= :to AND c.status = 'settled' AND c.deleted = 0 GROUP BY 1"),
                 QStringLiteral(" AND c.township_id = :township")}};
    case 3:
        return {{QStringLiteral("SELECT f.status, COUNT(*) FROM filing f WHERE f.deleted = 0{township} "
                                "AND f.diagnosis_date >= :from AND f.diagnosis_date <= :to "
                                "GROUP BY f.status ORDER BY f.status"),
                 QStringLiteral(" AND f.township_id = :township")}};
    case 4:
        return {{QStringLiteral("SELECT f.disease_code, (SELECT d.name FROM disease d WHERE d.code = f.disease_code "
                                "AND d.deleted = 0 ORDER BY d.scheme_year DESC LIMIT 1), COUNT(*) "
                                "FROM filing f WHERE f.deleted = 0{township} AND f.diagnosis_date >= :from "
                                "AND f.diagnosis_date <= :to GROUP BY f.disease_code "
                                "ORDER BY COUNT(*) DESC, f.disease_code"),
                 QStringLiteral(" AND f.township_id = :township")}};
    case 5:
        return {{QStringLiteral("SELECT COUNT(DISTINCT person_id), COUNT(*), SUM(total_fen), SUM(b), SUM(cr), SUM(a), "
                                "SUM(r), SUM(o) FROM (SELECT c.person_id, c.total_fen, SUM(s.basic_fen) AS b, "
                                "SUM(s.critical_fen) AS cr, SUM(s.assistance_fen) AS a, SUM(s.relief_fen) AS r, "
                                "SUM(s.out_of_pocket_fen) AS o FROM person p JOIN claim c ON c.person_id = p.id "
                                "JOIN settlement s ON s.claim_id = c.id AND s.deleted = 0 "
                                "WHERE p.poverty = 1 AND p.deleted = 0{township} AND c.discharge >= :from "
                                "AND c.discharge <= :to AND c.status = 'settled' AND c.deleted = 0 GROUP BY c.id)"),
                 QStringLiteral(" AND c.township_id = :township")},
                {QStringLiteral("SELECT SUM(a.basic_delta_fen), SUM(a.critical_delta_fen), SUM(a.assistance_delta_fen), "
                                "SUM(a.relief_delta_fen), SUM(a.out_of_pocket_delta_fen) FROM settlement_adjustment a "
                                "CROSS JOIN settlement s ON s.id = a.settlement_id AND s.deleted = 0 "
                                "CROSS JOIN claim c ON c.id = a.claim_id CROSS JOIN person p ON p.id = c.person_id "
                                "WHERE a.status = 'approved' AND a.deleted = 0 AND p.poverty = 1 AND p.deleted = 0{township} "
                                "AND c.discharge >= :from AND c.discharge <= :to AND c.status = 'settled' AND c.deleted = 0"),
                 QStringLiteral(" AND c.township_id = :township")}};
    case 6:
        return {{QStringLiteral("SELECT c.kind, COUNT(DISTINCT c.person_id), COUNT(DISTINCT c.id) "
                                "FROM settlement s JOIN claim c ON c.id = s.claim_id "
                                "WHERE s.flags <> '' AND (',' || s.flags || ',') LIKE '%,relief_cap_reached,%' "
                                "AND s.deleted = 0{township} AND c.discharge >= :from AND c.discharge <= :to "
                                "AND c.status = 'settled' AND c.deleted = 0 GROUP BY c.kind ORDER BY c.kind"),
                 QStringLiteral(" AND c.township_id = :township")}};
    }
    return {};
}

qint64 rawChart(sqlite3 *db, const DashboardScope &s, int chart)
{
    qint64 checksum = 0;
    const bool county = s.townshipId.isEmpty();
    for (RawQuery q : rawQueries(chart, county)) {
        q.sql.replace(QStringLiteral("{township}"), county ? QString() : q.townshipSql);
        const QByteArray sql = q.sql.toUtf8();
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            err << "bench_dashboard: " << sqlite3_errmsg(db) << "\n";
            return -1;
        }
        const QByteArray township = s.townshipId.toUtf8();
        const QByteArray start = DashboardQueries::yearStart(s.year).toUtf8();
        const QByteArray end = DashboardQueries::yearEnd(s.year).toUtf8();
        const QByteArray shift = DashboardQueries::localDayShift(s.year).toUtf8();
        auto bindText = [&](const char *name, const QByteArray &v) {
            if (const int i = sqlite3_bind_parameter_index(st, name))
                sqlite3_bind_text(st, i, v.constData(), int(v.size()), SQLITE_STATIC);
        };
        bindText(":township", township);
        bindText(":start", start);
        bindText(":from", start);
        bindText(":to", end);
        bindText(":shift", shift);
        if (const int i = sqlite3_bind_parameter_index(st, ":year"))
            sqlite3_bind_int(st, i, s.year);
        const int columns = sqlite3_column_count(st);
        while (sqlite3_step(st) == SQLITE_ROW)
            for (int c = 0; c < columns; ++c)
                if (sqlite3_column_type(st, c) == SQLITE_INTEGER)
                    checksum += sqlite3_column_int64(st, c);
        sqlite3_finalize(st);
    }
    return checksum;
}

// The process's CPU time in ms: on a shared machine other work stretches
// the wall-clock time, the CPU time much less.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    QVector<double> ms;       // per chart, wall clock, the median of the runs
    QVector<double> cpu;      // per chart, CPU time of that same run
    double firstOpenMs = 0;   // the very first opening (cold within this process)
};

Timing measure(int runs, const std::function<void(int chart)> &run)
{
    Timing t;
    QElapsedTimer timer;
    timer.start();
    run(0);
    t.firstOpenMs = double(timer.nsecsElapsed()) / 1e6;
    for (int chart = 0; chart < kCharts.size(); ++chart) {
        QVector<QPair<double, double>> samples;
        for (int r = 0; r < runs; ++r) {
            const double cpu = cpuMs();
            timer.restart();
            run(chart);
            samples.append({double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu});
        }
        std::sort(samples.begin(), samples.end());
        t.ms.append(samples.at(samples.size() / 2).first);
        t.cpu.append(samples.at(samples.size() / 2).second);
    }
    return t;
}

QString ms(double v)
{
    return v >= 1000 ? QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 2) : QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
}

QString breakdown(const Timing &t)
{
    QStringList parts;
    for (int i = 0; i < kCharts.size(); ++i)
        parts << QStringLiteral("%1 %2").arg(kCharts.at(i), ms(t.ms.at(i)));
    return parts.join(QStringLiteral(", "));
}

QString withCpu(double wall, double cpu)
{
    return QStringLiteral("%1 (CPU %2)").arg(ms(wall), ms(cpu));
}

double sum(const QVector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("replica (the county demo), opened read-only"), QStringLiteral("file")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("scratch directory (unused: nothing is written)"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("year"), QStringLiteral("scheme year"), QStringLiteral("year"), QStringLiteral("2024")});
    p.addOption({QStringLiteral("township"), QStringLiteral("township id (default: the first by code)"), QStringLiteral("id")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("runs per chart (median)"), QStringLiteral("n"), QStringLiteral("5")});
    p.addHelpOption();
    p.process(app);
    const QString path = p.value(QStringLiteral("db"));
    const int year = p.value(QStringLiteral("year")).toInt();
    const int runs = qMax(1, p.value(QStringLiteral("runs")).toInt());
    if (path.isEmpty()) {
        err << "bench_dashboard: --db is required\n";
        return 2;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        err << "bench_dashboard: cannot open " << path << "\n";
        return 1;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA cache_size=-65536"));   // as Database::open sets it
    q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'claim_dashboard'"));
    const bool indexed = q.next() && q.value(0).toInt() == 1;
    if (!indexed)
        err << "bench_dashboard: the replica lacks the indexes of 0006_dashboard.sql; timings are without them\n";
    QString township = p.value(QStringLiteral("township"));
    QString townshipName;
    q.exec(QStringLiteral("SELECT id, name FROM township WHERE deleted = 0 ORDER BY code LIMIT 1"));
    if (q.next() && township.isEmpty())
        township = q.value(0).toString(), townshipName = q.value(1).toString();

    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        err << "bench_dashboard: cannot open " << path << " with sqlite3\n";
        return 1;
    }
    sqlite3_exec(raw, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);

    out << "# Dashboard\n";
    for (const DashboardScope &s : {DashboardScope{township, year}, DashboardScope{QString(), year}}) {
        const bool county = s.townshipId.isEmpty();
        qint64 jingbanSum = 0, rawSum = 0;
        const Timing j = measure(runs, [&](int chart) { jingbanSum += jingbanChart(db, s, chart); });
        const Timing r = measure(runs, [&](int chart) { rawSum += rawChart(raw, s, chart); });
        const QString what = county ? QStringLiteral("whole county (county roles)")
                                    : QStringLiteral("one township (%1, as its clerk)").arg(townshipName.isEmpty() ? township : townshipName);
        out << QStringLiteral("| dashboard opening (the enrollment chart, the first tab), %1, %2%3 | %4; first in the process %5 "
                              "| raw SQLite, same SQL: %6; first %7 | ≤ 1 s |\n")
                   .arg(what)
                   .arg(year)
                   .arg(indexed ? QString() : QStringLiteral(", WITHOUT the 0006 indexes"))
                   .arg(withCpu(j.ms.at(0), j.cpu.at(0)), ms(j.firstOpenMs), withCpu(r.ms.at(0), r.cpu.at(0)),
                        ms(r.firstOpenMs));
        out << QStringLiteral("| every chart of the dashboard (each tab shown once), %1: %2 | %3 | raw SQLite, same SQL: %4 (%5) | |\n")
                   .arg(what, breakdown(j), withCpu(sum(j.ms), sum(j.cpu)), withCpu(sum(r.ms), sum(r.cpu)), breakdown(r));
    }
    out.flush();
    sqlite3_close(raw);
    return 0;
}
