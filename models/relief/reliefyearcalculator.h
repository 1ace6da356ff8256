#pragma once

#include "demo/democlaimsettler.h"
#include "personreliefyear.h"

#include <QCoreApplication>
#include <functional>

// Replays a person's settled claims of a scheme year through the policy
// engine (each with the policy in force for it, the totals carried from one
// claim to the next in the order they were settled) and sums the amounts in
// force: the relief layer per claim with its explanation, each relief cap
// used and left and the date it was reached. Pure: no database (the loader
// and the benchmark read the rows). QtCore only.
class ReliefYearCalculator
{
    Q_DECLARE_TR_FUNCTIONS(ReliefYearCalculator)
public:
    // The policy a claim was settled with, by its content hash; nullptr: not
    // known (the year's policy is used).
    using PolicyLookup = std::function<const Policy *(const QString &policySha256)>;

    // claims in the order they were settled; yearPolicy gives the caps.
    // explain = false leaves the explanations empty (batch recomputes).
    static PersonReliefYear compute(const Policy &yearPolicy, const PolicyLookup &policyOf, DemoPersonYear person,
                                    const QList<ReliefClaim> &claims, bool explain = true);
};
