#include "claimservice.h"

#include "engine/settlementengine.h"
#include "numberseries.h"
#include "policyservice.h"
#include "settlementinputs.h"

#include <QSqlQuery>

Result<QVariantMap> ClaimService::enter(const NewClaim &c)
{
    using R = Result<QVariantMap>;
    Validation v = m_writer.require(Permission::EnterClaims);
    const auto person = m_writer.load(QStringLiteral("person"), c.personId);
    QString townshipId;
    if (!person || person->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("person_id"), tr("Person: no such person."));
    } else {
        const auto household = m_writer.load(QStringLiteral("household"), person->value(QStringLiteral("household_id")).toString());
        townshipId = household ? household->value(QStringLiteral("township_id")).toString() : QString();
        v.append(m_writer.requireTownship(townshipId));
    }
    QString level = c.level;
    QString location = c.location;
    if (!c.institutionId.isEmpty()) {
        const auto institution = m_writer.load(QStringLiteral("institution"), c.institutionId);
        if (!institution) {
            v.add(QStringLiteral("institution_id"), tr("Institution: no such institution."));
        } else {
            level = institution->value(QStringLiteral("level")).toString();
            location = institution->value(QStringLiteral("location")).toString();
        }
    }
    if (!c.discharge.isValid())
        v.add(QStringLiteral("discharge"), tr("Discharge date: required."));
    else if (c.discharge > QDate::currentDate())
        v.add(QStringLiteral("discharge"), tr("Discharge date: in the future."));
    if (!v.ok())
        return R(v);

    const int year = c.discharge.year();
    const auto policy = PolicyService::forYear(m_writer.database(), year);
    if (!policy)
        return R(policy.errors());
    const QVariantMap row = {{QStringLiteral("township_id"), townshipId},
                             {QStringLiteral("person_id"), c.personId},
                             {QStringLiteral("scheme_year"), year},
                             {QStringLiteral("kind"), c.kind},
                             {QStringLiteral("institution_id"), c.institutionId.isEmpty() ? QVariant() : QVariant(c.institutionId)},
                             {QStringLiteral("level"), level},
                             {QStringLiteral("location"), location},
                             {QStringLiteral("referral"), c.referral},
                             {QStringLiteral("admission"), c.admission.toString(Qt::ISODate)},
                             {QStringLiteral("discharge"), c.discharge.toString(Qt::ISODate)},
                             {QStringLiteral("disease_code"), c.diseaseCode.isEmpty() ? QVariant() : QVariant(c.diseaseCode)},
                             {QStringLiteral("total_fen"), c.totalFen},
                             {QStringLiteral("self_paid_fen"), c.selfPaidFen},
                             {QStringLiteral("category_b_copay_fen"), c.categoryBCopayFen},
                             {QStringLiteral("accident"), c.accident ? 1 : 0},
                             {QStringLiteral("third_party_liable"), c.thirdPartyLiable ? 1 : 0},
                             {QStringLiteral("status"), QStringLiteral("entered")},
                             {QStringLiteral("created_by"), m_writer.user().id}};
    // The engine checks amounts, dates and codes; a claim it would refuse
    // (not enrolled, after death, ...) may still be entered and settled as refused.
    const auto input = SettlementInputs::claimInput(row);
    if (!input)
        return R(input.errors());
    const auto facts = SettlementInputs::personFacts(m_writer.database(), c.personId, year, c.discharge);
    if (!facts)
        return R(facts.errors());
    v = SettlementEngine::validate(*policy, *facts, *input);
    if (!c.admission.isValid())
        v.add(QStringLiteral("admission"), tr("Admission date: required."));
    if (!v.ok())
        return R(v);

    QVariantMap written;
    v = m_writer.transact([&] {
        auto r = m_writer.insert(QStringLiteral("claim"), row, QStringLiteral("claim.enter"));
        if (!r)
            return r.errors();
        written = r.value();
        return Validation();
    });
    if (!v.ok())
        return R(v);
    return written;
}

Result<SettlementResult> ClaimService::preview(const QString &claimId) const
{
    using R = Result<SettlementResult>;
    const auto claim = m_writer.load(QStringLiteral("claim"), claimId);
    if (!claim)
        return R::failure(QStringLiteral("claim_id"), tr("Claim: no such claim."));
    const int year = claim->value(QStringLiteral("scheme_year")).toInt();
    const QString personId = claim->value(QStringLiteral("person_id")).toString();
    const auto policy = PolicyService::forYear(m_writer.database(), year);
    if (!policy)
        return R(policy.errors());
    const auto input = SettlementInputs::claimInput(*claim);
    if (!input)
        return R(input.errors());
    const auto facts = SettlementInputs::personFacts(m_writer.database(), personId, year, input->discharge);
    if (!facts)
        return R(facts.errors());
    const auto ytd = SettlementInputs::yearToDate(m_writer.database(), personId, year, *policy, *facts);
    if (!ytd)
        return R(ytd.errors());
    return SettlementEngine::settle(*policy, *facts, *input, *ytd);
}

