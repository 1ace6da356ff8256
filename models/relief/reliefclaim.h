#pragma once

#include "engine/claiminput.h"
#include "reliefamounts.h"

#include <QDateTime>
#include <QString>

// One settled claim of a person's year as the relief screens see it: the
// bill, and the amounts in force, which are the settlement's plus its
// approved adjustments (settlement_adjustment); the policy in force is the
// newest approved adjustment's, else the settlement's.
struct ReliefClaim
{
    QString claimId;
    QString settlementId;
    QString slipNo;
    QString policyId;         // in force, as stored (for the screen)
    QString policySha256;     // in force: finds the policy document
    QString refused;          // refusal code of the settlement, empty when paid
    QString flags;            // flag codes in force, comma-separated
    QDateTime settledAt;      // UTC
    ClaimInput input;
    ReliefAmounts stored;     // in force
    int adjustments = 0;      // approved adjustments applied
};
