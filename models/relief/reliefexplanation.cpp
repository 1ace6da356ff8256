#include "reliefexplanation.h"

#include "domain/money.h"
#include "itemmodels/claimslipmodel.h"
#include "itemmodels/displayformat.h"

#include <QLocale>

namespace {
QString yuan(qint64 fen)
{
    return Money(fen).toDisplayString();
}
} // namespace

QString ReliefExplanation::percent(int bp)
{
    return QLocale().toString(bp / 100.0, 'f', bp % 100 ? 2 : 0) + QLatin1Char('%');
}

QString ReliefExplanation::capName(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Inpatient:
        return tr("inpatient relief cap");
    case ClaimKind::SpecialOutpatient:
        return tr("special-outpatient relief cap");
    case ClaimKind::GeneralOutpatient:
        return tr("general-outpatient relief cap");
    }
    return {};
}

QString ReliefExplanation::text(const Policy &policy, const PersonFacts &facts, const ReliefClaimLine &line,
                                const QList<ReliefCapUse> &caps)
{
    const ReliefClaim &c = line.claim;
    if (!line.invalid.isEmpty())
        return tr("This claim cannot be recomputed: %1").arg(line.invalid);
    if (!c.refused.isEmpty())
        return ClaimSlipModel::refusalText(c.refused) + QLatin1Char(' ') + tr("Nothing was paid, so there is no relief.");
    const PovertyReliefPolicy &pr = policy.povertyRelief;
    if (!(pr.categories & facts.categories))
        return tr("Not a registered poverty person: no health poverty relief.");
    if (!(pr.appliesTo & ClaimCodes::bit(c.input.kind)))
        return tr("Health poverty relief does not cover this kind of claim.");

    const SettlementResult &r = line.recomputed;
    const SettlementExplanation &x = r.explanation;
    QStringList parts;
    const qint64 share = std::max<qint64>(0, r.inScopeFen - r.basicFen - r.criticalFen - r.assistanceFen);
    parts << tr("Of the in-scope cost of %1, basic insurance, critical-illness insurance and medical assistance "
                "left the person %2.")
                 .arg(yuan(r.inScopeFen), yuan(share));
    if (x.reliefShareCap >= 0) {
        const ReliefShareCap &sc = pr.shareCaps[x.reliefShareCap];
        const QString base = sc.of == ReliefShareCap::Of::InScope ? tr("the in-scope cost") : tr("the total cost");
        if (x.reliefByShareFen > 0)
            parts << tr("The personal share is capped at %1 of %2, that is %3; relief pays the %4 above it.")
                         .arg(percent(sc.shareBp), base, yuan(x.reliefAllowedShareFen), yuan(x.reliefByShareFen));
        else
            parts << tr("That is within %1 of %2 (%3), so the share cap asks for no relief.")
                         .arg(percent(sc.shareBp), base, yuan(x.reliefAllowedShareFen));
    }
    if (x.reliefCeilingRule >= 0 && x.reliefByCeilingFen > x.reliefByShareFen)
        parts << tr("The year's out-of-pocket is kept at or under %1; relief pays the %2 above it.")
                     .arg(yuan(x.reliefCeilingFen), yuan(x.reliefByCeilingFen));

    for (const ReliefCapUse &cap : caps) {
        if (cap.kind != c.input.kind)
            continue;
        const qint64 wanted = std::max(x.reliefByShareFen, x.reliefByCeilingFen);
        if (x.boundLimits & BoundReliefCap) {
            if (x.reliefCapRemainingFen <= 0)
                parts << tr("The %1 %2 was already reached on %3: no relief for this claim.")
                             .arg(yuan(cap.capFen), capName(cap.kind), DisplayFormat::date(cap.reachedOn));
            else
                parts << tr("Only %1 was left of the %2 %3, so relief is %1 instead of %4; the cap was reached "
                            "on %5 with this claim.")
                             .arg(yuan(x.reliefCapRemainingFen), yuan(cap.capFen), capName(cap.kind), yuan(wanted),
                                  DisplayFormat::date(c.input.discharge));
        } else if (cap.reached() && cap.reachedSlipNo == c.slipNo) {
            parts << tr("This claim used the last of the %1 %2 on %3.")
                         .arg(yuan(cap.capFen), capName(cap.kind), DisplayFormat::date(cap.reachedOn));
        }
    }
    parts << tr("Relief for this claim: %1.").arg(yuan(c.stored.reliefFen));
    if (!line.matches)
        parts << tr("Recomputed with policy %1 the claim would get %2 of relief and %3 out of pocket; the amounts "
                    "in force were not changed.")
                     .arg(c.policyId, yuan(r.reliefFen), yuan(r.outOfPocketFen));
    return parts.join(QLatin1Char(' '));
}
