#pragma once

#include "claiminput.h"
#include "personfacts.h"
#include "policy.h"
#include "settlementresult.h"
#include "yeartodate.h"

#include "domain/result.h"

#include <QCoreApplication>

// The policy engine: a pure function of (policy, person, claim, the person's
// year-to-date totals) → amounts per layer, refusal or flags, the new
// year-to-date totals and an explanation. No database, no clock, no globals;
// the server recomputes with the same code. Layer order, rounding and codes:
// docs/policy-format.md.
class SettlementEngine
{
    Q_DECLARE_TR_FUNCTIONS(SettlementEngine)
public:
    // Input errors (not refusals): bad amounts or dates, a tier the policy does
    // not have, a special-outpatient claim without a catalogue disease. Field
    // names are the claim's JSON keys ("total_fen", "discharge", ...) and
    // "tier" for the person.
    static Validation validate(const Policy &policy, const PersonFacts &person, const ClaimInput &claim);

    // validate(), then compute().
    static Result<SettlementResult> settle(const Policy &policy, const PersonFacts &person,
                                           const ClaimInput &claim, const YearToDate &before);

    // The hot path; the input must have passed validate(). Writes every field
    // of `out` (out.yearToDate starts as a copy of `before`).
    static void compute(const Policy &policy, const PersonFacts &person, const ClaimInput &claim,
                        const YearToDate &before, SettlementResult &out);
    static SettlementResult compute(const Policy &policy, const PersonFacts &person, const ClaimInput &claim,
                                    const YearToDate &before);

    // Refusal of the claim, or RefusalReason::None (exposed for the claim form).
    static RefusalReason refusal(const Policy &policy, const PersonFacts &person, const ClaimInput &claim,
                                 const YearToDate &before = YearToDate());

    // Critical-illness payment function f(B) of a schedule: the sum over its
    // segments of round(ratio × the part of (B − threshold) in the segment).
    static qint64 criticalPayment(const CriticalSchedule &schedule, qint64 basisFen);
};
