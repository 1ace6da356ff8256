#include "claimfixture.h"
#include "enrollmentfixture.h"

#include "dashboard/dashboarddetailmodel.h"
#include "dashboard/dashboardqueries.h"
#include "dashboard/dashboardtables.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/filinglistmodel.h"
#include "services/claimreversalservice.h"
#include "services/adjustmentservice.h"
#include "services/claimservice.h"
#include "services/policyservice.h"
#include "services/enrollmentservice.h"
#include "services/filingservice.h"
#include "services/reconciliationreport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSet>
#include <QTest>

// The dashboard's aggregates agree to the fen with the lists behind them:
// the claims list, the filing list, the daily reconciliation and the
// dashboard's own detail lists, over a replica made through the services.
class TestDashboardQueries : public QObject
{
    Q_OBJECT

    ClaimFixture f;
    QString westId;
    QStringList claimIds;
    DashboardScope scope;
    int westResidents = 0;
    int westEnrolled = 0;

private slots:
    void initTestCase()
    {
        f.setUp();
        scope = {f.r.townshipId, 2024};
        westId = secondVillageId(f.r);
        ChangeWriter clerk(f.r.db, f.r.clerk);
        ChangeWriter reviewer(f.r.db, f.r.reviewer);

        // 西村: a household of four enrolled whole, one of three with two
        // enrolled, one of two enrolled for 2023 only (a policy for 2023 too).
        publishPolicyForYear(f.r, 2023);
        const TestHousehold a = addTestHousehold(f.r, westId, QStringLiteral("W001"),
                                                 {{QStringLiteral("钱一"), QStringLiteral("self"), false},
                                                  {QStringLiteral("钱二"), QStringLiteral("spouse"), false},
                                                  {QStringLiteral("钱三"), QStringLiteral("son"), true},
                                                  {QStringLiteral("钱四"), QStringLiteral("daughter"), false}},
                                                 100);
        const TestHousehold b = addTestHousehold(f.r, westId, QStringLiteral("W002"),
                                                 {{QStringLiteral("孙一"), QStringLiteral("self"), false},
                                                  {QStringLiteral("孙二"), QStringLiteral("spouse"), false},
                                                  {QStringLiteral("孙三"), QStringLiteral("son"), false}},
                                                 200);
        const TestHousehold c = addTestHousehold(f.r, westId, QStringLiteral("W003"),
                                                 {{QStringLiteral("李一"), QStringLiteral("self"), false},
                                                  {QStringLiteral("李二"), QStringLiteral("spouse"), false}},
                                                 300);
        EnrollmentService enroll(clerk);
        QVERIFY(enroll.enrollAndPay(a.id, a.personIds, 2024, 1, QStringLiteral("cash")).ok());
        QVERIFY(enroll.enrollAndPay(b.id, b.personIds.mid(0, 2), 2024, 1, QStringLiteral("mobile")).ok());
        QVERIFY(enroll.enrollAndPay(c.id, c.personIds, 2023, 1, QStringLiteral("cash")).ok());
        westResidents = 4 + 3 + 2;
        westEnrolled = 4 + 2;

        // Claims of 2024: inpatient in several months, two very large ones of
        // the poverty person (the relief cap binds), one reversed, one
        // waiting for review.
        auto enter = [&](const QString &person, int month, qint64 totalFen, const QString &hospital) {
            ClaimService::NewClaim n;
            n.personId = person;
            n.institutionId = hospital;
            n.kind = QStringLiteral("inpatient");
            n.admission = QDate(2024, month, 2);
            n.discharge = QDate(2024, month, 9);
            n.totalFen = totalFen;
            n.selfPaidFen = totalFen / 20;
            auto e = ClaimService(clerk).enter(n);
            if (!e)
                qFatal("claim: %s", qPrintable(e.errorText()));
            return e->value(QStringLiteral("id")).toString();
        };
        claimIds << enter(f.poorId, 1, 1234567, f.countyHospitalId) << enter(f.sonId, 1, 876543, f.countyHospitalId)
                 << enter(f.poorId, 3, 50000000, f.provinceHospitalId) << enter(f.poorId, 4, 45000000, f.provinceHospitalId)
                 << enter(f.sonId, 3, 333333, f.countyHospitalId) << enter(f.sonId, 7, 2222222, f.provinceHospitalId)
                 << enter(f.poorId, 11, 987654, f.countyHospitalId);
        for (int i = 0; i < claimIds.size() - 1; ++i) {
            auto approved = ClaimService(reviewer).approve(claimIds.at(i));
            QVERIFY2(approved.ok(), qPrintable(approved.errorText()));
        }
        QVERIFY(ClaimReversalService(clerk).reverse(claimIds.at(4), QStringLiteral("重复报销"), f.r.reviewer).ok());

        // Filings: two of M101 (one reviewed), one of M204 for the poverty person.
        QVERIFY(FilingService(clerk).file({f.sonId, QStringLiteral("M101"), {}, QDate(2024, 2, 1),
                                           QStringLiteral("inpatient_record"), {}}).ok());
        QVERIFY(FilingService(clerk).file({a.personIds.at(0), QStringLiteral("M101"), {}, QDate(2024, 2, 1),
                                           QStringLiteral("inpatient_record"), {}}).ok());
        auto poorFiling = FilingService(clerk).file({f.poorId, QStringLiteral("M204"), {}, QDate(2024, 2, 1),
                                                     QStringLiteral("inpatient_record"), {}});
        QVERIFY2(poorFiling.ok(), qPrintable(poorFiling.errorText()));
        QVERIFY(FilingService(reviewer).review(poorFiling->value(QStringLiteral("id")).toString(), true).ok());
    }

