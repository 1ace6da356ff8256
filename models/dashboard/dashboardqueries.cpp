#include "dashboardqueries.h"

#include <QHash>
#include <algorithm>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Prepares and runs sql with the scope's township bound to :township when
// the scope has one (the fragment townshipSql is left out otherwise), and
// the other named values. Fixed fragments only; every value is bound.
bool run(QSqlQuery &q, QString sql, const QString &townshipSql, const DashboardScope &scope,
         const QList<QPair<QString, QVariant>> &values, QString *error)
{
    sql.replace(QStringLiteral("{township}"), scope.townshipId.isEmpty() ? QString() : townshipSql);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    if (!scope.townshipId.isEmpty())
        q.bindValue(QStringLiteral(":township"), scope.townshipId);
    for (const auto &[name, value] : values)
        q.bindValue(name, value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

template <typename T>
Result<T> failed(const QString &what, const QString &error)
{
    return Result<T>::failure(QStringLiteral("dashboard"), what.arg(error));
}

} // namespace

QString DashboardQueries::yearStart(int year)
{
    return QDate(year, 1, 1).toString(Qt::ISODate);
}

QString DashboardQueries::yearEnd(int year)
{
    return QDate(year, 12, 31).toString(Qt::ISODate);
}

QString DashboardQueries::localDayShift(int year)
{
    // No daylight saving in China: the offset of 1 January holds all year.
    const int offset = QDate(year, 1, 1).startOfDay().offsetFromUtc();
    return QStringLiteral("%1%2 seconds").arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+')).arg(qAbs(offset));
}

Result<QVector<EnrollmentArea>> DashboardQueries::enrollment(const QSqlDatabase &db, const DashboardScope &scope)
{
    const bool county = scope.townshipId.isEmpty();
    // The areas first, so that one with nobody in it shows as 0 of 0.
    QVector<EnrollmentArea> areas;
    QHash<QString, int> index;
    {
        QSqlQuery q(db);
        QString error;
        const QString sql = county ? QStringLiteral("SELECT id, name FROM township WHERE deleted = 0 ORDER BY code")
                                   : QStringLiteral("SELECT id, name FROM village WHERE deleted = 0{township} ORDER BY code");
        if (!run(q, sql, QStringLiteral(" AND township_id = :township"), scope, {}, &error))
            return failed<QVector<EnrollmentArea>>(tr("The enrollment rates cannot be read: %1"), error);
        while (q.next()) {
            index.insert(q.value(0).toString(), int(areas.size()));
            areas.append({q.value(0).toString(), q.value(1).toString(), 0, 0});
        }
    }
    QSqlQuery q(db);
    QString error;
    const QString sql = QStringLiteral(
        "SELECT %1, COUNT(*), COUNT(e.person_id) FROM household h JOIN person p ON p.household_id = h.id "
        "LEFT JOIN enrollment e ON e.person_id = p.id AND e.scheme_year = :year AND e.deleted = 0 AND e.status = 'paid' "
        "WHERE h.deleted = 0{township} AND p.deleted = 0 AND p.status <> 'moved_out' "
        "AND (p.death_date IS NULL OR p.death_date >= :start) GROUP BY 1")
                            .arg(county ? QStringLiteral("h.township_id") : QStringLiteral("h.village_id"));
    if (!run(q, sql, QStringLiteral(" AND h.township_id = :township"), scope,
             {{QStringLiteral(":year"), scope.year}, {QStringLiteral(":start"), yearStart(scope.year)}}, &error))
        return failed<QVector<EnrollmentArea>>(tr("The enrollment rates cannot be read: %1"), error);
    while (q.next()) {
        const int i = index.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;   // a household of a deleted village
        areas[i].persons = q.value(1).toLongLong();
        areas[i].enrolled = q.value(2).toLongLong();
    }
    return areas;
}

Result<QVector<ContributionPeriod>> DashboardQueries::contributionsByDay(const QSqlDatabase &db,
                                                                        const DashboardScope &scope)
{
    QSqlQuery q(db);
    QString error;
    if (!run(q,
             QStringLiteral("SELECT date(issued_at, :shift) AS day, COUNT(*), SUM(total_fen) FROM receipt "
                            "WHERE 1 = 1{township} AND scheme_year = :year AND deleted = 0 "
                            "AND status NOT IN ('voided', 'refunded') GROUP BY day ORDER BY day"),
             QStringLiteral(" AND township_id = :township"), scope,
             {{QStringLiteral(":shift"), localDayShift(scope.year)}, {QStringLiteral(":year"), scope.year}}, &error))
        return failed<QVector<ContributionPeriod>>(tr("The contributions cannot be read: %1"), error);
    QVector<ContributionPeriod> days;
    while (q.next())
        days.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return days;
}

QVector<ContributionPeriod> DashboardQueries::byMonth(const QVector<ContributionPeriod> &days)
{
    QMap<QDate, ContributionPeriod> months;
    for (const ContributionPeriod &d : days) {
        const QDate first(d.day.year(), d.day.month(), 1);
        ContributionPeriod &m = months[first];
        m.day = first;
        m.receipts += d.receipts;
        m.fen += d.fen;
    }
    return months.values().toVector();
}

Result<QVector<ClaimMonth>> DashboardQueries::claimsByMonth(const QSqlDatabase &db, const DashboardScope &scope)
{
    QVector<ClaimMonth> months(12);
    for (int i = 0; i < 12; ++i)
        months[i].month = i + 1;
    const QList<QPair<QString, QVariant>> period = {{QStringLiteral(":from"), yearStart(scope.year)},
                                                    {QStringLiteral(":to"), yearEnd(scope.year)}};
    const QString township = QStringLiteral(" AND c.township_id = :township");
    QString error;
    // The claims themselves (a claim may have more than one settlement).
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT CAST(substr(c.discharge, 6, 2) AS INTEGER), COUNT(*), SUM(c.total_fen) FROM claim c "
                            "WHERE 1 = 1{township} AND c.discharge >= :from AND c.discharge <= :to "
                            "AND c.status = 'settled' AND c.deleted = 0 GROUP BY 1"),
             township, scope, period, &error))
        return failed<QVector<ClaimMonth>>(tr("The claims cannot be read: %1"), error);
    while (q.next()) {
        const int m = q.value(0).toInt();
        if (m < 1 || m > 12)
            continue;
        months[m - 1].claims = q.value(1).toLongLong();
        months[m - 1].totalFen = q.value(2).toLongLong();
    }
    // Every settlement of them, per layer.
    QSqlQuery s(db);
    if (!run(s,
             QStringLiteral("SELECT CAST(substr(c.discharge, 6, 2) AS INTEGER), SUM(s.basic_fen), SUM(s.critical_fen), "
                            "SUM(s.assistance_fen), SUM(s.relief_fen), SUM(s.out_of_pocket_fen) "
                            "FROM claim c JOIN settlement s ON s.claim_id = c.id AND s.deleted = 0 "
                            "WHERE 1 = 1{township} AND c.discharge >= :from AND c.discharge <= :to "
                            "AND c.status = 'settled' AND c.deleted = 0 GROUP BY 1"),
             township, scope, period, &error))
        return failed<QVector<ClaimMonth>>(tr("The claims cannot be read: %1"), error);
    while (s.next()) {
        const int m = s.value(0).toInt();
        if (m < 1 || m > 12)
            continue;
        ClaimMonth &cm = months[m - 1];
        cm.basicFen = s.value(1).toLongLong();
        cm.criticalFen = s.value(2).toLongLong();
        cm.assistanceFen = s.value(3).toLongLong();
        cm.reliefFen = s.value(4).toLongLong();
        cm.outOfPocketFen = s.value(5).toLongLong();
    }
    // And their approved adjustments (AdjustmentService): the amounts in force,
    // as the claims list shows them. Read from the few adjustments.
    QSqlQuery a(db);
    if (!run(a,
             QStringLiteral("SELECT CAST(substr(c.discharge, 6, 2) AS INTEGER), SUM(a.basic_delta_fen), "
                            "SUM(a.critical_delta_fen), SUM(a.assistance_delta_fen), SUM(a.relief_delta_fen), "
                            "SUM(a.out_of_pocket_delta_fen) FROM settlement_adjustment a "
                            "CROSS JOIN settlement s ON s.id = a.settlement_id AND s.deleted = 0 "
                            "CROSS JOIN claim c ON c.id = a.claim_id "
                            "WHERE a.status = 'approved' AND a.deleted = 0{township} AND c.discharge >= :from "
                            "AND c.discharge <= :to AND c.status = 'settled' AND c.deleted = 0 GROUP BY 1"),
             township, scope, period, &error))
        return failed<QVector<ClaimMonth>>(tr("The claims cannot be read: %1"), error);
    while (a.next()) {
        const int m = a.value(0).toInt();
        if (m < 1 || m > 12)
            continue;
        ClaimMonth &cm = months[m - 1];
        cm.basicFen += a.value(1).toLongLong();
        cm.criticalFen += a.value(2).toLongLong();
        cm.assistanceFen += a.value(3).toLongLong();
        cm.reliefFen += a.value(4).toLongLong();
        cm.outOfPocketFen += a.value(5).toLongLong();
    }
    return months;
}