Result<QVariantMap> ClaimService::approve(const QString &claimId)
{
    using R = Result<QVariantMap>;
    Validation v = m_writer.require(Permission::ApproveClaims);
    const auto claim = m_writer.load(QStringLiteral("claim"), claimId);
    if (!claim) {
        v.add(QStringLiteral("claim_id"), tr("Claim: no such claim."));
        return R(v);
    }
    const QString townshipId = claim->value(QStringLiteral("township_id")).toString();
    v.append(m_writer.requireTownship(townshipId));
    v.append(m_writer.requireNotMaker(claim->value(QStringLiteral("created_by")).toString()));
    if (claim->value(QStringLiteral("status")).toString() != QLatin1String("entered"))
        v.add(QStringLiteral("status"), tr("Only an entered claim can be approved; this one is %1.")
                                            .arg(claim->value(QStringLiteral("status")).toString()));
    if (!v.ok())
        return R(v);
    const int year = claim->value(QStringLiteral("scheme_year")).toInt();
    const auto policy = PolicyService::forYear(m_writer.database(), year);
    if (!policy)
        return R(policy.errors());

    QVariantMap settlement;
    v = m_writer.transact([&] {
        // Computed inside the transaction so that the totals it starts from
        // cannot change before it is written.
        const auto result = preview(claimId);
        if (!result)
            return result.errors();
        const QString slipNo = NumberSeries::next(m_writer.database(), NumberSeries::Slip, townshipId, year);
        auto s = m_writer.insert(QStringLiteral("settlement"),
                                 {{QStringLiteral("claim_id"), claimId},
                                  {QStringLiteral("township_id"), townshipId},
                                  {QStringLiteral("slip_no"), slipNo},
                                  {QStringLiteral("policy_id"), policy->id},
                                  {QStringLiteral("policy_sha256"), policy->sha256},
                                  {QStringLiteral("in_scope_fen"), result->inScopeFen},
                                  {QStringLiteral("deductible_fen"), result->deductibleFen},
                                  {QStringLiteral("basic_fen"), result->basicFen},
                                  {QStringLiteral("critical_fen"), result->criticalFen},
                                  {QStringLiteral("assistance_fen"), result->assistanceFen},
                                  {QStringLiteral("relief_fen"), result->reliefFen},
                                  {QStringLiteral("out_of_pocket_fen"), result->outOfPocketFen},
                                  {QStringLiteral("refused"), result->isRefused()
                                                                  ? QVariant(SettlementResult::refusalCode(result->refused))
                                                                  : QVariant()},
                                  {QStringLiteral("flags"), result->flagCodes().join(QLatin1Char(','))},
                                  {QStringLiteral("settled_at"), m_writer.now()},
                                  {QStringLiteral("settled_by"), m_writer.user().id}},
                                 QStringLiteral("claim.settle"));
        if (!s)
            return s.errors();
        settlement = s.value();
        auto c = m_writer.update(QStringLiteral("claim"), claimId,
                                 {{QStringLiteral("status"), QStringLiteral("settled")},
                                  {QStringLiteral("approved_by"), m_writer.user().id},
                                  {QStringLiteral("approved_at"), m_writer.now()}},
                                 QStringLiteral("claim.approve"), claim->value(QStringLiteral("version")).toLongLong());
        return c ? Validation() : c.errors();
    });
    if (!v.ok())
        return R(v);
    return settlement;
}

Validation ClaimService::returnClaim(const QString &claimId, const QString &reason)
{
    Validation v = m_writer.require(Permission::ApproveClaims);
    const auto claim = m_writer.load(QStringLiteral("claim"), claimId);
    if (!claim) {
        v.add(QStringLiteral("claim_id"), tr("Claim: no such claim."));
        return v;
    }
    v.append(m_writer.requireTownship(claim->value(QStringLiteral("township_id")).toString()));
    v.append(m_writer.requireNotMaker(claim->value(QStringLiteral("created_by")).toString()));
    if (claim->value(QStringLiteral("status")).toString() != QLatin1String("entered"))
        v.add(QStringLiteral("status"), tr("Only an entered claim can be returned."));
    if (reason.trimmed().isEmpty())
        v.add(QStringLiteral("reason"), tr("Reason: required when a claim is returned."));
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        auto c = m_writer.update(QStringLiteral("claim"), claimId,
                                 {{QStringLiteral("status"), QStringLiteral("returned")},
                                  {QStringLiteral("reason"), reason.trimmed()}},
                                 QStringLiteral("claim.return"), claim->value(QStringLiteral("version")).toLongLong());
        return c ? Validation() : c.errors();
    });
}
