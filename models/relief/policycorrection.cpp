#include "policycorrection.h"

#include "engine/settlementengine.h"
#include "reliefyearloader.h"

#include <QSqlQuery>

Result<PolicyCorrection::Preview> PolicyCorrection::preview(const QSqlDatabase &db, const QString &townshipId,
                                                            int schemeYear)
{
    using R = Result<Preview>;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, sha256 FROM policy WHERE scheme_year = ? AND deleted = 0 "
                             "ORDER BY policy_version DESC LIMIT 1"));
    q.addBindValue(schemeYear);
    if (!q.exec() || !q.next())
        return R::failure(QStringLiteral("policy"), tr("No policy is published for scheme year %1.").arg(schemeYear));
    Preview p;
    p.policyId = q.value(0).toString();
    p.policySha256 = q.value(1).toString();
    ReliefYearLoader loader(db);
    const Policy *newest = loader.policyBySha(p.policySha256);
    if (!newest)
        return R::failure(QStringLiteral("policy"), tr("The policy %1 cannot be read.").arg(p.policyId));

    q.prepare(QStringLiteral("SELECT DISTINCT c.person_id, p.name FROM claim c JOIN person p ON p.id = c.person_id "
                             "WHERE c.scheme_year = ? AND c.status = 'settled' AND c.deleted = 0 "
                             "AND (? = '' OR c.township_id = ?) ORDER BY p.name, c.person_id"));
    q.addBindValue(schemeYear);
    const QString township = townshipId.isNull() ? QStringLiteral("") : townshipId;   // null would bind as NULL
    q.addBindValue(township);
    q.addBindValue(township);
    if (!q.exec())
        return R::failure(QStringLiteral("database"), tr("The settled claims cannot be read."));
    QList<QPair<QString, QString>> persons;
    while (q.next())
        persons.append({q.value(0).toString(), q.value(1).toString()});

    QHash<QString, QPair<QString, QString>> pending;   // claim → (adjustment, maker)
    q.prepare(QStringLiteral("SELECT claim_id, id, created_by FROM settlement_adjustment WHERE status = 'proposed' "
                             "AND deleted = 0 AND scheme_year = ?"));
    q.addBindValue(schemeYear);
    if (q.exec())
        while (q.next())
            pending.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});

    // Everyone's facts and claims in one load, not one per person.
    auto loaded = loader.load(ReliefYearLoader::Scope::settledClaims(schemeYear, township), schemeYear);
    if (!loaded)
        return R(loaded.errors());
    for (const auto &[personId, name] : persons) {
        if (!loaded->persons.contains(personId))
            continue;   // deleted since
        for (Change &ch : changesOf(*newest, personId, name, loaded->persons.value(personId), loaded->claims.value(personId),
                                    &p.claimsChecked)) {
            ch.pending = pending.contains(ch.claimId);
            if (ch.pending) {
                ch.pendingAdjustmentId = pending.value(ch.claimId).first;
                ch.pendingProposedBy = pending.value(ch.claimId).second;
            }
            p.changes.append(ch);
        }
    }
    return p;
}

QList<PolicyCorrection::Change> PolicyCorrection::changesOf(const Policy &policy, const QString &personId, const QString &name,
                                                            DemoPersonYear person, const QList<ReliefClaim> &claims,
                                                            int *claimsChecked)
{
    // The whole year again with the policy, totals carried as the claims
    // were settled: a change early in the year moves later claims.
    QList<Change> out;
    YearToDate ytd;
    SettlementResult r;
    for (const ReliefClaim &c : claims) {
        ++*claimsChecked;
        const PersonFacts &facts = person.factsOn(c.input.discharge);
        if (!SettlementEngine::validate(policy, facts, c.input).ok())
            continue;
        SettlementEngine::compute(policy, facts, c.input, ytd, r);
        ytd = r.yearToDate;
        ReliefAmounts after;
        after.totalFen = c.input.totalFen;
        after.inScopeFen = r.inScopeFen;
        after.deductibleFen = r.deductibleFen;
        after.basicFen = r.basicFen;
        after.criticalFen = r.criticalFen;
        after.assistanceFen = r.assistanceFen;
        after.reliefFen = r.reliefFen;
        after.outOfPocketFen = r.outOfPocketFen;
        if (after.sameLayers(c.stored))
            continue;
        Change ch;
        ch.claimId = c.claimId;
        ch.settlementId = c.settlementId;
        ch.slipNo = c.slipNo;
        ch.personId = personId;
        ch.personName = name;
        ch.kind = ClaimCodes::code(c.input.kind);
        ch.discharge = c.input.discharge;
        ch.fromPolicyId = c.policyId;
        ch.before = c.stored;
        ch.after = after;
        ch.afterFlags = r.flagCodes().join(QLatin1Char(','));
        ch.refusedAfter = SettlementResult::refusalCode(r.refused);
        out.append(ch);
    }
    return out;
}

Result<QList<PolicyCorrection::Change>> PolicyCorrection::personChanges(const QSqlDatabase &db, const QString &personId,
                                                                        int schemeYear, const Policy &policy)
{
    using R = Result<QList<Change>>;
    ReliefYearLoader loader(db);
    // A person scope in plain SQL (PostgreSQL cannot type a bare "SELECT ?").
    auto loaded = loader.load({QStringLiteral("SELECT m.id FROM person m WHERE m.id = ?"), {personId}}, schemeYear);
    if (!loaded)
        return R(loaded.errors());
    if (!loaded->persons.contains(personId))
        return R::failure(QStringLiteral("person_id"), tr("Person: no such person."));
    int checked = 0;
    return changesOf(policy, personId, {}, loaded->persons.value(personId), loaded->claims.value(personId), &checked);
}
