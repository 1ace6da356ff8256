#include "settlementengine.h"

#include "domain/money.h"

#include <algorithm>

namespace {

constexpr int fullRatioBp = 10000; // 100%: a ratio never exceeds it

ConditionFacts factsOf(const PersonFacts &person, const ClaimInput &claim, const YearToDate &ytd)
{
    ConditionFacts f;
    f.kind = claim.kind;
    f.level = claim.level;
    f.location = claim.location;
    f.referral = claim.referral;
    f.tier = person.tier;
    f.categories = person.categories;
    f.repeatAdmission = ytd.inpatientAdmissions > 0;
    return f;
}

template<typename Row>
int firstMatch(const QList<Row> &rows, const ConditionFacts &f)
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows[i].when.matches(f))
            return int(i);
    return -1;
}

// Records which adjustments applied (bit i = adjustments[i]) for the explanation.
int adjustedRatio(int base, const QList<RatioAdjustment> &adjustments, const ConditionFacts &f, quint32 &applied)
{
    int ratio = base;
    for (qsizetype i = 0; i < adjustments.size(); ++i)
        if (adjustments[i].when.matches(f)) {
            ratio += adjustments[i].pointsBp;
            if (i < 32)
                applied |= quint32(1) << i;
        }
    return std::clamp(ratio, 0, fullRatioBp);
}

bool covers(quint32 mask, ClaimKind kind) { return mask & ClaimCodes::bit(kind); }

qint64 remaining(qint64 cap, qint64 used) { return std::max<qint64>(0, cap - used); }

} // namespace

Validation SettlementEngine::validate(const Policy &policy, const PersonFacts &person, const ClaimInput &claim)
{
    Validation v;
    if (!policy.hasTier(person.tier))
        v.add(QStringLiteral("tier"), tr("Tier %1 is not a tier of policy %2.").arg(person.tier).arg(policy.id));
    if (claim.totalFen < 0)
        v.add(QStringLiteral("total_fen"), tr("The total cost may not be negative."));
    if (claim.selfPaidFen < 0)
        v.add(QStringLiteral("self_paid_fen"), tr("The fully self-paid amount may not be negative."));
    if (claim.categoryBCopayFen < 0)
        v.add(QStringLiteral("category_b_copay_fen"), tr("The category-B co-payment may not be negative."));
    if (claim.selfPaidFen >= 0 && claim.categoryBCopayFen >= 0 && claim.totalFen >= 0
        && claim.selfPaidFen + claim.categoryBCopayFen > claim.totalFen)
        v.add(QStringLiteral("self_paid_fen"),
              tr("The fully self-paid amount and the category-B co-payment together exceed the total cost."));
    if (!claim.admission.isValid())
        v.add(QStringLiteral("admission"), tr("The admission (visit) date is missing or not a date."));
    if (!claim.discharge.isValid())
        v.add(QStringLiteral("discharge"), tr("The discharge date is missing or not a date."));
    if (claim.admission.isValid() && claim.discharge.isValid() && claim.discharge < claim.admission)
        v.add(QStringLiteral("discharge"), tr("The discharge date is before the admission date."));
    if (claim.kind == ClaimKind::SpecialOutpatient) {
        if (claim.disease.isEmpty())
            v.add(QStringLiteral("disease"), tr("A special-outpatient claim must name its disease."));
        else if (!policy.disease(claim.disease))
            v.add(QStringLiteral("disease"),
                  tr("Disease %1 is not in the special-outpatient catalogue of policy %2.").arg(claim.disease, policy.id));
    }
    return v;
}

Result<SettlementResult> SettlementEngine::settle(const Policy &policy, const PersonFacts &person,
                                                  const ClaimInput &claim, const YearToDate &before)
{
    const Validation v = validate(policy, person, claim);
    if (!v.ok())
        return v;
    return compute(policy, person, claim, before);
}

