#include "yeartodate.h"

#include <QCoreApplication>
#include <QJsonArray>

qint64 YearToDate::diseaseBasicFen(const QString &code) const
{
    for (const DiseaseUse &d : diseases)
        if (d.code == code)
            return d.basicFen;
    return 0;
}

void YearToDate::addDiseaseBasic(const QString &code, qint64 fen)
{
    for (DiseaseUse &d : diseases)
        if (d.code == code) {
            d.basicFen += fen;
            return;
        }
    diseases.append(DiseaseUse{code, fen});
}

qint64 YearToDate::specialDeductibleFen(int category) const
{
    for (const SpecialCategoryUse &c : specialDeductibles)
        if (c.category == category)
            return c.deductibleFen;
    return 0;
}

void YearToDate::addSpecialDeductible(int category, qint64 fen)
{
    for (SpecialCategoryUse &c : specialDeductibles)
        if (c.category == category) {
            c.deductibleFen += fen;
            return;
        }
    specialDeductibles.append(SpecialCategoryUse{category, fen});
}

namespace {
QJsonObject perKind(const std::array<qint64, ClaimCodes::kindCount> &a)
{
    QJsonObject o;
    for (int k = 0; k < ClaimCodes::kindCount; ++k)
        o.insert(ClaimCodes::code(ClaimKind(k)), a[std::size_t(k)]);
    return o;
}
} // namespace

QJsonObject YearToDate::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("basic_fen"), perKind(basicFen));
    o.insert(QStringLiteral("relief_fen"), perKind(reliefFen));
    o.insert(QStringLiteral("inpatient_deductible_fen"), inpatientDeductibleFen);
    o.insert(QStringLiteral("inpatient_admissions"), inpatientAdmissions);
    o.insert(QStringLiteral("critical_basis_fen"), criticalBasisFen);
    o.insert(QStringLiteral("critical_fen"), criticalFen);
    o.insert(QStringLiteral("assistance_basis_fen"), assistanceBasisFen);
    o.insert(QStringLiteral("assistance_fen"), assistanceFen);
    o.insert(QStringLiteral("oop_in_scope_fen"), oopInScopeFen);
    o.insert(QStringLiteral("oop_total_fen"), oopTotalFen);
    o.insert(QStringLiteral("oop_ceiling_fen"), oopCeilingFen);
    QJsonObject d;
    for (const DiseaseUse &u : diseases)
        d.insert(u.code, u.basicFen);
    o.insert(QStringLiteral("disease_basic_fen"), d);
    QJsonObject c;
    for (const SpecialCategoryUse &u : specialDeductibles)
        c.insert(QString::number(u.category), u.deductibleFen);
    o.insert(QStringLiteral("special_deductible_fen"), c);
    return o;
}

Result<YearToDate> YearToDate::fromJson(const QJsonObject &o)
{
    YearToDate y;
    Validation v;
    auto fen = [&](const QJsonValue &value, const QString &field) -> qint64 {
        if (value.isUndefined())
            return 0;
        const qint64 n = value.toInteger(-1);
        if (!value.isDouble() || n < 0 || double(n) != value.toDouble()) {
            v.add(field, QCoreApplication::translate("YearToDate", "%1 must be a whole, non-negative number of fen").arg(field));
            return 0;
        }
        return n;
    };
    for (int k = 0; k < ClaimCodes::kindCount; ++k) {
        const QString kind = ClaimCodes::code(ClaimKind(k));
        y.basicFen[std::size_t(k)] = fen(o.value(QStringLiteral("basic_fen")).toObject().value(kind), QStringLiteral("basic_fen.") + kind);
        y.reliefFen[std::size_t(k)] = fen(o.value(QStringLiteral("relief_fen")).toObject().value(kind), QStringLiteral("relief_fen.") + kind);
    }
    y.inpatientDeductibleFen = fen(o.value(QStringLiteral("inpatient_deductible_fen")), QStringLiteral("inpatient_deductible_fen"));
    y.inpatientAdmissions = int(fen(o.value(QStringLiteral("inpatient_admissions")), QStringLiteral("inpatient_admissions")));
    y.criticalBasisFen = fen(o.value(QStringLiteral("critical_basis_fen")), QStringLiteral("critical_basis_fen"));
    y.criticalFen = fen(o.value(QStringLiteral("critical_fen")), QStringLiteral("critical_fen"));
    y.assistanceBasisFen = fen(o.value(QStringLiteral("assistance_basis_fen")), QStringLiteral("assistance_basis_fen"));
    y.assistanceFen = fen(o.value(QStringLiteral("assistance_fen")), QStringLiteral("assistance_fen"));
    y.oopInScopeFen = fen(o.value(QStringLiteral("oop_in_scope_fen")), QStringLiteral("oop_in_scope_fen"));
    y.oopTotalFen = fen(o.value(QStringLiteral("oop_total_fen")), QStringLiteral("oop_total_fen"));
    y.oopCeilingFen = fen(o.value(QStringLiteral("oop_ceiling_fen")), QStringLiteral("oop_ceiling_fen"));
    const QJsonObject d = o.value(QStringLiteral("disease_basic_fen")).toObject();
    for (auto it = d.begin(); it != d.end(); ++it)
        y.addDiseaseBasic(it.key(), fen(it.value(), QStringLiteral("disease_basic_fen.") + it.key()));
    const QJsonObject c = o.value(QStringLiteral("special_deductible_fen")).toObject();
    for (auto it = c.begin(); it != c.end(); ++it) {
        bool ok = false;
        const int category = it.key().toInt(&ok);
        if (!ok)
            v.add(QStringLiteral("special_deductible_fen.") + it.key(),
                  QCoreApplication::translate("YearToDate", "special_deductible_fen keys must be category numbers"));
        y.addSpecialDeductible(category, fen(it.value(), QStringLiteral("special_deductible_fen.") + it.key()));
    }
    if (!v.ok())
        return v;
    return y;
}

bool YearToDate::operator==(const YearToDate &o) const
{
    if (basicFen != o.basicFen || reliefFen != o.reliefFen || inpatientDeductibleFen != o.inpatientDeductibleFen
        || inpatientAdmissions != o.inpatientAdmissions || criticalBasisFen != o.criticalBasisFen
        || criticalFen != o.criticalFen || assistanceBasisFen != o.assistanceBasisFen || assistanceFen != o.assistanceFen
        || oopInScopeFen != o.oopInScopeFen || oopTotalFen != o.oopTotalFen || oopCeilingFen != o.oopCeilingFen
        || diseases.size() != o.diseases.size() || specialDeductibles.size() != o.specialDeductibles.size())
        return false;
    for (const DiseaseUse &d : diseases)
        if (o.diseaseBasicFen(d.code) != d.basicFen)
            return false;
    for (const SpecialCategoryUse &c : specialDeductibles)
        if (o.specialDeductibleFen(c.category) != c.deductibleFen)
            return false;
    return true;
}
