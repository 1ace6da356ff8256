#pragma once

#include "engine/personfacts.h"
#include "engine/policy.h"
#include "personreliefyear.h"

#include <QCoreApplication>

// The relief of one claim in sentences a clerk can read aloud at the
// counter: the person's share after the other layers, the share cap or
// out-of-pocket ceiling that set the relief, and the yearly relief cap when
// it limited the claim, with the date it was reached. Every number comes
// from the policy and the engine's explanation, none from here.
class ReliefExplanation
{
    Q_DECLARE_TR_FUNCTIONS(ReliefExplanation)
public:
    // caps: the person's cap uses including this claim.
    static QString text(const Policy &policy, const PersonFacts &facts, const ReliefClaimLine &line,
                        const QList<ReliefCapUse> &caps);
    // "inpatient relief cap" / "special-outpatient relief cap".
    static QString capName(ClaimKind kind);
    static QString percent(int bp);
};