SettlementResult SettlementEngine::compute(const Policy &policy, const PersonFacts &person, const ClaimInput &claim,
                                           const YearToDate &before)
{
    SettlementResult r;
    compute(policy, person, claim, before, r);
    return r;
}

RefusalReason SettlementEngine::refusal(const Policy &policy, const PersonFacts &person, const ClaimInput &claim,
                                       const YearToDate &before)
{
    if (claim.discharge.year() != policy.schemeYear)
        return RefusalReason::OutsidePolicyYear;
    if (!person.enrolled)
        return RefusalReason::NotEnrolled;
    if (person.deathDate.isValid() && claim.discharge > person.deathDate)
        return RefusalReason::AfterDeath;
    if (claim.accident && claim.thirdPartyLiable)
        return RefusalReason::ThirdPartyLiable;

    const quint32 levelBit = ClaimCodes::bit(claim.level);
    const ConditionFacts f = factsOf(person, claim, before);
    switch (claim.kind) {
    case ClaimKind::Inpatient:
        if (!(policy.inpatient.coveredLevels & levelBit) || firstMatch(policy.inpatient.rows, f) < 0)
            return RefusalReason::LevelNotCovered;
        break;
    case ClaimKind::GeneralOutpatient:
        if (!(policy.generalOutpatient.coveredLevels & levelBit) || firstMatch(policy.generalOutpatient.rows, f) < 0)
            return RefusalReason::LevelNotCovered;
        break;
    case ClaimKind::SpecialOutpatient: {
        if (policy.specialOutpatient.coveredLevels && !(policy.specialOutpatient.coveredLevels & levelBit))
            return RefusalReason::LevelNotCovered;
        const SpecialDisease *d = policy.disease(claim.disease);
        if (!d)
            return RefusalReason::NotCertified; // validate() rejects this before
        if (d->openTo && !(d->openTo & person.categories))
            return RefusalReason::DiseaseNotOpen;
        if (!person.certified.contains(claim.disease))
            return RefusalReason::NotCertified;
        break;
    }
    }
    return RefusalReason::None;
}

qint64 SettlementEngine::criticalPayment(const CriticalSchedule &schedule, qint64 basisFen)
{
    const qint64 above = basisFen - schedule.thresholdFen;
    if (above <= 0)
        return 0;
    qint64 paid = 0;
    for (const CriticalSegment &s : schedule.segments) {
        if (above <= s.fromFen)
            continue;
        const qint64 top = s.toFen < 0 ? above : std::min(above, s.toFen);
        paid += Money::applyBasisPoints(top - s.fromFen, s.ratioBp);
    }
    return paid;
}

