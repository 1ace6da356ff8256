// Health-poverty-relief benchmark (issue 7): recompute the scheme year's
// relief of every registered poverty person of a replica (the county demo,
// opened read-only): each person's settled claims replayed through
// ReliefYearCalculator (the engine, the totals carried claim to claim, the
// caps used and left, the coverage ratio) and compared with the stored
// settlements; beside raw SQLite only reading the same rows in the same run.
// Prints Markdown table rows; scripts/bench.sh puts them into docs/benchmarks.md.
//
//   bench_relief --db FILE [--dir DIR] [--year 2024] [--explain]   (DIR is not used: nothing is written)

#include "engine/policyparser.h"
#include "relief/reliefyearcalculator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

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

std::string_view view(sqlite3_stmt *s, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(s, i))) : std::string_view();
}

QString text(sqlite3_stmt *s, int i)
{
    const std::string_view v = view(s, i);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QDate isoDate(std::string_view t)
{
    if (t.size() < 10)
        return {};
    auto num = [&](size_t at, size_t n) {
        int v = 0;
        for (size_t i = at; i < at + n; ++i)
            v = v * 10 + (t[i] - '0');
        return v;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2));
}

// The poverty persons, their enrollment and certifications for the year, and
// their settled claims of the year with the settlements, in the order the
// totals were carried (ReliefYearLoader reads the same, person by person).
// A reversed claim has status 'reversed', so 'settled' leaves it out. Each
// read is one statement from a scan of person: looking the three up person
// by person through their indexes was random reads all over the 10.7 GB
// county file and had not finished after 28 minutes on a loaded machine.
const char *kPoliciesSql = "SELECT sha256, document, scheme_year, policy_version FROM policy WHERE deleted = 0";
const char *kPersonsSql = "SELECT id, poverty, dibao, tekun, near_poor, death_date FROM person "
                          "WHERE poverty = 1 AND deleted = 0";
const char *kEnrollmentsSql = "SELECT e.person_id, e.tier, e.status FROM person p JOIN enrollment e "
                              "ON e.person_id = p.id AND e.scheme_year = ?1 AND e.deleted = 0 "
                              "WHERE p.poverty = 1 AND p.deleted = 0";
const char *kFilingsSql = "SELECT f.person_id, f.disease_code, f.valid_from, f.valid_to FROM person p "
                          "JOIN filing f ON f.person_id = p.id AND f.status = 'certified' AND f.deleted = 0 "
                          "WHERE p.poverty = 1 AND p.deleted = 0";
const char *kClaimsSql =
    "SELECT c.person_id, c.id, c.kind, c.level, c.location, c.referral, c.admission, c.discharge, c.disease_code, "
    "c.total_fen, c.self_paid_fen, c.category_b_copay_fen, c.accident, c.third_party_liable, "
    "s.id, s.slip_no, s.policy_id, s.policy_sha256, s.in_scope_fen, s.deductible_fen, s.basic_fen, s.critical_fen, "
    "s.assistance_fen, s.relief_fen, s.out_of_pocket_fen, s.refused, s.flags "
    "FROM person p JOIN claim c ON c.person_id = p.id AND c.scheme_year = ?1 AND c.status = 'settled' "
    "AND c.deleted = 0 JOIN settlement s ON s.claim_id = c.id AND s.deleted = 0 AND s.reverses_settlement_id IS NULL "
    "WHERE p.poverty = 1 AND p.deleted = 0 ORDER BY p.id, s.settled_at, s.slip_no";

sqlite3_stmt *prepare(sqlite3 *db, const char *sql, int year)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        return nullptr;
    if (sqlite3_bind_parameter_count(s) > 0)
        sqlite3_bind_int(s, 1, year);
    return s;
}

double readOnly(sqlite3 *db, int year, qint64 &rows)
{
    QElapsedTimer t;
    t.start();
    qint64 bytes = 0;
    rows = 0;
    for (const char *sql : {kPoliciesSql, kPersonsSql, kEnrollmentsSql, kFilingsSql, kClaimsSql}) {
        sqlite3_stmt *s = prepare(db, sql, year);
        const int n = sqlite3_column_count(s);
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int i = 0; i < n; ++i)
                bytes += sqlite3_column_bytes(s, i);
            ++rows;
        }
        sqlite3_finalize(s);
    }
    static volatile qint64 sink;
    sink = bytes;
    return double(t.nsecsElapsed()) / 1e9;
}

