#include "claimfixture.h"

#include "domain/money.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/specialoutpatientlimitmodel.h"
#include "services/claimreversalservice.h"
#include "services/claimservice.h"
#include "services/filingservice.h"
#include "services/settlementinputs.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The person's remaining special-outpatient limit per certified disease.
// Expected fen are worked by hand from the demo county's 2024 policy
// (category 2: yearly deductible 200 yuan shared by the category, ratio
// 60 %, limit 3,000 yuan for tier 1; the poverty-only diseases 1,500 yuan).
class TestSpecialOutpatientLimits : public QObject
{
    Q_OBJECT

    SessionUser certifier{QStringLiteral("certifier-1"), QStringLiteral("certifier"), QStringLiteral("县认定员"),
                          Role::CountyCertifier, {}};

    QString certify(ClaimFixture &f, const QString &personId, const QString &disease, const QDate &from, const QDate &to)
    {
        ChangeWriter clerk(f.r.db, f.r.clerk), reviewer(f.r.db, f.r.reviewer), county(f.r.db, certifier);
        auto filed = FilingService(clerk).file({personId, disease, f.countyHospitalId, QDate(2024, 2, 1),
                                                QStringLiteral("inpatient_record"), {}});
        if (!filed.ok()) {
            qWarning("%s", qPrintable(filed.errorText()));
            return {};
        }
        const QString id = filed->value(QStringLiteral("id")).toString();
        if (!FilingService(reviewer).review(id, true).ok() || !FilingService(reviewer).submit({id}).ok()
            || !FilingService(county).certify({id}, from, to).ok())
            return {};
        return id;
    }

    QString settle(ClaimFixture &f, const QString &personId, const QString &disease, const QDate &day, qint64 totalFen,
                   bool approve = true)
    {
        ChangeWriter clerk(f.r.db, f.r.clerk), reviewer(f.r.db, f.r.reviewer);
        ClaimService::NewClaim c;
        c.personId = personId;
        c.kind = QStringLiteral("special_outpatient");
        c.institutionId = f.countyHospitalId;
        c.admission = c.discharge = day;
        c.diseaseCode = disease;
        c.totalFen = totalFen;
        auto entered = ClaimService(clerk).enter(c);
        if (!entered.ok()) {
            qWarning("%s", qPrintable(entered.errorText()));
            return {};
        }
        const QString id = entered->value(QStringLiteral("id")).toString();
        if (approve) {
            auto settled = ClaimService(reviewer).approve(id);
            if (!settled.ok()) {
                qWarning("%s", qPrintable(settled.errorText()));
                return {};
            }
        }
        return id;
    }

