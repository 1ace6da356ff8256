// Health-poverty-relief benchmark (issue 7): recompute the scheme year's
// relief of every registered poverty person of a replica (the county demo,
// opened read-only) through ReliefYearLoader, as the relief page and the
// policy-correction preview read it (the persons' facts, certifications,
// settled claims with settlements and approved adjustments, one statement
// each for the whole set) and ReliefYearCalculator (the engine, the totals
// carried claim to claim, the caps used and left, the coverage ratio),
// compared with the stored settlements; and one poverty household's year as
// the relief page opens it. Beside raw SQLite running the loader's own
// statements (ReliefYearLoader::statements, the same text and values) and
// only reading the rows, in the same run. Prints Markdown table rows;
// scripts/bench.sh puts them into docs/benchmarks.md.
//
//   bench_relief --db FILE [--dir DIR] [--year 2024] [--runs 3] [--households 50] [--explain]
//   (DIR is not used: nothing is written)

#include "benchsupport.h"
#include "relief/reliefyearloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <sqlite3.h>
#include <vector>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

QString thousands(qint64 n)
{
    QString s = QString::number(n);
    for (qsizetype i = s.size() - 3; i > 0; i -= 3)
        s.insert(i, QLatin1Char(','));
    return s;
}

QString seconds(double s) { return s < 1 ? QStringLiteral("%1 ms").arg(bench::ms(s * 1000)) : QStringLiteral("%1 s").arg(s, 0, 'f', 2); }

struct Timing
{
    double wall = 0, cpu = 0;
};

template <typename F>
Timing timed(F &&f)
{
    const double cpu0 = bench::cpuSeconds();
    QElapsedTimer t;
    t.start();
    f();
    return {double(t.nsecsElapsed()) / 1e9, bench::cpuSeconds() - cpu0};
}

Timing median(std::vector<Timing> v)
{
    std::sort(v.begin(), v.end(), [](const Timing &a, const Timing &b) { return a.wall < b.wall; });
    return v.empty() ? Timing{} : v[v.size() / 2];
}

// Runs one statement through the C API and reads every column of every row.
qint64 rawRead(sqlite3 *db, const QString &sql, const QVariantList &binds)
{
    sqlite3_stmt *s = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &s, nullptr) != SQLITE_OK) {
        err << "bench_relief: " << sqlite3_errmsg(db) << "\n";
        return -1;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            sqlite3_bind_int64(s, i + 1, v.toLongLong());
        else {
            const QByteArray b = v.toString().toUtf8();
            sqlite3_bind_text(s, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        }
    }
    qint64 bytes = 0;
    const int n = sqlite3_column_count(s);
    while (sqlite3_step(s) == SQLITE_ROW)
        for (int i = 0; i < n; ++i)
            bytes += sqlite3_column_type(s, i) == SQLITE_INTEGER ? sqlite3_column_int64(s, i) & 1
                                                                  : sqlite3_column_bytes(s, i);
    sqlite3_finalize(s);
    return bytes;
}

// The year's newest policy, the policies the settlements name, then the loader's statements.
qint64 rawScope(sqlite3 *db, const ReliefYearLoader::Scope &scope, int year)
{
    qint64 bytes = rawRead(db, QStringLiteral("SELECT document FROM policy WHERE scheme_year = ? AND deleted = 0 "
                                              "ORDER BY policy_version DESC LIMIT 1"),
                           {year});
    for (const ReliefYearLoader::Statement &st : ReliefYearLoader::statements(scope, year))
        bytes += rawRead(db, st.sql, st.binds);
    return bytes;
}

struct Recompute
{
    qint64 persons = 0, withClaims = 0, claims = 0, mismatches = 0, capsReached = 0, adjusted = 0;
    qint64 reliefFen = 0, paidFen = 0, totalFen = 0;
    QString error;
};

