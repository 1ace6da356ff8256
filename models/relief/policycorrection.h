#pragma once

#include "demo/democlaimsettler.h"
#include "domain/result.h"
#include "engine/policy.h"
#include "reliefamounts.h"
#include "reliefclaim.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// What a corrected policy would change: every settled claim of a township's
// scheme year recomputed, person by person in the order the claims were
// settled, with the year's newest policy, beside the amounts in force. Only
// a preview: amounts change through adjustments a reviewer approves
// (AdjustmentService).
class PolicyCorrection
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCorrection)
public:
    struct Change
    {
        QString claimId;
        QString settlementId;
        QString slipNo;
        QString personId;
        QString personName;
        QString kind;            // claim kind code
        QDate discharge;
        QString fromPolicyId;    // in force
        ReliefAmounts before;    // in force
        ReliefAmounts after;     // under the newest policy
        QString afterFlags;      // flag codes under the newest policy
        QString refusedAfter;    // refusal under the newest policy, if any
        bool pending = false;    // an adjustment proposal already waits for this claim
        QString pendingAdjustmentId;
        QString pendingProposedBy;   // user id of the proposal's maker

        qint64 paidDeltaFen() const { return after.paidFen() - before.paidFen(); }
    };

    struct Preview
    {
        QString policyId;        // the newest policy's row id (e.g. demo-county-2024-v2)
        QString policySha256;
        int claimsChecked = 0;
        QList<Change> changes;   // only the claims whose amounts would change
    };

    // townshipId empty: every township.
    static Result<Preview> preview(const QSqlDatabase &db, const QString &townshipId, int schemeYear);

    // One person's settled claims of a year recomputed with the policy, as
    // preview does for each person (pending left unset). The county
    // recomputes a pushed adjustment with it; the SQL is common to SQLite
    // and PostgreSQL.
    static Result<QList<Change>> personChanges(const QSqlDatabase &db, const QString &personId, int schemeYear,
                                               const Policy &policy);

private:
    // The changes a policy makes to one person's claims of the year;
    // claimsChecked counts the claims looked at.
    static QList<Change> changesOf(const Policy &policy, const QString &personId, const QString &name,
                                   DemoPersonYear person, const QList<ReliefClaim> &claims, int *claimsChecked);
};
