#include "services/enrollmentservice.h"
#include "services/filingservice.h"
#include "services/policyservice.h"
#include "services/passwordhasher.h"
#include "testreplica.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

class TestRoles : public QObject
{
    Q_OBJECT
private:
    // A person with a household, and the disease M102 in the catalogue.
    QString personForFiling(TestReplica &r)
    {
        ChangeWriter w(r.db, r.clerk);
        HouseholdService households(w);
        auto h = households.createHousehold({r.villageId, QStringLiteral("F001"), QString(), QString()});
        auto p = households.addPerson({h->value(QStringLiteral("id")).toString(), testIdNumber(QStringLiteral("19600606"), 7),
                                       QStringLiteral("周八"), QStringLiteral("self")});
        // The county publishes the policy with its catalogue; only an enrolled person files.
        ChangeWriter county(r.db, r.countyAdmin);
        QFile policy(QStringLiteral(":/policies/demo-county-2024.json"));
        if (!policy.open(QIODevice::ReadOnly) || !PolicyService(county).publish(policy.readAll()).ok())
            return {};
        const QString personId = p->value(QStringLiteral("id")).toString();
        if (!EnrollmentService(w).enrollAndPay(h->value(QStringLiteral("id")).toString(), {personId}, 2024, 1,
                                               QStringLiteral("cash")).ok())
            return {};
        return personId;
    }

private slots:
    void hashesPasswordsWithArgon2id()
    {
        const QString h = PasswordHasher::hash(QStringLiteral("correct horse"));
        QVERIFY(h.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(PasswordHasher::verify(h, QStringLiteral("correct horse")));
        QVERIFY(!PasswordHasher::verify(h, QStringLiteral("correct hors")));
        QVERIFY(h != PasswordHasher::hash(QStringLiteral("correct horse")));   // salted
    }

    void signsInOnlyWithTheRightPassword()
    {
        TestReplica r;
        r.setUpTownship();
        auto ok = UserService::signIn(r.db, QStringLiteral("clerk"), QStringLiteral("secret-clerk"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->role, Role::Clerk);
        QCOMPARE(ok->townshipId, r.townshipId);
        auto wrong = UserService::signIn(r.db, QStringLiteral("clerk"), QStringLiteral("secret-clerkX"));
        auto unknown = UserService::signIn(r.db, QStringLiteral("nobody"), QStringLiteral("secret-clerk"));
        QVERIFY(!wrong.ok());
        QVERIFY(!unknown.ok());
        QCOMPARE(wrong.errorText(), unknown.errorText());   // no hint which one was wrong

        ChangeWriter admin(r.db, r.townshipAdmin);
        UserService users(admin);
        QVERIFY(users.setActive(r.clerk.id, false).ok());
        auto inactive = UserService::signIn(r.db, QStringLiteral("clerk"), QStringLiteral("secret-clerk"));
        QVERIFY(!inactive.ok());
        QVERIFY(inactive.errors().hasField(QStringLiteral("login")));
    }

    void firstRunSetupHappensOnce()
    {
        TestReplica r;
        r.setUpTownship();
        auto again = UserService::firstRunSetup(
            r.db, {QStringLiteral("360100"), QStringLiteral("360100102"), QStringLiteral("另一镇")},
            {QStringLiteral("admin2"), QStringLiteral("管理员"), Role::TownshipAdmin, {}, QStringLiteral("secret-admin")});
        QVERIFY(!again.ok());
        QVERIFY(again.errors().hasField(QStringLiteral("setup")));
    }

    void rolesAreChecked()
    {
        TestReplica r;
        r.setUpTownship();
        ChangeWriter clerk(r.db, r.clerk);
        auto village = GeographyService(clerk).createVillage(r.townshipId, QStringLiteral("360100101009"), QStringLiteral("北村"));
        QVERIFY(!village.ok());
        QVERIFY(village.errors().hasField(QStringLiteral("permission")));

        auto user = UserService(clerk).createUser({QStringLiteral("clerk2"), QStringLiteral("新人"), Role::Clerk,
                                                   r.townshipId, QStringLiteral("secret-new1")});
        QVERIFY(!user.ok());
        QVERIFY(user.errors().hasField(QStringLiteral("permission")));

        ChangeWriter admin(r.db, r.townshipAdmin);
        auto county = UserService(admin).createUser({QStringLiteral("cert"), QStringLiteral("认定"), Role::CountyCertifier,
                                                     {}, QStringLiteral("secret-cert1")});
        QVERIFY(!county.ok());
        QVERIFY(county.errors().hasField(QStringLiteral("role")));

        ChangeWriter certifier(r.db, {QStringLiteral("c1"), QStringLiteral("cert"), QStringLiteral("认定"),
                                      Role::CountyCertifier, {}});
        auto household = HouseholdService(certifier).createHousehold({r.villageId, QStringLiteral("X1"), QString(), QString()});
        QVERIFY(!household.ok());
        QVERIFY(household.errors().hasField(QStringLiteral("permission")));
    }

    void townshipScopeIsEnforced()
    {
        TestReplica r;
        r.setUpTownship();
        ChangeWriter county(r.db, r.countyAdmin);
        GeographyService geo(county);
        auto other = geo.createTownship(QStringLiteral("360100"), QStringLiteral("360100102"), QStringLiteral("邻镇"));
        QVERIFY2(other.ok(), qPrintable(other.errorText()));
        auto village = geo.createVillage(other->value(QStringLiteral("id")).toString(), QStringLiteral("360100102001"),
                                         QStringLiteral("邻村"));
        QVERIFY(village.ok());
        ChangeWriter clerk(r.db, r.clerk);
        auto h = HouseholdService(clerk).createHousehold({village->value(QStringLiteral("id")).toString(),
                                                          QStringLiteral("Y1"), QString(), QString()});
        QVERIFY(!h.ok());
        QVERIFY(h.errors().hasField(QStringLiteral("permission")));
    }

    void makerCannotApprove()
    {
        TestReplica r;
        r.setUpTownship();
        const QString personId = personForFiling(r);
        QVERIFY(!personId.isEmpty());
        // A reviewer who files a record may not review it either.
        ChangeWriter reviewer(r.db, r.reviewer);
        FilingService reviewerFilings(reviewer);
        auto filing = reviewerFilings.file({personId, QStringLiteral("M102"), {}, QDate(2024, 2, 1),
                                            QStringLiteral("outpatient_record_with_test"), {}});
        QVERIFY2(filing.ok(), qPrintable(filing.errorText()));
        const QString filingId = filing->value(QStringLiteral("id")).toString();
        const qint64 audits = r.count(QStringLiteral("audit_log"));
        const Validation own = reviewerFilings.review(filingId, true);
        QVERIFY(!own.ok());
        QVERIFY(own.hasField(QStringLiteral("permission")));
        QCOMPARE(r.count(QStringLiteral("audit_log")), audits);

        // A clerk has no right to review at all.
        ChangeWriter clerk(r.db, r.clerk);
        QVERIFY(!FilingService(clerk).review(filingId, true).ok());

        // The township admin (a different user) may.
        ChangeWriter admin(r.db, r.townshipAdmin);
        const Validation other = FilingService(admin).review(filingId, true);
        QVERIFY2(other.ok(), qPrintable(other.text()));
        QCOMPARE(reviewer.load(QStringLiteral("filing"), filingId)->value(QStringLiteral("status")).toString(),
                 QStringLiteral("reviewed"));
    }

    void returnNeedsAReason()
    {
        TestReplica r;
        r.setUpTownship();
        const QString personId = personForFiling(r);
        QVERIFY(!personId.isEmpty());
        ChangeWriter clerk(r.db, r.clerk);
        auto filing = FilingService(clerk).file({personId, QStringLiteral("M102"), {}, QDate(2024, 2, 1),
                                                 QStringLiteral("inpatient_record"), {}});
        QVERIFY(filing.ok());
        ChangeWriter reviewer(r.db, r.reviewer);
        const Validation noReason = FilingService(reviewer).review(filing->value(QStringLiteral("id")).toString(), false);
        QVERIFY(noReason.hasField(QStringLiteral("reason")));
        QVERIFY(FilingService(reviewer).review(filing->value(QStringLiteral("id")).toString(), false,
                                               QStringLiteral("化验单不清晰")).ok());
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
