#pragma once

// A household ready to enroll, for the enrollment, receipt and
// reconciliation tests: the demo county's 2024 policy published again as the
// policy of another scheme year, and households of four in 东村 and 西村.

#include "testreplica.h"

#include "services/policyservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// Publishes demo-county-2024.json as the policy of schemeYear (tier 1:
// personal ¥400, subsidy ¥670; poverty, dibao, tekun pay nothing; near-poor half).
inline void publishPolicyForYear(TestReplica &r, int schemeYear)
{
    QFile f(QStringLiteral(":/policies/demo-county-2024.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    doc.insert(QStringLiteral("scheme_year"), schemeYear);
    doc.insert(QStringLiteral("id"), QStringLiteral("demo-county-%1").arg(schemeYear));
    ChangeWriter county(r.db, r.countyAdmin);
    auto p = PolicyService(county).publish(QJsonDocument(doc).toJson());
    QVERIFY2(p.ok(), qPrintable(p.errorText()));
}

struct TestHousehold
{
    QString id;
    QStringList personIds;   // head first
};

// A household with members (name, relation, poverty); id numbers from sequence on.
inline TestHousehold addTestHousehold(TestReplica &r, const QString &villageId, const QString &code,
                                      const QList<std::tuple<QString, QString, bool>> &members, int sequence)
{
    TestHousehold result;
    ChangeWriter writer(r.db, r.clerk);
    HouseholdService households(writer);
    auto h = households.createHousehold({villageId, code, QStringLiteral("%1号").arg(code), QStringLiteral("13800138000")});
    if (!h)
        qFatal("household: %s", qPrintable(h.errorText()));
    result.id = h->value(QStringLiteral("id")).toString();
    static const QStringList births = {QStringLiteral("19700305"), QStringLiteral("19720811"), QStringLiteral("19980120"),
                                       QStringLiteral("20040615"), QStringLiteral("19451002"), QStringLiteral("20100101")};
    int i = 0;
    for (const auto &[name, relation, poverty] : members) {
        HouseholdService::NewPerson p;
        p.householdId = result.id;
        p.idNumber = testIdNumber(births.at(i % births.size()), sequence++);
        p.name = name;
        p.relation = relation;
        p.poverty = poverty;
        auto added = households.addPerson(p);
        if (!added)
            qFatal("person: %s", qPrintable(added.errorText()));
        result.personIds << added->value(QStringLiteral("id")).toString();
        ++i;
    }
    return result;
}

inline QString secondVillageId(TestReplica &r)
{
    QSqlQuery q(r.db);
    q.prepare(QStringLiteral("SELECT id FROM village WHERE name = ?"));
    q.addBindValue(QStringLiteral("西村"));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
