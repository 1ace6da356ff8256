#include "dashboarddetailmodel.h"

#include "dashboardqueries.h"
#include "domain/idnumber.h"
#include "domain/money.h"
#include "dashboardtablemodel.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/personsearchmodel.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString channelLabel(const QString &code)
{
    if (code == QLatin1String("cash"))
        return DashboardDetailModel::tr("Cash");
    if (code == QLatin1String("bank"))
        return DashboardDetailModel::tr("Bank card");
    if (code == QLatin1String("mobile"))
        return DashboardDetailModel::tr("Mobile payment");
    if (code == QLatin1String("subsidy"))
        //: payment channel: the state paid the whole contribution
        return DashboardDetailModel::tr("Paid by the state");
    return code;
}

QString utcStart(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}


// A claim's approved adjustments of one layer (AdjustmentService): added to
// its settlements, the amounts in force, as the claims list shows them.
QString adjusted(const char *layer)
{
    return QStringLiteral("COALESCE((SELECT SUM(d.%1_delta_fen) FROM settlement_adjustment d WHERE d.claim_id = c.id "
                          "AND d.status = 'approved' AND d.deleted = 0), 0)")
        .arg(QLatin1String(layer));
}

} // namespace

DashboardDetailModel::DashboardDetailModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(viewer)
{
}

QString DashboardDetailModel::idNumberFor(const QString &idNumber, const QString &townshipId) const
{
    return PersonSearchModel::maySeeIdNumber(m_viewer, townshipId) ? idNumber : IdNumber::masked(idNumber);
}

// The query's columns are the model's, in order, then the person's id and
// the township id (for masking id numbers).
bool DashboardDetailModel::load(const QVector<Column> &columns, QSqlQuery &q, int personIdColumn, int townshipColumn,
                                const QList<int> &idNumberColumns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    m_error.clear();
    if (!q.exec()) {
        m_error = tr("The list cannot be read: %1").arg(q.lastError().text());
    } else {
        while (q.next()) {
            Row r;
            r.personId = personIdColumn >= 0 ? q.value(personIdColumn).toString() : QString();
            const QString township = q.value(townshipColumn).toString();
            r.values.reserve(columns.size());
            for (int c = 0; c < columns.size(); ++c) {
                QVariant v = q.value(c);
                if (idNumberColumns.contains(c))
                    v = idNumberFor(v.toString(), township);
                r.values.append(v);
            }
            m_rows.append(r);
        }
    }
    endResetModel();
    return m_error.isEmpty();
}

bool DashboardDetailModel::loadResidents(const DashboardScope &scope, const QString &areaId)
{
    const bool county = scope.townshipId.isEmpty();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT p.name, p.id_number, h.code, v.name, e.person_id IS NOT NULL, e.tier, e.personal_fen, p.id, "
                  "h.township_id FROM household h JOIN village v ON v.id = h.village_id "
                  "JOIN person p ON p.household_id = h.id "
                  "LEFT JOIN enrollment e ON e.person_id = p.id AND e.scheme_year = :year AND e.deleted = 0 "
                  "AND e.status = 'paid' WHERE h.deleted = 0 AND %1 = :area AND p.deleted = 0 "
                  "AND p.status <> 'moved_out' AND (p.death_date IS NULL OR p.death_date >= :start)%2 "
                  "ORDER BY v.code, h.code, p.rowid")
                  .arg(county ? QStringLiteral("h.township_id") : QStringLiteral("h.village_id"),
                       county ? QString() : QStringLiteral(" AND h.township_id = :township")));
    q.bindValue(QStringLiteral(":year"), scope.year);
    q.bindValue(QStringLiteral(":area"), areaId);
    q.bindValue(QStringLiteral(":start"), DashboardQueries::yearStart(scope.year));
    if (!county)
        q.bindValue(QStringLiteral(":township"), scope.townshipId);
    return load({{tr("Name"), Kind::Text},
                 {tr("Id number"), Kind::Text},
                 {tr("Household"), Kind::Text},
                 {tr("Village"), Kind::Text},
                 {tr("Enrolled and paid"), Kind::YesNo},
                 {tr("Tier"), Kind::Count},
                 {tr("Personal contribution"), Kind::Fen}},
                q, 7, 8, {ResidentIdNumber});
}