Result<QVector<FilingCount>> DashboardQueries::filingsByStatus(const QSqlDatabase &db, const DashboardScope &scope)
{
    QSqlQuery q(db);
    QString error;
    if (!run(q,
             QStringLiteral("SELECT f.status, COUNT(*) FROM filing f WHERE f.deleted = 0{township} "
                            "AND f.diagnosis_date >= :from AND f.diagnosis_date <= :to "
                            "GROUP BY f.status ORDER BY f.status"),
             QStringLiteral(" AND f.township_id = :township"), scope,
             {{QStringLiteral(":from"), yearStart(scope.year)}, {QStringLiteral(":to"), yearEnd(scope.year)}}, &error))
        return failed<QVector<FilingCount>>(tr("The filings cannot be read: %1"), error);
    QVector<FilingCount> counts;
    while (q.next())
        counts.append({q.value(0).toString(), {}, q.value(1).toLongLong()});
    // The workflow's order, not the alphabet's.
    static const QStringList order = {QStringLiteral("reported"),  QStringLiteral("returned"), QStringLiteral("reviewed"),
                                      QStringLiteral("submitted"), QStringLiteral("certified"), QStringLiteral("rejected"),
                                      QStringLiteral("expired"),   QStringLiteral("revoked")};
    std::stable_sort(counts.begin(), counts.end(), [](const FilingCount &a, const FilingCount &b) {
        return order.indexOf(a.code) < order.indexOf(b.code);
    });
    return counts;
}