struct Run
{
    qint64 persons = 0, withClaims = 0, claims = 0, mismatches = 0, capsReached = 0, rows = 0;
    qint64 reliefFen = 0, paidFen = 0, totalFen = 0;
    double readSeconds = 0, recomputeSeconds = 0;
    QString error;
};

Run run(const QString &path, int year, bool explain)
{
    Run r;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        r.error = QStringLiteral("cannot open %1").arg(path);
        return r;
    }
    sqlite3_exec(db, "PRAGMA mmap_size = 8589934592", nullptr, nullptr, nullptr);
    readOnly(db, year, r.rows);   // warm the page cache once
    r.readSeconds = readOnly(db, year, r.rows);

    QElapsedTimer t;
    t.start();
    // Every policy by content hash (a settlement names the one it used); the year's newest gives the caps.
    QHash<QString, std::shared_ptr<Policy>> policies;
    std::shared_ptr<Policy> yearPolicy;
    int newestVersion = -1;
    sqlite3_stmt *s = prepare(db, kPoliciesSql, year);
    while (sqlite3_step(s) == SQLITE_ROW) {
        auto parsed = PolicyParser::parse(QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(s, 1)),
                                                     sqlite3_column_bytes(s, 1)));
        if (!parsed)
            continue;
        auto p = std::make_shared<Policy>(parsed.value());
        policies.insert(text(s, 0), p);
        if (sqlite3_column_int(s, 2) == year && sqlite3_column_int(s, 3) > newestVersion) {
            newestVersion = sqlite3_column_int(s, 3);
            yearPolicy = p;
        }
    }
    sqlite3_finalize(s);
    if (!yearPolicy) {
        r.error = QStringLiteral("no policy for %1 in %2").arg(year).arg(path);
        sqlite3_close(db);
        return r;
    }

    std::unordered_map<std::string, DemoPersonYear> persons;
    persons.reserve(1 << 16);
    s = prepare(db, kPersonsSql, year);
    const PersonCategory kinds[] = {PersonCategory::Poverty, PersonCategory::Dibao, PersonCategory::Tekun,
                                    PersonCategory::NearPoor};
    while (sqlite3_step(s) == SQLITE_ROW) {
        DemoPersonYear p;
        for (int i = 0; i < 4; ++i)
            if (sqlite3_column_int(s, 1 + i))
                p.facts.categories |= ClaimCodes::bit(kinds[i]);
        if (sqlite3_column_type(s, 5) != SQLITE_NULL)
            p.facts.deathDate = isoDate(view(s, 5));
        persons.emplace(std::string(view(s, 0)), std::move(p));
    }
    sqlite3_finalize(s);
    r.persons = qint64(persons.size());
    s = prepare(db, kEnrollmentsSql, year);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const auto it = persons.find(std::string(view(s, 0)));
        if (it != persons.end()) {
            it->second.facts.tier = sqlite3_column_int(s, 1);
            it->second.facts.enrolled = view(s, 2) == "paid";
        }
    }
    sqlite3_finalize(s);
    s = prepare(db, kFilingsSql, year);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const auto it = persons.find(std::string(view(s, 0)));
        if (it != persons.end())
            it->second.certifications.append({text(s, 1), isoDate(view(s, 2)), isoDate(view(s, 3))});
    }
    sqlite3_finalize(s);

    const ReliefYearCalculator::PolicyLookup lookup = [&policies](const QString &sha) {
        const auto it = policies.constFind(sha);
        return it == policies.constEnd() ? nullptr : it.value().get();
    };
    auto finish = [&](const std::string &personId, const QList<ReliefClaim> &claims) {
        const auto it = persons.find(personId);
        if (it == persons.end() || claims.isEmpty())
            return;
        const PersonReliefYear y = ReliefYearCalculator::compute(*yearPolicy, lookup, it->second, claims, explain);
        ++r.withClaims;
        r.claims += y.lines.size();
        r.mismatches += y.mismatches;
        r.reliefFen += y.totals.reliefFen;
        r.paidFen += y.totals.paidFen();
        r.totalFen += y.totals.totalFen;
        for (const ReliefCapUse &c : y.caps)
            r.capsReached += c.reached() ? 1 : 0;
    };
    QList<ReliefClaim> claims;
    std::string current;
    s = prepare(db, kClaimsSql, year);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const std::string_view personId = view(s, 0);
        if (personId != current) {
            finish(current, claims);
            claims.clear();
            current.assign(personId);
        }
        ReliefClaim c;
        ClaimInput &in = c.input;
        const auto kind = ClaimCodes::kind(text(s, 2));
        const auto level = ClaimCodes::level(text(s, 3));
        const auto location = ClaimCodes::location(text(s, 4));
        const auto referral = ClaimCodes::referral(text(s, 5));
        if (!kind || !level || !location || !referral)
            continue;
        in.kind = *kind;
        in.level = *level;
        in.location = *location;
        in.referral = *referral;
        in.id = text(s, 1);
        in.admission = isoDate(view(s, 6));
        in.discharge = isoDate(view(s, 7));
        if (sqlite3_column_type(s, 8) != SQLITE_NULL)
            in.disease = text(s, 8);
        in.totalFen = sqlite3_column_int64(s, 9);
        in.selfPaidFen = sqlite3_column_int64(s, 10);
        in.categoryBCopayFen = sqlite3_column_int64(s, 11);
        in.accident = sqlite3_column_int(s, 12) == 1;
        in.thirdPartyLiable = sqlite3_column_int(s, 13) == 1;
        c.claimId = in.id;
        c.settlementId = text(s, 14);
        c.slipNo = text(s, 15);
        c.policyId = text(s, 16);
        c.policySha256 = text(s, 17);
        c.stored.totalFen = in.totalFen;
        c.stored.inScopeFen = sqlite3_column_int64(s, 18);
        c.stored.deductibleFen = sqlite3_column_int64(s, 19);
        c.stored.basicFen = sqlite3_column_int64(s, 20);
        c.stored.criticalFen = sqlite3_column_int64(s, 21);
        c.stored.assistanceFen = sqlite3_column_int64(s, 22);
        c.stored.reliefFen = sqlite3_column_int64(s, 23);
        c.stored.outOfPocketFen = sqlite3_column_int64(s, 24);
        if (sqlite3_column_type(s, 25) != SQLITE_NULL)
            c.refused = text(s, 25);
        c.flags = text(s, 26);
        claims.append(std::move(c));
    }
    finish(current, claims);
    sqlite3_finalize(s);
    r.recomputeSeconds = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
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
    p.addOption({QStringLiteral("explain"), QStringLiteral("also write every claim's relief explanation")});
    p.addHelpOption();
    p.process(app);
    if (!p.isSet(QStringLiteral("db"))) {
        err << "bench_relief: --db FILE is required\n";
        return 2;
    }
    const int year = p.value(QStringLiteral("year")).toInt();
    const bool explain = p.isSet(QStringLiteral("explain"));
    const Run r = run(p.value(QStringLiteral("db")), year, explain);
    if (!r.error.isEmpty()) {
        err << "bench_relief: " << r.error << "\n";
        return 1;
    }
    out << "# Health poverty relief\n";
    out << QStringLiteral("| recompute the %1 relief of every registered poverty person (%2 persons, %3 with %4 settled "
                          "claims) through ReliefYearCalculator%5: layers, caps used and left (%6 caps reached), "
                          "coverage %7 | %8 s; %9 claims differ from the stored settlement | raw SQLite only reading "
                          "the same rows (policies, persons, enrollments, filings, claims with settlements, same ORDER BY), "
                          "warm cache: %10 s | ≤ 3 s |\n")
               .arg(year)
               .arg(thousands(r.persons), thousands(r.withClaims), thousands(r.claims),
                    explain ? QStringLiteral(" with every explanation") : QString(), thousands(r.capsReached))
               .arg(QStringLiteral("%1 bp").arg(ReliefAmounts::ratioBp(r.paidFen, r.totalFen)))
               .arg(r.recomputeSeconds, 0, 'f', 2)
               .arg(r.mismatches)
               .arg(r.readSeconds, 0, 'f', 2);
    out.flush();
    return 0;
}
