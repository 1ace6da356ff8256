// Policy-engine benchmarks (issue 3):
//  1. throughput: settlements per second on one core over synthetic claims;
//  2. recompute: every claim of a scheme year in a replica (the county demo),
//     person by person in the order SettlementInputs::yearToDate replays them
//     (settled_at, slip_no; claims awaiting review last), carrying the
//     year-to-date totals with DemoClaimSettler as the demo did, and compared
//     with the stored settlement field by field; beside the time to only read
//     the same rows from SQLite in the same run.
// Prints Markdown table rows; scripts/bench.sh puts them into docs/benchmarks.md.
//
//   bench_engine [--db FILE] [--year 2024] [--claims N]

#include "demo/democlaimsettler.h"
#include "engine/policyparser.h"
#include "engine/settlementengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <cstring>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>
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

struct Throughput
{
    qint64 claims = 0;
    double seconds = 0;
    qint64 checksum = 0;
};

Throughput throughput(const Policy &policy, int n)
{
    // Claims and persons made up front so that the loop measures the engine.
    QRandomGenerator rng(42);
    const ClaimKind kinds[] = {ClaimKind::Inpatient, ClaimKind::GeneralOutpatient, ClaimKind::GeneralOutpatient,
                               ClaimKind::SpecialOutpatient};
    const InstitutionLevel levels[] = {InstitutionLevel::Village, InstitutionLevel::Township, InstitutionLevel::County,
                                       InstitutionLevel::City, InstitutionLevel::Province};
    const char *diseases[] = {"M002", "M102", "M101", "M204"};
    QList<ClaimInput> claims(n);
    for (int i = 0; i < n; ++i) {
        ClaimInput &c = claims[i];
        c.kind = kinds[rng.bounded(4)];
        c.level = c.kind == ClaimKind::GeneralOutpatient ? levels[rng.bounded(2)] : levels[1 + rng.bounded(4)];
        c.location = c.level <= InstitutionLevel::County ? CareLocation::InCounty : CareLocation(1 + rng.bounded(3));
        c.referral = Referral(rng.bounded(3));
        c.admission = QDate(policy.schemeYear, 1 + rng.bounded(12), 1 + rng.bounded(28));
        c.discharge = c.admission.addDays(c.kind == ClaimKind::Inpatient ? rng.bounded(20) : 0);
        if (c.discharge.year() != policy.schemeYear)
            c.discharge = c.admission;
        c.disease = c.kind == ClaimKind::SpecialOutpatient ? QString::fromLatin1(diseases[rng.bounded(4)]) : QString();
        c.totalFen = c.kind == ClaimKind::Inpatient ? 100000 + rng.bounded(5000000) : 2000 + rng.bounded(80000);
        c.selfPaidFen = c.totalFen / 20;
        c.categoryBCopayFen = c.totalFen / 25;
    }
    PersonFacts ordinary;
    ordinary.enrolled = true;
    ordinary.tier = 1;
    ordinary.certified = {QStringLiteral("M002"), QStringLiteral("M102"), QStringLiteral("M101")};
    PersonFacts poor = ordinary;
    poor.tier = 2;
    poor.categories = ClaimCodes::bit(PersonCategory::Poverty) | ClaimCodes::bit(PersonCategory::Dibao);
    poor.certified << QStringLiteral("M204");

    SettlementResult r;
    Throughput t;
    YearToDate ytd;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        // A new person every 8 claims, so year-to-date totals carry a little.
        if (i % 8 == 0)
            ytd = YearToDate();
        SettlementEngine::compute(policy, (i / 8) % 18 == 0 ? poor : ordinary, claims[i], ytd, r);
        ytd = r.yearToDate;
        t.checksum += r.paidFen();
    }
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    t.claims = n;
    return t;
}

std::string_view view(sqlite3_stmt *s, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(s, i))) : std::string_view();
}

// YYYY-MM-DD without QDate::fromString's generality.
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

// A code column to its enum, by the spellings ClaimCodes gives.
template<typename E, int N>
class Codes
{
public:
    Codes()
    {
        for (int i = 0; i < N; ++i)
            m_codes[i] = ClaimCodes::code(E(i)).toStdString();
    }
    bool find(std::string_view code, E &out) const
    {
        for (int i = 0; i < N; ++i)
            if (m_codes[i] == code) {
                out = E(i);
                return true;
            }
        return false;
    }

private:
    std::string m_codes[N];
};

// What to read: the year's policy, the persons' facts and every claim of the
// year with its settlement, in the order the totals were carried.
const char *kPolicySql = "SELECT document FROM policy WHERE scheme_year = ?1 AND deleted = 0 "
                         "ORDER BY policy_version DESC LIMIT 1";
// Persons and the year's enrollments are two sequential scans joined in
// memory: a join would look each enrollment up at random (8.8 s against
// 4.8 s on the county demo).
const char *kPersonsSql = "SELECT id, poverty, dibao, tekun, near_poor, death_date FROM person WHERE deleted = 0";
const char *kEnrollmentsSql = "SELECT person_id, tier, status FROM enrollment NOT INDEXED "
                              "WHERE scheme_year = ?1 AND deleted = 0";
