#pragma once

#include "claimcodes.h"

#include <QtGlobal>

// The facts a policy condition is tested against, gathered once per claim.
struct ConditionFacts
{
    ClaimKind kind = ClaimKind::Inpatient;
    InstitutionLevel level = InstitutionLevel::Village;
    CareLocation location = CareLocation::InCounty;
    Referral referral = Referral::None;
    int tier = 1;
    quint32 categories = 0;      // bit mask of PersonCategory
    bool repeatAdmission = false; // an earlier inpatient admission this year
};

// A policy row's "when": every given field must hold; an absent field (mask
// 0) holds always. Lists mean "any of". Built at parse time from
// {"kinds": [...], "levels": [...], "locations": [...], "referrals": [...],
//  "tiers": [...], "categories": [...], "repeat_admission": bool}.
class PolicyCondition
{
public:
    quint32 kinds = 0;
    quint32 levels = 0;
    quint32 locations = 0;
    quint32 referrals = 0;
    quint32 tiers = 0;      // bit (1 << tier)
    quint32 categories = 0; // person holds any of them
    qint8 repeatAdmission = -1; // -1 any, 0 first admission of the year, 1 a later one

    bool matches(const ConditionFacts &f) const
    {
        return (!kinds || (kinds & ClaimCodes::bit(f.kind)))
            && (!levels || (levels & ClaimCodes::bit(f.level)))
            && (!locations || (locations & ClaimCodes::bit(f.location)))
            && (!referrals || (referrals & ClaimCodes::bit(f.referral)))
            && (!tiers || (tiers & (quint32(1) << f.tier)))
            && (!categories || (categories & f.categories))
            && (repeatAdmission < 0 || (repeatAdmission == 1) == f.repeatAdmission);
    }
    bool isAlways() const
    {
        return !kinds && !levels && !locations && !referrals && !tiers && !categories && repeatAdmission < 0;
    }
};
