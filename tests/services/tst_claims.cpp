#include "services/claimservice.h"
#include "services/enrollmentservice.h"
#include "services/policyservice.h"
#include "testreplica.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

// Claims and enrollment through the service layer, checked against the
// demo county's worked example 1 (tests/data/demo-county-examples.json).
class TestClaims : public QObject
{
    Q_OBJECT
private:
    struct Household
    {
        QString id;
        QString poor;      // registered poverty, tier 2
        QString nearPoor;
        QString ordinary;
    };

    static void publish(TestReplica &r)
    {
        ChangeWriter county(r.db, r.countyAdmin);
        QFile f(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto p = PolicyService(county).publish(f.readAll());
        QVERIFY2(p.ok(), qPrintable(p.errorText()));
    }

    static Household household(TestReplica &r)
    {
        Household h;
        ChangeWriter w(r.db, r.clerk);
        HouseholdService households(w);
        h.id = households.createHousehold({r.villageId, QStringLiteral("C001"), QString(), QString()})->value(QStringLiteral("id")).toString();
        HouseholdService::NewPerson head{h.id, testIdNumber(QStringLiteral("19550101"), 11), QStringLiteral("刘贫"), QStringLiteral("self")};
        head.poverty = true;
        h.poor = households.addPerson(head)->value(QStringLiteral("id")).toString();
        HouseholdService::NewPerson spouse{h.id, testIdNumber(QStringLiteral("19570202"), 22), QStringLiteral("陈边"), QStringLiteral("spouse")};
        spouse.nearPoor = true;
        h.nearPoor = households.addPerson(spouse)->value(QStringLiteral("id")).toString();
        h.ordinary = households.addPerson({h.id, testIdNumber(QStringLiteral("19800303"), 31), QStringLiteral("刘子"),
                                           QStringLiteral("son")})->value(QStringLiteral("id")).toString();
        return h;
    }

    static ClaimService::NewClaim inpatient(const QString &personId, const QString &level, const QString &referral,
                                            const QDate &day, qint64 total, qint64 selfPaid, qint64 copay)
    {
        ClaimService::NewClaim c;
        c.personId = personId;
        c.kind = QStringLiteral("inpatient");
        c.level = level;
        c.location = QStringLiteral("in_county");
        c.referral = referral;
        c.admission = day;
        c.discharge = day;
        c.totalFen = total;
        c.selfPaidFen = selfPaid;
        c.categoryBCopayFen = copay;
        return c;
    }

private slots:
    void enrollmentTakesAmountsFromThePolicy()
    {
        TestReplica r;
        r.setUpTownship();
        publish(r);
        const Household h = household(r);
        ChangeWriter w(r.db, r.clerk);
        auto receipt = EnrollmentService(w).enrollAndPay(h.id, {h.poor, h.nearPoor, h.ordinary}, 2024, 2, QStringLiteral("cash"));
        QVERIFY2(receipt.ok(), qPrintable(receipt.errorText()));
        // Poverty pays nothing, near-poor half of 600 yuan, the son 600 yuan.
        QCOMPARE(receipt->value(QStringLiteral("total_fen")).toLongLong(), qint64(30000 + 60000));
        QCOMPARE(receipt->value(QStringLiteral("serial")).toString(), QStringLiteral("2024-0000001"));
        QSqlQuery q(r.db);
        q.prepare(QStringLiteral("SELECT personal_fen, subsidized_fen, subsidy_fen FROM enrollment WHERE person_id = ?"));
        q.addBindValue(h.poor);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(0));
        QCOMPARE(q.value(1).toLongLong(), qint64(60000));
        QCOMPARE(q.value(2).toLongLong(), qint64(67000));

        auto twice = EnrollmentService(w).enrollAndPay(h.id, {h.ordinary}, 2024, 1, QStringLiteral("cash"));
        QVERIFY(!twice.ok());
        QVERIFY(twice.errors().hasField(QStringLiteral("members")));
        QVERIFY(twice.errorText().contains(QLatin1String("C001")));
    }

