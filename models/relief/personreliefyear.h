#pragma once

#include "engine/settlementresult.h"
#include "reliefclaim.h"

#include <QDate>
#include <QList>

// How much of one yearly health-poverty-relief cap a person has used.
struct ReliefCapUse
{
    ClaimKind kind = ClaimKind::Inpatient;
    qint64 capFen = 0;
    qint64 usedFen = 0;
    QDate reachedOn;          // the date of care of the claim that used the last of it; invalid: not reached
    QString reachedSlipNo;

    qint64 leftFen() const { return capFen > usedFen ? capFen - usedFen : 0; }
    bool reached() const { return reachedOn.isValid(); }
};

// One claim of the year, recomputed through the engine in the order the
// totals were carried, beside the amounts in force.
struct ReliefClaimLine
{
    ReliefClaim claim;
    SettlementResult recomputed;   // with the policy in force and the totals before it
    QString invalid;               // the engine refused the input itself (then recomputed is empty)
    bool matches = false;          // recomputed layers equal the amounts in force
    QString explanation;           // a clerk can read it aloud
};

// A person's scheme year of settled claims with relief, caps and totals.
struct PersonReliefYear
{
    QString personId;
    bool relieved = false;         // the policy's relief categories include the person
    QList<ReliefClaimLine> lines;
    ReliefAmounts totals;          // of the amounts in force
    QList<ReliefCapUse> caps;      // one per claim kind with a yearly relief cap
    int mismatches = 0;

    int coverageBp() const { return totals.coverageBp(); }
};
