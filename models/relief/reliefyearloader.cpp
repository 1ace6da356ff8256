#include "reliefyearloader.h"

#include "engine/policyparser.h"
#include "reliefyearcalculator.h"
#include "services/policyservice.h"

#include <QSqlQuery>

#include <algorithm>

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

ReliefYearLoader::Scope ReliefYearLoader::Scope::person(const QString &personId)
{
    return {QStringLiteral("SELECT ?"), {personId}};
}

ReliefYearLoader::Scope ReliefYearLoader::Scope::household(const QString &householdId)
{
    return {QStringLiteral("SELECT m.id FROM person m WHERE m.household_id = ? AND m.deleted = 0"), {householdId}};
}

ReliefYearLoader::Scope ReliefYearLoader::Scope::poverty(const QString &townshipId)
{
    if (townshipId.isEmpty())
        return {QStringLiteral("SELECT m.id FROM person m WHERE m.poverty = 1 AND m.deleted = 0"), {}};
    return {QStringLiteral("SELECT m.id FROM person m JOIN household mh ON mh.id = m.household_id "
                           "WHERE m.poverty = 1 AND m.deleted = 0 AND mh.township_id = ?"),
            {townshipId}};
}

ReliefYearLoader::Scope ReliefYearLoader::Scope::settledClaims(int schemeYear, const QString &townshipId)
{
    if (townshipId.isEmpty())
        return {QStringLiteral("SELECT DISTINCT m.person_id FROM claim m WHERE m.status = 'settled' AND m.deleted = 0 "
                               "AND m.scheme_year = ?"),
                {schemeYear}};
    return {QStringLiteral("SELECT DISTINCT m.person_id FROM claim m WHERE m.status = 'settled' AND m.deleted = 0 "
                           "AND m.township_id = ? AND m.scheme_year = ?"),
            {townshipId, schemeYear}};
}

QList<ReliefYearLoader::Statement> ReliefYearLoader::statements(const Scope &scope, int schemeYear, bool sqlite)
{
    const QVariantList yearThenScope = QVariantList{schemeYear} + scope.binds;
    const QVariantList scopeThenYear = scope.binds + QVariantList{schemeYear};
    return {
        // Facts (certifications are taken per claim date from the next statement).
        {QStringLiteral("SELECT p.id, p.poverty, p.dibao, p.tekun, p.near_poor, p.death_date, e.tier, e.status "
                        "FROM person p LEFT JOIN enrollment e ON e.person_id = p.id AND e.scheme_year = ? "
                        "AND e.deleted = 0 WHERE p.deleted = 0 AND p.id IN (%1) ORDER BY p.id")
             .arg(scope.personsSql),
         yearThenScope},
        {QStringLiteral("SELECT f.person_id, f.disease_code, f.valid_from, f.valid_to FROM filing f "
                        "WHERE f.person_id IN (%1) AND f.status = 'certified' AND f.deleted = 0")
             .arg(scope.personsSql),
         scope.binds},
        // The settled claims of the year with their settlements: the claims' row
        // ids come from claim(person_id, scheme_year), and "rowid IN" visits them
        // in the order they lie in the file, so each page is read once, in order,
        // instead of a random read per claim over a county's 1.3 million (the
        // settlements were written beside their claims and follow the same
        // order). The settlement order per person is restored in load(). A
        // reversed claim has status 'reversed' (ClaimReversalService), so its
        // settlement is left out without looking for the reversing row, as
        // SettlementInputs::yearToDate finds the same claims.
        {QStringLiteral("SELECT c.person_id, c.id, c.kind, c.level, c.location, c.referral, c.admission, c.discharge, "
                        "c.disease_code, c.total_fen, c.self_paid_fen, c.category_b_copay_fen, c.accident, "
                        "c.third_party_liable, s.id, s.slip_no, s.policy_id, s.policy_sha256, s.in_scope_fen, "
                        "s.deductible_fen, s.basic_fen, s.critical_fen, s.assistance_fen, s.relief_fen, "
                        "s.out_of_pocket_fen, s.refused, s.flags, s.settled_at "
                        "FROM claim c %1 JOIN settlement s ON s.claim_id = c.id AND s.deleted = 0 "
                        "AND s.reverses_settlement_id IS NULL "
                        "WHERE %2 AND c.status = 'settled'")
             .arg(sqlite ? QStringLiteral("NOT INDEXED") : QString(),
                  (sqlite ? QStringLiteral("c.rowid IN (SELECT k.rowid FROM claim k WHERE k.person_id IN (%1) AND k.scheme_year = ?)")
                          : QStringLiteral("c.person_id IN (%1) AND c.scheme_year = ?"))
                      .arg(scope.personsSql)),
         scopeThenYear},
        // Approved adjustments change the amounts in force, oldest first.
        {QStringLiteral("SELECT a.person_id, a.settlement_id, a.policy_id, a.policy_sha256, a.basic_delta_fen, "
                        "a.critical_delta_fen, a.assistance_delta_fen, a.relief_delta_fen, a.out_of_pocket_delta_fen, "
                        "a.flags FROM settlement_adjustment a WHERE a.person_id IN (%1) AND a.scheme_year = ? "
                        "AND a.status = 'approved' AND a.deleted = 0 ORDER BY a.approved_at, a.id")
             .arg(scope.personsSql),
         scopeThenYear},
    };
}

