#pragma once

// A replica with the demo county's 2024 policy, two institutions and one
// household (a registered poverty person and an ordinary son) enrolled and
// paid for 2024. Header-only: included by the claim tests.

#include "testreplica.h"

#include "services/enrollmentservice.h"
#include "services/policyservice.h"

#include <QFile>

struct ClaimFixture
{
    TestReplica r;
    QString countyHospitalId;
    QString provinceHospitalId;
    QString householdId;
    QString poorId;
    QString poorIdNumber;
    QString sonId;

    void setUp()
    {
        r.setUpTownship();
        ChangeWriter county(r.db, r.countyAdmin);
        QFile f(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto p = PolicyService(county).publish(f.readAll());
        QVERIFY2(p.ok(), qPrintable(p.errorText()));
        GeographyService geo(county);
        auto h1 = geo.createInstitution(QStringLiteral("H36010001"), QStringLiteral("示范县人民医院"), QStringLiteral("county"),
                                        QStringLiteral("in_county"));
        QVERIFY2(h1.ok(), qPrintable(h1.errorText()));
        countyHospitalId = h1->value(QStringLiteral("id")).toString();
        auto h2 = geo.createInstitution(QStringLiteral("H36000009"), QStringLiteral("省人民医院"), QStringLiteral("province"),
                                        QStringLiteral("in_province"));
        QVERIFY2(h2.ok(), qPrintable(h2.errorText()));
        provinceHospitalId = h2->value(QStringLiteral("id")).toString();

        ChangeWriter clerk(r.db, r.clerk);
        HouseholdService households(clerk);
        auto h = households.createHousehold({r.villageId, QStringLiteral("P001"), QStringLiteral("东村 1 组 5 号"), {}});
        QVERIFY2(h.ok(), qPrintable(h.errorText()));
        householdId = h->value(QStringLiteral("id")).toString();
        poorIdNumber = testIdNumber(QStringLiteral("19580317"), 21);
        HouseholdService::NewPerson head{householdId, poorIdNumber, QStringLiteral("赵德贫"), QStringLiteral("self")};
        head.poverty = true;
        auto a = households.addPerson(head);
        QVERIFY2(a.ok(), qPrintable(a.errorText()));
        poorId = a->value(QStringLiteral("id")).toString();
        auto b = households.addPerson({householdId, testIdNumber(QStringLiteral("19850601"), 33), QStringLiteral("赵子明"),
                                       QStringLiteral("son")});
        QVERIFY2(b.ok(), qPrintable(b.errorText()));
        sonId = b->value(QStringLiteral("id")).toString();
        auto receipt = EnrollmentService(clerk).enrollAndPay(householdId, {poorId, sonId}, 2024, 1, QStringLiteral("cash"));
        QVERIFY2(receipt.ok(), qPrintable(receipt.errorText()));
    }
};
