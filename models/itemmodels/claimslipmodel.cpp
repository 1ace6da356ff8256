#include "claimslipmodel.h"

#include "claimlistmodel.h"
#include "engine/settlementengine.h"
#include "services/policyservice.h"
#include "services/settlementinputs.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace {
QVariantMap rowOf(const QSqlQuery &q)
{
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    return row;
}

QString userName(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT display_name FROM app_user WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : id;
}
} // namespace

Result<SettlementSlip> ClaimSlipModel::load(const QSqlDatabase &db, const QString &settlementId)
{
    using R = Result<SettlementSlip>;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT s.id AS s_id, s.slip_no, s.policy_id, s.policy_sha256, s.in_scope_fen, s.deductible_fen, s.basic_fen, "
        "s.critical_fen, s.assistance_fen, s.relief_fen, s.out_of_pocket_fen, s.refused, s.flags, "
        "s.reverses_settlement_id, s.settled_at, s.settled_by, c.*, p.name AS person_name, p.sex AS person_sex, "
        "p.id_number AS id_number, p.poverty, p.dibao, p.tekun, p.near_poor, h.code AS household_code, "
        "v.name AS village_name, t.name AS township_name, i.name AS institution_name, i.code AS institution_code "
        "FROM settlement s JOIN claim c ON c.id = s.claim_id JOIN person p ON p.id = c.person_id "
        "JOIN household h ON h.id = p.household_id LEFT JOIN village v ON v.id = h.village_id "
        "LEFT JOIN township t ON t.id = c.township_id LEFT JOIN institution i ON i.id = c.institution_id "
        "WHERE s.id = ?"));
    q.addBindValue(settlementId);
    if (!q.exec() || !q.next())
        return R::failure(QStringLiteral("settlement_id"), tr("Settlement: no such settlement."));
    const QVariantMap row = rowOf(q);
    auto text = [&](const char *k) { return row.value(QLatin1String(k)).toString(); };
    auto fen = [&](const char *k) { return row.value(QLatin1String(k)).toLongLong(); };

    SettlementSlip s;
    s.settlementId = settlementId;
    s.claimId = text("id");
    s.slipNo = text("slip_no");
    s.townshipName = text("township_name");
    s.personName = text("person_name");
    s.sex = text("person_sex");
    s.idNumber = text("id_number");
    s.householdCode = text("household_code");
    s.village = text("village_name");
    QStringList categories;
    for (const char *c : {"poverty", "dibao", "tekun", "near_poor"})
        if (row.value(QLatin1String(c)).toInt())
            categories << ClaimListModel::categoryLabel(QLatin1String(c));
    s.categories = categories.join(QStringLiteral("、"));
    s.institutionName = text("institution_name");
    s.institutionCode = text("institution_code");
    s.level = ClaimListModel::levelLabel(text("level"));
    s.location = ClaimListModel::locationLabel(text("location"));
    s.kind = ClaimListModel::kindLabel(text("kind"));
    s.referral = ClaimListModel::referralLabel(text("referral"));
    s.admission = QDate::fromString(text("admission"), Qt::ISODate);
    s.discharge = QDate::fromString(text("discharge"), Qt::ISODate);
    s.totalFen = fen("total_fen");
    s.selfPaidFen = fen("self_paid_fen");
    s.categoryBCopayFen = fen("category_b_copay_fen");
    s.accident = row.value(QStringLiteral("accident")).toInt() == 1;
    s.thirdPartyLiable = row.value(QStringLiteral("third_party_liable")).toInt() == 1;
    s.inScopeFen = fen("in_scope_fen");
    s.deductibleFen = fen("deductible_fen");
    s.basicFen = fen("basic_fen");
    s.criticalFen = fen("critical_fen");
    s.assistanceFen = fen("assistance_fen");
    s.reliefFen = fen("relief_fen");
    s.outOfPocketFen = fen("out_of_pocket_fen");
    s.refusal = refusalText(text("refused"));
    for (const QString &f : text("flags").split(QLatin1Char(','), Qt::SkipEmptyParts))
        s.flags << flagText(f);
    s.policyId = text("policy_id");
    s.policySha256 = text("policy_sha256");
    s.clerkName = userName(db, text("created_by"));
    s.reviewerName = userName(db, text("settled_by"));
    s.settledAt = text("settled_at");

    const QString reversed = text("reverses_settlement_id");
    if (!reversed.isEmpty()) {
        // A reversing settlement: the bill is the same, the amounts negative.
        s.reason = text("reason");
        QSqlQuery r(db);
        r.prepare(QStringLiteral("SELECT slip_no FROM settlement WHERE id = ?"));
        r.addBindValue(reversed);
        if (r.exec() && r.next())
            s.reversedSlipNo = r.value(0).toString();
        s.totalFen = -s.totalFen;
        s.selfPaidFen = -s.selfPaidFen;
        s.categoryBCopayFen = -s.categoryBCopayFen;
    }
    if (const QString disease = text("disease_code"); !disease.isEmpty())
        s.diseaseName = disease;

    QSqlQuery pv(db);
    pv.prepare(QStringLiteral("SELECT policy_version FROM policy WHERE id = ?"));
    pv.addBindValue(s.policyId);
    if (pv.exec() && pv.next())
        s.policyVersion = pv.value(0).toInt();

    // The year as it stood once this settlement was made: every earlier
    // settlement of the person not reversed by then, replayed in order. A
    // reversal carries its claim's id, so the check for one is an index
    // look-up by claim, not a scan of every settlement.
    const auto policy = PolicyService::byId(db, s.policyId);
    const int year = row.value(QStringLiteral("scheme_year")).toInt();
    const QString personId = text("person_id");
    if (policy) {
        if (const SpecialDisease *d = policy->disease(s.diseaseName))
            s.diseaseName = d->name;
        const auto facts = SettlementInputs::personFacts(db, personId, year, s.discharge);
        if (facts) {
            QSqlQuery y(db);
            y.setForwardOnly(true);
            y.prepare(QStringLiteral(
                "SELECT c.* FROM settlement s JOIN claim c ON c.id = s.claim_id "
                "WHERE c.person_id = ? AND c.scheme_year = ? AND s.deleted = 0 AND s.reverses_settlement_id IS NULL "
                "AND s.settled_at <= ? AND NOT EXISTS (SELECT 1 FROM settlement r WHERE r.claim_id = s.claim_id "
                "AND r.reverses_settlement_id = s.id AND r.deleted = 0 AND r.settled_at <= ?) ORDER BY s.settled_at, s.slip_no"));
            y.addBindValue(personId);
            y.addBindValue(year);
            y.addBindValue(s.settledAt);
            y.addBindValue(s.settledAt);
            YearToDate ytd;
            if (y.exec()) {
                while (y.next()) {
                    const auto claim = SettlementInputs::claimInput(rowOf(y));
                    if (claim)
                        ytd = SettlementEngine::compute(*policy, *facts, *claim, ytd).yearToDate;
                }
            }
            qint64 basicCapped = 0, basicAll = 0;
            for (int k = 0; k < ClaimCodes::kindCount; ++k) {
                basicAll += ytd.basicFen[std::size_t(k)];
                if (policy->basicCap.appliesTo & (quint32(1) << k))
                    basicCapped += ytd.basicFen[std::size_t(k)];
                s.ytdReliefFen += ytd.reliefFen[std::size_t(k)];
            }
            s.ytdBasicFen = basicAll;
            s.ytdCriticalFen = ytd.criticalFen;
            s.ytdAssistanceFen = ytd.assistanceFen;
            if (policy->basicCap.capFen.isSet())
                s.basicCapLeftFen = qMax<qint64>(0, policy->basicCap.capFen.forTier(facts->tier) - basicCapped);
            const auto kind = ClaimCodes::kind(text("kind"));
            if (kind && facts->has(PersonCategory::Poverty)) {
                const qint64 cap = policy->povertyRelief.yearlyCapFen[std::size_t(*kind)];
                if (cap >= 0)
                    s.reliefCapLeftFen = qMax<qint64>(0, cap - ytd.reliefFen[std::size_t(*kind)]);
            }
        }
    }
    return s;
}

