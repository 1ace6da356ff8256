#include "householdmembersmodel.h"

#include "displayformat.h"
#include "domain/idnumber.h"
#include "personsearchmodel.h"

#include <QDate>
#include <QSqlQuery>

HouseholdMembersModel::HouseholdMembersModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(viewer)
{
}

QString HouseholdMembersModel::relationLabel(const QString &code)
{
    if (code == QLatin1String("self")) return tr("Head of household");
    if (code == QLatin1String("spouse")) return tr("Spouse");
    if (code == QLatin1String("son")) return tr("Son");
    if (code == QLatin1String("daughter")) return tr("Daughter");
    if (code == QLatin1String("parent")) return tr("Parent");
    if (code == QLatin1String("grandchild")) return tr("Grandchild");
    if (code == QLatin1String("sibling")) return tr("Sibling");
    if (code == QLatin1String("other")) return tr("Other");
    return code;
}

QString HouseholdMembersModel::categoriesLabel(bool poverty, bool dibao, bool tekun, bool nearPoor)
{
    QStringList c;
    if (poverty)
        c << tr("registered poverty");
    if (dibao)
        c << tr("dibao");
    if (tekun)
        c << tr("tekun");
    if (nearPoor)
        c << tr("near-poor");
    //: separator between subsidized categories
    return c.join(tr(", "));
}

bool HouseholdMembersModel::setPerson(const QString &personId)
{
    beginResetModel();
    m_personId.clear();
    m_household = {};
    m_members.clear();
    QSqlQuery h(m_db);
    h.prepare(QStringLiteral("SELECT h.id, h.code, h.township_id, t.name, v.name, h.address, h.phone "
                             "FROM person p JOIN household h ON h.id = p.household_id "
                             "JOIN village v ON v.id = h.village_id JOIN township t ON t.id = h.township_id "
                             "WHERE p.id = ?"));
    h.addBindValue(personId);
    if (!h.exec() || !h.next()) {
        endResetModel();
        return false;
    }
    m_personId = personId;
    m_household = {h.value(0).toString(), h.value(1).toString(), h.value(2).toString(), h.value(3).toString(),
                   h.value(4).toString(), h.value(5).toString(), h.value(6).toString()};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, relation, sex, birth_date, id_number, poverty, dibao, tekun, near_poor, status "
                             "FROM person WHERE household_id = ? AND deleted = 0 "
                             "ORDER BY relation <> 'self', birth_date, rowid"));
    q.addBindValue(m_household.id);
    if (q.exec()) {
        while (q.next()) {
            m_members.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toString(), q.value(5).toString(),
                              categoriesLabel(q.value(6).toBool(), q.value(7).toBool(), q.value(8).toBool(), q.value(9).toBool()),
                              q.value(10).toString()});
        }
    }
    endResetModel();
    return true;
}

int HouseholdMembersModel::rowOfPerson(const QString &personId) const
{
    for (int i = 0; i < m_members.size(); ++i)
        if (m_members.at(i).id == personId)
            return i;
    return -1;
}

int HouseholdMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int HouseholdMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return m.name;
        case RelationColumn: return relationLabel(m.relation);
        case SexColumn: return PersonSearchModel::sexLabel(m.sex);
        case BirthDateColumn: return DisplayFormat::date(QDate::fromString(m.birthDate, Qt::ISODate));
        case IdNumberColumn:
            return PersonSearchModel::maySeeIdNumber(m_viewer, m_household.townshipId) ? m.idNumber : IdNumber::masked(m.idNumber);
        case CategoryColumn: return m.categories;
        case StatusColumn: return PersonSearchModel::statusLabel(m.status);
        }
    } else if (role == PersonIdRole) {
        return m.id;
    }
    return {};
}

QVariant HouseholdMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case RelationColumn: return tr("Relation to head");
    case SexColumn: return tr("Sex");
    case BirthDateColumn: return tr("Date of birth");
    case IdNumberColumn: return tr("Id number");
    case CategoryColumn: return tr("Subsidized category");
    case StatusColumn: return tr("Status");
    }
    return {};
}
