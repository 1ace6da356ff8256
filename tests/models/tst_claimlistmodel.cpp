#include "claimfixture.h"

#include "itemmodels/claimlistmodel.h"
#include "services/claimreversalservice.h"
#include "services/claimservice.h"
#include "domain/money.h"
#include "roster/spreadsheetreader.h"
#include "services/householdservice.h"

#include <QSqlQuery>

#include <QAbstractItemModelTester>
#include <QTest>

// The claims list: filtered by status, period, kind, village and
// institution, paged in lazily, with totals per layer in which a reversal
// cancels its claim; the filtered list exported to XLSX and CSV and read back.
class TestClaimListModel : public QObject
{
    Q_OBJECT
private slots:
    void pagesFiltersAndTotals()
    {
        ClaimFixture f;
        f.setUp();
        ChangeWriter clerk(f.r.db, f.r.clerk);
        ChangeWriter reviewer(f.r.db, f.r.reviewer);
        QStringList ids;
        for (int i = 0; i < 7; ++i) {
            ClaimService::NewClaim c;
            c.personId = i % 2 ? f.sonId : f.poorId;
            c.institutionId = f.countyHospitalId;
            c.kind = i == 6 ? QStringLiteral("general_outpatient") : QStringLiteral("inpatient");
            if (i == 6)
                c.institutionId.clear(), c.level = QStringLiteral("township"), c.location = QStringLiteral("in_county");
            c.admission = QDate(2024, 1 + i, 3);
            c.discharge = QDate(2024, 1 + i, 8);
            c.totalFen = 300000 + i * 10000;
            auto e = ClaimService(clerk).enter(c);
            QVERIFY2(e.ok(), qPrintable(e.errorText()));
            ids << e->value(QStringLiteral("id")).toString();
        }
        for (int i = 0; i < 4; ++i)
            QVERIFY(ClaimService(reviewer).approve(ids.at(i)).ok());

        ClaimListModel model(f.r.db);
        model.setViewer(f.r.clerk);
        model.setPageSize(2);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({f.r.townshipId, {}, {}, {}, {}});
        // One page (the tester may fetch one more as a view would).
        QVERIFY(model.rowCount() == 2 || model.rowCount() == 4);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.claimId(0), ids.last()); // newest first
        QCOMPARE(model.index(0, ClaimListModel::KindColumn).data().toString(), ClaimListModel::kindLabel(QStringLiteral("general_outpatient")));
        QCOMPARE(model.index(0, ClaimListModel::IdNumberColumn).data().toString().size(), 18);

