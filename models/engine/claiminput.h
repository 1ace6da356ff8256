#pragma once

#include "claimcodes.h"

#include <QDate>
#include <QString>

// One claim (bill) as the clerk enters it; amounts in fen.
struct ClaimInput
{
    QString id;
    ClaimKind kind = ClaimKind::Inpatient;
    InstitutionLevel level = InstitutionLevel::Township;
    CareLocation location = CareLocation::InCounty;
    Referral referral = Referral::None;
    QDate admission;         // visit date for outpatient claims
    QDate discharge;
    QString disease;         // catalogue code, special outpatient only
    qint64 totalFen = 0;
    qint64 selfPaidFen = 0;  // fully self-paid items
    qint64 categoryBCopayFen = 0;
    bool accident = false;   // an accidental injury
    bool thirdPartyLiable = false;

    qint64 inScopeFen() const { return totalFen - selfPaidFen - categoryBCopayFen; }
};
