#pragma once

#include "claimcodes.h"
#include "policycondition.h"
#include "policyname.h"
#include "tieramounts.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// A county's benefit rules for one scheme year, parsed from the policy format
// of docs/policy-format.md by PolicyParser. Every benefit number of a
// settlement comes from here; tables are indexed at parse time. Amounts are
// integer fen, ratios integer basis points (10000 = 100%). -1 means "none"
// where a limit is optional.

struct PolicyRow // a deductible and ratio row of inpatient or general outpatient
{
    PolicyName name;
    PolicyCondition when;
    qint64 deductibleFen = 0;
    int ratioBp = 0;
};

struct DeductibleAdjustment // deductible × factor (0 waives it); the smallest factor of those matching applies
{
    PolicyName name;
    PolicyCondition when;
    int factorBp = 10000;
};

struct RatioAdjustment // ratio + points (negative lowers it); all matching add up
{
    PolicyName name;
    PolicyCondition when;
    int pointsBp = 0;
};

struct ContributionTier
{
    int tier = 1;
    qint64 personalFen = 0;
    qint64 subsidyFen = 0;
};

struct SubsidyRule // how a subsidized category's personal contribution is paid for
{
    enum class Mode { Full, Fixed, Share };
    PersonCategory category = PersonCategory::Poverty;
    Mode mode = Mode::Full;
    qint64 fixedFen = 0; // Fixed: the county pays this much of the personal amount
    int shareBp = 0;     // Share: the county pays this share of the personal amount
};

struct BasicCapPolicy
{
    quint32 appliesTo = 0; // ClaimKind bits whose basic counts against the cap
    TierAmounts capFen;    // unset: no cap
};

struct InpatientPolicy
{
    quint32 coveredLevels = 0;
    bool deductiblePerYear = false; // per admission otherwise
    QList<PolicyRow> rows;          // first match wins
    QList<DeductibleAdjustment> deductibleAdjustments;
    QList<RatioAdjustment> ratioAdjustments;
};

struct GeneralOutpatientPolicy
{
    quint32 coveredLevels = 0;
    QList<PolicyRow> rows;
    QList<RatioAdjustment> ratioAdjustments;
    qint64 perVisitLimitFen = -1;
    TierAmounts yearlyLimitFen; // unset: no yearly limit
};

struct SpecialCategory
{
    int category = 0;
    PolicyName name;
    qint64 yearlyDeductibleFen = 0; // one per person per year, shared by the category's diseases
    int ratioBp = 0;
    TierAmounts limitFen;        // yearly basic per disease
    TierAmounts povertyLimitFen; // for registered poverty persons; unset: limitFen
};

struct SpecialDisease // resolved at parse time: the category's values unless the disease overrides them
{
    QString code;
    QString name;
    int category = 0;
    int categoryIndex = 0;   // into SpecialOutpatientPolicy::categories
    quint32 openTo = 0;      // PersonCategory bits; 0 = open to everyone
    int ratioBp = 0;
    TierAmounts limitFen;
    TierAmounts povertyLimitFen;
};

struct SpecialOutpatientPolicy
{
    quint32 coveredLevels = 0; // 0 = every level
    QList<SpecialCategory> categories;
    QList<RatioAdjustment> ratioAdjustments;
    QList<SpecialDisease> diseases;
    QHash<QString, int> diseaseIndex;
};

struct CriticalSegment // a part of (basis − threshold): [fromFen, toFen), toFen -1 = unbounded
{
    qint64 fromFen = 0;
    qint64 toFen = -1;
    int ratioBp = 0;
};

struct CriticalSchedule
{
    PolicyName name;
    PolicyCondition when;
    qint64 thresholdFen = 0;
    QList<CriticalSegment> segments;
};

struct CriticalIllnessPolicy
{
    quint32 appliesTo = 0;
    qint64 yearlyCapFen = -1;
    QList<CriticalSchedule> schedules; // first match wins
};

struct AssistanceRule
{
    PersonCategory category = PersonCategory::Poverty;
    qint64 thresholdFen = 0; // yearly, on the accumulated base
    int ratioBp = 0;
    qint64 yearlyCapFen = -1;
};

struct MedicalAssistancePolicy
{
    quint32 appliesTo = 0;
    QList<AssistanceRule> rules; // the most favourable one the person qualifies for applies
};

struct ReliefShareCap
{
    enum class Of { InScope, Total };
    PolicyName name;
    PolicyCondition when;
    int shareBp = 0;
    Of of = Of::InScope;
};

// A yearly ceiling on the person's out-of-pocket (个人年度自付封顶): once the
// out-of-pocket of the year's claims (on the chosen basis) passes the ceiling,
// relief pays the rest of the in-scope share.
struct ReliefOutOfPocketCeiling
{
    enum class Of { InScope, Total }; // in-scope out-of-pocket, or all of it (with self-paid and category-B co-payment)
    PolicyName name;
    PolicyCondition when;
    qint64 ceilingFen = 0;
    Of of = Of::InScope;
};

struct PovertyReliefPolicy
{
    // Which ceiling applies to a claim: its own rule's, or the highest of the
    // rules that applied to this and earlier claims of the year.
    enum class CeilingChoice { ThisClaim, HighestOfYear };

    quint32 categories = 0; // persons holding any of them qualify
    quint32 appliesTo = 0;
    QList<ReliefShareCap> shareCaps; // first match wins
    QList<ReliefOutOfPocketCeiling> outOfPocketCeilings; // first match wins
    CeilingChoice ceilingChoice = CeilingChoice::ThisClaim;
    int reliefRatioBp = 10000; // applies to the share cap's excess
    std::array<qint64, ClaimCodes::kindCount> yearlyCapFen{-1, -1, -1};
};

struct ControlRule // flag when the claim matches and its value is above the threshold
{
    PolicyName name;
    PolicyCondition when;
    qint64 above = 0; // fen (verification, high cost) or days (long stay)
};

struct ControlPolicy
{
    QList<ControlRule> verification;
    QList<ControlRule> longStay;
    QList<ControlRule> highCost;
};

class Policy
{
public:
    QString id;
    QString name;
    QString county;
    int schemeYear = 0;
    quint32 tiers = 0;       // bit (1 << tier)
    QList<int> tierList;
    quint32 categories = 0;  // the person categories this policy knows

    QList<ContributionTier> contributionTiers;
    QList<SubsidyRule> subsidies;

    BasicCapPolicy basicCap;
    InpatientPolicy inpatient;
    GeneralOutpatientPolicy generalOutpatient;
    SpecialOutpatientPolicy specialOutpatient;
    CriticalIllnessPolicy criticalIllness;
    MedicalAssistancePolicy medicalAssistance;
    PovertyReliefPolicy povertyRelief;
    ControlPolicy control;

    QJsonObject json;  // the document as parsed, for the policy viewer (every "source" note)
    QString sha256;    // hex SHA-256 of the bytes it was parsed from

    bool hasTier(int tier) const { return tier >= 1 && tier <= TierAmounts::maxTier && (tiers & (quint32(1) << tier)); }
    const SpecialDisease *disease(const QString &code) const
    {
        const auto it = specialOutpatient.diseaseIndex.constFind(code);
        return it == specialOutpatient.diseaseIndex.constEnd() ? nullptr : &specialOutpatient.diseases[*it];
    }

    // [policy §contributions] What the person pays of the tier's personal
    // contribution, the most favourable of their subsidized categories; -1 for
    // a tier the policy does not have.
    qint64 personalContributionFen(int tier, quint32 categories) const;
    qint64 governmentSubsidyFen(int tier) const;
};