        model.setFilter({f.r.townshipId, QStringLiteral("settled"), QStringLiteral("inpatient"), {}, {}});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 4);
        ClaimListModel::Totals settled = model.totals();
        QCOMPARE(settled.claims, qint64(4));
        qint64 basic = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            basic += model.index(row, ClaimListModel::BasicColumn).data(ClaimListModel::FenRole).toLongLong();
        QCOMPARE(settled.basicFen, basic);
        QVERIFY(basic > 0);

        // A period: discharged in February and March only.
        model.setFilter({f.r.townshipId, {}, {}, QDate(2024, 2, 1), QDate(2024, 3, 31)});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.canFetchMore({}));

        // A reversal cancels its claim in the totals of all claims.
        model.setFilter({f.r.townshipId, {}, QStringLiteral("inpatient"), {}, {}});
        const ClaimListModel::Totals before = model.totals();
        const qint64 firstBasic = ClaimReversalService::originalSettlement(f.r.db, ids.at(0))->value(QStringLiteral("basic_fen")).toLongLong();
        QVERIFY(ClaimReversalService(clerk).reverse(ids.at(0), QStringLiteral("重复报销"), f.r.reviewer).ok());
        model.reload();
        QCOMPARE(model.totals().basicFen, before.basicFen - firstBasic);
        model.setFilter({f.r.townshipId, QStringLiteral("reversed"), {}, {}, {}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ClaimListModel::StatusColumn).data().toString(), ClaimListModel::statusLabel(QStringLiteral("reversed")));
        QCOMPARE(model.totals().basicFen, qint64(0));

        // A county viewer sees id numbers masked.
        model.setViewer(f.r.countyAdmin);
        model.setFilter({{}, {}, {}, {}, {}});
        QVERIFY(model.index(0, ClaimListModel::IdNumberColumn).data().toString().contains(QLatin1Char('*')));
    }

    void filtersByVillageAndInstitution_data()
    {
        QTest::addColumn<bool>("west");         // filter on 西村 (else 东村)
        QTest::addColumn<bool>("anyVillage");
        QTest::addColumn<QString>("institution"); // county | province | ""
        QTest::addColumn<int>("claims");
        QTest::newRow("东村") << false << false << "" << 4;
        QTest::newRow("西村") << true << false << "" << 1;
        QTest::newRow("province hospital") << false << true << "province" << 1;
        QTest::newRow("county hospital") << false << true << "county" << 3;
        QTest::newRow("东村 at the county hospital") << false << false << "county" << 2;
        QTest::newRow("西村 at the province hospital") << true << false << "province" << 0;
    }
    void filtersByVillageAndInstitution()
    {
        QFETCH(bool, west);
        QFETCH(bool, anyVillage);
        QFETCH(QString, institution);
        QFETCH(int, claims);
        ClaimFixture f;
        f.setUp();
        const QString westId = enterFourClaims(f);
        ClaimListModel model(f.r.db);
        model.setViewer(f.r.clerk);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClaimListModel::Filter filter{f.r.townshipId, {}, {}, {}, {}};
        filter.villageId = anyVillage ? QString() : west ? westId : f.r.villageId;
        filter.institutionId = institution == QLatin1String("county")     ? f.countyHospitalId
                               : institution == QLatin1String("province") ? f.provinceHospitalId
                                                                           : QString();
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), claims);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!anyVillage)
                QCOMPARE(model.index(row, ClaimListModel::VillageColumn).data().toString(),
                         west ? QStringLiteral("西村") : QStringLiteral("东村"));
            if (institution == QLatin1String("province"))
                QCOMPARE(model.index(row, ClaimListModel::InstitutionColumn).data().toString(), QStringLiteral("省人民医院"));
        }
        // The totals per layer are those of the filtered claims.
        const ClaimListModel::Totals t = model.totals();
        QCOMPARE(t.claims, qint64(claims));
        qint64 total = 0, basic = 0, relief = 0, oop = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            total += model.index(row, ClaimListModel::TotalColumn).data(ClaimListModel::FenRole).toLongLong();
            basic += model.index(row, ClaimListModel::BasicColumn).data(ClaimListModel::FenRole).toLongLong();
            relief += model.index(row, ClaimListModel::ReliefColumn).data(ClaimListModel::FenRole).toLongLong();
            oop += model.index(row, ClaimListModel::OutOfPocketColumn).data(ClaimListModel::FenRole).toLongLong();
        }
        QCOMPARE(t.totalFen, total);
        QCOMPARE(t.basicFen, basic);
        QCOMPARE(t.reliefFen, relief);
        QCOMPARE(t.outOfPocketFen, oop);
    }

    void exportsTheFilteredListAndReadsItBack_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("xlsx") << "xlsx";
        QTest::newRow("csv") << "csv";
    }
    void exportsTheFilteredListAndReadsItBack()
    {
        QFETCH(QString, suffix);
        ClaimFixture f;
        f.setUp();
        enterFourClaims(f);
        ClaimListModel model(f.r.db);
        model.setViewer(f.r.clerk);
        model.setPageSize(1); // the export writes every claim, not only the rows paged in
        ClaimListModel::Filter filter{f.r.townshipId, {}, QStringLiteral("inpatient"), {}, {}};
        filter.villageId = f.r.villageId;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);

        const QString path = f.r.dir.filePath(QStringLiteral("claims.") + suffix);
        const Result<qint64> written = model.exportTo(path);
        QVERIFY2(written.ok(), qPrintable(written.errorText()));
        QCOMPARE(written.value(), qint64(3));
        const auto sheet = SpreadsheetReader::read(path);
        QVERIFY2(sheet.ok(), qPrintable(sheet.errorText()));
        const QList<SpreadsheetReader::Row> &rows = sheet->rows;
        QCOMPARE(rows.size(), 1 + 3 + 1); // header, claims, totals
        for (int c = 0; c < ClaimListModel::ColumnCount; ++c)
            QCOMPARE(rows[0].cell(c), model.headerData(c, Qt::Horizontal).toString());
        const auto fenAt = [&](int row, int column) {
            const auto m = Money::parseYuan(rows[row].cell(column));
            return m ? m->fen() : qint64(-1);
        };
        for (int row = 0; row < 3; ++row) {
            // In list order; text as shown, amounts exactly in fen.
            for (int c : {int(ClaimListModel::SlipColumn), int(ClaimListModel::PersonColumn), int(ClaimListModel::IdNumberColumn),
                          int(ClaimListModel::VillageColumn), int(ClaimListModel::KindColumn),
                          int(ClaimListModel::InstitutionColumn), int(ClaimListModel::StatusColumn)})
                QCOMPARE(rows[row + 1].cell(c), model.index(row, c).data().toString());
            for (int c = ClaimListModel::TotalColumn; c <= ClaimListModel::OutOfPocketColumn; ++c) {
                const QVariant fen = model.index(row, c).data(ClaimListModel::FenRole);
                if (fen.isNull())
                    QVERIFY(rows[row + 1].cell(c).isEmpty());
                else
                    QCOMPARE(fenAt(row + 1, c), fen.toLongLong());
            }
        }
        const ClaimListModel::Totals t = model.totals();
        QVERIFY(t.basicFen > 0);
        QCOMPARE(fenAt(4, ClaimListModel::TotalColumn), t.totalFen);
        QCOMPARE(fenAt(4, ClaimListModel::BasicColumn), t.basicFen);
        QCOMPARE(fenAt(4, ClaimListModel::CriticalColumn), t.criticalFen);
        QCOMPARE(fenAt(4, ClaimListModel::AssistanceColumn), t.assistanceFen);
        QCOMPARE(fenAt(4, ClaimListModel::ReliefColumn), t.reliefFen);
        QCOMPARE(fenAt(4, ClaimListModel::OutOfPocketColumn), t.outOfPocketFen);

        // A file that cannot be written is an error naming the file; nothing is left behind.
        const QString bad = f.r.dir.filePath(QStringLiteral("no-such-dir/claims.") + suffix);
        const Result<qint64> refused = model.exportTo(bad);
        QVERIFY(!refused.ok());
        QVERIFY(!QFile::exists(bad));
    }

