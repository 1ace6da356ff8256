// Special-outpatient filing benchmarks (issue 5), each beside raw SQLite
// doing the same work in the same run (these machines are noisy):
//  1. batch certification (集中认定) of N submitted filings (default 2,000)
//     through FilingService::certify, one all-or-nothing transaction, on a
//     fresh replica this program makes; beside raw SQLite applying the same
//     filing updates and inserting the same audit_log and sync_outbox rows
//     (read back from the service's run) to a copy of the replica taken
//     just before, in one transaction with the same pragmas;
//  2. the filing list by status on the county demo, opened read-only: the
//     first page of FilingListModel plus its count (what the screen does on
//     each filter change), for a township reviewer (status × township) and
//     for the county certifier (status, every township); beside raw SQLite
//     running the same SELECT (first page) and COUNT.
// Prints a "# Title" line and Markdown table rows; scripts/bench.sh puts them
// into docs/benchmarks.md between the "filing-bench" markers. COUNTY.db is
// only read.
//
//   bench_filing [--db COUNTY.db] [--dir DIR] [--filings 2000] [--queries 400]

#include "domain/idnumber.h"
#include "itemmodels/filinglistmodel.h"
#include "services/enrollmentservice.h"
#include "services/filingservice.h"
#include "services/geographyservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>
#include <sys/resource.h>
#include <vector>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
};
Stats stats(std::vector<double> v)
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

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString ms(double x) { return QString::number(x, 'f', x < 10 ? 3 : 1); }

// Context switches so far: voluntary ones are waits (fsync, reads), the
// others the scheduler taking the CPU away (other work on a shared machine).
struct Switches
{
    long waits = 0, preempted = 0;
};
Switches switches()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return {u.ru_nvcsw, u.ru_nivcsw};
}

[[noreturn]] void fail(const QString &what)
{
    err << "bench_filing: " << what << '\n';
    err.flush();
    std::exit(1);
}

void check(const Validation &v, const char *what)
{
    if (!v.ok())
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), v.text()));
}

template<typename T>
const T &check(const Result<T> &r, const char *what)
{
    if (!r.ok())
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), r.errorText()));
    return r.value();
}

QString idNumber(int n)
{
    // Region 360102, born 1940–1979 on a real day, sequence from n.
    const QDate birth = QDate(1940, 1, 1).addDays(n % 14000);
    const QString first17 = QStringLiteral("360102") + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

// One row of a table as SQLite values, to insert again with the C API.
struct SqlRow
{
    QVariantList values;
};

void bindRow(sqlite3_stmt *s, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isNull()) {
            sqlite3_bind_null(s, i + 1);
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(s, i + 1, v.toLongLong());
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray b = v.toByteArray();
            sqlite3_bind_blob(s, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        } else {
            const QByteArray t = v.toString().toUtf8();
            sqlite3_bind_text(s, i + 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
        }
    }
}

QList<SqlRow> readRows(const QSqlDatabase &db, const QString &sql, QStringList *columns)
{
    QList<SqlRow> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        fail(QStringLiteral("%1 failed").arg(sql));
    columns->clear();
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        *columns << rec.fieldName(i);
    while (q.next()) {
        SqlRow r;
        for (int i = 0; i < rec.count(); ++i)
            r.values << q.value(i);
        rows << r;
    }
    return rows;
}

void exec(sqlite3 *db, const char *sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        const QString m = QString::fromUtf8(msg);
        sqlite3_free(msg);
        fail(QStringLiteral("%1: %2").arg(QLatin1String(sql), m));
    }
}

sqlite3_stmt *prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(db, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
        fail(QStringLiteral("%1: %2").arg(sql, QString::fromUtf8(sqlite3_errmsg(db))));
    return s;
}