Result<QVector<FilingCount>> DashboardQueries::filingsByDisease(const QSqlDatabase &db, const DashboardScope &scope)
{
    QSqlQuery q(db);
    QString error;
    if (!run(q,
             QStringLiteral("SELECT f.disease_code, (SELECT d.name FROM disease d WHERE d.code = f.disease_code "
                            "AND d.deleted = 0 ORDER BY d.scheme_year DESC LIMIT 1), COUNT(*) "
                            "FROM filing f WHERE f.deleted = 0{township} AND f.diagnosis_date >= :from "
                            "AND f.diagnosis_date <= :to GROUP BY f.disease_code "
                            "ORDER BY COUNT(*) DESC, f.disease_code"),
             QStringLiteral(" AND f.township_id = :township"), scope,
             {{QStringLiteral(":from"), yearStart(scope.year)}, {QStringLiteral(":to"), yearEnd(scope.year)}}, &error))
        return failed<QVector<FilingCount>>(tr("The filings cannot be read: %1"), error);
    QVector<FilingCount> counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return counts;
}

Result<PovertyCoverage> DashboardQueries::povertyCoverage(const QSqlDatabase &db, const DashboardScope &scope)
{
    QSqlQuery q(db);
    QString error;
    // One row per claim first: a claim may have more than one settlement.
    if (!run(q,
             QStringLiteral("SELECT COUNT(DISTINCT person_id), COUNT(*), SUM(total_fen), SUM(b), SUM(cr), SUM(a), "
                            "SUM(r), SUM(o) FROM (SELECT c.person_id, c.total_fen, SUM(s.basic_fen) AS b, "
                            "SUM(s.critical_fen) AS cr, SUM(s.assistance_fen) AS a, SUM(s.relief_fen) AS r, "
                            "SUM(s.out_of_pocket_fen) AS o FROM person p JOIN claim c ON c.person_id = p.id "
                            "JOIN settlement s ON s.claim_id = c.id AND s.deleted = 0 "
                            "WHERE p.poverty = 1 AND p.deleted = 0{township} AND c.discharge >= :from "
                            "AND c.discharge <= :to AND c.status = 'settled' AND c.deleted = 0 GROUP BY c.id)"),
             QStringLiteral(" AND c.township_id = :township"), scope,
             {{QStringLiteral(":from"), yearStart(scope.year)}, {QStringLiteral(":to"), yearEnd(scope.year)}}, &error))
        return failed<PovertyCoverage>(tr("The poverty persons' coverage cannot be read: %1"), error);
    PovertyCoverage c;
    if (q.next()) {
        c.persons = q.value(0).toLongLong();
        c.claims = q.value(1).toLongLong();
        c.totalFen = q.value(2).toLongLong();
        c.basicFen = q.value(3).toLongLong();
        c.criticalFen = q.value(4).toLongLong();
        c.assistanceFen = q.value(5).toLongLong();
        c.reliefFen = q.value(6).toLongLong();
        c.outOfPocketFen = q.value(7).toLongLong();
    }
    // Their approved adjustments, read from the few adjustments.
    QSqlQuery a(db);
    if (!run(a,
             QStringLiteral("SELECT SUM(a.basic_delta_fen), SUM(a.critical_delta_fen), SUM(a.assistance_delta_fen), "
                            "SUM(a.relief_delta_fen), SUM(a.out_of_pocket_delta_fen) FROM settlement_adjustment a "
                            "CROSS JOIN settlement s ON s.id = a.settlement_id AND s.deleted = 0 "
                            "CROSS JOIN claim c ON c.id = a.claim_id CROSS JOIN person p ON p.id = c.person_id "
                            "WHERE a.status = 'approved' AND a.deleted = 0 AND p.poverty = 1 AND p.deleted = 0{township} "
                            "AND c.discharge >= :from AND c.discharge <= :to AND c.status = 'settled' AND c.deleted = 0"),
             QStringLiteral(" AND c.township_id = :township"), scope,
             {{QStringLiteral(":from"), yearStart(scope.year)}, {QStringLiteral(":to"), yearEnd(scope.year)}}, &error))
        return failed<PovertyCoverage>(tr("The poverty persons' coverage cannot be read: %1"), error);
    if (a.next()) {
        c.basicFen += a.value(0).toLongLong();
        c.criticalFen += a.value(1).toLongLong();
        c.assistanceFen += a.value(2).toLongLong();
        c.reliefFen += a.value(3).toLongLong();
        c.outOfPocketFen += a.value(4).toLongLong();
    }
    return c;
}