Recompute recompute(const QSqlDatabase &db, int year, bool explain)
{
    Recompute r;
    ReliefYearLoader loader(db);
    const auto years = loader.years(ReliefYearLoader::Scope::poverty(), year, explain);
    if (!years) {
        r.error = years.errorText();
        return r;
    }
    for (const PersonReliefYear &y : years.value()) {
        ++r.persons;
        if (y.lines.isEmpty())
            continue;
        ++r.withClaims;
        r.claims += y.lines.size();
        r.mismatches += y.mismatches;
        r.reliefFen += y.totals.reliefFen;
        r.paidFen += y.totals.paidFen();
        r.totalFen += y.totals.totalFen;
        for (const ReliefClaimLine &l : y.lines)
            r.adjusted += l.claim.adjustments > 0 ? 1 : 0;
        for (const ReliefCapUse &c : y.caps)
            r.capsReached += c.reached() ? 1 : 0;
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("replica (the county demo), opened read-only"), QStringLiteral("file")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("scratch directory (not used)"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("year"), QStringLiteral("scheme year"), QStringLiteral("year"), QStringLiteral("2024")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("timed runs of the recompute (median)"), QStringLiteral("n"), QStringLiteral("3")});
    p.addOption({QStringLiteral("households"), QStringLiteral("poverty households opened one by one"), QStringLiteral("n"), QStringLiteral("50")});
    p.addOption({QStringLiteral("explain"), QStringLiteral("also write every claim's relief explanation")});
    p.addHelpOption();
    p.process(app);
    if (!p.isSet(QStringLiteral("db"))) {
        err << "bench_relief: --db FILE is required\n";
        return 2;
    }
    const QString path = p.value(QStringLiteral("db"));
    const int year = p.value(QStringLiteral("year")).toInt();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const int householdCount = std::max(1, p.value(QStringLiteral("households")).toInt());
    const bool explain = p.isSet(QStringLiteral("explain"));

    // Opened as Database::open does (its cache size), but read-only.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        err << "bench_relief: cannot open " << path << "\n";
        return 1;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA cache_size=-65536"));
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        err << "bench_relief: cannot open " << path << " with sqlite3\n";
        return 1;
    }
    sqlite3_exec(raw, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);

    const ReliefYearLoader::Scope county = ReliefYearLoader::Scope::poverty();
    rawScope(raw, county, year);   // warm the page cache once
    Recompute r;
    std::vector<Timing> jingban, baseline;
    for (int i = 0; i < runs; ++i) {
        baseline.push_back(timed([&] { rawScope(raw, county, year); }));
        jingban.push_back(timed([&] { r = recompute(db, year, explain); }));
        if (!r.error.isEmpty()) {
            err << "bench_relief: " << r.error << "\n";
            return 1;
        }
    }
    const Timing j = median(jingban), b = median(baseline);

    // The relief page opening one poverty household's year.
    QStringList households;
    q.prepare(QStringLiteral("SELECT DISTINCT household_id FROM person WHERE poverty = 1 AND deleted = 0 LIMIT ?"));
    q.addBindValue(householdCount);
    if (q.exec())
        while (q.next())
            households << q.value(0).toString();
    std::vector<double> openMs, rawMs;
    qint64 members = 0;
    for (const QString &h : std::as_const(households)) {
        ReliefYearLoader loader(db);   // as HouseholdYearPanel::load makes one
        QElapsedTimer t;
        t.start();
        const auto year_ = loader.household(h, year);
        openMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!year_) {
            err << "bench_relief: household " << h << ": " << year_.errorText() << "\n";
            return 1;
        }
        members += year_->members.size();
        t.restart();
        rawRead(raw, QStringLiteral("SELECT h.code, v.name, COALESCE(hp.name, ''), h.address FROM household h "
                                    "JOIN village v ON v.id = h.village_id LEFT JOIN person hp ON hp.id = h.head_person_id "
                                    "WHERE h.id = ? AND h.deleted = 0"),
                {h});
        rawRead(raw, QStringLiteral("SELECT p.id, p.name, p.id_number, p.relation, p.poverty, p.dibao, p.tekun, "
                                    "COALESCE(e.tier, 0), COALESCE(e.status, '') FROM person p "
                                    "LEFT JOIN enrollment e ON e.person_id = p.id AND e.scheme_year = ? AND e.deleted = 0 "
                                    "WHERE p.household_id = ? AND p.deleted = 0 "
                                    "ORDER BY p.relation <> 'self', p.birth_date, p.rowid"),
                {year, h});
        rawScope(raw, ReliefYearLoader::Scope::household(h), year);
        rawMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    sqlite3_close(raw);

    out << "# Health poverty relief\n";
    out << QStringLiteral("| recompute the %1 relief of every registered poverty person (%2 persons, %3 with %4 settled "
                          "claims, %5 adjusted) through ReliefYearLoader and ReliefYearCalculator%6: layers, caps used "
                          "and left (%7 caps reached), coverage %8 | %9 (CPU %10); %11 claims differ from the amounts in "
                          "force | raw SQLite running the loader's statements, only reading the rows, same run: %12 "
                          "(CPU %13) | ≤ 3 s |\n")
               .arg(year)
               .arg(thousands(r.persons), thousands(r.withClaims), thousands(r.claims), thousands(r.adjusted),
                    explain ? QStringLiteral(" with every explanation") : QString(), thousands(r.capsReached))
               .arg(QStringLiteral("%1 bp").arg(ReliefAmounts::ratioBp(r.paidFen, r.totalFen)))
               .arg(seconds(j.wall), seconds(j.cpu))
               .arg(r.mismatches)
               .arg(seconds(b.wall), seconds(b.cpu));
    out << QStringLiteral("| the relief page opening one poverty household's year (%1 households, %2 members), "
                          "with explanations | %3 | raw SQLite, the same statements: %4 | |\n")
               .arg(households.size())
               .arg(members)
               .arg(bench::statsText(bench::stats(openMs)), bench::statsText(bench::stats(rawMs)));
    out.flush();
    return 0;
}
