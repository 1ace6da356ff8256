#include "reliefyearloader.h"

#include "engine/policyparser.h"
#include "reliefyearcalculator.h"
#include "services/policyservice.h"
#include "services/settlementinputs.h"

#include <QSqlQuery>
#include <QSqlRecord>

const Policy *ReliefYearLoader::policyBySha(const QString &sha256)
{
    if (const auto it = m_policies.constFind(sha256); it != m_policies.constEnd())
        return it.value().get();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT document FROM policy WHERE sha256 = ? ORDER BY policy_version DESC LIMIT 1"));
    q.addBindValue(sha256);
    std::shared_ptr<Policy> policy;
    if (q.exec() && q.next()) {
        auto parsed = PolicyParser::parse(q.value(0).toString().toUtf8());
        if (parsed)
            policy = std::make_shared<Policy>(parsed.value());
    }
    m_policies.insert(sha256, policy);
    return policy.get();
}

Result<Policy> ReliefYearLoader::yearPolicy(int schemeYear)
{
    return PolicyService::forYear(m_db, schemeYear);
}

Result<DemoPersonYear> ReliefYearLoader::personYear(const QString &personId, int schemeYear)
{
    // Facts without certifications (taken per claim date below), as
    // SettlementInputs::personFacts reads them.
    const auto facts = SettlementInputs::personFacts(m_db, personId, schemeYear, QDate(1900, 1, 1));
    if (!facts)
        return Result<DemoPersonYear>(facts.errors());
    DemoPersonYear p;
    p.facts = facts.value();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT disease_code, valid_from, valid_to FROM filing WHERE person_id = ? "
                             "AND status = 'certified' AND deleted = 0"));
    q.addBindValue(personId);
    if (!q.exec())
        return Result<DemoPersonYear>::failure(QStringLiteral("database"), tr("The person's certifications cannot be read."));
    while (q.next())
        p.certifications.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                 q.value(2).isNull() ? QDate() : QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return p;
}

Result<QList<ReliefClaim>> ReliefYearLoader::claims(const QString &personId, int schemeYear)
{
    using R = Result<QList<ReliefClaim>>;
    // The same claims, in the same order, as SettlementInputs::yearToDate. A
    // reversed claim has status 'reversed' (ClaimReversalService), so its
    // settlement is left out without looking for the reversing row.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.*, s.id AS s_id, s.slip_no AS s_slip_no, s.policy_id AS s_policy_id, "
        "s.policy_sha256 AS s_policy_sha256, s.in_scope_fen AS s_in_scope, s.deductible_fen AS s_deductible, "
        "s.basic_fen AS s_basic, s.critical_fen AS s_critical, s.assistance_fen AS s_assistance, "
        "s.relief_fen AS s_relief, s.out_of_pocket_fen AS s_oop, s.refused AS s_refused, s.flags AS s_flags, "
        "s.settled_at AS s_settled_at "
        "FROM settlement s JOIN claim c ON c.id = s.claim_id "
        "WHERE c.person_id = ? AND c.scheme_year = ? AND c.status = 'settled' AND s.deleted = 0 "
        "AND s.reverses_settlement_id IS NULL "
        "ORDER BY s.settled_at, s.slip_no"));
    q.addBindValue(personId);
    q.addBindValue(schemeYear);
    if (!q.exec())
        return R::failure(QStringLiteral("database"), tr("The person's claims cannot be read."));
    QList<ReliefClaim> out;
    QHash<QString, int> bySettlement;
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        const auto input = SettlementInputs::claimInput(row);
        if (!input)
            return R(input.errors());
        ReliefClaim c;
        c.claimId = input->id;
        c.input = input.value();
        c.settlementId = row.value(QStringLiteral("s_id")).toString();
        c.slipNo = row.value(QStringLiteral("s_slip_no")).toString();
        c.policyId = row.value(QStringLiteral("s_policy_id")).toString();
        c.policySha256 = row.value(QStringLiteral("s_policy_sha256")).toString();
        c.refused = row.value(QStringLiteral("s_refused")).toString();
        c.flags = row.value(QStringLiteral("s_flags")).toString();
        c.settledAt = QDateTime::fromString(row.value(QStringLiteral("s_settled_at")).toString(), Qt::ISODateWithMs);
        c.stored.totalFen = c.input.totalFen;
        c.stored.inScopeFen = row.value(QStringLiteral("s_in_scope")).toLongLong();
        c.stored.deductibleFen = row.value(QStringLiteral("s_deductible")).toLongLong();
        c.stored.basicFen = row.value(QStringLiteral("s_basic")).toLongLong();
        c.stored.criticalFen = row.value(QStringLiteral("s_critical")).toLongLong();
        c.stored.assistanceFen = row.value(QStringLiteral("s_assistance")).toLongLong();
        c.stored.reliefFen = row.value(QStringLiteral("s_relief")).toLongLong();
        c.stored.outOfPocketFen = row.value(QStringLiteral("s_oop")).toLongLong();
        bySettlement.insert(c.settlementId, int(out.size()));
        out.append(c);
    }

    // Approved adjustments change the amounts in force, oldest first.
    QSqlQuery a(m_db);
    a.prepare(QStringLiteral("SELECT a.settlement_id, a.policy_id, a.policy_sha256, a.basic_delta_fen, "
                             "a.critical_delta_fen, a.assistance_delta_fen, a.relief_delta_fen, "
                             "a.out_of_pocket_delta_fen, a.flags FROM settlement_adjustment a "
                             "WHERE a.person_id = ? AND a.scheme_year = ? AND a.status = 'approved' AND a.deleted = 0 "
                             "ORDER BY a.approved_at, a.id"));
    a.addBindValue(personId);
    a.addBindValue(schemeYear);
    if (!a.exec())
        return R::failure(QStringLiteral("database"), tr("The person's adjustments cannot be read."));
    while (a.next()) {
        const auto it = bySettlement.constFind(a.value(0).toString());
        if (it == bySettlement.constEnd())
            continue;   // its claim was reversed since
        ReliefClaim &c = out[it.value()];
        c.policyId = a.value(1).toString();
        c.policySha256 = a.value(2).toString();
        c.stored.basicFen += a.value(3).toLongLong();
        c.stored.criticalFen += a.value(4).toLongLong();
        c.stored.assistanceFen += a.value(5).toLongLong();
        c.stored.reliefFen += a.value(6).toLongLong();
        c.stored.outOfPocketFen += a.value(7).toLongLong();
        c.flags = a.value(8).toString();
        ++c.adjustments;
    }
    return out;
}