    void enrollmentRateByVillageAgreesWithTheResidents()
    {
        auto areas = DashboardQueries::enrollment(f.r.db, scope);
        QVERIFY2(areas.ok(), qPrintable(areas.errorText()));
        QCOMPARE(areas->size(), 2);   // 东村, 西村, by code
        const EnrollmentArea &east = areas->at(0);
        const EnrollmentArea &west = areas->at(1);
        QCOMPARE(east.id, f.r.villageId);
        QCOMPARE(east.persons, qint64(2));
        QCOMPARE(east.enrolled, qint64(2));
        QCOMPARE(west.id, westId);
        QCOMPARE(west.persons, qint64(westResidents));
        QCOMPARE(west.enrolled, qint64(westEnrolled));
        QCOMPARE(west.rateBp(), qint64((westEnrolled * 10000 + westResidents / 2) / westResidents));

        DashboardDetailModel list(f.r.db, f.r.clerk);
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const EnrollmentArea &area : *areas) {
            QVERIFY(list.loadResidents(scope, area.id));
            QCOMPARE(qint64(list.rowCount()), area.persons);
            QCOMPARE(list.countYes(DashboardDetailModel::ResidentEnrolled), area.enrolled);
        }
        // 2023: only W003 paid; a dead-before-the-year person would not count.
        auto y2023 = DashboardQueries::enrollment(f.r.db, {f.r.townshipId, 2023});
        QCOMPARE(y2023->at(1).enrolled, qint64(2));
        QCOMPARE(y2023->at(0).enrolled, qint64(0));