void step(sqlite3 *db, sqlite3_stmt *s)
{
    if (sqlite3_step(s) != SQLITE_DONE)
        fail(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
}

// ---- 1. batch certification on a fresh replica ----

void batchCertify(const QString &dir, int n)
{
    const QString path = QDir(dir).filePath(QStringLiteral("bench-filing.db"));
    const QString copy = QDir(dir).filePath(QStringLiteral("bench-filing-raw.db"));
    for (const QString &p : {path, copy})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(p + suffix);
    QSqlDatabase db = check(Database::open(path, QStringLiteral("bench-filing")), "open the replica");
    // The setup is not measured: no fsync per transaction while it runs.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=OFF"));

    const SessionUser admin = check(UserService::firstRunSetup(db, {QStringLiteral("360100"), QStringLiteral("360100101"),
                                                                     QStringLiteral("示范镇")},
                                                               {QStringLiteral("admin"), QStringLiteral("管理员"),
                                                                Role::TownshipAdmin, {}, QStringLiteral("bench-admin-1")}),
                                    "first-run setup");
    const SessionUser countyAdmin{QStringLiteral("county-admin"), QStringLiteral("county"), QStringLiteral("县管理员"),
                                  Role::CountyAdmin, {}};
    const SessionUser certifier{QStringLiteral("certifier-1"), QStringLiteral("certifier"), QStringLiteral("县认定员"),
                                Role::CountyCertifier, {}};
    ChangeWriter county(db, countyAdmin);
    {
        QFile f(QStringLiteral(":/policies/demo-county-2024.json"));
        if (!f.open(QIODevice::ReadOnly))
            fail(QStringLiteral("no demo policy"));
        check(PolicyService(county).publish(f.readAll()), "publish the policy");
    }
    GeographyService geo(county);
    const QString village = check(geo.createVillage(admin.townshipId, QStringLiteral("360100101001"), QStringLiteral("东村")),
                                  "village")
                                .value(QStringLiteral("id"))
                                .toString();
    const QString hospital = check(geo.createInstitution(QStringLiteral("H36010001"), QStringLiteral("示范县人民医院"),
                                                         QStringLiteral("county"), QStringLiteral("in_county")),
                                   "institution")
                                 .value(QStringLiteral("id"))
                                 .toString();
    ChangeWriter adminWriter(db, admin);
    check(UserService(adminWriter).createUser({QStringLiteral("clerk"), QStringLiteral("王经办"), Role::Clerk, admin.townshipId,
                                               QStringLiteral("bench-clerk-1")}),
          "clerk");
    check(UserService(adminWriter).createUser({QStringLiteral("reviewer"), QStringLiteral("李审核"), Role::Reviewer,
                                               admin.townshipId, QStringLiteral("bench-reviewer-1")}),
          "reviewer");
    const SessionUser clerk = *UserService::byLogin(db, QStringLiteral("clerk"));
    const SessionUser reviewer = *UserService::byLogin(db, QStringLiteral("reviewer"));

    // n persons in households of four, enrolled and paid for 2024, one
    // filing each (diseases open to everyone), reviewed and submitted.
    ChangeWriter clerkWriter(db, clerk), reviewerWriter(db, reviewer);
    HouseholdService households(clerkWriter);
    const QStringList diseases{QStringLiteral("M101"), QStringLiteral("M102"), QStringLiteral("M103"), QStringLiteral("M104"),
                               QStringLiteral("M105"), QStringLiteral("M106"), QStringLiteral("M107"), QStringLiteral("M108")};
    const QStringList relations{QStringLiteral("self"), QStringLiteral("spouse"), QStringLiteral("son"), QStringLiteral("daughter")};
    QStringList filingIds;
    for (int h = 0; h * 4 < n; ++h) {
        const QString household = check(households.createHousehold({village, QStringLiteral("B%1").arg(h, 5, 10, QLatin1Char('0')),
                                                                    {}, {}}),
                                        "household")
                                      .value(QStringLiteral("id"))
                                      .toString();
        QStringList persons;
        for (int m = 0; m < 4 && h * 4 + m < n; ++m)
            persons << check(households.addPerson({household, idNumber(h * 4 + m), QStringLiteral("测试%1").arg(h * 4 + m),
                                                   relations.at(m)}),
                             "person")
                           .value(QStringLiteral("id"))
                           .toString();
        check(EnrollmentService(clerkWriter).enrollAndPay(household, persons, 2024, 1, QStringLiteral("cash")), "enrollment");
        for (int m = 0; m < persons.size(); ++m) {
            const auto filed = check(FilingService(clerkWriter).file({persons.at(m), diseases.at((h * 4 + m) % diseases.size()),
                                                                      hospital, QDate(2024, 2, 1),
                                                                      QStringLiteral("inpatient_record"), {}}),
                                     "filing");
            filingIds << filed.value(QStringLiteral("id")).toString();
            check(FilingService(reviewerWriter).review(filingIds.last(), true), "review");
        }
    }
    check(FilingService(reviewerWriter).submit(filingIds), "submission");
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!QFile::copy(path, copy))
        fail(QStringLiteral("cannot copy the replica"));
    QSqlQuery seqQuery(db);
    seqQuery.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log"));
    seqQuery.next();
    const qint64 lastSeq = seqQuery.value(0).toLongLong();
    seqQuery.finish();

    // Measured: the county certifier certifies all n in one call.
    ChangeWriter certifierWriter(db, certifier);
    const double cpu0 = cpuSeconds();
    const Switches sw0 = switches();
    QElapsedTimer timer;
    timer.start();
    check(FilingService(certifierWriter).certify(filingIds, QDate(2024, 3, 1), QDate(2025, 2, 28)), "certification");
    const double serviceSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double serviceCpu = cpuSeconds() - cpu0;
    const Switches sw1 = switches();

    // What the service wrote, to write again raw.
    QStringList filingColumns, auditColumns, outboxColumns;
    const QList<SqlRow> filings = readRows(db, QStringLiteral("SELECT * FROM filing WHERE status = 'certified' ORDER BY rowid"),
                                           &filingColumns);
    const QList<SqlRow> audits = readRows(db, QStringLiteral("SELECT * FROM audit_log WHERE seq > %1 ORDER BY seq").arg(lastSeq),
                                          &auditColumns);
    const QList<SqlRow> outbox = readRows(db, QStringLiteral("SELECT * FROM sync_outbox WHERE audit_seq > %1 ORDER BY rowid")
                                                  .arg(lastSeq),
                                          &outboxColumns);
    if (filings.size() != n || audits.size() != n || outbox.size() != n)
        fail(QStringLiteral("expected %1 certified filings, audit entries and operations; found %2, %3, %4")
                 .arg(n)
                 .arg(filings.size())
                 .arg(audits.size())
                 .arg(outbox.size()));
    db = QSqlDatabase();
    Database::close(QStringLiteral("bench-filing"));

    sqlite3 *raw = nullptr;
    if (sqlite3_open(copy.toUtf8().constData(), &raw) != SQLITE_OK)
        fail(QStringLiteral("cannot open the copy"));
    for (const char *p : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                          "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"})
        exec(raw, p);
    // The same columns the service changed, by id; then the two log rows.
    QStringList sets;
    QList<int> setColumns;
    for (const QString &c : {QStringLiteral("status"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                             QStringLiteral("decided_by"), QStringLiteral("decided_at"), QStringLiteral("version"),
                             QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("workstation_id")}) {
        sets << c + QStringLiteral(" = ?");
        setColumns << int(filingColumns.indexOf(c));
    }
    sqlite3_stmt *update = prepare(raw, QStringLiteral("UPDATE filing SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    const int idColumn = int(filingColumns.indexOf(QStringLiteral("id")));
    auto insertInto = [&](const QString &table, const QStringList &columns) {
        return prepare(raw, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QStringLiteral(", ")),
                                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    };
    sqlite3_stmt *audit = insertInto(QStringLiteral("audit_log"), auditColumns);
    sqlite3_stmt *op = insertInto(QStringLiteral("sync_outbox"), outboxColumns);
    const double rawCpu0 = cpuSeconds();
    const Switches rawSw0 = switches();
    timer.restart();
    exec(raw, "BEGIN IMMEDIATE");
    for (int i = 0; i < n; ++i) {
        QVariantList values;
        for (int c : setColumns)
            values << filings.at(i).values.at(c);
        values << filings.at(i).values.at(idColumn);
        bindRow(update, values);
        step(raw, update);
        bindRow(audit, audits.at(i).values);
        step(raw, audit);
        bindRow(op, outbox.at(i).values);
        step(raw, op);
    }
    exec(raw, "COMMIT");
    const double rawSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double rawCpu = cpuSeconds() - rawCpu0;
    const Switches rawSw1 = switches();
    for (sqlite3_stmt *s : {update, audit, op})
        sqlite3_finalize(s);
    sqlite3_close(raw);
    for (const QString &p : {path, copy})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(p + suffix);

    out << "| batch certification (集中认定) of " << n
        << " submitted filings in one `FilingService::certify` call (checks, row, hash-chained audit entry and outbox "
           "operation per filing, one transaction, synchronous=FULL), fresh replica | "
        << QString::number(serviceSeconds, 'f', 3) << " s (CPU " << QString::number(serviceCpu, 'f', 3) << " s; "
        << (sw1.waits - sw0.waits) << " waits, " << (sw1.preempted - sw0.preempted) << " preemptions) | "
        << "raw SQLite applying the same " << n << " updates and inserting the same " << n << " audit_log and " << n
        << " sync_outbox rows, one transaction, same pragmas: " << QString::number(rawSeconds, 'f', 3) << " s (CPU "
        << QString::number(rawCpu, 'f', 3) << " s; " << (rawSw1.waits - rawSw0.waits) << " waits, "
        << (rawSw1.preempted - rawSw0.preempted) << " preemptions) | ≤ 2 s |\n";
    out.flush();
}

// ---- 2. the filing list by status on the county demo ----

struct ListCase
{
    QString status;
    QString townshipId;   // empty: every township (the county certifier)
};

void filingList(const QString &countyPath, int queries)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-county"));
    db.setDatabaseName(countyPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        fail(QStringLiteral("cannot open %1 read-only").arg(countyPath));
    // The page cache the workstation gives its connection (storage/database.cpp).
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-65536"));
    QStringList townships;
    bool listIndex = false;
    QStringList statuses;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id FROM township WHERE deleted = 0 ORDER BY code"));
        while (q.next())
            townships << q.value(0).toString();
        q.exec(QStringLiteral("SELECT DISTINCT status FROM filing ORDER BY status"));
        while (q.next())
            statuses << q.value(0).toString();
        // Migration 0008's index; a county made before it lacks it (and is not changed here).
        q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'filing_list'"));
        listIndex = q.next();
    }
    if (!listIndex)
        err << "bench_filing: " << countyPath << " has no index filing_list (migration 0008); measuring without it. "
            << "To add it: CREATE INDEX filing_list ON filing(deleted, status, township_id, disease_code, valid_to);\n";
    if (townships.isEmpty() || statuses.isEmpty())
        fail(QStringLiteral("%1 has no townships or no filings").arg(countyPath));
    qint64 filingCount = 0;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM filing WHERE deleted = 0"));
        q.next();
        filingCount = q.value(0).toLongLong();
    }

    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(countyPath.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot open %1 read-only").arg(countyPath));
    exec(raw, "PRAGMA cache_size=-65536");
    // The model's own SQL for one status and township (and for one status
    // only): the page's rowids first, then the shown columns of those rows;
    // the count from the filing table alone (no village filter).
    const QString select = QStringLiteral(
        "SELECT f.rowid, f.id, f.status, f.person_id, p.name, p.id_number, f.township_id, v.name, f.disease_code, "
        "(SELECT d.name FROM disease d WHERE d.code = f.disease_code AND d.deleted = 0 ORDER BY d.scheme_year DESC LIMIT 1), "
        "i.name, f.diagnosis_date, f.evidence_kind, f.reason, f.valid_to, f.created_by "
        "FROM (SELECT f.rowid AS rid FROM filing f WHERE f.deleted = 0 AND f.status IN (?1)%1 ORDER BY f.rowid LIMIT 200) k "
        "JOIN filing f ON f.rowid = k.rid JOIN person p ON p.id = f.person_id JOIN household h ON h.id = p.household_id "
        "LEFT JOIN village v ON v.id = h.village_id LEFT JOIN institution i ON i.id = f.institution_id ORDER BY k.rid");
    const QString count = QStringLiteral("SELECT COUNT(*) FROM filing f WHERE f.deleted = 0 AND f.status IN (?1)%1");
    const QString byTownship = QStringLiteral(" AND f.township_id = ?2");
    sqlite3_stmt *pageT = prepare(raw, select.arg(byTownship));
    sqlite3_stmt *countT = prepare(raw, count.arg(byTownship));
    sqlite3_stmt *pageAll = prepare(raw, select.arg(QString()));
    sqlite3_stmt *countAll = prepare(raw, count.arg(QString()));

    const SessionUser certifier{QStringLiteral("certifier-1"), QStringLiteral("certifier"), QStringLiteral("县认定员"),
                                Role::CountyCertifier, {}};
    for (const bool county : {false, true}) {
        std::vector<ListCase> cases;
        for (int i = 0; i < queries; ++i) {
            const QString status = statuses.at(i % statuses.size());
            cases.push_back({status, county ? QString() : townships.at((i / statuses.size()) % townships.size())});
        }
        std::vector<double> modelMs, rawMs;
        qint64 rowsShown = 0;
        // Warm the page cache the same way for both.
        for (int pass = 0; pass < 2; ++pass) {
            modelMs.clear();
            rawMs.clear();
            rowsShown = 0;
            for (const ListCase &c : cases) {
                SessionUser viewer = certifier;
                if (!county)
                    viewer = {QStringLiteral("reviewer-bench"), QStringLiteral("reviewer"), QStringLiteral("审核员"),
                              Role::Reviewer, c.townshipId};
                FilingListModel model(db);
                model.setViewer(viewer);
                FilingListModel::Filter f;
                f.statuses = {c.status};
                f.townshipId = c.townshipId;
                QElapsedTimer t;
                t.start();
                model.setFilter(f);
                const qint64 total = model.totalCount();
                // The first page as the view shows it: every cell's text.
                for (int r = 0; r < model.rowCount(); ++r)
                    for (int col = 0; col < FilingListModel::ColumnCount; ++col)
                        model.index(r, col).data();
                modelMs.push_back(double(t.nsecsElapsed()) / 1e6);
                rowsShown += model.rowCount();
                if (total < model.rowCount())
                    fail(QStringLiteral("count below the rows read"));

                sqlite3_stmt *page = county ? pageAll : pageT;
                sqlite3_stmt *cnt = county ? countAll : countT;
                const QByteArray status = c.status.toUtf8();
                const QByteArray township = c.townshipId.toUtf8();
                t.restart();
                for (sqlite3_stmt *s : {page, cnt}) {
                    sqlite3_bind_text(s, 1, status.constData(), int(status.size()), SQLITE_STATIC);
                    if (!county)
                        sqlite3_bind_text(s, 2, township.constData(), int(township.size()), SQLITE_STATIC);
                    while (sqlite3_step(s) == SQLITE_ROW)
                        for (int col = 0; col < sqlite3_column_count(s); ++col)
                            sqlite3_column_text(s, col);
                    sqlite3_reset(s);
                }
                rawMs.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        }
        const Stats m = stats(modelMs), r = stats(rawMs);
        out << "| filing list by status, first page of 200 and its count, "
            << (county ? QStringLiteral("county certifier (every township), ") : QStringLiteral("township reviewer (status × township), "))
            << queries << " filter changes over " << statuses.size() << " statuses"
            << (county ? QString() : QStringLiteral(" and %1 townships").arg(townships.size())) << ", " << filingCount
            << " filings, " << QString::number(double(rowsShown) / double(cases.size()), 'f', 0) << " rows a page on average"
            << (listIndex ? QString() : QStringLiteral(" (this county lacks migration 0008's index filing_list)")) << " | p50 "
            << ms(m.p50) << " ms, p99 " << ms(m.p99) << " ms, max " << ms(m.max) << " ms | raw SQLite, same SELECT and COUNT: p50 "
            << ms(r.p50) << " ms, p99 " << ms(r.p99) << " ms | p99 ≤ 20 ms |\n";
        out.flush();
    }
    for (sqlite3_stmt *s : {pageT, countT, pageAll, countAll})
        sqlite3_finalize(s);
    sqlite3_close(raw);
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-county"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), QStringLiteral("The county demo, opened read-only (skip the list if not given)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Where the fresh replica goes (default: a temporary directory)."),
                 QStringLiteral("dir")});
    p.addOption({QStringLiteral("filings"), QStringLiteral("Filings to certify in one batch."), QStringLiteral("n"),
                 QStringLiteral("2000")});
    p.addOption({QStringLiteral("queries"), QStringLiteral("Filter changes per list case."), QStringLiteral("n"),
                 QStringLiteral("400")});
    p.process(app);
    out << "# Special-outpatient filings\n";
    out.flush();
    QTemporaryDir temp;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    batchCertify(dir, qMax(1, p.value(QStringLiteral("filings")).toInt()));
    if (p.isSet(QStringLiteral("db")))
        filingList(p.value(QStringLiteral("db")), qMax(1, p.value(QStringLiteral("queries")).toInt()));
    return 0;
}
