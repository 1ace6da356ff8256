#include "relieflist.h"

#include <QHash>
#include <QSqlQuery>

namespace {
// Person, household and bank account columns shared by both item queries.
const char kPersonColumns[] =
    "p.id, p.name, p.id_number, h.township_id, h.id, h.code, COALESCE(hp.name, ''), v.name, "
    "COALESCE(b.bank_name, ''), COALESCE(b.account_no, ''), COALESCE(b.holder_name, '')";
const char kPersonJoins[] =
    "JOIN person p ON p.id = c.person_id JOIN household h ON h.id = p.household_id "
    "JOIN village v ON v.id = h.village_id LEFT JOIN person hp ON hp.id = h.head_person_id "
    "LEFT JOIN bank_account b ON b.person_id = p.id AND b.deleted = 0 ";
} // namespace

Result<QList<ReliefList::Row>> ReliefList::load(const QSqlDatabase &db, const Query &query)
{
    using R = Result<QList<Row>>;
    if (query.batchId.isEmpty() && (!query.from.isValid() || !query.to.isValid() || query.to < query.from))
        return R::failure(QStringLiteral("period"), tr("Period: give a start date and an end date on or after it."));

    QString where;
    if (!query.townshipId.isEmpty())
        where += QStringLiteral(" AND h.township_id = :township");
    if (!query.villageId.isEmpty())
        where += QStringLiteral(" AND h.village_id = :village");

    // Settled claims (a reversed claim's status is 'reversed') whose assistance
    // or relief is not on a live payment line.
    QString settlementSql = QStringLiteral("SELECT %1, s.id, s.assistance_fen, s.relief_fen FROM settlement s "
                                           "JOIN claim c ON c.id = s.claim_id %2 "
                                           "WHERE s.deleted = 0 AND c.status = 'settled' AND s.reverses_settlement_id IS NULL ")
                                .arg(QLatin1String(kPersonColumns), QLatin1String(kPersonJoins));
    QString adjustmentSql = QStringLiteral("SELECT %1, a.id, a.assistance_delta_fen, a.relief_delta_fen "
                                           "FROM settlement_adjustment a JOIN claim c ON c.id = a.claim_id %2 "
                                           "WHERE a.deleted = 0 AND a.status = 'approved' AND c.status = 'settled' "
                                           "AND (a.assistance_delta_fen <> 0 OR a.relief_delta_fen <> 0) ")
                                .arg(QLatin1String(kPersonColumns), QLatin1String(kPersonJoins));
    if (query.batchId.isEmpty()) {
        settlementSql += QStringLiteral(
            "AND (s.assistance_fen > 0 OR s.relief_fen > 0) AND c.scheme_year = :year "
            "AND substr(s.settled_at, 1, 10) BETWEEN :from AND :to "
            "AND NOT EXISTS (SELECT 1 FROM relief_batch_line l WHERE l.settlement_id = s.id AND l.deleted = 0)");
        adjustmentSql += QStringLiteral(
            "AND a.scheme_year = :year AND substr(a.approved_at, 1, 10) BETWEEN :from AND :to "
            "AND NOT EXISTS (SELECT 1 FROM relief_batch_line l WHERE l.adjustment_id = a.id AND l.deleted = 0)");
    } else {
        settlementSql += QStringLiteral(
            "AND EXISTS (SELECT 1 FROM relief_batch_line l WHERE l.settlement_id = s.id AND l.batch_id = :batch "
            "AND l.deleted = 0)");
        adjustmentSql += QStringLiteral(
            "AND EXISTS (SELECT 1 FROM relief_batch_line l WHERE l.adjustment_id = a.id AND l.batch_id = :batch "
            "AND l.deleted = 0)");
    }
    settlementSql += where + QStringLiteral(" ORDER BY v.code, h.code, p.relation <> 'self', p.birth_date, p.id, s.slip_no");
    adjustmentSql += where + QStringLiteral(" ORDER BY a.approved_at, a.id");

    QList<Row> rows;
    QHash<QString, int> byPerson;
    for (int pass = 0; pass < 2; ++pass) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(pass == 0 ? settlementSql : adjustmentSql);
        if (!query.townshipId.isEmpty())
            q.bindValue(QStringLiteral(":township"), query.townshipId);
        if (!query.villageId.isEmpty())
            q.bindValue(QStringLiteral(":village"), query.villageId);
        if (query.batchId.isEmpty()) {
            q.bindValue(QStringLiteral(":year"), query.schemeYear);
            q.bindValue(QStringLiteral(":from"), query.from.toString(Qt::ISODate));
            q.bindValue(QStringLiteral(":to"), query.to.toString(Qt::ISODate));
        } else {
            q.bindValue(QStringLiteral(":batch"), query.batchId);
        }
        if (!q.exec())
            return R::failure(QStringLiteral("database"), tr("The relief list cannot be read."));
        while (q.next()) {
            const QString personId = q.value(0).toString();
            auto it = byPerson.find(personId);
            if (it == byPerson.end()) {
                Row r;
                r.personId = personId;
                r.name = q.value(1).toString();
                r.idNumber = q.value(2).toString();
                r.townshipId = q.value(3).toString();
                r.householdId = q.value(4).toString();
                r.householdCode = q.value(5).toString();
                r.headName = q.value(6).toString();
                r.village = q.value(7).toString();
                r.bankName = q.value(8).toString();
                r.accountNo = q.value(9).toString();
                r.holderName = q.value(10).toString();
                it = byPerson.insert(personId, int(rows.size()));
                rows.append(r);
            }
            Row &r = rows[it.value()];
            const qint64 assistance = q.value(12).toLongLong();
            const qint64 relief = q.value(13).toLongLong();
            r.assistanceFen += assistance;
            r.reliefFen += relief;
            if (pass == 0) {
                ++r.claims;
                r.settlementIds << q.value(11).toString();
                r.settlementAmounts.append({assistance, relief});
            } else {
                r.adjustmentIds << q.value(11).toString();
                r.adjustmentAmounts.append({assistance, relief});
            }
        }
    }
    return rows;
}

ReliefList::Totals ReliefList::totals(const QList<Row> &rows)
{
    Totals t;
    for (const Row &r : rows) {
        ++t.persons;
        t.claims += r.claims;
        t.assistanceFen += r.assistanceFen;
        t.reliefFen += r.reliefFen;
    }
    return t;
}