        // The whole county: one row per township, the same persons.
        auto county = DashboardQueries::enrollment(f.r.db, {{}, 2024});
        QCOMPARE(county->size(), 1);
        QCOMPARE(county->at(0).persons, east.persons + west.persons);
        QVERIFY(list.loadResidents({{}, 2024}, f.r.townshipId));
        QCOMPARE(list.countYes(DashboardDetailModel::ResidentEnrolled), county->at(0).enrolled);
    }

    void contributionsAgreeWithTheReceiptsAndTheReconciliation()
    {
        auto days = DashboardQueries::contributionsByDay(f.r.db, scope);
        QVERIFY2(days.ok(), qPrintable(days.errorText()));
        QVERIFY(!days->isEmpty());
        qint64 receipts = 0, fen = 0;
        for (const ContributionPeriod &d : *days) {
            receipts += d.receipts;
            fen += d.fen;
            // The day's receipts, listed; and the daily reconciliation of that day.
            DashboardDetailModel list(f.r.db, f.r.clerk);
            QVERIFY(list.loadReceipts(scope, d.day, d.day));
            QCOMPARE(qint64(list.rowCount()), d.receipts);
            QCOMPARE(list.total(DashboardDetailModel::ReceiptAmount), d.fen);
            const auto lines = ReconciliationReport::compute(f.r.db, f.r.townshipId, d.day, d.day);
            // The reconciliation counts every scheme year's receipts: take
            // away those of other years issued that day (W003's 2023 one).
            const qint64 reconciled = ReconciliationReport::total(lines).issuedFen;
            QSqlQuery q(f.r.db);
            q.prepare(QStringLiteral("SELECT COALESCE(SUM(total_fen), 0) FROM receipt WHERE scheme_year <> 2024 "
                                     "AND date(issued_at, ?) = ?"));
            q.addBindValue(DashboardQueries::localDayShift(2024));
            q.addBindValue(d.day.toString(Qt::ISODate));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(d.fen, reconciled - q.value(0).toLongLong());
        }
        // Raw SQL over the rows, independently: 2024 receipts, their money.
        QSqlQuery q(f.r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(total_fen) FROM receipt WHERE scheme_year = 2024")));
        QVERIFY(q.next());
        QCOMPARE(receipts, q.value(0).toLongLong());
        QCOMPARE(fen, q.value(1).toLongLong());
        // Tier 1 is ¥400 and poverty persons pay nothing: W001's three
        // (钱三 is registered poor), W002's two, and the fixture's son.
        QCOMPARE(fen, qint64(6 * 40000));

        const auto months = DashboardQueries::byMonth(*days);
        qint64 monthly = 0;
        for (const ContributionPeriod &m : months) {
            QCOMPARE(m.day.day(), 1);
            DashboardDetailModel list(f.r.db, f.r.clerk);
            QVERIFY(list.loadReceipts(scope, m.day, m.day.addMonths(1).addDays(-1)));
            QCOMPARE(list.total(DashboardDetailModel::ReceiptAmount), m.fen);
            monthly += m.fen;
        }
        QCOMPARE(monthly, fen);
    }

    void claimsByMonthAgreeWithTheClaimsList()
    {
        auto months = DashboardQueries::claimsByMonth(f.r.db, scope);
        QVERIFY2(months.ok(), qPrintable(months.errorText()));
        QCOMPARE(months->size(), 12);
        qint64 claims = 0, fund = 0;
        for (const ClaimMonth &m : *months) {
            ClaimListModel list(f.r.db);
            list.setViewer(f.r.clerk);
            const QDate first(2024, m.month, 1);
            list.setFilter({f.r.townshipId, QStringLiteral("settled"), {}, first, first.addMonths(1).addDays(-1)});
            while (list.canFetchMore({}))
                list.fetchMore({});
            QCOMPARE(qint64(list.rowCount()), m.claims);
            // The list's totals, and its rows added up one by one.
            const ClaimListModel::Totals t = list.totals();
            QCOMPARE(t.totalFen, m.totalFen);
            QCOMPARE(t.basicFen, m.basicFen);
            QCOMPARE(t.criticalFen, m.criticalFen);
            QCOMPARE(t.assistanceFen, m.assistanceFen);
            QCOMPARE(t.reliefFen, m.reliefFen);
            QCOMPARE(t.outOfPocketFen, m.outOfPocketFen);
            qint64 rows[6] = {};
            for (int row = 0; row < list.rowCount(); ++row)
                for (int i = 0; i < 6; ++i)
                    rows[i] += list.index(row, ClaimListModel::TotalColumn + i).data(ClaimListModel::FenRole).toLongLong();
            QCOMPARE(rows[0], m.totalFen);
            QCOMPARE(rows[1], m.basicFen);
            QCOMPARE(rows[2], m.criticalFen);
            QCOMPARE(rows[3], m.assistanceFen);
            QCOMPARE(rows[4], m.reliefFen);
            QCOMPARE(rows[5], m.outOfPocketFen);
            QCOMPARE(m.fundFen() + m.outOfPocketFen, m.totalFen);
            claims += m.claims;
            fund += m.fundFen();
        }
        // Six approved, one of them reversed; the one waiting is not counted.
        QCOMPARE(claims, qint64(5));
        QCOMPARE(months->at(0).claims, qint64(2));
        QCOMPARE(months->at(2).claims, qint64(1));   // the reversed March claim left out
        QCOMPARE(months->at(10).claims, qint64(0));  // waiting for review
        QVERIFY(fund > 0);

        // The table the chart is drawn from carries the same figures.
        DashboardTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DashboardTables::claims(&table, 2024, *months);
        QCOMPARE(table.rowCount(), 12);
        QCOMPARE(table.total(DashboardTables::FundColumn), fund);
        QCOMPARE(table.index(0, DashboardTables::BasicColumn).data(DashboardTableModel::ValueRole).toLongLong(),
                 months->at(0).basicFen);
    }

    void filingsAgreeWithTheFilingList()
    {
        // Diagnosed in 2023: not one of 2024's filings, in the chart or the list.
        ChangeWriter clerk(f.r.db, f.r.clerk);
        QVERIFY(FilingService(clerk).file({f.poorId, QStringLiteral("M101"), {}, QDate(2023, 12, 20),
                                           QStringLiteral("inpatient_record"), {}}).ok());
        const QDate from(2024, 1, 1), to(2024, 12, 31);
        auto statuses = DashboardQueries::filingsByStatus(f.r.db, scope);
        QVERIFY2(statuses.ok(), qPrintable(statuses.errorText()));
        qint64 all = 0;
        for (const FilingCount &c : *statuses) {
            FilingListModel list(f.r.db);
            list.setFilter({{c.code}, f.r.townshipId, {}, {}, {}, from, to});
            QCOMPARE(list.totalCount(), c.filings);
            all += c.filings;
        }
        QCOMPARE(all, qint64(3));
        FilingListModel everyYear(f.r.db);
        everyYear.setFilter({{}, f.r.townshipId, {}, {}, {}});
        QCOMPARE(everyYear.totalCount(), 4);
        QCOMPARE(statuses->size(), 2);
        QCOMPARE(statuses->at(0).code, QStringLiteral("reported"));   // the workflow's order
        QCOMPARE(statuses->at(0).filings, qint64(2));

        auto diseases = DashboardQueries::filingsByDisease(f.r.db, scope);
        QVERIFY2(diseases.ok(), qPrintable(diseases.errorText()));
        QCOMPARE(diseases->size(), 2);
        QCOMPARE(diseases->at(0).code, QStringLiteral("M101"));
        QVERIFY(!diseases->at(0).name.isEmpty());
        for (const FilingCount &c : *diseases) {
            FilingListModel list(f.r.db);
            list.setFilter({{}, f.r.townshipId, {}, c.code, {}, from, to});
            QCOMPARE(list.totalCount(), c.filings);
        }
        QCOMPARE(diseases->at(0).filings, qint64(2));   // the 2023 M101 left out
    }

    void povertyCoverageAgreesWithThePovertyPersonsClaims()
    {
        auto coverage = DashboardQueries::povertyCoverage(f.r.db, scope);
        QVERIFY2(coverage.ok(), qPrintable(coverage.errorText()));
        QCOMPARE(coverage->persons, qint64(1));
        QCOMPARE(coverage->claims, qint64(3));   // January, March, April; November waits

        // Independently: the poverty person's settled claims in the claims list.
        ClaimListModel claims(f.r.db);
        claims.setViewer(f.r.clerk);
        claims.setFilter({f.r.townshipId, QStringLiteral("settled"), {}, QDate(2024, 1, 1), QDate(2024, 12, 31)});
        while (claims.canFetchMore({}))
            claims.fetchMore({});
        qint64 total = 0, paid = 0, oop = 0;
        for (int row = 0; row < claims.rowCount(); ++row) {
            if (claims.index(row, 0).data(ClaimListModel::PersonIdRole).toString() != f.poorId)
                continue;
            auto fen = [&](int column) { return claims.index(row, column).data(ClaimListModel::FenRole).toLongLong(); };
            total += fen(ClaimListModel::TotalColumn);
            paid += fen(ClaimListModel::BasicColumn) + fen(ClaimListModel::CriticalColumn) +
                    fen(ClaimListModel::AssistanceColumn) + fen(ClaimListModel::ReliefColumn);
            oop += fen(ClaimListModel::OutOfPocketColumn);
        }
        QCOMPARE(coverage->totalFen, total);
        QCOMPARE(coverage->paidFen(), paid);
        QCOMPARE(coverage->outOfPocketFen, oop);
        QCOMPARE(coverage->coverageBp(), (paid * 10000 + total / 2) / total);
        QCOMPARE(coverage->outOfPocketBp(), (oop * 10000 + total / 2) / total);

        DashboardDetailModel list(f.r.db, f.r.clerk);
        QVERIFY(list.loadPovertyPersons(scope));
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.total(DashboardDetailModel::PovertyTotal), total);
        QCOMPARE(list.total(DashboardDetailModel::PovertyOutOfPocket), oop);
        QCOMPARE(list.total(DashboardDetailModel::PovertyCoverage), coverage->coverageBp());
        QCOMPARE(list.personId(0), f.poorId);

        DashboardTableModel table;
        DashboardTables::poverty(&table, *coverage);
        QCOMPARE(table.total(DashboardTables::AmountColumn), total);
    }

    void reliefCapsReachedAgreeWithTheFlaggedSettlements()
    {
        QSqlQuery q(f.r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT c.id) FROM settlement s JOIN claim c ON c.id = s.claim_id "
                                      "WHERE c.status = 'settled' AND s.flags LIKE '%relief_cap_reached%'")));
        QVERIFY(q.next());
        const qint64 flagged = q.value(0).toLongLong();
        QVERIFY2(flagged > 0, "the fixture's large claims should reach the inpatient relief cap");

        auto caps = DashboardQueries::reliefCapsReached(f.r.db, scope);
        QVERIFY2(caps.ok(), qPrintable(caps.errorText()));
        QCOMPARE(caps->size(), 2);
        QCOMPARE(caps->at(0).kind, QStringLiteral("inpatient"));
        QCOMPARE(caps->at(0).claims, flagged);
        QCOMPARE(caps->at(0).persons, qint64(1));
        QCOMPARE(caps->at(1).claims, qint64(0));

        DashboardDetailModel list(f.r.db, f.r.clerk);
        QVERIFY(list.loadReliefCapClaims(scope, QStringLiteral("inpatient")));
        QCOMPARE(qint64(list.rowCount()), flagged);
        QSet<QString> persons;
        for (int row = 0; row < list.rowCount(); ++row)
            persons.insert(list.personId(row));
        QCOMPARE(qint64(persons.size()), caps->at(0).persons);
    }

    void aCountyViewerSeesIdNumbersMasked()
    {
        DashboardDetailModel list(f.r.db, f.r.countyAdmin);
        QVERIFY(list.loadPovertyPersons({{}, 2024}));
        QCOMPARE(list.rowCount(), 1);
        QVERIFY(list.index(0, DashboardDetailModel::PovertyIdNumber).data().toString().contains(QLatin1Char('*')));
        DashboardDetailModel own(f.r.db, f.r.clerk);
        QVERIFY(own.loadPovertyPersons(scope));
        QCOMPARE(own.index(0, DashboardDetailModel::PovertyIdNumber).data().toString(), f.poorIdNumber);
    }

    void anotherTownshipSeesNothingOfThisOne()
    {
        const DashboardScope other{QStringLiteral("no-such-township"), 2024};
        QCOMPARE(DashboardQueries::claimsByMonth(f.r.db, other)->at(0).claims, qint64(0));
        QCOMPARE(DashboardQueries::povertyCoverage(f.r.db, other)->claims, qint64(0));
        QVERIFY(DashboardQueries::contributionsByDay(f.r.db, other)->isEmpty());
        QVERIFY(DashboardQueries::enrollment(f.r.db, other)->isEmpty());
    }

    // A corrected policy's approved adjustments change the amounts in force:
    // the charts and the lists behind them both carry them, to the fen. Last:
    // it changes the amounts the other tests read.
    void approvedAdjustmentsCountInTheChartsAndTheLists()
    {
        QSqlQuery q(f.r.db);
        auto inForce = [&](const char *layer, bool poorOnly, int month = 0) {
            // Independently: settlements of the year's settled claims plus their approved adjustments.
            const QString claims = QStringLiteral("SELECT c.id FROM claim c WHERE c.status = 'settled' AND c.deleted = 0 "
                                                  "AND c.discharge BETWEEN '2024-01-01' AND '2024-12-31'%1%2")
                                       .arg(poorOnly ? QStringLiteral(" AND c.person_id = '%1'").arg(f.poorId) : QString(),
                                            month ? QStringLiteral(" AND substr(c.discharge, 6, 2) = '%1'")
                                                        .arg(month, 2, 10, QLatin1Char('0'))
                                                  : QString());
            q.exec(QStringLiteral("SELECT (SELECT COALESCE(SUM(s.%1_fen), 0) FROM settlement s WHERE s.deleted = 0 "
                                  "AND s.claim_id IN (%2)) + (SELECT COALESCE(SUM(a.%1_delta_fen), 0) FROM "
                                  "settlement_adjustment a WHERE a.status = 'approved' AND a.deleted = 0 AND a.claim_id IN (%2))")
                       .arg(QLatin1String(layer), claims));
            return q.next() ? q.value(0).toLongLong() : -1;
        };
        QVector<qint64> reliefBefore;
        for (int month = 1; month <= 12; ++month)
            reliefBefore << inForce("relief", false, month);

        // The demo 2024 policy with the in-county personal share cap lowered from 10% to 5%.
        QFile file(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject relief = doc.value(QStringLiteral("poverty_relief")).toObject();
        QJsonArray caps = relief.value(QStringLiteral("share_caps")).toArray();
        QJsonObject inCounty = caps.at(0).toObject();
        inCounty.insert(QStringLiteral("share_bp"), 500);
        caps.replace(0, inCounty);
        relief.insert(QStringLiteral("share_caps"), caps);
        doc.insert(QStringLiteral("poverty_relief"), relief);
        ChangeWriter county(f.r.db, f.r.countyAdmin);
        QVERIFY(PolicyService(county).publish(QJsonDocument(doc).toJson()).ok());
        ChangeWriter clerk(f.r.db, f.r.clerk);
        const auto proposed = AdjustmentService(clerk).propose(2024, QStringLiteral("政策更正"));
        QVERIFY2(proposed.ok(), qPrintable(proposed.errorText()));
        QVERIFY(!proposed->isEmpty());
        ChangeWriter reviewer(f.r.db, f.r.reviewer);
        QVERIFY(AdjustmentService(reviewer).approve(proposed.value()).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM settlement_adjustment WHERE status = 'approved' "
                                      "AND (relief_delta_fen <> 0 OR out_of_pocket_delta_fen <> 0)")));
        QVERIFY(q.next() && q.value(0).toInt() > 0);

        // The claims chart, month by month, against the claims list behind it.
        auto months = DashboardQueries::claimsByMonth(f.r.db, scope);
        QVERIFY2(months.ok(), qPrintable(months.errorText()));
        int changed = 0;   // months whose relief in force the adjustments moved
        qint64 chartBasic = 0, chartCritical = 0, chartAssistance = 0, chartRelief = 0, chartOop = 0;
        for (const ClaimMonth &m : *months) {
            ClaimListModel list(f.r.db);
            list.setViewer(f.r.clerk);
            const QDate first(2024, m.month, 1);
            list.setFilter({f.r.townshipId, QStringLiteral("settled"), {}, first, first.addMonths(1).addDays(-1)});
            while (list.canFetchMore({}))
                list.fetchMore({});
            const ClaimListModel::Totals t = list.totals();
            QCOMPARE(t.basicFen, m.basicFen);
            QCOMPARE(t.criticalFen, m.criticalFen);
            QCOMPARE(t.assistanceFen, m.assistanceFen);
            QCOMPARE(t.reliefFen, m.reliefFen);
            QCOMPARE(t.outOfPocketFen, m.outOfPocketFen);
            qint64 rows[5] = {};
            for (int row = 0; row < list.rowCount(); ++row)
                for (int i = 0; i < 5; ++i)
                    rows[i] += list.index(row, ClaimListModel::BasicColumn + i).data(ClaimListModel::FenRole).toLongLong();
            QCOMPARE(rows[3], m.reliefFen);
            QCOMPARE(m.reliefFen, inForce("relief", false, m.month));
            QCOMPARE(m.outOfPocketFen, inForce("out_of_pocket", false, m.month));
            changed += m.reliefFen != reliefBefore.at(m.month - 1) ? 1 : 0;
            QCOMPARE(rows[4], m.outOfPocketFen);
            QCOMPARE(m.fundFen() + m.outOfPocketFen, m.totalFen);
            chartBasic += m.basicFen;
            chartCritical += m.criticalFen;
            chartAssistance += m.assistanceFen;
            chartRelief += m.reliefFen;
            chartOop += m.outOfPocketFen;
        }
        QCOMPARE(chartBasic, inForce("basic", false));
        QCOMPARE(chartCritical, inForce("critical", false));
        QCOMPARE(chartAssistance, inForce("assistance", false));
        QCOMPARE(chartRelief, inForce("relief", false));
        QCOMPARE(chartOop, inForce("out_of_pocket", false));
        QVERIFY(changed > 0);

        // The poverty persons' coverage and its list.
        auto coverage = DashboardQueries::povertyCoverage(f.r.db, scope);
        QVERIFY2(coverage.ok(), qPrintable(coverage.errorText()));
        QCOMPARE(coverage->reliefFen, inForce("relief", true));
        QCOMPARE(coverage->outOfPocketFen, inForce("out_of_pocket", true));
        QCOMPARE(coverage->paidFen(), inForce("basic", true) + inForce("critical", true) + inForce("assistance", true)
                                          + inForce("relief", true));
        DashboardDetailModel list(f.r.db, f.r.clerk);
        QVERIFY(list.loadPovertyPersons(scope));
        QCOMPARE(list.total(DashboardDetailModel::PovertyOutOfPocket), coverage->outOfPocketFen);
        QCOMPARE(list.total(DashboardDetailModel::PovertyCoverage), coverage->coverageBp());
    }

    void percentIsExactInBasisPoints()
    {
        QCOMPARE(DashboardTableModel::percent(9507), QStringLiteral("95.07%"));
        QCOMPARE(DashboardTableModel::percent(10000), QStringLiteral("100.00%"));
        QCOMPARE(dashboardRatioBp(2, 3), qint64(6667));
        QCOMPARE(dashboardRatioBp(1, 0), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDashboardQueries)
#include "tst_dashboardqueries.moc"
