#pragma once

// Settling claims for the relief tests: a clerk enters, the reviewer approves.

#include "claimfixture.h"
#include "services/claimservice.h"

struct ReliefScenario
{
    static QString settle(ClaimFixture &f, const QString &personId, const QString &institutionId,
                          const QString &referral, const QDate &from, const QDate &to, qint64 totalFen,
                          qint64 selfPaidFen = 0)
    {
        ClaimService::NewClaim c;
        c.personId = personId;
        c.institutionId = institutionId;
        c.kind = QStringLiteral("inpatient");
        c.referral = referral;
        c.admission = from;
        c.discharge = to;
        c.totalFen = totalFen;
        c.selfPaidFen = selfPaidFen;
        ChangeWriter clerk(f.r.db, f.r.clerk);
        auto entered = ClaimService(clerk).enter(c);
        if (!entered) {
            qWarning("%s", qPrintable(entered.errorText()));
            return {};
        }
        ChangeWriter reviewer(f.r.db, f.r.reviewer);
        auto settled = ClaimService(reviewer).approve(entered->value(QStringLiteral("id")).toString());
        if (!settled) {
            qWarning("%s", qPrintable(settled.errorText()));
            return {};
        }
        return settled->value(QStringLiteral("id")).toString();
    }

};