void SettlementEngine::compute(const Policy &policy, const PersonFacts &person, const ClaimInput &claim,
                               const YearToDate &before, SettlementResult &r)
{
    r.inScopeFen = claim.inScopeFen();
    r.deductibleFen = r.basicFen = r.criticalFen = r.assistanceFen = r.reliefFen = 0;
    r.flags = 0;
    r.explanation = SettlementExplanation();
    r.yearToDate = before;
    r.refused = refusal(policy, person, claim, before);
    if (r.refused != RefusalReason::None) {
        // [policy §refusals] nothing paid, no flags; in-scope still reported.
        r.outOfPocketFen = claim.totalFen;
        return;
    }

    SettlementExplanation &x = r.explanation;
    YearToDate &ytd = r.yearToDate;
    const ConditionFacts f = factsOf(person, claim, before);
    const qint64 inScope = r.inScopeFen;
    const std::size_t kindIndex = std::size_t(claim.kind);
    const bool poverty = person.has(PersonCategory::Poverty);

    // Layer 1: basic insurance.
    qint64 basic = 0;
    switch (claim.kind) {
    case ClaimKind::Inpatient: {
        const InpatientPolicy &p = policy.inpatient;
        x.basicRow = firstMatch(p.rows, f);
        const PolicyRow &row = p.rows[x.basicRow];
        x.rowDeductibleFen = row.deductibleFen;
        for (qsizetype i = 0; i < p.deductibleAdjustments.size(); ++i) {
            const DeductibleAdjustment &a = p.deductibleAdjustments[i];
            if (a.when.matches(f) && a.factorBp < x.deductibleFactorBp) {
                x.deductibleFactorBp = a.factorBp;
                x.deductibleAdjustment = int(i);
            }
        }
        qint64 due = Money::applyBasisPoints(row.deductibleFen, x.deductibleFactorBp);
        if (p.deductiblePerYear)
            due = remaining(due, before.inpatientDeductibleFen);
        r.deductibleFen = std::min(inScope, due);
        x.baseRatioBp = row.ratioBp;
        x.ratioBp = adjustedRatio(row.ratioBp, p.ratioAdjustments, f, x.ratioAdjustments);
        basic = Money::applyBasisPoints(inScope - r.deductibleFen, x.ratioBp);
        x.basicUncappedFen = basic;
        ytd.inpatientDeductibleFen += r.deductibleFen;
        ytd.inpatientAdmissions += 1;
        break;
    }
    case ClaimKind::GeneralOutpatient: {
        const GeneralOutpatientPolicy &p = policy.generalOutpatient;
        x.basicRow = firstMatch(p.rows, f);
        const PolicyRow &row = p.rows[x.basicRow];
        x.rowDeductibleFen = row.deductibleFen;
        r.deductibleFen = std::min(inScope, row.deductibleFen);
        x.baseRatioBp = row.ratioBp;
        x.ratioBp = adjustedRatio(row.ratioBp, p.ratioAdjustments, f, x.ratioAdjustments);
        basic = Money::applyBasisPoints(inScope - r.deductibleFen, x.ratioBp);
        x.basicUncappedFen = basic;
        if (p.perVisitLimitFen >= 0) {
            x.perVisitLimitFen = p.perVisitLimitFen;
            if (basic > p.perVisitLimitFen) {
                basic = p.perVisitLimitFen;
                x.boundLimits |= BoundOutpatientPerVisit;
            }
        }
        if (p.yearlyLimitFen.isSet()) {
            const qint64 left = remaining(p.yearlyLimitFen.forTier(person.tier), before.basicFen[kindIndex]);
            x.yearlyLimitRemainingFen = left;
            if (basic > left) {
                basic = left;
                x.boundLimits |= BoundOutpatientYearly;
                r.flags |= OutpatientCapReached;
            }
        }
        break;
    }
    case ClaimKind::SpecialOutpatient: {
        const SpecialOutpatientPolicy &p = policy.specialOutpatient;
        x.diseaseIndex = p.diseaseIndex.value(claim.disease, -1);
        const SpecialDisease &d = p.diseases[x.diseaseIndex];
        const SpecialCategory &c = p.categories[d.categoryIndex];
        // [policy §special outpatient] one yearly deductible per category, shared by its diseases.
        x.rowDeductibleFen = c.yearlyDeductibleFen;
        const qint64 due = remaining(c.yearlyDeductibleFen, before.specialDeductibleFen(c.category));
        r.deductibleFen = std::min(inScope, due);
        if (r.deductibleFen > 0)
            ytd.addSpecialDeductible(c.category, r.deductibleFen);
        x.baseRatioBp = d.ratioBp;
        x.ratioBp = adjustedRatio(d.ratioBp, p.ratioAdjustments, f, x.ratioAdjustments);
        basic = Money::applyBasisPoints(inScope - r.deductibleFen, x.ratioBp);
        x.basicUncappedFen = basic;
        const TierAmounts &limit = poverty && d.povertyLimitFen.isSet() ? d.povertyLimitFen : d.limitFen;
        if (limit.isSet()) {
            const qint64 left = remaining(limit.forTier(person.tier), before.diseaseBasicFen(claim.disease));
            x.yearlyLimitRemainingFen = left;
            if (basic > left) {
                basic = left;
                x.boundLimits |= BoundDiseaseLimit;
                r.flags |= DiseaseLimitReached;
            }
        }
        break;
    }
    }
    if (covers(policy.basicCap.appliesTo, claim.kind) && policy.basicCap.capFen.isSet()) {
        qint64 used = 0;
        for (int k = 0; k < ClaimCodes::kindCount; ++k)
            if (covers(policy.basicCap.appliesTo, ClaimKind(k)))
                used += before.basicFen[std::size_t(k)];
        const qint64 left = remaining(policy.basicCap.capFen.forTier(person.tier), used);
        x.basicCapRemainingFen = left;
        if (basic > left) {
            basic = left;
            x.boundLimits |= BoundBasicCap;
            r.flags |= BasicCapReached;
        }
    }
    r.basicFen = basic;
    ytd.basicFen[kindIndex] += basic;
    if (claim.kind == ClaimKind::SpecialOutpatient && basic > 0)
        ytd.addDiseaseBasic(claim.disease, basic);

    // Layer 2: critical-illness insurance on the year's accumulated basis.
    const CriticalIllnessPolicy &ci = policy.criticalIllness;
    if (covers(ci.appliesTo, claim.kind)) {
        x.criticalSchedule = firstMatch(ci.schedules, f);
        if (x.criticalSchedule >= 0) {
            const CriticalSchedule &s = ci.schedules[x.criticalSchedule];
            x.criticalThresholdFen = s.thresholdFen;
            x.criticalBasisFen = inScope - basic;
            x.criticalBasisBeforeFen = before.criticalBasisFen;
            x.criticalBasisAfterFen = before.criticalBasisFen + x.criticalBasisFen;
            qint64 pay = criticalPayment(s, x.criticalBasisAfterFen) - criticalPayment(s, x.criticalBasisBeforeFen);
            if (ci.yearlyCapFen >= 0) {
                const qint64 left = remaining(ci.yearlyCapFen, before.criticalFen);
                x.criticalCapRemainingFen = left;
                if (pay > left) {
                    pay = left;
                    x.boundLimits |= BoundCriticalCap;
                }
            }
            r.criticalFen = pay;
            ytd.criticalBasisFen = x.criticalBasisAfterFen;
            ytd.criticalFen += pay;
        }
    }

    // Layer 3: medical assistance, the most favourable of the person's categories.
    const MedicalAssistancePolicy &ma = policy.medicalAssistance;
    if (covers(ma.appliesTo, claim.kind)) {
        const qint64 base = inScope - basic - r.criticalFen;
        qint64 best = 0;
        bool bestBound = false;
        for (qsizetype i = 0; i < ma.rules.size(); ++i) {
            const AssistanceRule &rule = ma.rules[i];
            if (!person.has(rule.category))
                continue;
            const qint64 eligible = std::max<qint64>(0, base - remaining(rule.thresholdFen, before.assistanceBasisFen));
            qint64 pay = Money::applyBasisPoints(eligible, rule.ratioBp);
            bool bound = false;
            qint64 left = -1;
            if (rule.yearlyCapFen >= 0) {
                left = remaining(rule.yearlyCapFen, before.assistanceFen);
                if (pay > left) {
                    pay = left;
                    bound = true;
                }
            }
            if (x.assistanceRule < 0 || pay > best) {
                x.assistanceRule = int(i);
                x.assistanceCapRemainingFen = left;
                best = pay;
                bestBound = bound;
            }
        }
        if (x.assistanceRule >= 0) {
            r.assistanceFen = best;
            if (bestBound)
                x.boundLimits |= BoundAssistanceCap;
            ytd.assistanceBasisFen += base;
            ytd.assistanceFen += best;
        }
    }

    // Layer 4: health poverty relief keeps the person's in-scope share at or under the set ratio
    // and the year's out-of-pocket at or under the ceiling: it pays the larger of what each requires.
    const PovertyReliefPolicy &pr = policy.povertyRelief;
    const bool relieved = (pr.categories & person.categories) && covers(pr.appliesTo, claim.kind);
    if (relieved) {
        const qint64 share = std::max<qint64>(0, inScope - basic - r.criticalFen - r.assistanceFen);
        x.reliefShareCap = firstMatch(pr.shareCaps, f);
        if (x.reliefShareCap >= 0) {
            const ReliefShareCap &sc = pr.shareCaps[x.reliefShareCap];
            x.reliefAllowedShareFen = Money::applyBasisPoints(
                sc.of == ReliefShareCap::Of::InScope ? inScope : claim.totalFen, sc.shareBp);
            x.reliefByShareFen = Money::applyBasisPoints(std::max<qint64>(0, share - x.reliefAllowedShareFen),
                                                         pr.reliefRatioBp);
        }
        x.reliefCeilingRule = firstMatch(pr.outOfPocketCeilings, f);
        if (x.reliefCeilingRule >= 0) {
            // [policy §poverty relief] the year's out-of-pocket, this claim's included, above the ceiling;
            // relief pays only in-scope cost, so at most this claim's share. No ratio: nothing to round.
            const ReliefOutOfPocketCeiling &oc = pr.outOfPocketCeilings[x.reliefCeilingRule];
            const bool ofTotal = oc.of == ReliefOutOfPocketCeiling::Of::Total;
            x.reliefCeilingFen = pr.ceilingChoice == PovertyReliefPolicy::CeilingChoice::HighestOfYear
                ? std::max(oc.ceilingFen, before.oopCeilingFen)
                : oc.ceilingFen;
            x.reliefOutOfPocketBeforeFen = ofTotal ? before.oopTotalFen : before.oopInScopeFen;
            const qint64 claimOutOfPocket = share + (ofTotal ? claim.totalFen - inScope : 0);
            x.reliefByCeilingFen = std::min(
                share, std::max<qint64>(0, x.reliefOutOfPocketBeforeFen + claimOutOfPocket - x.reliefCeilingFen));
            ytd.oopCeilingFen = std::max(before.oopCeilingFen, oc.ceilingFen);
        }
        if (x.reliefShareCap >= 0 || x.reliefCeilingRule >= 0) {
            qint64 pay = std::max(x.reliefByShareFen, x.reliefByCeilingFen);
            const qint64 cap = pr.yearlyCapFen[kindIndex];
            if (cap >= 0) {
                const qint64 left = remaining(cap, before.reliefFen[kindIndex]);
                x.reliefCapRemainingFen = left;
                if (pay > left) {
                    pay = left;
                    x.boundLimits |= BoundReliefCap;
                    r.flags |= ReliefCapReached;
                }
            }
            r.reliefFen = pay;
            ytd.reliefFen[kindIndex] += pay;
        }
    }

    r.outOfPocketFen = claim.totalFen - r.paidFen();
    if (relieved && !pr.outOfPocketCeilings.isEmpty()) {
        ytd.oopInScopeFen += inScope - basic - r.criticalFen - r.assistanceFen - r.reliefFen;
        ytd.oopTotalFen += r.outOfPocketFen;
    }

    // Control indicators.
    for (const ControlRule &c : policy.control.verification)
        if (claim.totalFen > c.above && c.when.matches(f))
            r.flags |= NeedsVerification;
    const qint64 days = claim.admission.daysTo(claim.discharge);
    for (const ControlRule &c : policy.control.longStay)
        if (days > c.above && c.when.matches(f))
            r.flags |= LongStay;
    for (const ControlRule &c : policy.control.highCost)
        if (claim.totalFen > c.above && c.when.matches(f))
            r.flags |= HighCost;
}
