#include "claimlistmodel.h"

#include "displayformat.h"
#include "domain/idnumber.h"
#include "domain/money.h"
#include "personsearchmodel.h"
#include "roster/tablefilewriter.h"

#include <QSqlError>
#include <QSqlQuery>

ClaimListModel::ClaimListModel(const QSqlDatabase &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void ClaimListModel::setFilter(const Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    m_rows = readPage();
    // No fetching from inside the reset (views and the tester ask at once).
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

// Fixed fragments only; every value is bound. A unary + keeps SQLite off
// an index for that term. For a page (use Page) the aim is the newest 200
// in rowid order without a sort of all the matches: settled claims are most
// of the table, so newest first by rowid finds a page sooner than the
// status index; the few entered, returned and reversed claims come from
// claim_status(status, township_id) already in rowid order; and the page
// never goes through claim_dashboard(township_id, discharge, …), which
// hands a township's whole year (65,000 claims on the county demo) to a
// sort (40–130 ms, and 3 s when each was joined first). The totals (use
// Totals) read every match anyway, and that covering index is their best
// way through a township's period.
QString ClaimListModel::whereClause(const Filter &filter, Use use)
{
    const bool page = use == Use::Page;
    const bool statusIndex = !filter.status.isEmpty() && filter.status != QLatin1String("settled");
    QString w = QStringLiteral("c.deleted = 0");
    if (!filter.status.isEmpty())
        w += statusIndex ? QStringLiteral(" AND c.status = :status") : QStringLiteral(" AND +c.status = :status");
    if (!filter.townshipId.isEmpty())
        w += page && !statusIndex ? QStringLiteral(" AND +c.township_id = :township")
                                  : QStringLiteral(" AND c.township_id = :township");
    if (!filter.kind.isEmpty())
        w += QStringLiteral(" AND c.kind = :kind");
    if (filter.from.isValid())
        w += page ? QStringLiteral(" AND +c.discharge >= :from") : QStringLiteral(" AND c.discharge >= :from");
    if (filter.to.isValid())
        w += page ? QStringLiteral(" AND +c.discharge <= :to") : QStringLiteral(" AND c.discharge <= :to");
    if (!filter.institutionId.isEmpty())
        w += QStringLiteral(" AND c.institution_id = :institution");
    if (!filter.villageId.isEmpty())
        w += QStringLiteral(" AND c.person_id IN (SELECT vp.id FROM person vp JOIN household vh ON vh.id = vp.household_id "
                            "WHERE vh.village_id = :village)");
    return w;
}

void ClaimListModel::bindFilter(QSqlQuery &q, const Filter &filter)
{
    if (!filter.status.isEmpty())
        q.bindValue(QStringLiteral(":status"), filter.status);
    if (!filter.townshipId.isEmpty())
        q.bindValue(QStringLiteral(":township"), filter.townshipId);
    if (!filter.kind.isEmpty())
        q.bindValue(QStringLiteral(":kind"), filter.kind);
    if (filter.from.isValid())
        q.bindValue(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        q.bindValue(QStringLiteral(":to"), filter.to.toString(Qt::ISODate));
    if (!filter.institutionId.isEmpty())
        q.bindValue(QStringLiteral(":institution"), filter.institutionId);
    if (!filter.villageId.isEmpty())
        q.bindValue(QStringLiteral(":village"), filter.villageId);
}

// The shown columns of the claims in `source`, a row source that names the claim c.
static QString columnsOf(const QString &source, const QString &amounts)
{
    return QStringLiteral(
               "SELECT c.rowid, c.id, c.status, c.kind, c.discharge, c.person_id, p.name, p.id_number, c.township_id, "
               "i.name, c.created_by, c.total_fen, s.id, s.slip_no, %1, v.name FROM ")
               .arg(amounts)
           + source
           + QStringLiteral(" JOIN person p ON p.id = c.person_id LEFT JOIN institution i ON i.id = c.institution_id "
                            "LEFT JOIN household h ON h.id = p.household_id LEFT JOIN village v ON v.id = h.village_id "
                            "LEFT JOIN settlement s ON s.claim_id = c.id AND s.reverses_settlement_id IS NULL AND s.deleted = 0");
}

QString ClaimListModel::selectSql() const
{
    return columnsOf(QStringLiteral("claim c"), inForce()) + QStringLiteral(" WHERE ") + whereClause(m_filter, Use::Page);
}

QString ClaimListModel::inForce()
{
    // The amounts in force: the settlement's plus its approved adjustments
    // (AdjustmentService), as the relief screens and the dashboard count them.
    QStringList columns;
    for (const char *layer : {"basic", "critical", "assistance", "relief", "out_of_pocket"})
        columns << QStringLiteral("s.%1_fen + COALESCE((SELECT SUM(a.%1_delta_fen) FROM settlement_adjustment a "
                                  "WHERE a.claim_id = c.id AND a.settlement_id = s.id AND a.status = 'approved' "
                                  "AND a.deleted = 0), 0)")
                       .arg(QLatin1String(layer));
    return columns.join(QStringLiteral(", "));
}

ClaimListModel::Row ClaimListModel::rowOf(const QSqlQuery &q)
{
    Row r;
    r.rowid = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.status = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.discharge = q.value(4).toString();
    r.personId = q.value(5).toString();
    r.personName = q.value(6).toString();
    r.idNumber = q.value(7).toString();
    r.townshipId = q.value(8).toString();
    r.institution = q.value(9).toString();
    r.createdBy = q.value(10).toString();
    r.totalFen = q.value(11).toLongLong();
    r.settlementId = q.value(12).toString();
    r.slipNo = q.value(13).toString();
    r.basic = q.value(14);
    r.critical = q.value(15);
    r.assistance = q.value(16);
    r.relief = q.value(17);
    r.outOfPocket = q.value(18);
    r.village = q.value(19).toString();
    return r;
}

QVector<ClaimListModel::Row> ClaimListModel::readPage()
{
    QVector<Row> page;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The page's rowids first, from the claim table and its indexes alone,
    // then person, household, village, institution and settlement for those
    // rows only. Joined before the LIMIT, a village of the year (3,400
    // claims on the county demo) had every match joined before the sort
    // kept 200: 120 ms against 3 ms. (A claim's person always exists:
    // foreign key.)
    QString keys = QStringLiteral("SELECT c.rowid AS rid FROM claim c WHERE ") + whereClause(m_filter, Use::Page);
    if (!m_rows.isEmpty())
        keys += QStringLiteral(" AND c.rowid < :last");
    keys += QStringLiteral(" ORDER BY c.rowid DESC LIMIT :limit");
    q.prepare(columnsOf(QStringLiteral("(%1) k JOIN claim c ON c.rowid = k.rid").arg(keys), inForce())
              + QStringLiteral(" ORDER BY k.rid DESC"));
    bindFilter(q, m_filter);
    if (!m_rows.isEmpty())
        q.bindValue(QStringLiteral(":last"), m_rows.last().rowid);
    q.bindValue(QStringLiteral(":limit"), m_pageSize);
    if (!q.exec()) {
        m_atEnd = true;
        emit queryFailed(tr("The claims cannot be read: %1").arg(q.lastError().text()));
        return page;
    }
    while (q.next())
        page.append(rowOf(q));
    m_atEnd = page.size() < m_pageSize;
    return page;
}

ClaimListModel::Totals ClaimListModel::totals() const
{
    return totalsOf(m_db, m_filter);
}

ClaimListModel::Totals ClaimListModel::totalsOf(const QSqlDatabase &db, const Filter &filter, bool *ok)
{
    Totals t;
    bool done = true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(c.total_fen), 0) FROM claim c WHERE ") + whereClause(filter, Use::Totals));
    bindFilter(q, filter);
    if (q.exec() && q.next()) {
        t.claims = q.value(0).toLongLong();
        t.totalFen = q.value(1).toLongLong();
    } else {
        done = false;
    }
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(s.basic_fen), 0), COALESCE(SUM(s.critical_fen), 0), "
                             "COALESCE(SUM(s.assistance_fen), 0), COALESCE(SUM(s.relief_fen), 0), "
                             "COALESCE(SUM(s.out_of_pocket_fen), 0) "
                             "FROM claim c JOIN settlement s ON s.claim_id = c.id AND s.deleted = 0 WHERE ")
              + whereClause(filter, Use::Totals));
    bindFilter(q, filter);
    if (done && q.exec() && q.next()) {
        t.basicFen = q.value(0).toLongLong();
        t.criticalFen = q.value(1).toLongLong();
        t.assistanceFen = q.value(2).toLongLong();
        t.reliefFen = q.value(3).toLongLong();
        t.outOfPocketFen = q.value(4).toLongLong();
    } else {
        done = false;
    }
    // Approved adjustments of the claims' live settlements, from the few adjustments.
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(a.basic_delta_fen), 0), COALESCE(SUM(a.critical_delta_fen), 0), "
                             "COALESCE(SUM(a.assistance_delta_fen), 0), COALESCE(SUM(a.relief_delta_fen), 0), "
                             "COALESCE(SUM(a.out_of_pocket_delta_fen), 0) FROM settlement_adjustment a "
                             "CROSS JOIN settlement s ON s.id = a.settlement_id AND s.deleted = 0 "
                             "CROSS JOIN claim c ON c.id = a.claim_id "
                             "WHERE a.status = 'approved' AND a.deleted = 0 AND ")
              + whereClause(filter, Use::Totals));
    bindFilter(q, filter);
    if (done && q.exec() && q.next()) {
        t.basicFen += q.value(0).toLongLong();
        t.criticalFen += q.value(1).toLongLong();
        t.assistanceFen += q.value(2).toLongLong();
        t.reliefFen += q.value(3).toLongLong();
        t.outOfPocketFen += q.value(4).toLongLong();
    } else {
        done = false;
    }
    if (ok)
        *ok = done;
    return t;
}

