// Claims benchmarks (issue 6), on a replica opened read-only (the county demo):
//  1. live settlement after a keystroke: the clerk types a total digit by
//     digit for a registered poverty person with settled claims; each
//     keystroke is ClaimEntryModel::settle (the engine on the unsaved claim,
//     with the person's facts and year-to-date totals read once) plus
//     SettlementPanel::showResult and the repaint of the shown panel;
//     beside the bare engine call on the same inputs (no SQL runs per key);
//  2. slip to PDF: ClaimSlipModel::load + SettlementSlipRenderer::writePdf
//     (A4), beside raw SQLite reading the same rows;
//  3. claims list, first page: ClaimListModel::setFilter (the first 200
//     rows of the filter, newest first) for the filters a county or township
//     user picks, beside raw SQLite running the same SELECT and stepping
//     every row; and the totals per layer of the same filters.
// Prints Markdown table rows; scripts/bench.sh puts them into docs/benchmarks.md.
//
//   bench_claims --db FILE [--dir DIR] [--year 2024] [--keys 4000] [--slips 60] [--pages 60]
// (DIR is accepted as scripts/bench.sh passes it; the PDFs go to a temporary directory.)

#include "claims/settlementpanel.h"
#include "engine/settlementengine.h"
#include "itemmodels/claimentrymodel.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/claimslipmodel.h"
#include "printing/settlementsliprenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
    qsizetype n = 0;
};

Stats stats(std::vector<qint64> ns)
{
    Stats s;
    if (ns.empty())
        return s;
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double q) { return double(ns[std::min(ns.size() - 1, size_t(q * double(ns.size())))]) / 1e6; };
    s.p50 = at(0.5);
    s.p99 = at(0.99);
    s.max = double(ns.back()) / 1e6;
    s.n = qsizetype(ns.size());
    return s;
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 1 ? 3 : 2);
}

QString describe(const Stats &s)
{
    return QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms (%4 runs)").arg(ms(s.p50), ms(s.p99), ms(s.max)).arg(s.n);
}

QString one(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

// Raw SQLite: prepare, bind by name, step every row, finalize.
qint64 rawQueryNs(sqlite3 *db, const QString &sql, const QList<QPair<QString, QVariant>> &binds, qint64 *rows)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *st = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK)
        return -1;
    for (const auto &[name, value] : binds) {
        const int i = sqlite3_bind_parameter_index(st, name.toUtf8().constData());
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            sqlite3_bind_int64(st, i, value.toLongLong());
        } else {
            const QByteArray v = value.toString().toUtf8();
            sqlite3_bind_text(st, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        }
    }
    qint64 n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            (void)sqlite3_column_text(st, c);
        ++n;
    }
    sqlite3_finalize(st);
    if (rows)
        *rows = n;
    return t.nsecsElapsed();
}

// The amounts in force as ClaimListModel reads them: the settlement's plus its approved adjustments.
QString inForce()
{
    QStringList columns;
    for (const char *layer : {"basic", "critical", "assistance", "relief", "out_of_pocket"})
        columns << QStringLiteral("s.%1_fen + COALESCE((SELECT SUM(a.%1_delta_fen) FROM settlement_adjustment a "
                                  "WHERE a.claim_id = c.id AND a.settlement_id = s.id AND a.status = 'approved' "
                                  "AND a.deleted = 0), 0)")
                       .arg(QLatin1String(layer));
    return columns.join(QStringLiteral(", "));
}

// The first page's SELECT as ClaimListModel runs it (claimlistmodel.cpp), for
// the baseline: the page's rowids from the claim table first, then the shown
// columns of those rows.
QString listSql(const ClaimListModel::Filter &f)
{
    const bool statusIndex = !f.status.isEmpty() && f.status != QLatin1String("settled");
    QString w = QStringLiteral("c.deleted = 0");
    if (!f.status.isEmpty())
        w += statusIndex ? QStringLiteral(" AND c.status = :status") : QStringLiteral(" AND +c.status = :status");
    if (!f.townshipId.isEmpty())
        w += statusIndex ? QStringLiteral(" AND c.township_id = :township") : QStringLiteral(" AND +c.township_id = :township");
    if (!f.kind.isEmpty())
        w += QStringLiteral(" AND c.kind = :kind");
    if (f.from.isValid())
        w += QStringLiteral(" AND +c.discharge >= :from");
    if (f.to.isValid())
        w += QStringLiteral(" AND +c.discharge <= :to");
    if (!f.institutionId.isEmpty())
        w += QStringLiteral(" AND c.institution_id = :institution");
    if (!f.villageId.isEmpty())
        w += QStringLiteral(" AND c.person_id IN (SELECT vp.id FROM person vp JOIN household vh ON vh.id = vp.household_id "
                            "WHERE vh.village_id = :village)");
    return QStringLiteral(
               "SELECT c.rowid, c.id, c.status, c.kind, c.discharge, c.person_id, p.name, p.id_number, c.township_id, "
               "i.name, c.created_by, c.total_fen, s.id, s.slip_no, %1, v.name "
               "FROM (SELECT c.rowid AS rid FROM claim c WHERE ")
               .arg(inForce())
           + w
           + QStringLiteral(" ORDER BY c.rowid DESC LIMIT :limit) k JOIN claim c ON c.rowid = k.rid "
                            "JOIN person p ON p.id = c.person_id LEFT JOIN institution i ON i.id = c.institution_id "
                            "LEFT JOIN household h ON h.id = p.household_id LEFT JOIN village v ON v.id = h.village_id "
                            "LEFT JOIN settlement s ON s.claim_id = c.id AND s.reverses_settlement_id IS NULL AND s.deleted = 0 "
                            "ORDER BY k.rid DESC");
}