namespace {
bool run(QSqlQuery &q, const ReliefYearLoader::Statement &s)
{
    q.setForwardOnly(true);
    if (!q.prepare(s.sql))
        return false;
    for (const QVariant &v : s.binds)
        q.addBindValue(v);
    return q.exec();
}
} // namespace

Result<ReliefYearLoader::Loaded> ReliefYearLoader::load(const Scope &scope, int schemeYear)
{
    using R = Result<Loaded>;
    const QList<Statement> sql = statements(scope, schemeYear, m_db.driverName() == QLatin1String("QSQLITE"));
    Loaded l;
    QSqlQuery q(m_db);
    if (!run(q, sql.at(0)))
        return R::failure(QStringLiteral("database"), tr("The persons' facts cannot be read."));
    while (q.next()) {
        DemoPersonYear p;
        PersonFacts &f = p.facts;
        if (q.value(1).toInt())
            f.categories |= ClaimCodes::bit(PersonCategory::Poverty);
        if (q.value(2).toInt())
            f.categories |= ClaimCodes::bit(PersonCategory::Dibao);
        if (q.value(3).toInt())
            f.categories |= ClaimCodes::bit(PersonCategory::Tekun);
        if (q.value(4).toInt())
            f.categories |= ClaimCodes::bit(PersonCategory::NearPoor);
        if (!q.value(5).isNull())
            f.deathDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        if (!q.value(7).isNull()) {
            f.tier = q.value(6).toInt();
            f.enrolled = q.value(7).toString() == QLatin1String("paid");
        }
        const QString id = q.value(0).toString();
        l.personIds.append(id);
        l.persons.insert(id, p);
    }

    if (!run(q, sql.at(1)))
        return R::failure(QStringLiteral("database"), tr("The persons' certifications cannot be read."));
    while (q.next()) {
        const auto it = l.persons.find(q.value(0).toString());
        if (it != l.persons.end())
            it->certifications.append({q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                       q.value(3).isNull() ? QDate()
                                                           : QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    }

    if (!run(q, sql.at(2)))
        return R::failure(QStringLiteral("database"), tr("The persons' claims cannot be read."));
    // Per person: (settled_at as stored, slip number) → the claim, sorted below
    // as ORDER BY s.settled_at, s.slip_no would.
    struct Keyed
    {
        QString settledAt;
        ReliefClaim claim;
    };
    QHash<QString, QList<Keyed>> read;
    while (q.next()) {
        QList<Keyed> &list = read[q.value(0).toString()];
        Keyed &k = list.emplace_back();
        ReliefClaim &c = k.claim;
        ClaimInput &in = c.input;
        in.id = q.value(1).toString();
        const auto kind = ClaimCodes::kind(q.value(2).toString());
        const auto level = ClaimCodes::level(q.value(3).toString());
        const auto location = ClaimCodes::location(q.value(4).toString());
        const auto referral = ClaimCodes::referral(q.value(5).toString());
        if (!kind || !level || !location || !referral)
            return R::failure(QStringLiteral("claim"),
                              tr("Claim %1 has an unknown kind, level, location or referral.").arg(in.id));
        in.kind = *kind;
        in.level = *level;
        in.location = *location;
        in.referral = *referral;
        in.admission = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        in.discharge = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        in.disease = q.value(8).toString();
        in.totalFen = q.value(9).toLongLong();
        in.selfPaidFen = q.value(10).toLongLong();
        in.categoryBCopayFen = q.value(11).toLongLong();
        in.accident = q.value(12).toInt() == 1;
        in.thirdPartyLiable = q.value(13).toInt() == 1;
        c.claimId = in.id;
        c.settlementId = q.value(14).toString();
        c.slipNo = q.value(15).toString();
        c.policyId = q.value(16).toString();
        c.policySha256 = q.value(17).toString();
        c.stored.totalFen = in.totalFen;
        c.stored.inScopeFen = q.value(18).toLongLong();
        c.stored.deductibleFen = q.value(19).toLongLong();
        c.stored.basicFen = q.value(20).toLongLong();
        c.stored.criticalFen = q.value(21).toLongLong();
        c.stored.assistanceFen = q.value(22).toLongLong();
        c.stored.reliefFen = q.value(23).toLongLong();
        c.stored.outOfPocketFen = q.value(24).toLongLong();
        c.refused = q.value(25).toString();
        c.flags = q.value(26).toString();
        k.settledAt = q.value(27).toString();
        c.settledAt = QDateTime::fromString(k.settledAt, Qt::ISODateWithMs);
    }
    QHash<QString, ReliefClaim *> bySettlement;
    for (auto it = read.begin(); it != read.end(); ++it) {
        QList<Keyed> &list = it.value();
        std::stable_sort(list.begin(), list.end(), [](const Keyed &a, const Keyed &b) {
            const int c = QString::compare(a.settledAt, b.settledAt);   // binary, as SQLite compares text
            return c != 0 ? c < 0 : QString::compare(a.claim.slipNo, b.claim.slipNo) < 0;
        });
        QList<ReliefClaim> &claims = l.claims[it.key()];
        claims.reserve(list.size());
        for (Keyed &k : list)
            claims.append(std::move(k.claim));
    }
    for (auto it = l.claims.begin(); it != l.claims.end(); ++it)
        for (ReliefClaim &c : it.value())
            bySettlement.insert(c.settlementId, &c);

    if (!run(q, sql.at(3)))
        return R::failure(QStringLiteral("database"), tr("The persons' adjustments cannot be read."));
    while (q.next()) {
        ReliefClaim *c = bySettlement.value(q.value(1).toString());
        if (!c)
            continue;   // its claim was reversed since
        c->policyId = q.value(2).toString();
        c->policySha256 = q.value(3).toString();
        c->stored.basicFen += q.value(4).toLongLong();
        c->stored.criticalFen += q.value(5).toLongLong();
        c->stored.assistanceFen += q.value(6).toLongLong();
        c->stored.reliefFen += q.value(7).toLongLong();
        c->stored.outOfPocketFen += q.value(8).toLongLong();
        c->flags = q.value(9).toString();
        ++c->adjustments;
    }
    return l;
}

Result<QList<PersonReliefYear>> ReliefYearLoader::years(const Scope &scope, int schemeYear, bool explain)
{
    using R = Result<QList<PersonReliefYear>>;
    const auto policy = yearPolicy(schemeYear);
    if (!policy)
        return R(policy.errors());
    auto loaded = load(scope, schemeYear);
    if (!loaded)
        return R(loaded.errors());
    Loaded &l = loaded.value();
    const auto lookup = [this](const QString &sha) { return policyBySha(sha); };
    QList<PersonReliefYear> out;
    out.reserve(l.personIds.size());
    for (const QString &id : std::as_const(l.personIds)) {
        PersonReliefYear y = ReliefYearCalculator::compute(policy.value(), lookup, l.persons.value(id),
                                                           l.claims.value(id), explain);
        y.personId = id;
        out.append(std::move(y));
    }
    return out;
}

Result<DemoPersonYear> ReliefYearLoader::personYear(const QString &personId, int schemeYear)
{
    auto loaded = load(Scope::person(personId), schemeYear);
    if (!loaded)
        return Result<DemoPersonYear>(loaded.errors());
    if (!loaded->persons.contains(personId))
        return Result<DemoPersonYear>::failure(QStringLiteral("person_id"), tr("Person: no such person."));
    return loaded->persons.value(personId);
}

Result<QList<ReliefClaim>> ReliefYearLoader::claims(const QString &personId, int schemeYear)
{
    auto loaded = load(Scope::person(personId), schemeYear);
    if (!loaded)
        return Result<QList<ReliefClaim>>(loaded.errors());
    return loaded->claims.value(personId);
}

Result<PersonReliefYear> ReliefYearLoader::person(const QString &personId, int schemeYear)
{
    using R = Result<PersonReliefYear>;
    auto list = years(Scope::person(personId), schemeYear);
    if (!list)
        return R(list.errors());
    if (list->isEmpty())
        return R::failure(QStringLiteral("person_id"), tr("Person: no such person."));
    return list->first();
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
    const auto computed = years(Scope::household(householdId), schemeYear);
    if (!computed)
        return R(computed.errors());
    QHash<QString, const PersonReliefYear *> byPerson;
    for (const PersonReliefYear &y : computed.value())
        byPerson.insert(y.personId, &y);
    for (HouseholdReliefYear::Member &m : h.members) {
        if (const PersonReliefYear *y = byPerson.value(m.personId))
            m.year = *y;
        m.year.personId = m.personId;
        h.totals.add(m.year.totals);
    }
    return h;
}