    static qint64 fen(const SpecialOutpatientLimitModel &m, int row, int column)
    {
        return m.index(row, column).data(SpecialOutpatientLimitModel::FenRole).toLongLong();
    }

private slots:
    void showsLimitUsedAndRemainingPerDisease()
    {
        ClaimFixture f;
        f.setUp();
        const QDate from(2024, 1, 1), to(2024, 12, 31);
        QVERIFY(!certify(f, f.sonId, QStringLiteral("M101"), from, to).isEmpty());
        QVERIFY(!certify(f, f.sonId, QStringLiteral("M102"), from, to).isEmpty());
        QVERIFY(!certify(f, f.sonId, QStringLiteral("M103"), from, QDate(2024, 3, 31)).isEmpty());   // ended before the day
        QVERIFY(!certify(f, f.poorId, QStringLiteral("M204"), from, to).isEmpty());

        // M101: 1,000 yuan, in scope all: (100000 − 20000 deductible) × 60 % = 48000.
        QVERIFY(!settle(f, f.sonId, QStringLiteral("M101"), QDate(2024, 5, 10), 100000).isEmpty());
        // M101 again, deductible used up: 50000 × 60 % = 30000, then reversed (nets to 0).
        const QString reversed = settle(f, f.sonId, QStringLiteral("M101"), QDate(2024, 6, 10), 50000);
        QVERIFY(!reversed.isEmpty());
        ChangeWriter clerk(f.r.db, f.r.clerk);
        auto rev = ClaimReversalService(clerk).reverse(reversed, QStringLiteral("金额录错"), f.r.reviewer);
        QVERIFY2(rev.ok(), qPrintable(rev.errorText()));
        // M101 entered but not yet approved: not used.
        QVERIFY(!settle(f, f.sonId, QStringLiteral("M101"), QDate(2024, 7, 1), 999900, false).isEmpty());
        // M102 shares category 2's deductible, already paid: 60000 × 60 % = 36000.
        QVERIFY(!settle(f, f.sonId, QStringLiteral("M102"), QDate(2024, 7, 1), 60000).isEmpty());
        // Poverty-only M204: (300000 − 20000) × 60 % = 168000, held to the 150000 limit.
        QVERIFY(!settle(f, f.poorId, QStringLiteral("M204"), QDate(2024, 5, 20), 300000).isEmpty());

        SpecialOutpatientLimitModel m(f.r.db);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.setPerson(f.sonId, QDate(2024, 8, 1)));
        QCOMPARE(m.schemeYear(), 2024);
        QCOMPARE(m.note(), QString());
        QCOMPARE(m.rowCount(), 2);   // M103's certification ended in March
        QCOMPARE(m.index(0, 0).data(SpecialOutpatientLimitModel::DiseaseCodeRole).toString(), QStringLiteral("M101"));
        QVERIFY(m.index(0, SpecialOutpatientLimitModel::DiseaseColumn).data().toString().contains(QStringLiteral("高血压")));
        QCOMPARE(fen(m, 0, SpecialOutpatientLimitModel::LimitColumn), qint64(300000));
        QCOMPARE(fen(m, 0, SpecialOutpatientLimitModel::UsedColumn), qint64(48000));
        QCOMPARE(fen(m, 0, SpecialOutpatientLimitModel::RemainingColumn), qint64(252000));
        QCOMPARE(m.index(0, 0).data(SpecialOutpatientLimitModel::DiseaseCodeRole).toString(), QStringLiteral("M101"));
        QCOMPARE(m.index(1, 0).data(SpecialOutpatientLimitModel::DiseaseCodeRole).toString(), QStringLiteral("M102"));
        QCOMPARE(fen(m, 1, SpecialOutpatientLimitModel::LimitColumn), qint64(300000));
        QCOMPARE(fen(m, 1, SpecialOutpatientLimitModel::UsedColumn), qint64(36000));
        QCOMPARE(fen(m, 1, SpecialOutpatientLimitModel::RemainingColumn), qint64(264000));
        QCOMPARE(m.index(0, SpecialOutpatientLimitModel::RemainingColumn).data().toString(), Money(252000).toDisplayString());
        QCOMPARE(m.index(0, SpecialOutpatientLimitModel::ValidToColumn).data().toString(), DisplayFormat::date(to));

        // The same sums as the engine's own year-to-date replay.
        const auto policy = PolicyService::forYear(f.r.db, 2024);
        const auto facts = SettlementInputs::personFacts(f.r.db, f.sonId, 2024, QDate(2024, 8, 1));
        const auto ytd = SettlementInputs::yearToDate(f.r.db, f.sonId, 2024, *policy, *facts);
        QVERIFY(ytd.ok());
        QCOMPARE(fen(m, 0, SpecialOutpatientLimitModel::UsedColumn), ytd->diseaseBasicFen(QStringLiteral("M101")));
        QCOMPARE(fen(m, 1, SpecialOutpatientLimitModel::UsedColumn), ytd->diseaseBasicFen(QStringLiteral("M102")));

        // The poverty person: the poverty-only disease's own limit, all used.
        QVERIFY(m.setPerson(f.poorId, QDate(2024, 8, 1)));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(fen(m, 0, SpecialOutpatientLimitModel::LimitColumn), qint64(150000));
        QCOMPARE(fen(m, 0, SpecialOutpatientLimitModel::UsedColumn), qint64(150000));
        QCOMPARE(fen(m, 0, SpecialOutpatientLimitModel::RemainingColumn), qint64(0));

        // Before the certification's start nothing is valid.
        QVERIFY(m.setPerson(f.sonId, QDate(2023, 12, 31)));
        QCOMPARE(m.rowCount(), 0);
    }

    void saysWhenTheYearHasNoPolicy()
    {
        ClaimFixture f;
        f.setUp();
        QVERIFY(!certify(f, f.sonId, QStringLiteral("M105"), QDate(2024, 3, 1), QDate(2025, 12, 31)).isEmpty());
        SpecialOutpatientLimitModel m(f.r.db);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.setPerson(f.sonId, QDate(2025, 3, 1)));   // the fixture publishes 2024 only
        QCOMPARE(m.rowCount(), 1);
        QVERIFY(m.note().contains(QStringLiteral("2025")));
        QVERIFY(m.index(0, SpecialOutpatientLimitModel::LimitColumn).data(SpecialOutpatientLimitModel::FenRole).isNull());
        QCOMPARE(fen(m, 0, SpecialOutpatientLimitModel::UsedColumn), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSpecialOutpatientLimits)
#include "tst_specialoutpatientlimits.moc"
