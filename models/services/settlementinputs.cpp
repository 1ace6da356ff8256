#include "settlementinputs.h"

#include "engine/settlementengine.h"

#include <QSqlQuery>
#include <QSqlRecord>

Result<PersonFacts> SettlementInputs::personFacts(const QSqlDatabase &db, const QString &personId, int schemeYear,
                                                  const QDate &onDate)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT poverty, dibao, tekun, near_poor, death_date FROM person WHERE id = ? AND deleted = 0"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return Result<PersonFacts>::failure(QStringLiteral("person_id"), tr("Person: no such person."));
    PersonFacts f;
    if (q.value(0).toInt())
        f.categories |= ClaimCodes::bit(PersonCategory::Poverty);
    if (q.value(1).toInt())
        f.categories |= ClaimCodes::bit(PersonCategory::Dibao);
    if (q.value(2).toInt())
        f.categories |= ClaimCodes::bit(PersonCategory::Tekun);
    if (q.value(3).toInt())
        f.categories |= ClaimCodes::bit(PersonCategory::NearPoor);
    if (!q.value(4).isNull())
        f.deathDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);

    q.prepare(QStringLiteral("SELECT tier, status FROM enrollment WHERE person_id = ? AND scheme_year = ? AND deleted = 0"));
    q.addBindValue(personId);
    q.addBindValue(schemeYear);
    if (q.exec() && q.next()) {
        f.tier = q.value(0).toInt();
        f.enrolled = q.value(1).toString() == QLatin1String("paid");
    }

    q.prepare(QStringLiteral("SELECT DISTINCT disease_code FROM filing WHERE person_id = ? AND status = 'certified' "
                             "AND deleted = 0 AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"));
    const QString day = onDate.toString(Qt::ISODate);
    q.addBindValue(personId);
    q.addBindValue(day);
    q.addBindValue(day);
    if (q.exec())
        while (q.next())
            f.certified << q.value(0).toString();
    return f;
}

Result<ClaimInput> SettlementInputs::claimInput(const QVariantMap &row)
{
    ClaimInput c;
    c.id = row.value(QStringLiteral("id")).toString();
    const auto kind = ClaimCodes::kind(row.value(QStringLiteral("kind")).toString());
    const auto level = ClaimCodes::level(row.value(QStringLiteral("level")).toString());
    const auto location = ClaimCodes::location(row.value(QStringLiteral("location")).toString());
    const auto referral = ClaimCodes::referral(row.value(QStringLiteral("referral")).toString());
    if (!kind || !level || !location || !referral)
        return Result<ClaimInput>::failure(QStringLiteral("claim"), tr("Claim %1 has an unknown kind, level, location or referral.").arg(c.id));
    c.kind = *kind;
    c.level = *level;
    c.location = *location;
    c.referral = *referral;
    c.admission = QDate::fromString(row.value(QStringLiteral("admission")).toString(), Qt::ISODate);
    c.discharge = QDate::fromString(row.value(QStringLiteral("discharge")).toString(), Qt::ISODate);
    c.disease = row.value(QStringLiteral("disease_code")).toString();
    c.totalFen = row.value(QStringLiteral("total_fen")).toLongLong();
    c.selfPaidFen = row.value(QStringLiteral("self_paid_fen")).toLongLong();
    c.categoryBCopayFen = row.value(QStringLiteral("category_b_copay_fen")).toLongLong();
    c.accident = row.value(QStringLiteral("accident")).toInt() == 1;
    c.thirdPartyLiable = row.value(QStringLiteral("third_party_liable")).toInt() == 1;
    return c;
}

Result<YearToDate> SettlementInputs::yearToDate(const QSqlDatabase &db, const QString &personId, int schemeYear,
                                                const Policy &policy, const PersonFacts &person,
                                                const QString &beforeSettlementId)
{
    QString settledAt, slipNo;
    if (!beforeSettlementId.isEmpty()) {
        QSqlQuery b(db);
        b.prepare(QStringLiteral("SELECT settled_at, slip_no FROM settlement WHERE id = ?"));
        b.addBindValue(beforeSettlementId);
        if (!b.exec() || !b.next())
            return Result<YearToDate>::failure(QStringLiteral("database"), tr("The person's claims cannot be read."));
        settledAt = b.value(0).toString();
        slipNo = b.value(1).toString();
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.* FROM settlement s JOIN claim c ON c.id = s.claim_id "
        "WHERE c.person_id = ? AND c.scheme_year = ? AND c.status = 'settled' AND s.deleted = 0 "
        "AND s.reverses_settlement_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM settlement r WHERE r.claim_id = s.claim_id AND r.reverses_settlement_id = s.id "
        "AND r.deleted = 0) %1"
        "ORDER BY s.settled_at, s.slip_no")
                  .arg(beforeSettlementId.isEmpty() ? QString()
                                                    : QStringLiteral("AND (s.settled_at < ? OR (s.settled_at = ? AND s.slip_no < ?)) ")));
    q.addBindValue(personId);
    q.addBindValue(schemeYear);
    if (!beforeSettlementId.isEmpty()) {
        q.addBindValue(settledAt);
        q.addBindValue(settledAt);
        q.addBindValue(slipNo);
    }
    if (!q.exec())
        return Result<YearToDate>::failure(QStringLiteral("database"), tr("The person's claims cannot be read."));
    YearToDate ytd;
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        const auto claim = claimInput(row);
        if (!claim)
            return Result<YearToDate>(claim.errors());
        ytd = SettlementEngine::compute(policy, person, *claim, ytd).yearToDate;
    }
    return ytd;
}