bool DashboardDetailModel::loadReceipts(const DashboardScope &scope, const QDate &from, const QDate &to)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.serial, date(r.issued_at, :shift), h.code, "
                             "(SELECT p.name FROM person p WHERE p.id = h.head_person_id), v.name, r.channel, r.total_fen, "
                             "NULL, r.township_id FROM receipt r JOIN household h ON h.id = r.household_id "
                             "JOIN village v ON v.id = h.village_id WHERE r.scheme_year = :year AND r.deleted = 0 "
                             "AND r.status NOT IN ('voided', 'refunded') AND r.issued_at >= :from AND r.issued_at < :to%1 "
                             "ORDER BY r.issued_at, r.serial")
                  .arg(scope.townshipId.isEmpty() ? QString() : QStringLiteral(" AND r.township_id = :township")));
    q.bindValue(QStringLiteral(":shift"), DashboardQueries::localDayShift(scope.year));
    q.bindValue(QStringLiteral(":year"), scope.year);
    q.bindValue(QStringLiteral(":from"), utcStart(from));
    q.bindValue(QStringLiteral(":to"), utcStart(to.addDays(1)));
    if (!scope.townshipId.isEmpty())
        q.bindValue(QStringLiteral(":township"), scope.townshipId);
    const bool ok = load({{tr("Receipt"), Kind::Text},
                          {tr("Issued"), Kind::Date},
                          {tr("Household"), Kind::Text},
                          {tr("Head of household"), Kind::Text},
                          {tr("Village"), Kind::Text},
                          {tr("Channel"), Kind::Text},
                          {tr("Amount"), Kind::Fen}},
                         q, -1, 8, {});
    for (Row &r : m_rows)
        r.values[ReceiptChannel] = channelLabel(r.values.at(ReceiptChannel).toString());
    return ok;
}

bool DashboardDetailModel::loadPovertyPersons(const DashboardScope &scope)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT p.name, p.id_number, v.name, COUNT(*), SUM(x.total_fen), SUM(x.b), SUM(x.cr), SUM(x.a), SUM(x.r), "
                  "SUM(x.o), CASE WHEN SUM(x.total_fen) > 0 THEN (SUM(x.b + x.cr + x.a + x.r) * 10000 + SUM(x.total_fen) / 2) "
                  "/ SUM(x.total_fen) ELSE 0 END, p.id, x.township_id "
                  "FROM (SELECT c.person_id, c.township_id, c.total_fen, SUM(s.basic_fen) + %2 AS b, "
                  "SUM(s.critical_fen) + %3 AS cr, SUM(s.assistance_fen) + %4 AS a, SUM(s.relief_fen) + %5 AS r, "
                  "SUM(s.out_of_pocket_fen) + %6 AS o "
                  "FROM person pp JOIN claim c ON c.person_id = pp.id JOIN settlement s ON s.claim_id = c.id AND s.deleted = 0 "
                  "WHERE pp.poverty = 1 AND pp.deleted = 0 AND c.discharge >= :from AND c.discharge <= :to "
                  "AND c.status = 'settled' AND c.deleted = 0%1 GROUP BY c.id) x "
                  "JOIN person p ON p.id = x.person_id JOIN household h ON h.id = p.household_id "
                  "JOIN village v ON v.id = h.village_id GROUP BY p.id ORDER BY v.code, h.code, p.name")
                  .arg(scope.townshipId.isEmpty() ? QString() : QStringLiteral(" AND c.township_id = :township"),
                       adjusted("basic"), adjusted("critical"), adjusted("assistance"), adjusted("relief"),
                       adjusted("out_of_pocket")));
    q.bindValue(QStringLiteral(":from"), DashboardQueries::yearStart(scope.year));
    q.bindValue(QStringLiteral(":to"), DashboardQueries::yearEnd(scope.year));
    if (!scope.townshipId.isEmpty())
        q.bindValue(QStringLiteral(":township"), scope.townshipId);
    return load({{tr("Name"), Kind::Text},
                 {tr("Id number"), Kind::Text},
                 {tr("Village"), Kind::Text},
                 {tr("Claims"), Kind::Count},
                 {tr("Total cost"), Kind::Fen},
                 {tr("Basic insurance"), Kind::Fen},
                 {tr("Critical-illness insurance"), Kind::Fen},
                 {tr("Medical assistance"), Kind::Fen},
                 {tr("Health poverty relief"), Kind::Fen},
                 {tr("Out-of-pocket"), Kind::Fen},
                 {tr("Combined coverage ratio"), Kind::Bp}},
                q, 11, 12, {PovertyIdNumber});
}

