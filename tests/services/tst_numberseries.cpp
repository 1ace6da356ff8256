// The printed numbers a workstation issues (NumberSeries): the plain form
// without a workstation number, the workstation's own series with one, and
// the lookup of the highest number answered from the UNIQUE index.

#include "../relief/reliefscenario.h"

#include "relief/relieflist.h"
#include "services/claimreversalservice.h"
#include "services/numberseries.h"
#include "services/reliefpaymentservice.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

class TestNumberSeries : public QObject
{
    Q_OBJECT
private:
    // A new household of one person in village 1, enrolled and paid for 2024: its receipt serial.
    static QString enrollAnother(ClaimFixture &f, const QString &code, int sequence)
    {
        ChangeWriter clerk(f.r.db, f.r.clerk);
        HouseholdService households(clerk);
        auto h = households.createHousehold({f.r.villageId, code, QStringLiteral("东村"), {}});
        if (!h) {
            qWarning("%s", qPrintable(h.errorText()));
            return {};
        }
        auto p = households.addPerson({h->value(QStringLiteral("id")).toString(),
                                       testIdNumber(QStringLiteral("19900101"), sequence), QStringLiteral("孙某"), QStringLiteral("self")});
        if (!p) {
            qWarning("%s", qPrintable(p.errorText()));
            return {};
        }
        auto r = EnrollmentService(clerk).enrollAndPay(h->value(QStringLiteral("id")).toString(),
                                                       {p->value(QStringLiteral("id")).toString()}, 2024, 1, QStringLiteral("cash"));
        if (!r) {
            qWarning("%s", qPrintable(r.errorText()));
            return {};
        }
        return r->value(QStringLiteral("serial")).toString();
    }
    static QString slipOf(const QSqlDatabase &db, const QString &settlementId)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT slip_no FROM settlement WHERE id = ?"));
        q.addBindValue(settlementId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void aWorkstationWithoutANumberKeepsThePlainForm()
    {
        ClaimFixture f;
        f.setUp();   // its receipt: the first of the year
        QCOMPARE(NumberSeries::workstationNumber(f.r.db), 0);
        QCOMPARE(enrollAnother(f, QStringLiteral("P002"), 41), QStringLiteral("2024-0000002"));
        const QString settlement = ReliefScenario::settle(f, f.sonId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 5, 1),
                                                          QDate(2024, 5, 3), 3000000);
        QCOMPARE(slipOf(f.r.db, settlement), QStringLiteral("2024-000001"));
        QCOMPARE(NumberSeries::next(f.r.db, NumberSeries::ReliefBatch, f.r.townshipId, 2024), QStringLiteral("JZ2024-0001"));
    }

    void aNumberedWorkstationKeepsItsOwnSeries()
    {
        ClaimFixture f;
        f.setUp();   // receipt 2024-0000001, issued before the workstation had a number
        QVERIFY(NumberSeries::setWorkstationNumber(f.r.db, 3));
        QCOMPARE(NumberSeries::workstationNumber(f.r.db), 3);
        QCOMPARE(enrollAnother(f, QStringLiteral("P002"), 41), QStringLiteral("2024-03-0000001"));
        QCOMPARE(enrollAnother(f, QStringLiteral("P003"), 43), QStringLiteral("2024-03-0000002"));
        // Workstation 12's series (pulled from the county, say) is apart from 3's.
        QCOMPARE(NumberSeries::next(f.r.db, NumberSeries::Receipt, f.r.townshipId, 2024, 12), QStringLiteral("2024-12-0000001"));
        QCOMPARE(NumberSeries::next(f.r.db, NumberSeries::Receipt, f.r.townshipId, 2025, 3), QStringLiteral("2025-03-0000001"));

        // Slips: settling and reversing draw from the same series of the workstation.
        const QString settlement = ReliefScenario::settle(f, f.sonId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 5, 1),
                                                          QDate(2024, 5, 3), 3000000);
        QCOMPARE(slipOf(f.r.db, settlement), QStringLiteral("2024-03-000001"));
        QSqlQuery q(f.r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT claim_id FROM settlement WHERE id = '%1'").arg(settlement)) && q.next());
        const QString claim = q.value(0).toString();
        q.finish();
        ChangeWriter clerk(f.r.db, f.r.clerk);
        const auto reversed = ClaimReversalService(clerk).reverse(claim, QStringLiteral("发票录错"), f.r.reviewer);
        QVERIFY2(reversed.ok(), qPrintable(reversed.errorText()));
        QCOMPARE(reversed->value(QStringLiteral("slip_no")).toString(), QStringLiteral("2024-03-000002"));

        // Relief batches too.
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 6, 1),
                                        QDate(2024, 6, 10), 20000000).isEmpty());
        ReliefList::Query list;
        list.townshipId = f.r.townshipId;
        list.schemeYear = 2024;
        list.from = QDate(2024, 1, 1);
        list.to = QDateTime::currentDateTimeUtc().date();
        const auto batch = ReliefPaymentService(clerk).request(list);
        QVERIFY2(batch.ok(), qPrintable(batch.errorText()));
        QCOMPARE(batch->value(QStringLiteral("serial")).toString(), QStringLiteral("JZ2024-03-0001"));

        // The plain series goes on where it stopped, unaffected by the numbered ones.
        QCOMPARE(NumberSeries::next(f.r.db, NumberSeries::Receipt, f.r.townshipId, 2024, 0), QStringLiteral("2024-0000002"));
        QCOMPARE(NumberSeries::next(f.r.db, NumberSeries::Slip, f.r.townshipId, 2024, 0), QStringLiteral("2024-000001"));
        // Anything but 1–99 is no number.
        QVERIFY(NumberSeries::setWorkstationNumber(f.r.db, 100));
        QCOMPARE(NumberSeries::workstationNumber(f.r.db), 0);
    }

    // The highest number is found by a range on UNIQUE (township_id, number),
    // never by reading the township's rows (the county demo has 1.3 million settlements).
    void theLookupIsARangeOnTheUniqueIndex()
    {
        TestReplica r;
        const struct
        {
            NumberSeries::Kind kind;
            const char *column;
        } kinds[] = {{NumberSeries::Receipt, "serial"}, {NumberSeries::Slip, "slip_no"}, {NumberSeries::ReliefBatch, "serial"}};
        for (const auto &k : kinds) {
            for (const bool numbered : {true, false}) {
                QSqlQuery q(r.db);
                QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + NumberSeries::lastNumberSql(k.kind, numbered)));
                q.addBindValue(QStringLiteral("t"));
                q.addBindValue(QStringLiteral("2024-03-"));
                q.addBindValue(QStringLiteral("2024-03."));
                if (!numbered)
                    q.addBindValue(12);
                QVERIFY(q.exec());
                QStringList plan;
                while (q.next())
                    plan << q.value(3).toString();
                const QString text = plan.join(QLatin1Char('\n'));
                QVERIFY2(plan.size() == 1 && text.contains(QLatin1String("USING COVERING INDEX sqlite_autoindex_"))
                             && text.contains(QStringLiteral("(township_id=? AND %1>? AND %1<?)").arg(QLatin1String(k.column))),
                         qPrintable(text));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberSeries)
#include "tst_numberseries.moc"
