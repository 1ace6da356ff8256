#include "claimfixture.h"

#include "itemmodels/claimlistmodel.h"
#include "services/claimreversalservice.h"
#include "services/claimservice.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The claims list: filtered by status, period and kind, paged in lazily,
// with totals per layer in which a reversal cancels its claim.
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
};

QTEST_GUILESS_MAIN(TestClaimListModel)
#include "tst_claimlistmodel.moc"