const char *kFilingsSql = "SELECT person_id, disease_code, valid_from, valid_to FROM filing "
                          "WHERE status = 'certified' AND deleted = 0";
const char *kClaimsSql =
    "SELECT c.person_id, c.id, c.kind, c.level, c.location, c.referral, c.admission, c.discharge, c.disease_code, "
    "c.total_fen, c.self_paid_fen, c.category_b_copay_fen, c.accident, c.third_party_liable, "
    "s.in_scope_fen, s.deductible_fen, s.basic_fen, s.critical_fen, s.assistance_fen, s.relief_fen, "
    "s.out_of_pocket_fen, s.refused, s.flags "
    "FROM claim c LEFT JOIN settlement s ON s.claim_id = c.id AND s.deleted = 0 "
    "AND s.reverses_settlement_id IS NULL "
    "WHERE c.scheme_year = ?1 AND c.deleted = 0 "
    "ORDER BY c.person_id, s.settled_at IS NULL, s.settled_at, s.slip_no, c.discharge, c.admission";

struct Recompute
{
    qint64 persons = 0, claims = 0, settled = 0, mismatches = 0, invalid = 0;
    double readSeconds = 0;       // baseline: raw SQLite reading the same rows
    double recomputeSeconds = 0;  // reading them, making engine input and settling
    double engineSeconds = 0;     // of which in DemoClaimSettler::settle
    QString policyId;
    QString error;
};

sqlite3_stmt *prepare(sqlite3 *db, const char *sql, int year)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        return nullptr;
    if (sqlite3_bind_parameter_count(s) > 0)
        sqlite3_bind_int(s, 1, year);
    return s;
}

