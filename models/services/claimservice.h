#pragma once

#include "changewriter.h"
#include "engine/settlementresult.h"

#include <QDate>

// Manual claims (零星报销): a clerk enters the bill, another user approves
// it, and only then is it settled through the policy engine: it gets a
// slip number, its amounts and the policy's id and hash are frozen.
class ClaimService
{
    Q_DECLARE_TR_FUNCTIONS(ClaimService)
public:
    struct NewClaim
    {
        QString personId;
        QString institutionId;  // when given, level and location come from the institution
        QString kind;           // inpatient | general_outpatient | special_outpatient
        QString level;
        QString location;
        QString referral = QStringLiteral("none");
        QDate admission;
        QDate discharge;
        QString diseaseCode;
        qint64 totalFen = 0;
        qint64 selfPaidFen = 0;
        qint64 categoryBCopayFen = 0;
        bool accident = false;
        bool thirdPartyLiable = false;
    };

    explicit ClaimService(ChangeWriter &writer) : m_writer(writer) {}

    Result<QVariantMap> enter(const NewClaim &claim);
    // What the claim would pay if it were settled now (for the live panel and review).
    Result<SettlementResult> preview(const QString &claimId) const;
    // Approves and settles: returns the settlement row.
    Result<QVariantMap> approve(const QString &claimId);
    Validation returnClaim(const QString &claimId, const QString &reason);

    // The checks enter() makes over a claim row: discharge date, then
    // amounts, dates and codes through the policy engine.
    Validation checkClaimRow(const QVariantMap &row) const;
    // The same over the whole claim row that would stand: `changes` on top
    // of `current` (a sync conflict's resolution). Person, township and
    // maker stay; level and location follow the institution, the scheme
    // year the discharge date; a returned claim has its reason; the
    // approver is not the maker; a settled claim stays settled and changes
    // only where its settlement, recomputed, stays the same.
    Validation checkClaimChange(const QVariantMap &current, QVariantMap &changes) const;
    // A settlement row recomputed with its policy (the county does the same
    // to every pushed settlement): the amounts must be the engine's. claim
    // overrides the stored claim; beforeSettlementId recomputes with the
    // year-to-date totals before that settlement (one already stored).
    static Validation checkSettlement(const QSqlDatabase &db, const QVariantMap &settlement, const QVariantMap &claim = {},
                                      const QString &beforeSettlementId = {});
    Validation checkSettlementChange(const QVariantMap &current, QVariantMap &changes) const;

private:
    static Validation checkDischarge(const QDate &discharge);
    ChangeWriter &m_writer;
};