Result<QVector<ReliefCapCount>> DashboardQueries::reliefCapsReached(const QSqlDatabase &db, const DashboardScope &scope)
{
    QSqlQuery q(db);
    QString error;
    // flags <> '' lets SQLite read the few flagged settlements only.
    if (!run(q,
             QStringLiteral("SELECT c.kind, COUNT(DISTINCT c.person_id), COUNT(DISTINCT c.id) "
                            "FROM settlement s JOIN claim c ON c.id = s.claim_id "
                            "WHERE s.flags <> '' AND (',' || s.flags || ',') LIKE '%,relief_cap_reached,%' "
                            "AND s.deleted = 0{township} AND c.discharge >= :from AND c.discharge <= :to "
                            "AND c.status = 'settled' AND c.deleted = 0 GROUP BY c.kind ORDER BY c.kind"),
             QStringLiteral(" AND c.township_id = :township"), scope,
             {{QStringLiteral(":from"), yearStart(scope.year)}, {QStringLiteral(":to"), yearEnd(scope.year)}}, &error))
        return failed<QVector<ReliefCapCount>>(tr("The relief caps reached cannot be read: %1"), error);
    // Every kind relief has a cap for, even with none reached.
    QVector<ReliefCapCount> counts = {{QStringLiteral("inpatient"), 0, 0}, {QStringLiteral("special_outpatient"), 0, 0}};
    while (q.next()) {
        const QString kind = q.value(0).toString();
        auto it = std::find_if(counts.begin(), counts.end(), [&](const ReliefCapCount &c) { return c.kind == kind; });
        if (it == counts.end())
            it = counts.insert(counts.end(), ReliefCapCount{kind, 0, 0});
        it->persons = q.value(1).toLongLong();
        it->claims = q.value(2).toLongLong();
    }
    return counts;
}

QList<int> DashboardQueries::schemeYears(const QSqlDatabase &db)
{
    QList<int> years;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT DISTINCT scheme_year FROM policy WHERE deleted = 0 ORDER BY scheme_year DESC")))
        while (q.next())
            years.append(q.value(0).toInt());
    return years;
}

QList<QPair<QString, QString>> DashboardQueries::townships(const QSqlDatabase &db)
{
    QList<QPair<QString, QString>> list;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id, name FROM township WHERE deleted = 0 ORDER BY code")))
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}