private:
    // 东村: the poverty person twice at the county hospital and once (general
    // outpatient) at a township centre, the son once at the province hospital;
    // 西村: a neighbour once at the county hospital. All approved but the
    // outpatient visit. Returns 西村's id.
    static QString enterFourClaims(ClaimFixture &f)
    {
        QSqlQuery q(f.r.db);
        q.exec(QStringLiteral("SELECT id FROM village WHERE name = '西村'"));
        [&] { QVERIFY(q.next()); }();
        const QString westId = q.value(0).toString();
        ChangeWriter clerk(f.r.db, f.r.clerk);
        ChangeWriter reviewer(f.r.db, f.r.reviewer);
        HouseholdService households(clerk);
        auto h = households.createHousehold({westId, QStringLiteral("P002"), QStringLiteral("西村 2 组 1 号"), {}});
        [&] { QVERIFY2(h.ok(), qPrintable(h.errorText())); }();
        auto neighbour = households.addPerson({h->value(QStringLiteral("id")).toString(),
                                               testIdNumber(QStringLiteral("19700811"), 45), QStringLiteral("钱西邻"),
                                               QStringLiteral("self")});
        [&] { QVERIFY2(neighbour.ok(), qPrintable(neighbour.errorText())); }();
        const QString neighbourId = neighbour->value(QStringLiteral("id")).toString();
        auto paid = EnrollmentService(clerk).enrollAndPay(h->value(QStringLiteral("id")).toString(), {neighbourId}, 2024, 1,
                                                          QStringLiteral("cash"));
        [&] { QVERIFY2(paid.ok(), qPrintable(paid.errorText())); }();

        struct Bill { QString person, institution; int month; qint64 total; bool approve; };
        const QList<Bill> bills = {{f.poorId, f.countyHospitalId, 2, 800000, true},
                                   {f.sonId, f.provinceHospitalId, 3, 2500000, true},
                                   {neighbourId, f.countyHospitalId, 4, 600000, true},
                                   {f.poorId, f.countyHospitalId, 5, 1200000, true},
                                   {f.poorId, QString(), 6, 30000, false}};
        for (const Bill &b : bills) {
            ClaimService::NewClaim c;
            c.personId = b.person;
            c.institutionId = b.institution;
            c.kind = QStringLiteral("inpatient");
            if (b.institution.isEmpty())
                c.kind = QStringLiteral("general_outpatient"), c.level = QStringLiteral("township"),
                c.location = QStringLiteral("in_county");
            c.admission = QDate(2024, b.month, 3);
            c.discharge = QDate(2024, b.month, 9);
            c.totalFen = b.total;
            c.selfPaidFen = b.total / 20;
            auto e = ClaimService(clerk).enter(c);
            [&] { QVERIFY2(e.ok(), qPrintable(e.errorText())); }();
            if (b.approve) {
                auto a = ClaimService(reviewer).approve(e->value(QStringLiteral("id")).toString());
                [&] { QVERIFY2(a.ok(), qPrintable(a.errorText())); }();
            }
        }
        return westId;
    }
};

QTEST_GUILESS_MAIN(TestClaimListModel)
#include "tst_claimlistmodel.moc"
