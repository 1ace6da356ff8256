#include "claimfixture.h"

#include "itemmodels/claimtotalsworker.h"
#include "services/claimservice.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

// The claims list's totals per layer, computed on a worker thread with its
// own connection: they arrive, equal a direct SUM over the claims and their
// settlements, and a result that comes back after a newer request is dropped.
class TestClaimTotalsWorker : public QObject
{
    Q_OBJECT
private:
    // Seven claims of the township, four approved (settled).
    static void enterClaims(ClaimFixture &f)
    {
        ChangeWriter clerk(f.r.db, f.r.clerk), reviewer(f.r.db, f.r.reviewer);
        for (int i = 0; i < 7; ++i) {
            ClaimService::NewClaim c;
            c.personId = i % 2 ? f.sonId : f.poorId;
            c.institutionId = f.countyHospitalId;
            c.kind = QStringLiteral("inpatient");
            c.admission = QDate(2024, 1 + i, 3);
            c.discharge = QDate(2024, 1 + i, 8);
            c.totalFen = 300000 + i * 10000;
            auto e = ClaimService(clerk).enter(c);
            QVERIFY2(e.ok(), qPrintable(e.errorText()));
            if (i < 4)
                QVERIFY(ClaimService(reviewer).approve(e->value(QStringLiteral("id")).toString()).ok());
        }
    }

    // SUM straight over the tables: the township's claims of a status.
    static ClaimListModel::Totals direct(const QSqlDatabase &db, const QString &townshipId, const QString &status)
    {
        ClaimListModel::Totals t;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COUNT(*), SUM(total_fen) FROM claim WHERE deleted = 0 AND township_id = ? AND status = ?"));
        q.addBindValue(townshipId);
        q.addBindValue(status);
        if (q.exec() && q.next())
            t.claims = q.value(0).toLongLong(), t.totalFen = q.value(1).toLongLong();
        q.prepare(QStringLiteral("SELECT SUM(s.basic_fen), SUM(s.critical_fen), SUM(s.assistance_fen), SUM(s.relief_fen), "
                                 "SUM(s.out_of_pocket_fen) FROM settlement s JOIN claim c ON c.id = s.claim_id "
                                 "WHERE s.deleted = 0 AND c.deleted = 0 AND c.township_id = ? AND c.status = ?"));
        q.addBindValue(townshipId);
        q.addBindValue(status);
        if (q.exec() && q.next()) {
            t.basicFen = q.value(0).toLongLong();
            t.criticalFen = q.value(1).toLongLong();
            t.assistanceFen = q.value(2).toLongLong();
            t.reliefFen = q.value(3).toLongLong();
            t.outOfPocketFen = q.value(4).toLongLong();
        }
        return t;
    }

    static void compare(const ClaimListModel::Totals &a, const ClaimListModel::Totals &b)
    {
        QCOMPARE(a.claims, b.claims);
        QCOMPARE(a.totalFen, b.totalFen);
        QCOMPARE(a.basicFen, b.basicFen);
        QCOMPARE(a.criticalFen, b.criticalFen);
        QCOMPARE(a.assistanceFen, b.assistanceFen);
        QCOMPARE(a.reliefFen, b.reliefFen);
        QCOMPARE(a.outOfPocketFen, b.outOfPocketFen);
    }

private slots:
    void deliversTheTotalsOfTheFilter()
    {
        ClaimFixture f;
        f.setUp();
        enterClaims(f);
        const ClaimListModel::Totals expected = direct(f.r.db, f.r.townshipId, QStringLiteral("settled"));
        QCOMPARE(expected.claims, 4);
        QVERIFY(expected.basicFen > 0);

        ClaimTotalsWorker worker(f.r.db);
        QSignalSpy ready(&worker, &ClaimTotalsWorker::totalsReady);
        const int request = worker.request({f.r.townshipId, QStringLiteral("settled"), {}, {}, {}, {}, {}});
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toInt(), request);
        QVERIFY(ready.at(0).at(2).toBool());
        compare(ready.at(0).at(1).value<ClaimListModel::Totals>(), expected);
        // And the same as the list computes on its own connection.
        ClaimListModel model(f.r.db);
        model.setFilter({f.r.townshipId, QStringLiteral("settled"), {}, {}, {}, {}, {}});
        compare(model.totals(), expected);
    }

    void dropsAResultThatArrivesAfterANewerRequest()
    {
        ClaimFixture f;
        f.setUp();
        enterClaims(f);
        ClaimTotalsWorker worker(f.r.db);
        QSignalSpy ready(&worker, &ClaimTotalsWorker::totalsReady);
        // The first request is computed while this thread handles no events,
        // so its result waits in the queue...
        const int first = worker.request({f.r.townshipId, QStringLiteral("settled"), {}, {}, {}, {}, {}});
        for (int waited = 0; worker.computed() < 1 && waited < 20000; waited += 5)
            QThread::msleep(5);
        QCOMPARE(worker.computed(), 1);
        // ...until a newer filter makes it stale.
        const int second = worker.request({f.r.townshipId, QStringLiteral("entered"), {}, {}, {}, {}, {}});
        QVERIFY(second > first);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QTest::qWait(50);
        QCOMPARE(ready.count(), 1);   // the stale one never shows
        QCOMPARE(worker.droppedResults(), 1);
        QCOMPARE(ready.at(0).at(0).toInt(), second);
        const ClaimListModel::Totals entered = direct(f.r.db, f.r.townshipId, QStringLiteral("entered"));
        QCOMPARE(entered.claims, 3);
        compare(ready.at(0).at(1).value<ClaimListModel::Totals>(), entered);
    }
};

QTEST_GUILESS_MAIN(TestClaimTotalsWorker)
#include "tst_claimtotalsworker.moc"
