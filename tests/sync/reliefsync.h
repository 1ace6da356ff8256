#pragma once

// Health poverty relief on a synced workstation, for the sync tests: a
// registered poverty person with a settled claim, the county's corrected
// policy, an approved adjustment, a paid relief batch and a bank account,
// all written by the workstation's services. Header-only: included by tests/sync.

#include "syncfixture.h"

#include "relief/relieflist.h"
#include "services/adjustmentservice.h"
#include "services/claimservice.h"
#include "services/enrollmentservice.h"
#include "services/reliefpaymentservice.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>

namespace reliefsync {

// The demo 2024 policy with the in-county poverty relief share cap lowered
// from 10% to 5% (as tst_adjustments): more relief for a poor person's claim.
inline QByteArray correctedPolicy()
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

// A household with a registered poverty person, enrolled and paid for 2024,
// and two inpatient claims settled by reviewer1: the person's id.
inline QString settledPovertyClaim(Workstation &w, const QString &villageId, const QString &code, int serial)
{
    ChangeWriter clerk(w.db, w.user(QStringLiteral("clerk1")));
    HouseholdService households(clerk);
    auto h = households.createHousehold({villageId, code, QStringLiteral("东村 1 组"), {}});
    if (!h) {
        qWarning("household: %s", qPrintable(h.errorText()));
        return {};
    }
    const QString householdId = h->value(QStringLiteral("id")).toString();
    HouseholdService::NewPerson head;
    head.householdId = householdId;
    head.idNumber = testIdNumber(QStringLiteral("19580317"), serial);
    head.name = QStringLiteral("赵德贫");
    head.relation = QStringLiteral("self");
    head.poverty = true;
    auto p = households.addPerson(head);
    if (!p) {
        qWarning("person: %s", qPrintable(p.errorText()));
        return {};
    }
    const QString personId = p->value(QStringLiteral("id")).toString();
    const auto paid = EnrollmentService(clerk).enrollAndPay(householdId, {personId}, 2024, 1, QStringLiteral("cash"));
    if (!paid) {
        qWarning("enroll: %s", qPrintable(paid.errorText()));
        return {};
    }
    // A province hospital stay that exhausts much of the year's basic
    // insurance, then a county one: the second claim's relief grows when
    // the corrected policy lowers the person's share (tst_adjustments).
    struct Stay
    {
        const char *level;
        const char *location;
        const char *referral;
        QDate from, to;
        qint64 totalFen, selfPaidFen;
    };
    const Stay stays[] = {{"province", "in_province", "referred", QDate(2024, 2, 1), QDate(2024, 2, 20), 40'000'000, 0},
                          {"county", "in_county", "none", QDate(2024, 4, 1), QDate(2024, 4, 10), 10'200'000, 200'000}};
    ChangeWriter reviewer(w.db, w.user(QStringLiteral("reviewer1")));
    for (const Stay &s : stays) {
        ClaimService::NewClaim c;
        c.personId = personId;
        c.kind = QStringLiteral("inpatient");
        c.level = QLatin1String(s.level);
        c.location = QLatin1String(s.location);
        c.referral = QLatin1String(s.referral);
        c.admission = s.from;
        c.discharge = s.to;
        c.totalFen = s.totalFen;
        c.selfPaidFen = s.selfPaidFen;
        const auto claim = ClaimService(clerk).enter(c);
        if (!claim) {
            qWarning("claim: %s", qPrintable(claim.errorText()));
            return {};
        }
        const auto settled = ClaimService(reviewer).approve(claim->value(QStringLiteral("id")).toString());
        if (!settled) {
            qWarning("settle: %s", qPrintable(settled.errorText()));
            return {};
        }
    }
    return personId;
}

// With the corrected policy pulled: clerk1 proposes the adjustments of 2024;
// their ids (not yet approved).
inline QStringList propose(Workstation &w)
{
    ChangeWriter clerk(w.db, w.user(QStringLiteral("clerk1")));
    const auto proposed = AdjustmentService(clerk).propose(2024, QStringLiteral("县医保局2024年政策更正"));
    if (!proposed) {
        qWarning("propose: %s", qPrintable(proposed.errorText()));
        return {};
    }
    return proposed.value();
}

inline bool approve(Workstation &w, const QStringList &adjustments)
{
    ChangeWriter reviewer(w.db, w.user(QStringLiteral("reviewer1")));
    const Validation v = AdjustmentService(reviewer).approve(adjustments);
    if (!v.ok())
        qWarning("approve: %s", qPrintable(v.text()));
    return v.ok();
}

// clerk1 requests payment of the township's unpaid 2024 relief and sets the
// person's bank account; reviewer1 approves the batch. The batch id.
inline QString payRelief(Workstation &w, const QString &personId)
{
    ChangeWriter clerk(w.db, w.user(QStringLiteral("clerk1")));
    const Validation bank = ReliefPaymentService(clerk).setBankAccount(personId, QStringLiteral("农村信用社"),
                                                                       QStringLiteral("6230 5100 0012 3456"), QStringLiteral("赵德贫"));
    if (!bank.ok()) {
        qWarning("bank account: %s", qPrintable(bank.text()));
        return {};
    }
    ReliefList::Query q;
    q.schemeYear = 2024;
    q.from = QDate(2024, 1, 1);
    q.to = QDateTime::currentDateTimeUtc().date();
    const auto batch = ReliefPaymentService(clerk).request(q);
    if (!batch) {
        qWarning("request: %s", qPrintable(batch.errorText()));
        return {};
    }
    const QString id = batch->value(QStringLiteral("id")).toString();
    ChangeWriter reviewer(w.db, w.user(QStringLiteral("reviewer1")));
    const Validation paid = ReliefPaymentService(reviewer).approve(id);
    if (!paid.ok()) {
        qWarning("pay: %s", qPrintable(paid.text()));
        return {};
    }
    return id;
}

} // namespace reliefsync
