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

private:
    ChangeWriter &m_writer;
};
