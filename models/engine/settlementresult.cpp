#include "settlementresult.h"

QList<SettlementFlag> SettlementResult::allFlags()
{
    return {NeedsVerification, LongStay, BasicCapReached, OutpatientCapReached, DiseaseLimitReached,
            ReliefCapReached, HighCost};
}

QList<RefusalReason> SettlementResult::allRefusals()
{
    return {RefusalReason::OutsidePolicyYear, RefusalReason::NotEnrolled, RefusalReason::AfterDeath,
            RefusalReason::ThirdPartyLiable, RefusalReason::LevelNotCovered, RefusalReason::DiseaseNotOpen,
            RefusalReason::NotCertified};
}

QString SettlementResult::flagCode(SettlementFlag f)
{
    switch (f) {
    case NeedsVerification: return QStringLiteral("needs_verification");
    case LongStay: return QStringLiteral("long_stay");
    case BasicCapReached: return QStringLiteral("basic_cap_reached");
    case OutpatientCapReached: return QStringLiteral("outpatient_cap_reached");
    case DiseaseLimitReached: return QStringLiteral("disease_limit_reached");
    case ReliefCapReached: return QStringLiteral("relief_cap_reached");
    case HighCost: return QStringLiteral("high_cost");
    }
    return QString();
}

std::optional<SettlementFlag> SettlementResult::flagFromCode(const QString &code)
{
    for (SettlementFlag f : allFlags())
        if (flagCode(f) == code)
            return f;
    return std::nullopt;
}

QString SettlementResult::refusalCode(RefusalReason r)
{
    switch (r) {
    case RefusalReason::None: return QString();
    case RefusalReason::OutsidePolicyYear: return QStringLiteral("outside_policy_year");
    case RefusalReason::NotEnrolled: return QStringLiteral("not_enrolled");
    case RefusalReason::AfterDeath: return QStringLiteral("after_death");
    case RefusalReason::ThirdPartyLiable: return QStringLiteral("third_party_liable");
    case RefusalReason::LevelNotCovered: return QStringLiteral("level_not_covered");
    case RefusalReason::DiseaseNotOpen: return QStringLiteral("disease_not_open");
    case RefusalReason::NotCertified: return QStringLiteral("not_certified");
    }
    return QString();
}

std::optional<RefusalReason> SettlementResult::refusalFromCode(const QString &code)
{
    for (RefusalReason r : allRefusals())
        if (refusalCode(r) == code)
            return r;
    return std::nullopt;
}

QStringList SettlementResult::flagCodes() const
{
    QStringList codes;
    for (SettlementFlag f : allFlags())
        if (flags & f)
            codes << flagCode(f);
    return codes;
}