bool DashboardDetailModel::loadReliefCapClaims(const DashboardScope &scope, const QString &kind)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT MIN(s.slip_no), p.name, p.id_number, c.kind, c.discharge, c.total_fen, "
                  "(SELECT SUM(a.relief_fen) FROM settlement a WHERE a.claim_id = c.id AND a.deleted = 0) + %2, "
                  "(SELECT SUM(a.out_of_pocket_fen) FROM settlement a WHERE a.claim_id = c.id AND a.deleted = 0) + %3, "
                  "p.id, c.township_id FROM settlement s JOIN claim c ON c.id = s.claim_id "
                  "JOIN person p ON p.id = c.person_id "
                  "WHERE s.flags <> '' AND (',' || s.flags || ',') LIKE '%,relief_cap_reached,%' AND s.deleted = 0 "
                  "AND c.kind = :kind AND c.discharge >= :from AND c.discharge <= :to AND c.status = 'settled' "
                  "AND c.deleted = 0%1 GROUP BY c.id ORDER BY c.discharge, p.name")
                  .arg(scope.townshipId.isEmpty() ? QString() : QStringLiteral(" AND c.township_id = :township"),
                       adjusted("relief"), adjusted("out_of_pocket")));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":from"), DashboardQueries::yearStart(scope.year));
    q.bindValue(QStringLiteral(":to"), DashboardQueries::yearEnd(scope.year));
    if (!scope.townshipId.isEmpty())
        q.bindValue(QStringLiteral(":township"), scope.townshipId);
    const bool ok = load({{tr("Slip"), Kind::Text},
                          {tr("Name"), Kind::Text},
                          {tr("Id number"), Kind::Text},
                          {tr("Kind"), Kind::Text},
                          {tr("Discharge"), Kind::Date},
                          {tr("Total cost"), Kind::Fen},
                          {tr("Health poverty relief"), Kind::Fen},
                          {tr("Out-of-pocket"), Kind::Fen}},
                         q, 8, 9, {CapIdNumber});
    for (Row &r : m_rows)
        r.values[CapKind] = ClaimListModel::kindLabel(r.values.at(CapKind).toString());
    return ok;
}

qint64 DashboardDetailModel::total(int column) const
{
    qint64 sum = 0;
    for (const Row &r : m_rows)
        sum += r.values.value(column).toLongLong();
    return sum;
}

qint64 DashboardDetailModel::countYes(int column) const
{
    qint64 n = 0;
    for (const Row &r : m_rows)
        n += r.values.value(column).toBool() ? 1 : 0;
    return n;
}

QString DashboardDetailModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).personId : QString();
}

int DashboardDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DashboardDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QVariant v = r.values.at(index.column());
    const Kind kind = m_columns.at(index.column()).kind;
    switch (role) {
    case PersonIdRole: return r.personId;
    case ValueRole: return v;
    case Qt::TextAlignmentRole:
        if (kind == Kind::Count || kind == Kind::Fen || kind == Kind::Bp)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        if (v.isNull())
            return QString();
        switch (kind) {
        case Kind::Text: return v.toString();
        case Kind::Count: return DisplayFormat::count(v.toLongLong());
        case Kind::Fen: return Money(v.toLongLong()).toDisplayString();
        case Kind::Bp: return DashboardTableModel::percent(v.toLongLong());
        case Kind::Date: return DisplayFormat::date(QDate::fromString(v.toString(), Qt::ISODate));
        case Kind::YesNo: return v.toBool() ? tr("Yes") : tr("No");
        }
        return {};
    default: return {};
    }
}

QVariant DashboardDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_columns.at(section).header;
}
