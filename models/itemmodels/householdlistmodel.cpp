#include "householdlistmodel.h"

#include "displayformat.h"
#include "domain/idnumber.h"
#include "householdmembersmodel.h"
#include "personsearchmodel.h"

#include <QSqlError>
#include <QSqlQuery>

HouseholdListModel::HouseholdListModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(viewer), m_townshipId(viewer.townshipId)
{
}

void HouseholdListModel::setTownship(const QString &townshipId)
{
    m_townshipId = townshipId;
    refresh();
}

void HouseholdListModel::setYear(int year)
{
    m_year = year;
    refresh();
}

void HouseholdListModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    refresh();
}

QString HouseholdListModel::categoryLabel(Category category)
{
    switch (category) {
    case Category::Any: return tr("Any category");
    case Category::Poverty: return tr("Registered poverty");
    case Category::Dibao: return tr("Dibao");
    case Category::Tekun: return tr("Tekun");
    case Category::NearPoor: return tr("Near-poor");
    }
    return {};
}

QString HouseholdListModel::whereClause(QVariantList &values) const
{
    // Fixed fragments only; every value is bound. Person-then-enrollment
    // joins are CROSS JOINs: SQLite keeps that order and looks enrollments up
    // by (person_id, scheme_year); left free, it scanned the whole year's
    // enrollments per household (80 s to open the page on the county demo).
    QString sql = QStringLiteral(" WHERE h.deleted = 0");
    if (!m_townshipId.isEmpty()) {
        sql += QStringLiteral(" AND h.township_id = ?");
        values << m_townshipId;
    }
    if (!m_filter.villageId.isEmpty()) {
        sql += QStringLiteral(" AND h.village_id = ?");
        values << m_filter.villageId;
    }
    const char *column = nullptr;
    switch (m_filter.category) {
    case Category::Any: break;
    case Category::Poverty: column = "poverty"; break;
    case Category::Dibao: column = "dibao"; break;
    case Category::Tekun: column = "tekun"; break;
    case Category::NearPoor: column = "near_poor"; break;
    }
    if (column)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM person c WHERE c.household_id = h.id AND c.deleted = 0 "
                              "AND c.status = 'active' AND c.%1 = 1)").arg(QLatin1String(column));
    if (m_filter.unpaidOnly) {
        sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM person u CROSS JOIN enrollment ue ON ue.person_id = u.id "
                              "WHERE u.household_id = h.id AND u.deleted = 0 AND ue.scheme_year = ? "
                              "AND ue.deleted = 0 AND ue.status = 'paid')");
        values << m_year;
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        sql += QStringLiteral(" AND (h.code LIKE ? ESCAPE '\\' OR hp.name LIKE ? ESCAPE '\\' "
                              "OR hp.name_initials LIKE ? ESCAPE '\\')");
        values << escaped + QLatin1Char('%') << escaped + QLatin1Char('%') << escaped.toUpper() + QLatin1Char('%');
    }
    return sql;
}

QVector<HouseholdListModel::Row> HouseholdListModel::readPage(const QString &afterCode, const QString &afterId) const
{
    QVariantList values;
    values << m_year;
    QString sql = QStringLiteral(
        "SELECT h.id, h.code, v.name, h.township_id, hp.name, hp.id_number, h.address, h.phone, "
        "(SELECT COUNT(*) FROM person m WHERE m.household_id = h.id AND m.deleted = 0 AND m.status = 'active'), "
        "(SELECT MAX(m.poverty) | (MAX(m.dibao) << 1) | (MAX(m.tekun) << 2) | (MAX(m.near_poor) << 3) "
        "   FROM person m WHERE m.household_id = h.id AND m.deleted = 0 AND m.status = 'active'), "
        "(SELECT COUNT(*) FROM person m CROSS JOIN enrollment e ON e.person_id = m.id WHERE m.household_id = h.id "
        "   AND m.deleted = 0 AND e.scheme_year = ? AND e.deleted = 0 AND e.status = 'paid') "
        "FROM household h JOIN village v ON v.id = h.village_id LEFT JOIN person hp ON hp.id = h.head_person_id");
    sql += whereClause(values);
    if (!afterCode.isNull()) {
        // Keyset: codes are unique per township; the id breaks ties across townships.
        sql += QStringLiteral(" AND h.code >= ? AND (h.code > ? OR h.id > ?)");
        values << afterCode << afterCode << afterId;
    }
    sql += QStringLiteral(" ORDER BY h.code, h.id LIMIT ?");
    values << m_pageSize;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QVector<Row> rows;
    if (!q.exec()) {
        qWarning("HouseholdListModel: %s", qPrintable(q.lastError().text()));
        return rows;
    }
    while (q.next()) {
        Row r;
        r.id = q.value(0).toString();
        r.code = q.value(1).toString();
        r.village = q.value(2).toString();
        r.townshipId = q.value(3).toString();
        r.head = q.value(4).toString();
        r.headIdNumber = q.value(5).toString();
        r.address = q.value(6).toString();
        r.phone = q.value(7).toString();
        r.members = q.value(8).toInt();
        r.categories = q.value(9).toInt();
        r.paid = q.value(10).toInt();
        rows.append(r);
    }
    return rows;
}