// Baseline: the same four reads, every column touched, nothing more.
double readOnly(sqlite3 *db, int year, qint64 &rows)
{
    QElapsedTimer t;
    t.start();
    qint64 bytes = 0;
    rows = 0;
    for (const char *sql : {kPolicySql, kPersonsSql, kEnrollmentsSql, kFilingsSql, kClaimsSql}) {
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

Recompute recompute(const QString &path, int year)
{
    Recompute rc;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        rc.error = QStringLiteral("cannot open %1").arg(path);
        return rc;
    }
    // Memory-mapped reads (SQLite caps the size at 2 GB by default) for the
    // baseline and the recompute alike: a batch job over the whole replica.
    sqlite3_exec(db, "PRAGMA mmap_size = 8589934592", nullptr, nullptr, nullptr);
    // Warm the page cache once, so neither run pays for the disk alone.
    qint64 rows = 0;
    readOnly(db, year, rows);
    rc.readSeconds = readOnly(db, year, rows);

    QElapsedTimer t;
    t.start();
    sqlite3_stmt *s = prepare(db, kPolicySql, year);
    if (!s || sqlite3_step(s) != SQLITE_ROW) {
        rc.error = QStringLiteral("no policy for %1 in %2").arg(year).arg(path);
        sqlite3_finalize(s);
        sqlite3_close(db);
        return rc;
    }
    const auto policy = PolicyParser::parse(QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(s, 0)),
                                                       sqlite3_column_bytes(s, 0)));
    sqlite3_finalize(s);
    if (!policy) {
        rc.error = policy.errorText();
        sqlite3_close(db);
        return rc;
    }
    rc.policyId = policy->id;

    // The persons' facts for the year, as SettlementInputs::personFacts reads them.
    std::unordered_map<std::string, DemoPersonYear> persons;
    persons.reserve(1 << 20);
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
        p.facts.tier = 1;   // no enrollment: tier 1, not enrolled
        persons.emplace(std::string(view(s, 0)), std::move(p));
    }
    sqlite3_finalize(s);
    s = prepare(db, kEnrollmentsSql, year);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const auto it = persons.find(std::string(view(s, 0)));
        if (it == persons.end())
            continue;
        it->second.facts.tier = sqlite3_column_int(s, 1);
        it->second.facts.enrolled = view(s, 2) == "paid";
    }
    sqlite3_finalize(s);
    s = prepare(db, kFilingsSql, year);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const auto it = persons.find(std::string(view(s, 0)));
        if (it != persons.end())
            it->second.certifications.append({QString::fromUtf8(view(s, 1).data(), qsizetype(view(s, 1).size())),
                                              isoDate(view(s, 2)), isoDate(view(s, 3))});
    }
    sqlite3_finalize(s);

    const Codes<ClaimKind, ClaimCodes::kindCount> kindCodes;
    const Codes<InstitutionLevel, ClaimCodes::levelCount> levelCodes;
    const Codes<CareLocation, ClaimCodes::locationCount> locationCodes;
    const Codes<Referral, ClaimCodes::referralCount> referralCodes;
    DemoClaimSettler settler(*policy);
    SettlementResult r;
    std::string current;
    QElapsedTimer engine;
    qint64 engineNs = 0;
    s = prepare(db, kClaimsSql, year);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const std::string_view personId = view(s, 0);
        if (personId != current) {
            current.assign(personId);
            const auto it = persons.find(current);
            settler.beginPerson(it == persons.end() ? DemoPersonYear() : it->second);
            ++rc.persons;
        }
        ClaimInput c;
        const bool known = kindCodes.find(view(s, 2), c.kind) && levelCodes.find(view(s, 3), c.level)
                           && locationCodes.find(view(s, 4), c.location) && referralCodes.find(view(s, 5), c.referral);
        c.admission = isoDate(view(s, 6));
        c.discharge = isoDate(view(s, 7));
        if (sqlite3_column_type(s, 8) != SQLITE_NULL)
            c.disease = QString::fromUtf8(view(s, 8).data(), qsizetype(view(s, 8).size()));
        c.totalFen = sqlite3_column_int64(s, 9);
        c.selfPaidFen = sqlite3_column_int64(s, 10);
        c.categoryBCopayFen = sqlite3_column_int64(s, 11);
        c.accident = sqlite3_column_int(s, 12) == 1;
        c.thirdPartyLiable = sqlite3_column_int(s, 13) == 1;
        ++rc.claims;
        engine.start();
        const bool ok = known && settler.settle(c, r);
        engineNs += engine.nsecsElapsed();
        if (!ok) {
            ++rc.invalid;
            continue;
        }
        if (sqlite3_column_type(s, 14) == SQLITE_NULL)
            continue;   // awaiting review: recomputed, nothing stored to compare
        ++rc.settled;
        const bool same = sqlite3_column_int64(s, 14) == r.inScopeFen && sqlite3_column_int64(s, 15) == r.deductibleFen
                          && sqlite3_column_int64(s, 16) == r.basicFen && sqlite3_column_int64(s, 17) == r.criticalFen
                          && sqlite3_column_int64(s, 18) == r.assistanceFen && sqlite3_column_int64(s, 19) == r.reliefFen
                          && sqlite3_column_int64(s, 20) == r.outOfPocketFen
                          && view(s, 21) == DemoClaimSettler::refusedCode(r.refused)
                          && view(s, 22) == DemoClaimSettler::flagsText(r.flags);
        if (!same)
            ++rc.mismatches;
    }
    sqlite3_finalize(s);
    rc.recomputeSeconds = double(t.nsecsElapsed()) / 1e9;
    rc.engineSeconds = double(engineNs) / 1e9;
    sqlite3_close(db);
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("replica to recompute (the county demo)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("scratch directory (unused)"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("year"), QStringLiteral("scheme year"), QStringLiteral("year"), QStringLiteral("2024")});
    p.addOption({QStringLiteral("claims"), QStringLiteral("synthetic claims for throughput"), QStringLiteral("n"),
                 QStringLiteral("4000000")});
    p.addHelpOption();
    p.process(app);
    const int year = p.value(QStringLiteral("year")).toInt();
    const auto policy = PolicyParser::loadEmbedded(QStringLiteral("demo-county-%1").arg(year));
    if (!policy) {
        err << policy.errorText() << "\n";
        return 2;
    }
    out << "# Policy engine\n";   // the section title scripts/bench.sh uses
    const Throughput tp = throughput(*policy, p.value(QStringLiteral("claims")).toInt());
    out << QStringLiteral("| engine throughput on one core: %1 synthetic claims (every kind, 1 person in 18 poverty + "
                          "dibao), policy %2 | %3 settlements/s (%4 s; checksum %5) | | ≥ 1,000,000/s |\n")
               .arg(thousands(tp.claims), policy->id, thousands(qint64(double(tp.claims) / tp.seconds)))
               .arg(tp.seconds, 0, 'f', 2)
               .arg(tp.checksum);
    if (p.isSet(QStringLiteral("db"))) {
        const Recompute rc = recompute(p.value(QStringLiteral("db")), year);
        if (!rc.error.isEmpty()) {
            err << "bench_engine: " << rc.error << "\n";
            return 1;
        }
        out << QStringLiteral("| recompute every claim of %1 from the replica (%2 claims of %3 persons, %4 settled; "
                              "policy %5), person by person with year-to-date totals | %6 s (of which the engine %7 s); "
                              "%8 differ from the stored settlement, %9 not accepted by the engine | "
                              "raw SQLite only reading the same rows (policy, persons, filings, claims with settlements, "
                              "same ORDER BY), warm cache: %10 s | ≤ 10 s |\n")
                   .arg(year)
                   .arg(thousands(rc.claims), thousands(rc.persons), thousands(rc.settled), rc.policyId)
                   .arg(rc.recomputeSeconds, 0, 'f', 2)
                   .arg(rc.engineSeconds, 0, 'f', 2)
                   .arg(rc.mismatches)
                   .arg(rc.invalid)
                   .arg(rc.readSeconds, 0, 'f', 2);
    }
    out.flush();
    return 0;
}
