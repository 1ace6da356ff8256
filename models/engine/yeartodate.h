#pragma once

#include "claimcodes.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QString>
#include <QVarLengthArray>
#include <array>

struct DiseaseUse
{
    QString code;
    qint64 basicFen = 0; // basic paid for this disease this year
};

struct SpecialCategoryUse
{
    int category = 0;
    qint64 deductibleFen = 0; // part of the category's yearly deductible used
};

// A person's running totals for one scheme year, before or after a claim.
// Plain data: the caller stores it (or recomputes it from the year's claims)
// and hands it to the next settlement. The small arrays do not allocate for
// the usual handful of diseases.
struct YearToDate
{
    std::array<qint64, ClaimCodes::kindCount> basicFen{};  // basic paid per claim kind
    std::array<qint64, ClaimCodes::kindCount> reliefFen{}; // health poverty relief per claim kind
    qint64 inpatientDeductibleFen = 0; // for a per-year inpatient deductible
    int inpatientAdmissions = 0;       // settled (not refused) admissions
    qint64 criticalBasisFen = 0;       // B: accumulated basis of critical-illness insurance
    qint64 criticalFen = 0;
    qint64 assistanceBasisFen = 0;
    qint64 assistanceFen = 0;
    // For the poverty-relief yearly out-of-pocket ceiling (kept only when the
    // policy has ceilings): the person's out-of-pocket, after relief, of the
    // claims the relief applies to, in scope and in all; and the highest
    // ceiling applied so far (for ceiling_choice highest_of_year).
    qint64 oopInScopeFen = 0;
    qint64 oopTotalFen = 0;
    qint64 oopCeilingFen = 0;
    QVarLengthArray<DiseaseUse, 4> diseases;
    QVarLengthArray<SpecialCategoryUse, 2> specialDeductibles;

    qint64 diseaseBasicFen(const QString &code) const;
    void addDiseaseBasic(const QString &code, qint64 fen);
    qint64 specialDeductibleFen(int category) const;
    void addSpecialDeductible(int category, qint64 fen);

    QJsonObject toJson() const;
    static Result<YearToDate> fromJson(const QJsonObject &o);
    bool operator==(const YearToDate &o) const;
};