void HouseholdListModel::refresh()
{
    beginResetModel();
    m_rows = readPage(QString(), QString());
    m_atEnd = m_rows.size() < m_pageSize;
    m_fetching = true;   // the reset's own signal handlers may ask for more
    endResetModel();
    m_fetching = false;
}

qint64 HouseholdListModel::totalCount() const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM household h LEFT JOIN person hp ON hp.id = h.head_person_id")
                        + whereClause(values);
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool HouseholdListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HouseholdListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching || m_rows.isEmpty())
        return;
    m_fetching = true;
    const QVector<Row> more = readPage(m_rows.last().code, m_rows.last().id);
    m_atEnd = more.size() < m_pageSize;
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows += more;
        endInsertRows();
    }
    m_fetching = false;
}

QString HouseholdListModel::householdId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int HouseholdListModel::rowOfHousehold(const QString &householdId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == householdId)
            return i;
    return -1;
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn: return r.code;
        case VillageColumn: return r.village;
        case HeadColumn: return r.head;
        case HeadIdNumberColumn:
            if (r.headIdNumber.isEmpty())
                return QString();
            return PersonSearchModel::maySeeIdNumber(m_viewer, r.townshipId) ? r.headIdNumber : IdNumber::masked(r.headIdNumber);
        case MembersColumn: return DisplayFormat::count(r.members);
        case CategoryColumn:
            return HouseholdMembersModel::categoriesLabel(r.categories & 1, r.categories & 2, r.categories & 4, r.categories & 8);
        case PaidColumn:
            if (r.paid == 0)
                //: household list: no member paid for the year
                return tr("Not paid");
            //: household list: paid members of live members, e.g. 3/4
            return tr("%1/%2 paid").arg(r.paid).arg(r.members);
        case AddressColumn: return r.address;
        case PhoneColumn: return r.phone;
        }
    } else if (role == HouseholdIdRole) {
        return r.id;
    } else if (role == Qt::TextAlignmentRole && index.column() == MembersColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Household code");
    case VillageColumn: return tr("Village");
    case HeadColumn: return tr("Head of household");
    case HeadIdNumberColumn: return tr("Head's id number");
    //: household list column: live members
    case MembersColumn: return tr("Members");
    case CategoryColumn: return tr("Category");
    //: household list column: paid for the scheme year
    case PaidColumn: return tr("Paid for %1").arg(m_year);
    case AddressColumn: return tr("Address");
    case PhoneColumn: return tr("Phone");
    }
    return {};
}

QList<QPair<QString, QString>> HouseholdListModel::villages(const QSqlDatabase &db, const QString &townshipId)
{
    QSqlQuery q(db);
    q.prepare(townshipId.isEmpty() ? QStringLiteral("SELECT id, name FROM village WHERE deleted = 0 ORDER BY code")
                                   : QStringLiteral("SELECT id, name FROM village WHERE deleted = 0 AND township_id = ? "
                                                    "ORDER BY code"));
    if (!townshipId.isEmpty())
        q.addBindValue(townshipId);
    QList<QPair<QString, QString>> result;
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}
