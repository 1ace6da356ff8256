#include "povertyhouseholdlistmodel.h"

#include "domain/role.h"

#include <QSqlQuery>

PovertyHouseholdListModel::PovertyHouseholdListModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(viewer)
{
}

void PovertyHouseholdListModel::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    reload();
}

void PovertyHouseholdListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QString township = RoleInfo::isCountyRole(m_viewer.role) ? QStringLiteral("") : m_viewer.townshipId;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // From the poverty persons to their households: far fewer than all households.
    q.prepare(QStringLiteral(
        "SELECT h.id, h.code, COALESCE(hp.name, ''), v.name, "
        "(SELECT COUNT(*) FROM person m WHERE m.household_id = h.id AND m.deleted = 0 AND m.poverty = 1), "
        "(SELECT COUNT(*) FROM person m WHERE m.household_id = h.id AND m.deleted = 0) "
        "FROM household h JOIN village v ON v.id = h.village_id LEFT JOIN person hp ON hp.id = h.head_person_id "
        "WHERE h.deleted = 0 AND h.id IN (SELECT household_id FROM person WHERE poverty = 1 AND deleted = 0) "
        "AND (? = '' OR h.township_id = ?) "
        "AND (? = '' OR h.code LIKE ? OR hp.name LIKE ? OR hp.name_initials LIKE ?) "
        "ORDER BY v.code, h.code LIMIT ?"));
    q.addBindValue(township);
    q.addBindValue(township);
    const QString f = m_filter.isNull() ? QStringLiteral("") : m_filter;
    q.addBindValue(f);
    q.addBindValue(f + QLatin1Char('%'));
    q.addBindValue(f + QLatin1Char('%'));
    q.addBindValue(f.toUpper() + QLatin1Char('%'));
    q.addBindValue(limit());
    if (q.exec())
        while (q.next())
            m_rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toInt(), q.value(5).toInt()});
    endResetModel();
}

QString PovertyHouseholdListModel::householdId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int PovertyHouseholdListModel::rowOfHousehold(const QString &householdId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == householdId)
            return i;
    return -1;
}

int PovertyHouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PovertyHouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PovertyHouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == HouseholdIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() >= PovertyColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn: return r.code;
    case HeadColumn: return r.head;
    case VillageColumn: return r.village;
    case PovertyColumn: return r.poverty;
    case MembersColumn: return r.members;
    }
    return {};
}

QVariant PovertyHouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: column: household code
    case CodeColumn: return tr("Household");
    //: column: head of household
    case HeadColumn: return tr("Head");
    case VillageColumn: return tr("Village");
    //: column: registered poverty persons in the household
    case PovertyColumn: return tr("Poverty persons");
    //: column: persons in the household
    case MembersColumn: return tr("Members");
    }
    return {};
}
