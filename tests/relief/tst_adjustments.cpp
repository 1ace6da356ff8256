#include "reliefscenario.h"
#include "relief/policycorrection.h"
#include "relief/relieflist.h"
#include "relief/reliefyearloader.h"
#include "services/adjustmentservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

// A corrected policy for a year: the claims it would change are shown, and
// settled amounts change only through adjustments a second user approves.
class TestAdjustments : public QObject
{
    Q_OBJECT
private:
    // The demo 2024 policy with the in-county personal share cap lowered from 10% to 5%.
    static QByteArray correctedPolicy()
    {
        QFile f(QStringLiteral(":/policies/demo-county-2024.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject relief = doc.value(QStringLiteral("poverty_relief")).toObject();
        QJsonArray caps = relief.value(QStringLiteral("share_caps")).toArray();
        QJsonObject inCounty = caps.at(0).toObject();
        inCounty.insert(QStringLiteral("share_bp"), 500);
        caps.replace(0, inCounty);
        relief.insert(QStringLiteral("share_caps"), caps);
        doc.insert(QStringLiteral("poverty_relief"), relief);
        return QJsonDocument(doc).toJson();
    }

    static qint64 settlementSum(const QSqlDatabase &db, const char *column)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT SUM(%1) FROM settlement").arg(QLatin1String(column)));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void correctionAdjustsOnlyAfterApproval()
    {
        ClaimFixture f;
        f.setUp();
        // Province claim (no relief under either policy: out of county) and two county claims.
        // Claim 2 under the 2024 policy (tst_reliefyear): share 19,187.50, allowed 10,000: relief 9,187.50.
        //   Corrected (5%): allowed 5,000, relief 14,187.50 (+5,000.00), out of pocket − 5,000.00.
        // Claim 3: wanted 50,000 − 10,000 = 30,000, cap left 20,812.50 → 20,812.50. Corrected: the cap has
        //   30,000 − 14,187.50 = 15,812.50 left → relief 15,812.50 (−5,000.00); the year's relief stays 30,000.
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.provinceHospitalId, QStringLiteral("referred"), QDate(2024, 2, 1),
                                        QDate(2024, 2, 20), 40000000).isEmpty());
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 4, 1),
                                        QDate(2024, 4, 10), 10200000, 200000).isEmpty());
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 6, 1),
                                        QDate(2024, 6, 10), 20000000).isEmpty());

        ChangeWriter county(f.r.db, f.r.countyAdmin);
        auto published = PolicyService(county).publish(correctedPolicy());
        QVERIFY2(published.ok(), qPrintable(published.errorText()));
        QCOMPARE(published->value(QStringLiteral("id")).toString(), QStringLiteral("demo-county-2024-v2"));

        // The preview shows the two claims that change, claim by claim.
        const auto preview = PolicyCorrection::preview(f.r.db, f.r.townshipId, 2024);
        QVERIFY2(preview.ok(), qPrintable(preview.errorText()));
        QCOMPARE(preview->claimsChecked, 3);
        QCOMPARE(preview->changes.size(), 2);
        QCOMPARE(preview->changes.at(0).before.reliefFen, qint64(918750));
        QCOMPARE(preview->changes.at(0).after.reliefFen, qint64(1418750));
        QCOMPARE(preview->changes.at(0).after.outOfPocketFen - preview->changes.at(0).before.outOfPocketFen, qint64(-500000));
        QCOMPARE(preview->changes.at(1).before.reliefFen, qint64(2081250));
        QCOMPARE(preview->changes.at(1).after.reliefFen, qint64(1581250));

        // Publishing and previewing changed nothing; neither does proposing.
        const qint64 reliefStored = settlementSum(f.r.db, "relief_fen");
        QCOMPARE(reliefStored, qint64(3000000));
        ChangeWriter clerk(f.r.db, f.r.clerk);
        AdjustmentService clerkService(clerk);
        QVERIFY(clerkService.propose(2024, QString()).errors().hasField(QStringLiteral("reason")));
        auto proposed = clerkService.propose(2024, QStringLiteral("县医保局2024年政策更正"));
        QVERIFY2(proposed.ok(), qPrintable(proposed.errorText()));
        QCOMPARE(proposed->size(), 2);
        // Proposing again adds nothing while they wait.
        QVERIFY(!clerkService.propose(2024, QStringLiteral("again")).ok());

        ReliefYearLoader loader(f.r.db);
        auto year = loader.person(f.poorId, 2024);
        QVERIFY(year.ok());
        QCOMPARE(year->lines.at(1).claim.stored.reliefFen, qint64(918750));
        QCOMPARE(settlementSum(f.r.db, "relief_fen"), reliefStored);
        ReliefList::Query list;
        list.townshipId = f.r.townshipId;
        list.schemeYear = 2024;
        list.from = QDate(2024, 1, 1);
        list.to = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(ReliefList::totals(ReliefList::load(f.r.db, list).value()).reliefFen, qint64(3000000));

        // The maker may not approve: nothing changes.
        QVERIFY(!clerkService.approve(proposed.value()).ok());
        ChangeWriter reviewer(f.r.db, f.r.reviewer);
        AdjustmentService reviewerService(reviewer);
        // Approval is all or nothing: one unknown id refuses the lot.
        QVERIFY(!reviewerService.approve(proposed.value() + QStringList{QStringLiteral("no-such-id")}).ok());
        QCOMPARE(loader.person(f.poorId, 2024)->lines.at(1).claim.stored.reliefFen, qint64(918750));

        QVERIFY(reviewerService.approve(proposed.value()).ok());
        ReliefYearLoader after(f.r.db);
        year = after.person(f.poorId, 2024);
        QVERIFY(year.ok());
        QCOMPARE(year->lines.at(1).claim.stored.reliefFen, qint64(1418750));
        QCOMPARE(year->lines.at(1).claim.policyId, QStringLiteral("demo-county-2024-v2"));
        QCOMPARE(year->lines.at(2).claim.stored.reliefFen, qint64(1581250));
        QCOMPARE(year->totals.reliefFen, qint64(3000000));
        QCOMPARE(year->mismatches, 0);   // each claim recomputes to its amounts in force
        // The settlement rows themselves are never edited.
        QCOMPARE(settlementSum(f.r.db, "relief_fen"), reliefStored);
        // Nothing more would change.
        QCOMPARE(PolicyCorrection::preview(f.r.db, f.r.townshipId, 2024)->changes.size(), 0);
        // The relief list carries the adjustments: +5,000 and −5,000 yuan on top of the unpaid claims.
        const auto rows = ReliefList::load(f.r.db, list);
        QCOMPARE(rows->at(0).adjustmentIds.size(), 2);
        QCOMPARE(ReliefList::totals(rows.value()).reliefFen, qint64(3000000));
    }
};

QTEST_MAIN(TestAdjustments)
#include "tst_adjustments.moc"
