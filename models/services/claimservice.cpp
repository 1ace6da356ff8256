#include "claimservice.h"

#include "engine/settlementengine.h"
#include "numberseries.h"
#include "policyservice.h"
#include "settlementinputs.h"

#include "claimreversalservice.h"
#include "sync/syncprotocol.h"

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
    v.append(checkDischarge(c.discharge));
    if (!v.ok())
        return R(v);

    const int year = c.discharge.year();
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
    v = checkClaimRow(row);
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

Validation ClaimService::checkDischarge(const QDate &discharge)
{
    Validation v;
    if (!discharge.isValid())
        v.add(QStringLiteral("discharge"), tr("Discharge date: required."));
    else if (discharge > QDate::currentDate())
        v.add(QStringLiteral("discharge"), tr("Discharge date: in the future."));
    return v;
}

Validation ClaimService::checkClaimRow(const QVariantMap &row) const
{
    const QDate discharge = QDate::fromString(row.value(QStringLiteral("discharge")).toString(), Qt::ISODate);
    Validation v = checkDischarge(discharge);
    if (!v.ok())
        return v;
    const int year = row.value(QStringLiteral("scheme_year")).toInt();
    const auto policy = PolicyService::forYear(m_writer.database(), year);
    if (!policy)
        return policy.errors();
    // The engine checks amounts, dates and codes; a claim it would refuse
    // (not enrolled, after death, ...) may still be entered and settled as refused.
    const auto input = SettlementInputs::claimInput(row);
    if (!input)
        return input.errors();
    const auto facts = SettlementInputs::personFacts(m_writer.database(), row.value(QStringLiteral("person_id")).toString(),
                                                     year, discharge);
    if (!facts)
        return facts.errors();
    v = SettlementEngine::validate(*policy, *facts, *input);
    if (!QDate::fromString(row.value(QStringLiteral("admission")).toString(), Qt::ISODate).isValid())
        v.add(QStringLiteral("admission"), tr("Admission date: required."));
    return v;
}

Validation ClaimService::checkClaimChange(const QVariantMap &current, QVariantMap &changes) const
{
    Validation v;
    auto value = [&](const char *column) {
        const QString key = QLatin1String(column);
        return changes.contains(key) ? changes.value(key) : current.value(key);
    };
    auto changed = [&](const char *column, const QVariant &to) {
        const QString key = QLatin1String(column);
        if (current.value(key).toString() != to.toString())
            changes.insert(key, to);
        else
            changes.remove(key);
    };
    const QString claimId = current.value(QStringLiteral("id")).toString();
    for (const char *column : {"person_id", "township_id", "created_by"})
        if (value(column).toString() != current.value(QLatin1String(column)).toString())
            v.add(QLatin1String(column), tr("A claim keeps its person, township and the user who entered it; enter a new claim instead."));
    v.append(m_writer.requireTownship(current.value(QStringLiteral("township_id")).toString()));
    // Level and location are the institution's; the scheme year is the discharge's (enter()).
    const QString institutionId = value("institution_id").toString();
    if (!institutionId.isEmpty()) {
        const auto institution = m_writer.load(QStringLiteral("institution"), institutionId);
        if (!institution) {
            v.add(QStringLiteral("institution_id"), tr("Institution: no such institution."));
        } else {
            changed("level", institution->value(QStringLiteral("level")));
            changed("location", institution->value(QStringLiteral("location")));
        }
    }
    const QDate discharge = QDate::fromString(value("discharge").toString(), Qt::ISODate);
    if (discharge.isValid())
        changed("scheme_year", discharge.year());

    const QString status = value("status").toString();
    if (!QStringList{QStringLiteral("entered"), QStringLiteral("returned"), QStringLiteral("settled"), QStringLiteral("reversed")}
             .contains(status))
        v.add(QStringLiteral("status"), tr("Status: %1 is not entered, returned, settled or reversed.").arg(status));
    if (status == QLatin1String("returned") && value("reason").toString().trimmed().isEmpty())
        v.add(QStringLiteral("reason"), tr("Reason: required when a claim is returned."));
    const QString maker = value("created_by").toString();
    if (!maker.isEmpty() && value("approved_by").toString() == maker)
        v.add(QStringLiteral("approved_by"), tr("The user who entered this claim may not approve it (two-person review)."));

    static const char *const inputs[] = {"kind",          "institution_id", "level",     "location",
                                         "referral",      "admission",      "discharge", "disease_code",
                                         "total_fen",     "self_paid_fen",  "category_b_copay_fen",
                                         "accident",      "third_party_liable", "scheme_year"};
    bool inputsChanged = false;
    for (const char *column : inputs)
        inputsChanged = inputsChanged || changes.contains(QLatin1String(column));
    QVariantMap row = current;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        row.insert(it.key(), it.value());
    if (inputsChanged)
        v.append(checkClaimRow(row));

    // A settlement is never edited: a settled claim stays settled, and a
    // change must leave its settlement, recomputed, as it is.
    const auto settlement = ClaimReversalService::originalSettlement(m_writer.database(), claimId);
    const QString currentStatus = current.value(QStringLiteral("status")).toString();
    if (settlement) {
        const QString slip = settlement->value(QStringLiteral("slip_no")).toString();
        if (status != currentStatus)
            v.add(QStringLiteral("status"), tr("Status: the claim has settlement slip %1 and stays as it is; reverse it to correct it.")
                                                .arg(slip));
        else if (inputsChanged && v.ok() && !checkSettlement(m_writer.database(), *settlement, row,
                                                             settlement->value(QStringLiteral("id")).toString()).ok())
            v.add(QStringLiteral("claim"), tr("Claim: this change would change the settlement on slip %1; reverse the claim "
                                              "and enter it again instead.").arg(slip));
    } else if (status != currentStatus && (status == QLatin1String("settled") || status == QLatin1String("reversed"))) {
        v.add(QStringLiteral("status"), tr("Status: a claim is settled only when a reviewer approves it."));
    }
    return v;
}

