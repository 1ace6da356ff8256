#pragma once

#include "changewriter.h"

// Adjustments of settled claims after the county publishes a corrected
// policy for a year (政策调整补差). A settled claim is never edited and never
// changes silently: a clerk proposes, for every claim whose amounts the
// newest policy would change (PolicyCorrection::preview), an adjustment
// entry carrying the change per layer; a second user who may approve claims
// approves or rejects each (maker–checker). Only approved adjustments count
// in the amounts in force (ReliefYearLoader, ReliefList).
class AdjustmentService
{
    Q_DECLARE_TR_FUNCTIONS(AdjustmentService)
public:
    explicit AdjustmentService(ChangeWriter &writer) : m_writer(writer) {}

    // Proposals for the changed claims of the user's township and year that
    // have none waiting; returns the ids written.
    Result<QStringList> propose(int schemeYear, const QString &reason);
    Validation approve(const QStringList &adjustmentIds);
    Validation reject(const QStringList &adjustmentIds, const QString &reason);

    static QString statusLabel(const QString &status);

private:
    Validation decide(const QStringList &adjustmentIds, bool approve, const QString &reason);
    ChangeWriter &m_writer;
};