    void approvedClaimSettlesToTheWorkedExample()
    {
        TestReplica r;
        r.setUpTownship();
        publish(r);
        const Household h = household(r);
        ChangeWriter clerk(r.db, r.clerk);
        QVERIFY(EnrollmentService(clerk).enrollAndPay(h.id, {h.poor}, 2024, 2, QStringLiteral("cash")).ok());

        // Worked example 1, claim c1: county hospital, referred.
        auto c1 = ClaimService(clerk).enter(inpatient(h.poor, QStringLiteral("county"), QStringLiteral("referred"),
                                                      QDate(2024, 1, 2), 17301032, 810702, 675562));
        QVERIFY2(c1.ok(), qPrintable(c1.errorText()));
        const QString c1Id = c1->value(QStringLiteral("id")).toString();

        // The clerk has no right to approve; the reviewer has.
        QVERIFY(!ClaimService(clerk).approve(c1Id).ok());
        ChangeWriter reviewer(r.db, r.reviewer);
        auto s1 = ClaimService(reviewer).approve(c1Id);
        QVERIFY2(s1.ok(), qPrintable(s1.errorText()));
        QCOMPARE(s1->value(QStringLiteral("slip_no")).toString(), QStringLiteral("2024-000001"));
        QCOMPARE(s1->value(QStringLiteral("in_scope_fen")).toLongLong(), qint64(15814768));
        QCOMPARE(s1->value(QStringLiteral("deductible_fen")).toLongLong(), qint64(50000));
        QCOMPARE(s1->value(QStringLiteral("basic_fen")).toLongLong(), qint64(13400053));
        QCOMPARE(s1->value(QStringLiteral("critical_fen")).toLongLong(), qint64(1082065));
        QCOMPARE(s1->value(QStringLiteral("assistance_fen")).toLongLong(), qint64(932855));
        QCOMPARE(s1->value(QStringLiteral("out_of_pocket_fen")).toLongLong(), qint64(1886059));
        QCOMPARE(s1->value(QStringLiteral("policy_id")).toString(), QStringLiteral("demo-county-2024"));
        QVERIFY(!ClaimService(reviewer).approve(c1Id).ok());   // settled once only

        // c4 starts from c1's year-to-date totals and reaches the basic cap.
        auto c4 = ClaimService(clerk).enter(inpatient(h.poor, QStringLiteral("county"), QStringLiteral("none"),
                                                      QDate(2024, 1, 13), 18904072, 3436730, 643266));
        QVERIFY(c4.ok());
        auto s4 = ClaimService(reviewer).approve(c4->value(QStringLiteral("id")).toString());
        QVERIFY2(s4.ok(), qPrintable(s4.errorText()));
        QCOMPARE(s4->value(QStringLiteral("basic_fen")).toLongLong(), qint64(11599947));
        QCOMPARE(s4->value(QStringLiteral("critical_fen")).toLongLong(), qint64(2095684));
        QCOMPARE(s4->value(QStringLiteral("assistance_fen")).toLongLong(), qint64(789912));
        QCOMPARE(s4->value(QStringLiteral("out_of_pocket_fen")).toLongLong(), qint64(4418529));
        QCOMPARE(s4->value(QStringLiteral("flags")).toString(), QStringLiteral("basic_cap_reached"));
        QCOMPARE(s4->value(QStringLiteral("slip_no")).toString(), QStringLiteral("2024-000002"));
    }

    void makerCannotApproveOwnClaim()
    {
        TestReplica r;
        r.setUpTownship();
        publish(r);
        const Household h = household(r);
        ChangeWriter reviewer(r.db, r.reviewer);
        auto c = ClaimService(reviewer).enter(inpatient(h.ordinary, QStringLiteral("township"), QStringLiteral("none"),
                                                        QDate(2024, 3, 1), 100000, 0, 0));
        QVERIFY(c.ok());
        auto own = ClaimService(reviewer).approve(c->value(QStringLiteral("id")).toString());
        QVERIFY(!own.ok());
        QVERIFY(own.errors().hasField(QStringLiteral("permission")));
        QCOMPARE(r.count(QStringLiteral("settlement")), qint64(0));
    }

    void unenrolledPersonIsRefusedNotRejected()
    {
        TestReplica r;
        r.setUpTownship();
        publish(r);
        const Household h = household(r);
        ChangeWriter clerk(r.db, r.clerk);
        auto c = ClaimService(clerk).enter(inpatient(h.ordinary, QStringLiteral("township"), QStringLiteral("none"),
                                                     QDate(2024, 3, 1), 100000, 0, 0));
        QVERIFY(c.ok());
        ChangeWriter reviewer(r.db, r.reviewer);
        auto s = ClaimService(reviewer).approve(c->value(QStringLiteral("id")).toString());
        QVERIFY(s.ok());
        QCOMPARE(s->value(QStringLiteral("refused")).toString(), QStringLiteral("not_enrolled"));
        QCOMPARE(s->value(QStringLiteral("out_of_pocket_fen")).toLongLong(), qint64(100000));
    }

    void badAmountsNameTheField()
    {
        TestReplica r;
        r.setUpTownship();
        publish(r);
        const Household h = household(r);
        ChangeWriter clerk(r.db, r.clerk);
        auto c = ClaimService(clerk).enter(inpatient(h.ordinary, QStringLiteral("township"), QStringLiteral("none"),
                                                     QDate(2024, 3, 1), 1000, 900, 200));
        QVERIFY(!c.ok());
        const QString field = c.errors().errors().first().field;
        QVERIFY2(field.contains(QLatin1String("self_paid")) || field.contains(QLatin1String("category_b")), qPrintable(field));
        QVERIFY(c.errorText().contains(QLatin1String("exceed")));
        QCOMPARE(r.count(QStringLiteral("claim")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
