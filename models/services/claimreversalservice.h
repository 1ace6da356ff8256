#pragma once

#include "changewriter.h"

#include <QCoreApplication>

// Corrections of settled claims (冲销). A settled claim is never edited: it
// is reversed by a reversing settlement that carries the original's amounts
// negated, points at it through reverses_settlement_id and gets its own slip
// number; the claim becomes 'reversed' with the reason, and the bill can be
// entered again as a new claim. The person's year-to-date totals skip a
// reversed settlement (SettlementInputs::yearToDate).
//
// Two people take part: the writer's user asks for the reversal, and a
// second user who may approve claims (their password typed at the counter)
// approves it; the approver is recorded as settled_by of the reversing row.
class ClaimReversalService
{
    Q_DECLARE_TR_FUNCTIONS(ClaimReversalService)
public:
    explicit ClaimReversalService(ChangeWriter &writer) : m_writer(writer) {}

    // Returns the reversing settlement row.
    Result<QVariantMap> reverse(const QString &claimId, const QString &reason, const SessionUser &approver);

    // The live (not reversing) settlement of a claim, if any.
    static std::optional<QVariantMap> originalSettlement(const QSqlDatabase &db, const QString &claimId);
    // The settlement that reverses settlementId, if any.
    static std::optional<QVariantMap> reversalOf(const QSqlDatabase &db, const QString &settlementId);

private:
    ChangeWriter &m_writer;
};