Result<PersonReliefYear> ReliefYearLoader::person(const QString &personId, int schemeYear)
{
    using R = Result<PersonReliefYear>;
    const auto policy = yearPolicy(schemeYear);
    if (!policy)
        return R(policy.errors());
    auto p = personYear(personId, schemeYear);
    if (!p)
        return R(p.errors());
    const auto list = claims(personId, schemeYear);
    if (!list)
        return R(list.errors());
    PersonReliefYear y = ReliefYearCalculator::compute(
        policy.value(), [this](const QString &sha) { return policyBySha(sha); }, p.value(), list.value());
    y.personId = personId;
    return y;
}

Result<HouseholdReliefYear> ReliefYearLoader::household(const QString &householdId, int schemeYear)
{
    using R = Result<HouseholdReliefYear>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT h.code, v.name, COALESCE(hp.name, ''), h.address FROM household h "
                             "JOIN village v ON v.id = h.village_id LEFT JOIN person hp ON hp.id = h.head_person_id "
                             "WHERE h.id = ? AND h.deleted = 0"));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return R::failure(QStringLiteral("household_id"), tr("Household: no such household."));
    HouseholdReliefYear h;
    h.householdId = householdId;
    h.code = q.value(0).toString();
    h.village = q.value(1).toString();
    h.headName = q.value(2).toString();
    h.address = q.value(3).toString();
    h.schemeYear = schemeYear;
    const auto policy = yearPolicy(schemeYear);
    if (!policy)
        return R(policy.errors());
    h.policyId = policy->id;

    q.prepare(QStringLiteral("SELECT p.id, p.name, p.id_number, p.relation, p.poverty, p.dibao, p.tekun, "
                             "COALESCE(e.tier, 0), COALESCE(e.status, '') FROM person p "
                             "LEFT JOIN enrollment e ON e.person_id = p.id AND e.scheme_year = ? AND e.deleted = 0 "
                             "WHERE p.household_id = ? AND p.deleted = 0 "
                             "ORDER BY p.relation <> 'self', p.birth_date, p.rowid"));
    q.addBindValue(schemeYear);
    q.addBindValue(householdId);
    if (!q.exec())
        return R::failure(QStringLiteral("database"), tr("The household's members cannot be read."));
    while (q.next()) {
        HouseholdReliefYear::Member m;
        m.personId = q.value(0).toString();
        m.name = q.value(1).toString();
        m.idNumber = q.value(2).toString();
        m.relation = q.value(3).toString();
        m.poverty = q.value(4).toInt();
        m.dibao = q.value(5).toInt();
        m.tekun = q.value(6).toInt();
        m.tier = q.value(7).toInt();
        m.enrolled = q.value(8).toString() == QLatin1String("paid");
        h.members.append(m);
    }
    for (HouseholdReliefYear::Member &m : h.members) {
        auto p = personYear(m.personId, schemeYear);
        if (!p)
            return R(p.errors());
        const auto list = claims(m.personId, schemeYear);
        if (!list)
            return R(list.errors());
        m.year = ReliefYearCalculator::compute(
            policy.value(), [this](const QString &sha) { return policyBySha(sha); }, p.value(), list.value());
        m.year.personId = m.personId;
        h.totals.add(m.year.totals);
    }
    return h;
}