Validation ClaimService::checkSettlement(const QSqlDatabase &db, const QVariantMap &row, const QVariantMap &claimRow,
                                         const QString &beforeSettlementId)
{
    Validation v;
    const QString policyId = row.value(QStringLiteral("policy_id")).toString();
    const auto policy = PolicyService::byId(db, policyId);
    if (!policy)
        return policy.errors();
    if (policy->sha256 != row.value(QStringLiteral("policy_sha256")).toString()) {
        v.add(QStringLiteral("policy_sha256"), tr("The settlement names policy %1 with another content than the county's.").arg(policyId));
        return v;
    }
    if (const QString reversed = row.value(QStringLiteral("reverses_settlement_id")).toString(); !reversed.isEmpty()) {
        // A reversal mirrors the settlement it reverses: same claim and
        // policy, every amount negated, and that settlement not a reversal.
        const QVariantMap original = SyncProtocol::loadRow(db, QStringLiteral("settlement"), reversed);
        if (original.isEmpty() || original.value(QStringLiteral("deleted")).toInt() == 1) {
            v.add(QStringLiteral("reverses_settlement_id"), tr("Reversal: the settlement it reverses is unknown."));
            return v;
        }
        if (!original.value(QStringLiteral("reverses_settlement_id")).toString().isEmpty()
            || original.value(QStringLiteral("claim_id")).toString() != row.value(QStringLiteral("claim_id")).toString()
            || original.value(QStringLiteral("policy_id")).toString() != policyId) {
            v.add(QStringLiteral("reverses_settlement_id"),
                  tr("Reversal: slip %1 is not a settlement of this claim with this policy.")
                      .arg(original.value(QStringLiteral("slip_no")).toString()));
            return v;
        }
        for (const char *column : {"in_scope_fen", "deductible_fen", "basic_fen", "critical_fen", "assistance_fen",
                                   "relief_fen", "out_of_pocket_fen"}) {
            const qint64 expected = -original.value(QLatin1String(column)).toLongLong();
            if (row.value(QLatin1String(column)).toLongLong() != expected)
                v.add(QLatin1String(column), tr("Reversal: %1 is %2 fen; reversing slip %3 makes it %4 fen.")
                                                 .arg(QLatin1String(column))
                                                 .arg(row.value(QLatin1String(column)).toLongLong())
                                                 .arg(original.value(QStringLiteral("slip_no")).toString())
                                                 .arg(expected));
        }
        return v;
    }
    const QVariantMap claim = claimRow.isEmpty() ? SyncProtocol::loadRow(db, QStringLiteral("claim"), row.value(QStringLiteral("claim_id")).toString())
                                                 : claimRow;
    if (claim.isEmpty()) {
        v.add(QStringLiteral("claim_id"), tr("Settlement: the claim is unknown to the county."));
        return v;
    }
    const auto input = SettlementInputs::claimInput(claim);
    if (!input)
        return input.errors();
    const QString personId = claim.value(QStringLiteral("person_id")).toString();
    const int year = claim.value(QStringLiteral("scheme_year")).toInt();
    const auto facts = SettlementInputs::personFacts(db, personId, year, input->discharge);
    if (!facts)
        return facts.errors();
    const auto ytd = SettlementInputs::yearToDate(db, personId, year, *policy, *facts, beforeSettlementId);
    if (!ytd)
        return ytd.errors();
    const auto result = SettlementEngine::settle(*policy, *facts, *input, *ytd);
    if (!result)
        return result.errors();
    const QList<QPair<const char *, qint64>> expected = {
        {"in_scope_fen", result->inScopeFen},     {"deductible_fen", result->deductibleFen},
        {"basic_fen", result->basicFen},          {"critical_fen", result->criticalFen},
        {"assistance_fen", result->assistanceFen}, {"relief_fen", result->reliefFen},
        {"out_of_pocket_fen", result->outOfPocketFen}};
    for (const auto &[column, fen] : expected) {
        if (row.value(QLatin1String(column)).toLongLong() != fen)
            v.add(QLatin1String(column), tr("Settlement: %1 is %2 fen, the county computes %3 fen with policy %4.")
                                             .arg(QLatin1String(column))
                                             .arg(row.value(QLatin1String(column)).toLongLong())
                                             .arg(fen)
                                             .arg(policyId));
    }
    return v;
}

Validation ClaimService::checkSettlementChange(const QVariantMap &current, QVariantMap &changes) const
{
    Validation v = m_writer.requireTownship(current.value(QStringLiteral("township_id")).toString());
    for (const char *column : {"claim_id", "township_id", "slip_no", "reverses_settlement_id", "settled_by"})
        if (changes.contains(QLatin1String(column)))
            v.add(QLatin1String(column), tr("A settlement keeps its claim, slip number and who settled it."));
    if (!v.ok())
        return v;
    QVariantMap row = current;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        row.insert(it.key(), it.value());
    return checkSettlement(m_writer.database(), row, {}, current.value(QStringLiteral("id")).toString());
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
