#include "reliefscenario.h"
#include "relief/relieflist.h"
#include "services/reliefpaymentservice.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

// The relief list (救助发放花名册) of a period and village, its totals against
// the settled claims, and paying it with a reviewer's approval.
class TestReliefPayment : public QObject
{
    Q_OBJECT
private:
    struct World
    {
        ClaimFixture f;
        QString westVillageId;
        QString westPoorId;
    };

    static void setUp(World &w)
    {
        w.f.setUp();
        ClaimFixture &f = w.f;
        // Village 1 (东村): the year of tst_reliefyear: assistance 50,000 yuan and relief 30,000 yuan in all.
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.provinceHospitalId, QStringLiteral("referred"), QDate(2024, 2, 1),
                                        QDate(2024, 2, 20), 40000000).isEmpty());
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 4, 1),
                                        QDate(2024, 4, 10), 10200000, 200000).isEmpty());
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 6, 1),
                                        QDate(2024, 6, 10), 20000000).isEmpty());
        // The son is not a poverty person: his claim pays no assistance or relief and is not listed.
        QVERIFY(!ReliefScenario::settle(f, f.sonId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 5, 1),
                                        QDate(2024, 5, 3), 3000000).isEmpty());

        // Village 2 (西村): another poverty person with one claim at the county hospital, in-scope 20,000:
        //   basic = (20,000 − 500) × 85% = 16,575; b = 3,425 under the 7,500 threshold: critical 0;
        //   assistance = 70% × 3,425 = 2,397.50; share 1,027.50 ≤ 10% × 20,000: relief 0.
        QSqlQuery q(f.r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM village WHERE name = '西村'")) && q.next());
        w.westVillageId = q.value(0).toString();
        ChangeWriter clerk(f.r.db, f.r.clerk);
        HouseholdService households(clerk);
        auto h = households.createHousehold({w.westVillageId, QStringLiteral("W001"), QStringLiteral("西村 2 组"), {}});
        QVERIFY2(h.ok(), qPrintable(h.errorText()));
        HouseholdService::NewPerson head{h->value(QStringLiteral("id")).toString(), testIdNumber(QStringLiteral("19600505"), 41),
                                         QStringLiteral("钱西贫"), QStringLiteral("self")};
        head.poverty = true;
        auto p = households.addPerson(head);
        QVERIFY2(p.ok(), qPrintable(p.errorText()));
        w.westPoorId = p->value(QStringLiteral("id")).toString();
        auto receipt = EnrollmentService(clerk).enrollAndPay(h->value(QStringLiteral("id")).toString(), {w.westPoorId}, 2024, 1,
                                                             QStringLiteral("subsidy"));
        QVERIFY2(receipt.ok(), qPrintable(receipt.errorText()));
        QVERIFY(!ReliefScenario::settle(f, w.westPoorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 7, 1),
                                        QDate(2024, 7, 5), 2000000).isEmpty());
    }

    static ReliefList::Query query(const World &w, const QString &villageId)
    {
        ReliefList::Query q;
        q.townshipId = w.f.r.townshipId;
        q.villageId = villageId;
        q.schemeYear = 2024;
        q.from = QDate(2024, 1, 1);
        q.to = QDateTime::currentDateTimeUtc().date();
        return q;
    }

    // The sum of the settled claims' assistance + relief, straight from the settlement rows.
    static qint64 settledSum(const QSqlDatabase &db, const QString &villageId)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(s.assistance_fen + s.relief_fen), 0) FROM settlement s "
                                 "JOIN claim c ON c.id = s.claim_id JOIN person p ON p.id = c.person_id "
                                 "JOIN household h ON h.id = p.household_id WHERE (? = '' OR h.village_id = ?)"));
        const QString v = villageId.isNull() ? QStringLiteral("") : villageId;   // a null QString binds as NULL
        q.addBindValue(v);
        q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void listTotalsEqualTheSumOfTheClaims()
    {
        World w;
        setUp(w);
        const auto east = ReliefList::load(w.f.r.db, query(w, w.f.r.villageId));
        QVERIFY2(east.ok(), qPrintable(east.errorText()));
        QCOMPARE(east->size(), 1);   // the son got neither assistance nor relief
        const ReliefList::Totals et = ReliefList::totals(east.value());
        // Hand-worked (tst_reliefyear): assistance 44,187.50 + 5,812.50 + 0; relief 0 + 9,187.50 + 20,812.50.
        QCOMPARE(et.assistanceFen, qint64(5000000));
        QCOMPARE(et.reliefFen, qint64(3000000));
        QCOMPARE(et.claims, 3);
        QCOMPARE(et.totalFen(), settledSum(w.f.r.db, w.f.r.villageId));
        QCOMPARE(east->at(0).headName, QStringLiteral("赵德贫"));

        const auto all = ReliefList::load(w.f.r.db, query(w, QString()));
        QVERIFY2(all.ok(), qPrintable(all.errorText()));
        QCOMPARE(all->size(), 2);
        const ReliefList::Totals at = ReliefList::totals(all.value());
        QCOMPARE(at.assistanceFen, qint64(5000000 + 239750));
        QCOMPARE(at.totalFen(), settledSum(w.f.r.db, QString()));

        // A period before the claims were settled lists nothing; a reversed period is refused.
        ReliefList::Query early = query(w, QString());
        early.to = QDate(2024, 1, 31);
        QCOMPARE(ReliefList::load(w.f.r.db, early)->size(), 0);
        early.from = QDate(2024, 2, 1);
        const auto bad = ReliefList::load(w.f.r.db, early);
        QVERIFY(!bad.ok());
        QVERIFY(bad.errors().hasField(QStringLiteral("period")));
    }

    void paidOnlyWithAnotherUsersApproval()
    {
        World w;
        setUp(w);
        ChangeWriter clerk(w.f.r.db, w.f.r.clerk);
        ReliefPaymentService clerkService(clerk);
        auto batch = clerkService.request(query(w, w.f.r.villageId));
        QVERIFY2(batch.ok(), qPrintable(batch.errorText()));
        const QString batchId = batch->value(QStringLiteral("id")).toString();
        QCOMPARE(batch->value(QStringLiteral("total_fen")).toLongLong(), qint64(8000000));
        QCOMPARE(batch->value(QStringLiteral("line_count")).toInt(), 3);
        QCOMPARE(batch->value(QStringLiteral("serial")).toString(), QStringLiteral("JZ2024-0001"));
        // Requested claims leave the unpaid list; the batch's own list has them.
        QCOMPARE(ReliefList::load(w.f.r.db, query(w, w.f.r.villageId))->size(), 0);
        ReliefList::Query own;
        own.batchId = batchId;
        QCOMPARE(ReliefList::totals(ReliefList::load(w.f.r.db, own).value()).totalFen(), qint64(8000000));
        // Nothing left to request twice.
        QVERIFY(clerkService.request(query(w, w.f.r.villageId)).errors().hasField(QStringLiteral("period")));

        // The clerk may not approve (no permission, and the maker); nothing changes.
        const qint64 auditBefore = w.f.r.count(QStringLiteral("audit_log"));
        QVERIFY(!clerkService.approve(batchId).ok());
        QCOMPARE(w.f.r.count(QStringLiteral("audit_log")), auditBefore);
        // A reviewer who requested a batch may not approve it either.
        ChangeWriter reviewer(w.f.r.db, w.f.r.reviewer);
        ReliefPaymentService reviewerService(reviewer);
        auto own2 = reviewerService.request(query(w, w.westVillageId));
        QVERIFY2(own2.ok(), qPrintable(own2.errorText()));
        const Validation self = reviewerService.approve(own2->value(QStringLiteral("id")).toString());
        QVERIFY(!self.ok());
        QVERIFY(self.hasField(QStringLiteral("permission")));

        QVERIFY2(reviewerService.approve(batchId).ok(), "reviewer approves the clerk's batch");
        QSqlQuery q(w.f.r.db);
        q.prepare(QStringLiteral("SELECT status, approved_by FROM relief_batch WHERE id = ?"));
        q.addBindValue(batchId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("paid"));
        QCOMPARE(q.value(1).toString(), w.f.r.reviewer.id);
        QVERIFY(!reviewerService.approve(batchId).ok());   // paid once

        // The reviewer's own batch rejected by the township admin: its lines are freed.
        ChangeWriter admin(w.f.r.db, w.f.r.townshipAdmin);
        QVERIFY(!ReliefPaymentService(admin).reject(own2->value(QStringLiteral("id")).toString(), QString()).ok());
        QVERIFY(ReliefPaymentService(admin).reject(own2->value(QStringLiteral("id")).toString(), QStringLiteral("账号待核实")).ok());
        QCOMPARE(ReliefList::totals(ReliefList::load(w.f.r.db, query(w, w.westVillageId)).value()).totalFen(), qint64(239750));
    }

    void bankAccountIsCheckedAndListed()
    {
        World w;
        setUp(w);
        ChangeWriter clerk(w.f.r.db, w.f.r.clerk);
        ReliefPaymentService service(clerk);
        const qint64 before = w.f.r.count(QStringLiteral("bank_account"));
        const Validation bad = service.setBankAccount(w.f.poorId, QString(), QStringLiteral("62170012"), QStringLiteral("赵德贫"));
        QVERIFY(bad.hasField(QStringLiteral("bank_name")));
        QVERIFY(service.setBankAccount(w.f.poorId, QStringLiteral("农商银行"), QStringLiteral("12ab"), QStringLiteral("赵德贫"))
                    .hasField(QStringLiteral("account_no")));
        QCOMPARE(w.f.r.count(QStringLiteral("bank_account")), before);
        QVERIFY(service.setBankAccount(w.f.poorId, QStringLiteral("农商银行"), QStringLiteral("6217 0012 3456 7890"),
                                       QStringLiteral("赵德贫")).ok());
        const auto east = ReliefList::load(w.f.r.db, query(w, w.f.r.villageId));
        QCOMPARE(east->at(0).accountNo, QStringLiteral("6217001234567890"));
        QCOMPARE(east->at(0).bankName, QStringLiteral("农商银行"));
    }
};

QTEST_MAIN(TestReliefPayment)
#include "tst_reliefpayment.moc"