QStringList ClaimSlipModel::settlementIds(const QSqlDatabase &db, const QString &claimId)
{
    QStringList ids;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM settlement WHERE claim_id = ? AND deleted = 0 ORDER BY settled_at, slip_no"));
    q.addBindValue(claimId);
    if (q.exec())
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

QString ClaimSlipModel::refusalText(const QString &code)
{
    if (code.isEmpty())
        return {};
    if (code == QLatin1String("outside_policy_year"))
        return tr("Refused: the discharge date is outside the policy's scheme year.");
    if (code == QLatin1String("not_enrolled"))
        return tr("Refused: the person is not enrolled and paid for the year.");
    if (code == QLatin1String("after_death"))
        return tr("Refused: the discharge date is after the person's death.");
    if (code == QLatin1String("third_party_liable"))
        return tr("Refused: accidental injury with a liable third party; the fund does not pay.");
    if (code == QLatin1String("level_not_covered"))
        return tr("Refused: this kind of care is not paid at this institution's level.");
    if (code == QLatin1String("disease_not_open"))
        return tr("Refused: the disease is not open to this person's categories.");
    if (code == QLatin1String("not_certified"))
        return tr("Refused: no valid special-outpatient certification for this disease.");
    return code;
}

QString ClaimSlipModel::flagText(const QString &code)
{
    if (code == QLatin1String("needs_verification"))
        return tr("Large out-of-area claim: field verification needed before payment.");
    if (code == QLatin1String("long_stay"))
        return tr("Stay longer than the control indicator.");
    if (code == QLatin1String("high_cost"))
        return tr("Cost above the control indicator.");
    if (code == QLatin1String("basic_cap_reached"))
        return tr("Basic insurance yearly cap reached.");
    if (code == QLatin1String("outpatient_cap_reached"))
        return tr("General-outpatient yearly limit reached.");
    if (code == QLatin1String("disease_limit_reached"))
        return tr("The disease's yearly limit reached.");
    if (code == QLatin1String("relief_cap_reached"))
        return tr("Poverty relief yearly cap reached.");
    return code;
}