Result<qint64> ClaimListModel::exportTo(const QString &path) const
{
    QStringList headers;
    QSet<int> moneyColumns;
    for (int c = 0; c < ColumnCount; ++c) {
        headers << headerData(c, Qt::Horizontal).toString();
        if (c >= TotalColumn && c <= OutOfPocketColumn)
            moneyColumns << c;
    }
    TableFileWriter out(path);
    Validation v = out.open(headers, moneyColumns, tr("Claims"));
    if (!v.ok())
        return Result<qint64>(v);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectSql() + QStringLiteral(" ORDER BY c.rowid DESC"));
    bindFilter(q, m_filter);
    if (!q.exec())
        return Result<qint64>::failure(QStringLiteral("file"), tr("The claims cannot be read: %1").arg(q.lastError().text()));
    qint64 claims = 0;
    while (q.next()) {
        const Row r = rowOf(q);
        QVariantList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << display(r, c, true);
        v = out.addRow(cells);
        if (!v.ok())
            return Result<qint64>(v);
        ++claims;
    }
    // The totals row: the same sums the page shows (reversals included).
    const Totals t = totals();
    QVariantList sums(ColumnCount);
    sums[SlipColumn] = tr("Total", "the totals row of the export");
    sums[PersonColumn] = tr("%n claim(s)", nullptr, int(t.claims));
    sums[TotalColumn] = t.totalFen;
    sums[BasicColumn] = t.basicFen;
    sums[CriticalColumn] = t.criticalFen;
    sums[AssistanceColumn] = t.assistanceFen;
    sums[ReliefColumn] = t.reliefFen;
    sums[OutOfPocketColumn] = t.outOfPocketFen;
    v = out.addRow(sums);
    if (v.ok())
        v = out.close();
    if (!v.ok())
        return Result<qint64>(v);
    return claims;
}

