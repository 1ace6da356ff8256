#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

// Everything a settlement slip (结算单) prints, read from the replica for one
// settlement: the person and household, the bill, the frozen amounts of
// each layer, the person's year-to-date totals after this settlement and
// the caps left, the policy, and who entered and approved it. For a
// reversing settlement the amounts are negative and reversedSlipNo names the
// slip it cancels.
struct SettlementSlip
{
    QString settlementId, claimId, slipNo, townshipName;
    QString personName, sex, idNumber, householdCode, village, categories;
    QString institutionName, institutionCode, level, location, kind, referral, diseaseName;
    QDate admission, discharge;
    qint64 totalFen = 0, selfPaidFen = 0, categoryBCopayFen = 0, inScopeFen = 0, deductibleFen = 0;
    qint64 basicFen = 0, criticalFen = 0, assistanceFen = 0, reliefFen = 0, outOfPocketFen = 0;
    QString refusal;          // translated, empty if paid
    QStringList flags;        // translated
    bool accident = false, thirdPartyLiable = false;
    // The scheme year after this settlement.
    qint64 ytdBasicFen = 0, ytdCriticalFen = 0, ytdAssistanceFen = 0, ytdReliefFen = 0;
    qint64 basicCapLeftFen = -1, reliefCapLeftFen = -1;  // -1: no cap
    QString policyId, policySha256;
    int policyVersion = 0;
    QString clerkName, reviewerName;
    QString settledAt;        // ISO UTC
    QString reversedSlipNo, reason;  // of a reversing settlement
    qint64 paidFen() const { return basicFen + criticalFen + assistanceFen + reliefFen; }
};

// Reads a SettlementSlip (the data behind the slip renderer, which never
// queries the database itself).
class ClaimSlipModel
{
    Q_DECLARE_TR_FUNCTIONS(ClaimSlipModel)
public:
    static Result<SettlementSlip> load(const QSqlDatabase &db, const QString &settlementId);
    // The settlements of a claim, oldest first: the slip history.
    static QStringList settlementIds(const QSqlDatabase &db, const QString &claimId);
    static QString refusalText(const QString &code);
    static QString flagText(const QString &code);
};
