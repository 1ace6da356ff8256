#include "reliefscenario.h"
#include "relief/reliefexplanation.h"
#include "relief/reliefyearloader.h"

#include <QLocale>
#include <QTest>

// A registered poverty person's year of claims under the demo county's 2024
// policy, the relief caps reached in the middle of a claim, checked to the
// fen against amounts worked out by hand from docs (demo-county-policy.md).
class TestReliefYear : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void povertyPersonsYearReachesCapsMidClaim()
    {
        ClaimFixture f;
        f.setUp();
        // The poverty person is tier 1 (basic cap 200,000 yuan). Amounts in fen.
        // Claim 1, province hospital, referred (ratio 60% + 10 poverty points = 70%, deductible 1,500):
        //   in-scope 400,000; basic = round(398,500 × 70%) = 278,950, above the basic cap: 200,000.
        //   b = 400,000 − 200,000 = 200,000 = B; critical = 65% × 50,000 + 70% × 50,000 + 75% × (192,500 − 100,000)
        //     = 32,500 + 35,000 + 69,375 = 136,875.
        //   left = 400,000 − 200,000 − 136,875 = 63,125; assistance = 70% × 63,125 = 44,187.50 (cap 50,000).
        //   share 18,937.50 ≤ 20% × 400,000 out of county: relief 0.
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.provinceHospitalId, QStringLiteral("referred"), QDate(2024, 2, 1),
                        QDate(2024, 2, 20), 40000000).isEmpty());
        // Claim 2, county hospital in county, total 102,000 of which 2,000 fully self-paid: in-scope 100,000.
        //   basic 0 (cap used up); critical: B 200,000 → 300,000, all above 107,500: 75% × 100,000 = 75,000.
        //   left 25,000; assistance 70% = 17,500 but only 50,000 − 44,187.50 = 5,812.50 left: 5,812.50.
        //   share = 25,000 − 5,812.50 = 19,187.50; allowed 10% × 100,000 = 10,000; relief 9,187.50.
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 4, 1),
                        QDate(2024, 4, 10), 10200000, 200000).isEmpty());
        // Claim 3, county hospital, in-scope 200,000: critical 75% × 200,000 = 150,000 (cap left 188,125);
        //   left 50,000; assistance 0 (cap reached); share 50,000, allowed 20,000: relief wanted 30,000,
        //   but only 30,000 − 9,187.50 = 20,812.50 left of the inpatient relief cap: the cap is reached
        //   in the middle of this claim, on its discharge date 10 June 2024.
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 6, 1),
                        QDate(2024, 6, 10), 20000000).isEmpty());
        // Claim 4, county hospital, in-scope 10,000: critical 75% = 7,500 (cap left 38,125); left 2,500;
        //   assistance 0; relief wanted 2,500 − 1,000 = 1,500, cap left 0: relief 0.
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 8, 1),
                        QDate(2024, 8, 3), 1000000).isEmpty());

        ReliefYearLoader loader(f.r.db);
        const auto h = loader.household(f.householdId, 2024);
        QVERIFY2(h.ok(), qPrintable(h.errorText()));
        QCOMPARE(h->members.size(), 2);
        const HouseholdReliefYear::Member &poor = h->members.at(0);
        QCOMPARE(poor.personId, f.poorId);
        QVERIFY(poor.year.relieved);
        QCOMPARE(poor.year.lines.size(), 4);
        QCOMPARE(poor.year.mismatches, 0);

        struct Expected { qint64 basic, critical, assistance, relief, outOfPocket; };
        const Expected expected[] = {
            {20000000, 13687500, 4418750, 0, 40000000 - 20000000 - 13687500 - 4418750},   // oop 1,893,750
            {0, 7500000, 581250, 918750, 10200000 - 7500000 - 581250 - 918750},            // oop 1,200,000
            {0, 15000000, 0, 2081250, 20000000 - 15000000 - 2081250},                      // oop 2,918,750
            {0, 750000, 0, 0, 1000000 - 750000},                                           // oop 250,000
        };
        for (int i = 0; i < 4; ++i) {
            const ReliefClaimLine &l = poor.year.lines.at(i);
            QVERIFY2(l.matches, qPrintable(QStringLiteral("claim %1").arg(i + 1)));
            QCOMPARE(l.claim.stored.basicFen, expected[i].basic);
            QCOMPARE(l.claim.stored.criticalFen, expected[i].critical);
            QCOMPARE(l.claim.stored.assistanceFen, expected[i].assistance);
            QCOMPARE(l.claim.stored.reliefFen, expected[i].relief);
            QCOMPARE(l.claim.stored.outOfPocketFen, expected[i].outOfPocket);
            QVERIFY(!l.explanation.isEmpty());
        }
        QVERIFY(poor.year.lines.at(2).recomputed.hasFlag(ReliefCapReached));
        QVERIFY(poor.year.lines.at(3).recomputed.hasFlag(ReliefCapReached));

        // The inpatient relief cap: 3,000,000 used (918,750 + 2,081,250), nothing left, reached on 10 June.
        const ReliefCapUse *inpatientCap = nullptr;
        for (const ReliefCapUse &c : poor.year.caps)
            if (c.kind == ClaimKind::Inpatient)
                inpatientCap = &c;
        QVERIFY(inpatientCap);
        QCOMPARE(inpatientCap->capFen, qint64(3000000));
        QCOMPARE(inpatientCap->usedFen, qint64(3000000));
        QCOMPARE(inpatientCap->leftFen(), qint64(0));
        QCOMPARE(inpatientCap->reachedOn, QDate(2024, 6, 10));
        // The special-outpatient cap (1,500 yuan) is untouched.
        for (const ReliefCapUse &c : poor.year.caps)
            if (c.kind == ClaimKind::SpecialOutpatient) {
                QCOMPARE(c.capFen, qint64(150000));
                QCOMPARE(c.leftFen(), qint64(150000));
                QVERIFY(!c.reached());
            }

        // The explanations a clerk reads aloud name the share cap, the cap and the date.
        QVERIFY2(poor.year.lines.at(1).explanation.contains(QStringLiteral("10%")), qPrintable(poor.year.lines.at(1).explanation));
        QVERIFY2(poor.year.lines.at(2).explanation.contains(QStringLiteral("10 Jun 2024")),
                 qPrintable(poor.year.lines.at(2).explanation));
        QVERIFY(poor.year.lines.at(2).explanation.contains(QStringLiteral("¥20,812.50")));
        QVERIFY2(poor.year.lines.at(3).explanation.contains(QStringLiteral("already reached on 10 Jun 2024")),
                 qPrintable(poor.year.lines.at(3).explanation));

        // Year-to-date: total 400,000 + 102,000 + 200,000 + 10,000 = 712,000 yuan; paid = basic 200,000 +
        // critical 369,375 + assistance 50,000 + relief 30,000 = 649,375; out of pocket 62,625.
        QCOMPARE(poor.year.totals.totalFen, qint64(71200000));
        QCOMPARE(poor.year.totals.paidFen(), qint64(64937500));
        QCOMPARE(poor.year.totals.assistanceFen, qint64(5000000));
        QCOMPARE(poor.year.totals.reliefFen, qint64(3000000));
        QCOMPARE(poor.year.totals.outOfPocketFen, qint64(6262500));
        // Combined coverage 649,375 / 712,000 = 91.2044% → 9120 basis points.
        QCOMPARE(poor.year.coverageBp(), 9120);
        // The son has no claims: the household's totals are the poverty person's.
        QCOMPARE(h->members.at(1).year.lines.size(), 0);
        QCOMPARE(h->totals.paidFen(), qint64(64937500));
        QCOMPARE(h->coverageBp(), 9120);
    }

    // The loader reads a set of persons (a person, a household, every poverty
    // person) with one statement per kind of row, the claims in the order they
    // lie in the file: each person's claims must come back in the order they
    // were settled, not entered, and every set must give the same years.
    void setLoadsKeepSettlementOrderAndAgree()
    {
        ClaimFixture f;
        f.setUp();
        auto enter = [&](const QString &personId, const QDate &from, const QDate &to, qint64 totalFen) {
            ClaimService::NewClaim c;
            c.personId = personId;
            c.institutionId = f.countyHospitalId;
            c.kind = QStringLiteral("inpatient");
            c.referral = QStringLiteral("none");
            c.admission = from;
            c.discharge = to;
            c.totalFen = totalFen;
            ChangeWriter clerk(f.r.db, f.r.clerk);
            const auto entered = ClaimService(clerk).enter(c);
            return entered ? entered->value(QStringLiteral("id")).toString() : QString();
        };
        auto approve = [&](const QString &claimId) {
            ChangeWriter reviewer(f.r.db, f.r.reviewer);
            return ClaimService(reviewer).approve(claimId).ok();
        };
        // Entered March then May, settled May first: the totals were carried May → March.
        const QString march = enter(f.poorId, QDate(2024, 3, 1), QDate(2024, 3, 10), 30000000);
        const QString may = enter(f.poorId, QDate(2024, 5, 1), QDate(2024, 5, 10), 20000000);
        const QString son = enter(f.sonId, QDate(2024, 4, 1), QDate(2024, 4, 5), 500000);
        QVERIFY(!march.isEmpty() && !may.isEmpty() && !son.isEmpty());
        QVERIFY(approve(may));
        QVERIFY(approve(march));
        QVERIFY(approve(son));

        ReliefYearLoader loader(f.r.db);
        const auto person = loader.person(f.poorId, 2024);
        QVERIFY2(person.ok(), qPrintable(person.errorText()));
        QCOMPARE(person->lines.size(), 2);
        QCOMPARE(person->lines.at(0).claim.claimId, may);
        QCOMPARE(person->lines.at(1).claim.claimId, march);
        // Recomputed in that order, every layer agrees with what was settled.
        QCOMPARE(person->mismatches, 0);

        const auto county = loader.years(ReliefYearLoader::Scope::poverty(), 2024);
        QVERIFY2(county.ok(), qPrintable(county.errorText()));
        QCOMPARE(county->size(), 1);   // the son is not a registered poverty person
        const auto township = loader.years(ReliefYearLoader::Scope::poverty(f.r.townshipId), 2024);
        QVERIFY2(township.ok(), qPrintable(township.errorText()));
        QCOMPARE(township->size(), 1);
        const auto elsewhere = loader.years(ReliefYearLoader::Scope::poverty(QStringLiteral("no-such-township")), 2024);
        QVERIFY(elsewhere.ok());
        QCOMPARE(elsewhere->size(), 0);
        const auto household = loader.household(f.householdId, 2024);
        QVERIFY2(household.ok(), qPrintable(household.errorText()));
        QCOMPARE(household->members.size(), 2);
        QCOMPARE(household->members.at(1).year.lines.size(), 1);
        QCOMPARE(household->members.at(1).year.lines.at(0).claim.claimId, son);

        for (const PersonReliefYear *y : {&county->first(), &township->first(), &household->members.at(0).year}) {
            QCOMPARE(y->personId, f.poorId);
            QCOMPARE(y->lines.size(), person->lines.size());
            for (int i = 0; i < y->lines.size(); ++i) {
                const ReliefClaim &a = y->lines.at(i).claim;
                const ReliefClaim &b = person->lines.at(i).claim;
                QCOMPARE(a.claimId, b.claimId);
                QCOMPARE(a.settlementId, b.settlementId);
                QCOMPARE(a.stored.basicFen, b.stored.basicFen);
                QCOMPARE(a.stored.criticalFen, b.stored.criticalFen);
                QCOMPARE(a.stored.assistanceFen, b.stored.assistanceFen);
                QCOMPARE(a.stored.reliefFen, b.stored.reliefFen);
                QCOMPARE(a.stored.outOfPocketFen, b.stored.outOfPocketFen);
            }
            QCOMPARE(y->totals.paidFen(), person->totals.paidFen());
            QCOMPARE(y->totals.totalFen, qint64(50000000));
            QCOMPARE(y->mismatches, 0);
        }
        QCOMPARE(household->totals.totalFen, qint64(50000000 + 500000));

        const auto nobody = loader.person(QStringLiteral("no-such-person"), 2024);
        QVERIFY(!nobody.ok());
    }

    void coverageRatioRoundsHalfUp()
    {
        QFETCH(qint64, part);
        QFETCH(qint64, whole);
        QFETCH(int, bp);
        QCOMPARE(ReliefAmounts::ratioBp(part, whole), bp);
    }
    void coverageRatioRoundsHalfUp_data()
    {
        QTest::addColumn<qint64>("part");
        QTest::addColumn<qint64>("whole");
        QTest::addColumn<int>("bp");
        QTest::newRow("nothing spent") << qint64(0) << qint64(0) << 0;
        QTest::newRow("all paid") << qint64(500) << qint64(500) << 10000;
        QTest::newRow("two thirds") << qint64(2) << qint64(3) << 6667;     // 6666.67
        QTest::newRow("half a point up") << qint64(1) << qint64(20000) << 1; // 0.5 → 1
        QTest::newRow("just under half") << qint64(1) << qint64(20001) << 0;
    }
};

QTEST_MAIN(TestReliefYear)
#include "tst_reliefyear.moc"
