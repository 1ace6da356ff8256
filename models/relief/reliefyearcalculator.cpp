#include "reliefyearcalculator.h"

#include "reliefexplanation.h"

PersonReliefYear ReliefYearCalculator::compute(const Policy &yearPolicy, const PolicyLookup &policyOf,
                                               DemoPersonYear person, const QList<ReliefClaim> &claims, bool explain)
{
    PersonReliefYear y;
    const PovertyReliefPolicy &pr = yearPolicy.povertyRelief;
    y.relieved = pr.categories & person.facts.categories;
    for (int k = 0; k < ClaimCodes::kindCount; ++k)
        if (pr.yearlyCapFen[k] >= 0 && (pr.appliesTo & ClaimCodes::bit(ClaimKind(k))))
            y.caps.append({ClaimKind(k), pr.yearlyCapFen[k], 0, {}, {}});
    y.lines.reserve(claims.size());

    YearToDate ytd;
    for (const ReliefClaim &c : claims) {
        ReliefClaimLine line;
        line.claim = c;
        const Policy *p = policyOf ? policyOf(c.policySha256) : nullptr;
        if (!p)
            p = &yearPolicy;
        const PersonFacts &facts = person.factsOn(c.input.discharge);
        const Validation v = SettlementEngine::validate(*p, facts, c.input);
        if (v.ok()) {
            SettlementEngine::compute(*p, facts, c.input, ytd, line.recomputed);
            ytd = line.recomputed.yearToDate;
            const SettlementResult &r = line.recomputed;
            line.matches = r.inScopeFen == c.stored.inScopeFen && r.basicFen == c.stored.basicFen
                           && r.criticalFen == c.stored.criticalFen && r.assistanceFen == c.stored.assistanceFen
                           && r.reliefFen == c.stored.reliefFen && r.outOfPocketFen == c.stored.outOfPocketFen;
        } else {
            line.invalid = v.text();
        }
        if (!line.matches)
            ++y.mismatches;
        y.totals.add(c.stored);
        for (ReliefCapUse &cap : y.caps) {
            if (cap.kind != c.input.kind)
                continue;
            cap.usedFen += c.stored.reliefFen;
            // [policy §poverty relief] the cap is reached by the claim that uses its last fen.
            if (!cap.reached() && cap.usedFen >= cap.capFen) {
                cap.reachedOn = c.input.discharge;
                cap.reachedSlipNo = c.slipNo;
            }
        }
        if (explain)
            line.explanation = ReliefExplanation::text(*p, person.facts, line, y.caps);
        y.lines.append(std::move(line));
    }
    return y;
}