QDate ClaimListModel::latestDischarge(const QSqlDatabase &db, const QString &townshipId)
{
    QSqlQuery q(db);
    if (townshipId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT MAX(discharge) FROM claim WHERE deleted = 0"));
    } else {
        q.prepare(QStringLiteral("SELECT MAX(discharge) FROM claim WHERE township_id = ? AND deleted = 0"));
        q.addBindValue(townshipId);
    }
    return q.exec() && q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

QString ClaimListModel::claimId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ClaimListModel::rowOfClaim(const QString &claimId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == claimId)
            return i;
    return -1;
}

int ClaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ClaimIdRole: return r.id;
    case SettlementIdRole: return r.settlementId;
    case StatusRole: return r.status;
    case CreatedByRole: return r.createdBy;
    case PersonIdRole: return r.personId;
    case Qt::TextAlignmentRole:
        if (index.column() >= TotalColumn && index.column() <= OutOfPocketColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FenRole: return display(r, index.column(), true);
    case Qt::DisplayRole: return display(r, index.column(), false);
    default: return {};
    }
}

// A cell as the list shows it; with fen, the money columns as integer fen.
QVariant ClaimListModel::display(const Row &r, int column, bool fen) const
{
    auto money = [&](const QVariant &amount) -> QVariant {
        if (amount.isNull())
            return {};
        return fen ? QVariant(amount.toLongLong()) : QVariant(Money(amount.toLongLong()).toDisplayString());
    };
    switch (Column(column)) {
    case SlipColumn: return r.slipNo;
    case PersonColumn: return r.personName;
    case IdNumberColumn:
        return PersonSearchModel::maySeeIdNumber(m_viewer, r.townshipId) ? r.idNumber : IdNumber::masked(r.idNumber);
    case VillageColumn: return r.village;
    case KindColumn: return kindLabel(r.kind);
    case InstitutionColumn: return r.institution;
    case DischargeColumn: return DisplayFormat::date(QDate::fromString(r.discharge, Qt::ISODate));
    case TotalColumn: return money(r.totalFen);
    case BasicColumn: return money(r.basic);
    case CriticalColumn: return money(r.critical);
    case AssistanceColumn: return money(r.assistance);
    case ReliefColumn: return money(r.relief);
    case OutOfPocketColumn: return money(r.outOfPocket);
    case StatusColumn: return statusLabel(r.status);
    case ColumnCount: break;
    }
    return {};
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    //: claims list column: settlement slip number
    case SlipColumn: return tr("Slip no.");
    case PersonColumn: return tr("Name");
    case IdNumberColumn: return tr("Id number");
    //: claims list column: the village of the person's household
    case VillageColumn: return tr("Village");
    //: claims list column: inpatient / outpatient
    case KindColumn: return tr("Kind");
    case InstitutionColumn: return tr("Institution");
    //: claims list column: discharge (or visit) date
    case DischargeColumn: return tr("Discharge");
    //: claims list column: total cost
    case TotalColumn: return tr("Total");
    //: claims list column: basic insurance paid
    case BasicColumn: return tr("Basic");
    //: claims list column: critical-illness insurance paid
    case CriticalColumn: return tr("Critical illness");
    //: claims list column: medical assistance paid
    case AssistanceColumn: return tr("Assistance");
    //: claims list column: health poverty relief paid
    case ReliefColumn: return tr("Poverty relief");
    //: claims list column: what the person pays
    case OutOfPocketColumn: return tr("Out of pocket");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

bool ClaimListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void ClaimListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_resetting)
        return;
    const QVector<Row> page = readPage();
    if (page.isEmpty())
        return;
    m_resetting = true;   // no nested fetchMore() from the insert's own signal handlers
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_resetting = false;
}

