#pragma once

#include "domain/result.h"
#include "engine/claiminput.h"
#include "engine/personfacts.h"
#include "engine/policy.h"
#include "engine/yeartodate.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>

// Reads what the policy engine needs from the replica: the person's facts
// for a scheme year, a stored claim as engine input, and the person's
// year-to-date totals (by replaying their settled claims of the year with
// the engine, so the totals always agree with the settlements).
class SettlementInputs
{
    Q_DECLARE_TR_FUNCTIONS(SettlementInputs)
public:
    static Result<PersonFacts> personFacts(const QSqlDatabase &db, const QString &personId, int schemeYear,
                                           const QDate &onDate);
    static Result<ClaimInput> claimInput(const QVariantMap &claimRow);
    // Totals before any claim not yet settled: every settled, unreversed
    // claim of the person in that year, in the order they were settled; with
    // beforeSettlementId, only those settled before that settlement (its own
    // year-to-date, to recompute it).
    static Result<YearToDate> yearToDate(const QSqlDatabase &db, const QString &personId, int schemeYear,
                                         const Policy &policy, const PersonFacts &person,
                                         const QString &beforeSettlementId = {});
};
