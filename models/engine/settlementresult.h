#pragma once

#include "yeartodate.h"

#include <QString>
#include <QStringList>
#include <optional>

// Why a claim pays nothing; checked in this order, the first that applies is
// given (docs/policy-format.md §refusals).
enum class RefusalReason : quint8 {
    None,
    OutsidePolicyYear,
    NotEnrolled,
    AfterDeath,
    ThirdPartyLiable,
    LevelNotCovered,
    DiseaseNotOpen,
    NotCertified,
};

// Flags of a settled claim (bit mask; docs/policy-format.md §flags).
enum SettlementFlag : quint32 {
    NeedsVerification = 1u << 0,
    LongStay = 1u << 1,
    BasicCapReached = 1u << 2,
    OutpatientCapReached = 1u << 3,
    DiseaseLimitReached = 1u << 4,
    ReliefCapReached = 1u << 5,
    HighCost = 1u << 6,
};

// Limits that bound a layer in this claim, for the explanation panel. A
// superset of the cap flags: the per-visit limit and the critical-illness and
// assistance caps bind without raising a flag.
enum BoundLimit : quint32 {
    BoundBasicCap = 1u << 0,
    BoundOutpatientPerVisit = 1u << 1,
    BoundOutpatientYearly = 1u << 2,
    BoundDiseaseLimit = 1u << 3,
    BoundCriticalCap = 1u << 4,
    BoundAssistanceCap = 1u << 5,
    BoundReliefCap = 1u << 6,
};

// How the amounts came about, for a live panel beside the claim form. Indexes
// point into the policy's tables; -1 means "not used".
struct SettlementExplanation
{
    int basicRow = -1;               // inpatient.rows / general_outpatient.rows
    int diseaseIndex = -1;           // special_outpatient.diseases
    qint64 rowDeductibleFen = 0;     // the row's (or category's yearly) deductible before adjustments
    int deductibleFactorBp = 10000;  // the deductible adjustment that applied
    int deductibleAdjustment = -1;   // inpatient.deductible_adjustments: the one that lowered the deductible
    quint32 ratioAdjustments = 0;    // bit i: the kind's ratio_adjustments[i] applied
    int baseRatioBp = 0;             // the row's (category's, disease's) ratio
    int ratioBp = 0;                 // after adjustments, within 0..100%
    qint64 basicUncappedFen = 0;     // basic before limits and caps
    qint64 perVisitLimitFen = -1;
    qint64 yearlyLimitRemainingFen = -1; // general outpatient yearly limit or the disease's limit, before this claim
    qint64 basicCapRemainingFen = -1;    // before this claim
    int criticalSchedule = -1;
    qint64 criticalThresholdFen = 0;
    qint64 criticalBasisFen = 0;         // b of this claim
    qint64 criticalBasisBeforeFen = 0;   // B before
    qint64 criticalBasisAfterFen = 0;    // B after
    qint64 criticalCapRemainingFen = -1;
    int assistanceRule = -1;             // medical_assistance.rules, the most favourable one
    qint64 assistanceCapRemainingFen = -1;
    int reliefShareCap = -1;             // poverty_relief.share_caps
    qint64 reliefAllowedShareFen = 0;    // what the person may keep paying in scope
    qint64 reliefByShareFen = 0;         // relief the share cap requires (before the yearly cap)
    int reliefCeilingRule = -1;          // poverty_relief.out_of_pocket_ceilings
    qint64 reliefCeilingFen = -1;        // the yearly out-of-pocket ceiling applied
    qint64 reliefOutOfPocketBeforeFen = 0; // the year's out-of-pocket on the ceiling's basis, before this claim
    qint64 reliefByCeilingFen = 0;       // relief the ceiling requires (before the yearly cap)
    qint64 reliefCapRemainingFen = -1;
    quint32 boundLimits = 0;             // BoundLimit bits
};

struct SettlementResult
{
    qint64 inScopeFen = 0;
    qint64 deductibleFen = 0;
    qint64 basicFen = 0;
    qint64 criticalFen = 0;
    qint64 assistanceFen = 0;
    qint64 reliefFen = 0;
    qint64 outOfPocketFen = 0;
    RefusalReason refused = RefusalReason::None;
    quint32 flags = 0; // SettlementFlag bits
    SettlementExplanation explanation;
    YearToDate yearToDate; // the person's totals after this claim

    bool isRefused() const { return refused != RefusalReason::None; }
    bool hasFlag(SettlementFlag f) const { return flags & f; }
    qint64 paidFen() const { return basicFen + criticalFen + assistanceFen + reliefFen; }
    QStringList flagCodes() const; // in bit order

    static QString refusalCode(RefusalReason r); // "" for None
    static std::optional<RefusalReason> refusalFromCode(const QString &code);
    static QString flagCode(SettlementFlag f);
    static std::optional<SettlementFlag> flagFromCode(const QString &code);
    static QList<SettlementFlag> allFlags();
    static QList<RefusalReason> allRefusals();
};