QString ClaimListModel::kindLabel(const QString &code)
{
    //: claim kind
    if (code == QLatin1String("inpatient")) return tr("Inpatient");
    //: claim kind
    if (code == QLatin1String("general_outpatient")) return tr("General outpatient");
    //: claim kind
    if (code == QLatin1String("special_outpatient")) return tr("Special outpatient");
    return code;
}

QString ClaimListModel::statusLabel(const QString &code)
{
    //: claim status: waiting for review
    if (code == QLatin1String("entered")) return tr("Waiting for review");
    //: claim status: returned to the clerk
    if (code == QLatin1String("returned")) return tr("Returned");
    //: claim status
    if (code == QLatin1String("settled")) return tr("Settled");
    //: claim status: its settlement was reversed
    if (code == QLatin1String("reversed")) return tr("Reversed");
    return code;
}

QString ClaimListModel::levelLabel(const QString &code)
{
    //: institution level
    if (code == QLatin1String("village")) return tr("Village clinic");
    //: institution level
    if (code == QLatin1String("township")) return tr("Township health centre");
    //: institution level
    if (code == QLatin1String("county")) return tr("County hospital");
    //: institution level
    if (code == QLatin1String("city")) return tr("City hospital");
    //: institution level
    if (code == QLatin1String("province")) return tr("Province hospital");
    return code;
}

QString ClaimListModel::locationLabel(const QString &code)
{
    //: where care happened
    if (code == QLatin1String("in_county")) return tr("In county");
    //: where care happened
    if (code == QLatin1String("in_city")) return tr("Outside the county, in the city");
    //: where care happened
    if (code == QLatin1String("in_province")) return tr("Outside the city, in the province");
    //: where care happened
    if (code == QLatin1String("out_of_province")) return tr("Out of province");
    return code;
}

QString ClaimListModel::referralLabel(const QString &code)
{
    //: referral
    if (code == QLatin1String("none")) return tr("No referral");
    //: referral
    if (code == QLatin1String("referred")) return tr("Referred");
    //: referral: two-way referral back down
    if (code == QLatin1String("downward")) return tr("Downward referral");
    return code;
}

QString ClaimListModel::categoryLabel(const QString &code)
{
    //: person category
    if (code == QLatin1String("poverty")) return tr("Registered poverty");
    //: person category
    if (code == QLatin1String("dibao")) return tr("Dibao");
    //: person category
    if (code == QLatin1String("tekun")) return tr("Tekun");
    //: person category
    if (code == QLatin1String("near_poor")) return tr("Near-poor");
    return code;
}
