#include "policy.h"

#include "domain/money.h"

#include <algorithm>

qint64 Policy::personalContributionFen(int tier, quint32 personCategories) const
{
    const ContributionTier *t = nullptr;
    for (const ContributionTier &c : contributionTiers)
        if (c.tier == tier)
            t = &c;
    if (!t)
        return -1;
    qint64 due = t->personalFen;
    for (const SubsidyRule &s : subsidies) {
        if (!(personCategories & ClaimCodes::bit(s.category)))
            continue;
        qint64 paidByCounty = 0;
        switch (s.mode) {
        case SubsidyRule::Mode::Full: paidByCounty = t->personalFen; break;
        case SubsidyRule::Mode::Fixed: paidByCounty = std::min(s.fixedFen, t->personalFen); break;
        case SubsidyRule::Mode::Share: paidByCounty = Money::applyBasisPoints(t->personalFen, s.shareBp); break;
        }
        due = std::min(due, t->personalFen - paidByCounty);
    }
    return due;
}

qint64 Policy::governmentSubsidyFen(int tier) const
{
    for (const ContributionTier &c : contributionTiers)
        if (c.tier == tier)
            return c.subsidyFen;
    return -1;
}