QList<QPair<QString, QVariant>> listBinds(const ClaimListModel::Filter &f, int limit)
{
    QList<QPair<QString, QVariant>> b;
    if (!f.status.isEmpty())
        b.append({QStringLiteral(":status"), f.status});
    if (!f.townshipId.isEmpty())
        b.append({QStringLiteral(":township"), f.townshipId});
    if (!f.kind.isEmpty())
        b.append({QStringLiteral(":kind"), f.kind});
    if (f.from.isValid())
        b.append({QStringLiteral(":from"), f.from.toString(Qt::ISODate)});
    if (f.to.isValid())
        b.append({QStringLiteral(":to"), f.to.toString(Qt::ISODate)});
    if (!f.institutionId.isEmpty())
        b.append({QStringLiteral(":institution"), f.institutionId});
    if (!f.villageId.isEmpty())
        b.append({QStringLiteral(":village"), f.villageId});
    b.append({QStringLiteral(":limit"), qint64(limit)});
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("replica, opened read-only (the county demo)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("working directory (unused)"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("year"), QStringLiteral("scheme year"), QStringLiteral("year"), QStringLiteral("2024")});
    p.addOption({QStringLiteral("keys"), QStringLiteral("keystrokes to time"), QStringLiteral("n"), QStringLiteral("4000")});
    p.addOption({QStringLiteral("slips"), QStringLiteral("slips to render"), QStringLiteral("n"), QStringLiteral("60")});
    p.addOption({QStringLiteral("pages"), QStringLiteral("first pages to read per filter"), QStringLiteral("n"),
                 QStringLiteral("60")});
    p.addHelpOption();
    p.process(app);
    const QString path = p.value(QStringLiteral("db"));
    const int year = p.value(QStringLiteral("year")).toInt();
    if (path.isEmpty()) {
        err << "bench_claims: --db is required\n";
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        err << "bench_claims: cannot open " << path << ": " << db.lastError().text() << "\n";
        return 1;
    }
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        err << "bench_claims: cannot open " << path << " with SQLite\n";
        return 1;
    }
    // Both with the page cache the workstation gives its connection (storage/database.cpp).
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-65536"));
    sqlite3_exec(raw, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);

    // 1. Live settlement after a keystroke. The person: a registered poverty
    // person with the most settled inpatient claims of the year, so the
    // year-to-date totals are not empty.
    const QString yearFrom = QStringLiteral("%1-01-01").arg(year), yearTo = QStringLiteral("%1-12-31").arg(year);
    QSqlQuery pick(db);
    pick.prepare(QStringLiteral(
        "SELECT c.person_id, c.township_id, c.institution_id, MAX(c.discharge) FROM claim c "
        "JOIN person p ON p.id = c.person_id AND p.poverty = 1 "
        "WHERE c.status = 'settled' AND c.kind = 'inpatient' AND c.scheme_year = ? AND c.institution_id IS NOT NULL "
        "AND c.rowid > (SELECT MAX(rowid) - 200000 FROM claim) GROUP BY c.person_id ORDER BY COUNT(*) DESC LIMIT 1"));
    pick.addBindValue(year);
    if (!pick.exec() || !pick.next()) {
        err << "bench_claims: no settled inpatient claim of a poverty person in " << year << ": "
            << pick.lastError().text() << "\n";
        return 1;
    }
    const QString personId = pick.value(0).toString(), townshipId = pick.value(1).toString(),
                  institutionId = pick.value(2).toString();
    const QDate claimDate = QDate::fromString(pick.value(3).toString(), Qt::ISODate);
    out << "# Claims: live settlement per keystroke, slip to PDF, claims list\n";
    const SessionUser clerk{QStringLiteral("bench-clerk"), QStringLiteral("bench"), QStringLiteral("bench"), Role::Clerk,
                            townshipId};
    ClaimEntryModel entry(db, clerk);
    QElapsedTimer personTimer;
    personTimer.start();
    if (!entry.setPerson(personId)) {
        err << "bench_claims: cannot load person " << personId << "\n";
        return 1;
    }
    entry.setClaimDate(claimDate);
    const qint64 personNs = personTimer.nsecsElapsed();
    if (!entry.hasPolicy()) {
        err << "bench_claims: " << entry.contextErrors().text() << "\n";
        return 1;
    }
    ClaimInput claim;
    {
        QSqlQuery i(db);
        i.prepare(QStringLiteral("SELECT level, location FROM institution WHERE id = ?"));
        i.addBindValue(institutionId);
        if (!i.exec() || !i.next()) {
            err << "bench_claims: no institution " << institutionId << "\n";
            return 1;
        }
        claim.kind = ClaimKind::Inpatient;
        claim.level = *ClaimCodes::level(i.value(0).toString());
        claim.location = *ClaimCodes::location(i.value(1).toString());
        claim.referral = Referral::None;
        claim.admission = claimDate.addDays(-9);
        claim.discharge = claimDate;
        claim.selfPaidFen = 0;
        claim.categoryBCopayFen = 0;
    }
    SettlementPanel panel;
    panel.resize(760, 520);
    panel.show();
    QApplication::processEvents();
    // "23456.78" typed key by key, then erased, over and over: the totals the panel sees.
    const qint64 typed[] = {200, 2300, 23400, 234500, 2345600, 2345670, 2345678, 234567, 23456, 2345, 234, 23};
    const int keys = p.value(QStringLiteral("keys")).toInt();
    std::vector<qint64> keyNs, engineNs;
    keyNs.reserve(size_t(keys));
    engineNs.reserve(size_t(keys));
    qint64 checksum = 0;
    QElapsedTimer t;
    for (int k = 0; k < keys; ++k) {
        claim.totalFen = typed[k % std::size(typed)];
        t.start();
        const auto r = entry.settle(claim);
        if (r)
            panel.showResult(entry.policy(), claim, *r);
        panel.repaint();   // paints now, as the event loop would after the key
        keyNs.push_back(t.nsecsElapsed());
        checksum += r ? r->outOfPocketFen : -1;
        t.start();
        const auto bare = SettlementEngine::settle(entry.policy(), entry.facts(), claim, entry.yearToDate());
        engineNs.push_back(t.nsecsElapsed());
        checksum -= bare ? bare->outOfPocketFen : -1;
    }
    const Stats key = stats(keyNs), engine = stats(engineNs);
    out << QStringLiteral("| live settlement after a keystroke: ClaimEntryModel::settle + SettlementPanel::showResult + "
                          "repaint of the shown panel, a registered poverty person's inpatient claim (year-to-date totals "
                          "read once when the person was chosen: %1 ms; live and bare results differ by %2 fen) | %3 | "
                          "the bare engine call on the same input (no SQL runs per keystroke): %4 | ≤ 5 ms |\n")
               .arg(ms(double(personNs) / 1e6))
               .arg(checksum)
               .arg(describe(key), describe(engine));

    // 2. Slip to PDF: the newest settled slips of the year.
    QStringList settlements;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT s.id FROM settlement s WHERE s.reverses_settlement_id IS NULL AND s.deleted = 0 "
                                 "AND s.slip_no LIKE ? ORDER BY s.rowid DESC LIMIT ?"));
        q.addBindValue(QStringLiteral("%1-%").arg(year));
        q.addBindValue(p.value(QStringLiteral("slips")).toInt());
        if (q.exec())
            while (q.next())
                settlements << q.value(0).toString();
    }
    QTemporaryDir tmp;
    std::vector<qint64> slipNs, slipRawNs;
    qint64 pdfBytes = 0;
    for (const QString &id : settlements) {
        t.start();
        const auto slip = ClaimSlipModel::load(db, id);
        if (!slip) {
            err << "bench_claims: slip " << id << ": " << slip.errorText() << "\n";
            return 1;
        }
        const QString pdf = tmp.filePath(QStringLiteral("slip.pdf"));
        if (!SettlementSlipRenderer(slip.value()).writePdf(pdf)) {
            err << "bench_claims: cannot write " << pdf << "\n";
            return 1;
        }
        slipNs.push_back(t.nsecsElapsed());
        pdfBytes = QFileInfo(pdf).size();
        slipRawNs.push_back(rawQueryNs(raw,
                                       QStringLiteral("SELECT s.*, c.*, p.*, h.*, v.name, t.name, i.name "
                                                      "FROM settlement s JOIN claim c ON c.id = s.claim_id "
                                                      "JOIN person p ON p.id = c.person_id JOIN household h ON h.id = p.household_id "
                                                      "JOIN village v ON v.id = h.village_id JOIN township t ON t.id = c.township_id "
                                                      "LEFT JOIN institution i ON i.id = c.institution_id WHERE s.id = :id"),
                                       {{QStringLiteral(":id"), id}}, nullptr));
    }
    out << QStringLiteral("| slip to PDF: ClaimSlipModel::load + SettlementSlipRenderer::writePdf, A4, the %1 newest "
                          "slips of %2 (last PDF %3 KiB) | %4 | raw SQLite reading the slip's rows "
                          "(settlement, claim, person, household, village, township, institution): %5 | ≤ 150 ms |\n")
               .arg(settlements.size())
               .arg(year)
               .arg(pdfBytes / 1024)
               .arg(describe(stats(slipNs)), describe(stats(slipRawNs)));

    // 3. Claims list, first page, on the filters a user picks.
    const QString villageId = one(db, QStringLiteral("SELECT h.village_id FROM person p JOIN household h ON h.id = p.household_id "
                                                     "WHERE p.id = '%1'").arg(personId));
    const QString smallInstitution = one(db, QStringLiteral("SELECT institution_id FROM claim WHERE institution_id IS NOT NULL "
                                                            "AND rowid > (SELECT MAX(rowid) - 50000 FROM claim) "
                                                            "GROUP BY institution_id ORDER BY COUNT(*) LIMIT 1"));
    struct Case
    {
        QString name;
        ClaimListModel::Filter filter;
        bool county;
    };
    const QDate from(year, 1, 1), to(year, 12, 31);
    QList<Case> cases;
    cases.append({QStringLiteral("county user, every claim"), {}, true});
    cases.append({QStringLiteral("county user, settled inpatient of the year"),
                  {{}, QStringLiteral("settled"), QStringLiteral("inpatient"), from, to, {}, {}}, true});
    cases.append({QStringLiteral("clerk, the township's claims of the year"), {townshipId, {}, {}, from, to, {}, {}}, false});
    cases.append({QStringLiteral("clerk, waiting for review"), {townshipId, QStringLiteral("entered"), {}, {}, {}, {}, {}}, false});
    cases.append({QStringLiteral("clerk, one village of the year"), {townshipId, {}, {}, from, to, villageId, {}}, false});
    cases.append({QStringLiteral("clerk, the county hospital of the person's last claim"),
                  {townshipId, {}, {}, from, to, {}, institutionId}, false});
    cases.append({QStringLiteral("county user, the institution with fewest recent claims"),
                  {{}, {}, {}, {}, {}, {}, smallInstitution}, true});
    const int pages = p.value(QStringLiteral("pages")).toInt();
    const SessionUser countyUser{QStringLiteral("bench-county"), QStringLiteral("county"), QStringLiteral("county"),
                                 Role::CountyAdmin, {}};
    for (const Case &c : cases) {
        ClaimListModel model(db);
        model.setViewer(c.county ? countyUser : clerk);
        std::vector<qint64> pageNs, rawNs;
        qint64 rows = 0, rawRows = 0;
        // The first read of a filter finds its pages on disk or in the OS
        // cache, not yet in SQLite's: reported apart from the runs.
        t.start();
        model.setFilter(c.filter);
        const double firstMs = double(t.nsecsElapsed()) / 1e6;
        for (int i = 0; i < pages; ++i) {
            t.start();
            model.setFilter(c.filter);
            pageNs.push_back(t.nsecsElapsed());
            rows = model.rowCount();
            rawNs.push_back(rawQueryNs(raw, listSql(c.filter), listBinds(c.filter, model.pageSize()), &rawRows));
        }
        t.start();
        const ClaimListModel::Totals totals = model.totals();
        const double totalsMs = double(t.nsecsElapsed()) / 1e6;
        out << QStringLiteral("| claims list, first page (%1 rows of %2 claims): %3 | %4 after a first read of %5 ms; "
                              "totals per layer of the filter %6 ms, on a worker thread (the page shows \"computing…\" "
                              "meanwhile) | raw SQLite, the same SELECT, every row stepped (%7 rows): %8 | "
                              "first page p99 ≤ 20 ms |\n")
                   .arg(rows)
                   .arg(totals.claims)
                   .arg(c.name, describe(stats(pageNs)), ms(firstMs), ms(totalsMs))
                   .arg(rawRows)
                   .arg(describe(stats(rawNs)));
    }
    out.flush();
    sqlite3_close(raw);
    return 0;
}
