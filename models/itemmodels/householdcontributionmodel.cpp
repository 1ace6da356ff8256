#include "householdcontributionmodel.h"

#include "domain/money.h"
#include "engine/claimcodes.h"
#include "householdmembersmodel.h"
#include "services/policyservice.h"

#include <QSqlQuery>

HouseholdContributionModel::HouseholdContributionModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void HouseholdContributionModel::load(const QString &householdId, int schemeYear, int tier)
{
    beginResetModel();
    m_householdId = householdId;
    m_year = schemeYear;
    m_tier = tier;
    m_rows.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, relation, poverty, dibao, tekun, near_poor, status, id_number "
                             "FROM person WHERE household_id = ? AND deleted = 0 "
                             "ORDER BY relation <> 'self', birth_date, rowid"));
    q.addBindValue(householdId);
    // The same id number may be enrolled once a year anywhere in the replica.
    QSqlQuery enrolled(m_db);
    enrolled.prepare(QStringLiteral("SELECT h.code, r.serial FROM enrollment e JOIN person p ON p.id = e.person_id "
                                    "JOIN household h ON h.id = p.household_id LEFT JOIN receipt r ON r.id = e.receipt_id "
                                    "WHERE p.id_number = ? AND e.scheme_year = ? AND e.deleted = 0 "
                                    "AND e.status IN ('pending', 'paid')"));
    if (q.exec()) {
        while (q.next()) {
            Row r;
            r.id = q.value(0).toString();
            r.name = q.value(1).toString();
            r.relation = HouseholdMembersModel::relationLabel(q.value(2).toString());
            const bool poverty = q.value(3).toBool(), dibao = q.value(4).toBool(), tekun = q.value(5).toBool(),
                       nearPoor = q.value(6).toBool();
            r.categoryLabel = HouseholdMembersModel::categoriesLabel(poverty, dibao, tekun, nearPoor);
            if (poverty) r.categories |= ClaimCodes::bit(PersonCategory::Poverty);
            if (dibao) r.categories |= ClaimCodes::bit(PersonCategory::Dibao);
            if (tekun) r.categories |= ClaimCodes::bit(PersonCategory::Tekun);
            if (nearPoor) r.categories |= ClaimCodes::bit(PersonCategory::NearPoor);
            const QString status = q.value(7).toString();
            if (status == QLatin1String("dead"))
                r.note = tr("Deceased");
            else if (status == QLatin1String("moved_out"))
                r.note = tr("Moved out");
            else {
                enrolled.addBindValue(q.value(8));
                enrolled.addBindValue(schemeYear);
                if (enrolled.exec() && enrolled.next()) {
                    const QString code = enrolled.value(0).toString();
                    const QString serial = enrolled.value(1).toString();
                    r.note = serial.isEmpty() ? tr("Enrolled for %1 already (household %2)").arg(schemeYear).arg(code)
                                              : tr("Enrolled for %1 already (household %2, receipt %3)")
                                                    .arg(schemeYear).arg(code, serial);
                }
                enrolled.finish();
            }
            r.checked = r.note.isEmpty();
            m_rows.append(r);
        }
    }
    computeAmounts();
    endResetModel();
    emit totalChanged();
}

void HouseholdContributionModel::computeAmounts()
{
    m_policyProblem.clear();
    m_tiers.clear();
    const auto policy = PolicyService::forYear(m_db, m_year);
    if (!policy) {
        m_policyProblem = tr("No policy is published for scheme year %1: contributions cannot be taken.").arg(m_year);
    } else {
        m_tiers = policy->tierList;
        if (!policy->hasTier(m_tier))
            m_policyProblem = tr("The %1 policy has no tier %2.").arg(m_year).arg(m_tier);
    }
    for (Row &r : m_rows) {
        if (!m_policyProblem.isEmpty()) {
            r.personal = r.subsidized = r.subsidy = 0;
            continue;
        }
        // [policy §contributions] the same rule as EnrollmentService::enrollAndPay.
        const qint64 full = policy->personalContributionFen(m_tier, 0);
        r.personal = policy->personalContributionFen(m_tier, r.categories);
        r.subsidized = full - r.personal;
        r.subsidy = policy->governmentSubsidyFen(m_tier);
    }
}

void HouseholdContributionModel::setTier(int tier)
{
    m_tier = tier;
    computeAmounts();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit totalChanged();
}

QStringList HouseholdContributionModel::checkedPersonIds() const
{
    QStringList ids;
    for (const Row &r : m_rows)
        if (r.checked)
            ids << r.id;
    return ids;
}

void HouseholdContributionModel::setChecked(const QString &personId, bool checked)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == personId)
            setData(index(i, NameColumn), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

qint64 HouseholdContributionModel::totalFen() const
{
    qint64 total = 0;
    for (const Row &r : m_rows)
        if (r.checked)
            total += r.personal;
    return total;
}

qint64 HouseholdContributionModel::subsidizedTotalFen() const
{
    qint64 total = 0;
    for (const Row &r : m_rows)
        if (r.checked)
            total += r.subsidized;
    return total;
}

int HouseholdContributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdContributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdContributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool priced = r.note.isEmpty() && m_policyProblem.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case RelationColumn: return r.relation;
        case CategoryColumn: return r.categoryLabel;
        case PersonalColumn: return priced ? Money(r.personal).toDisplayString() : QString();
        case SubsidizedColumn: return priced ? Money(r.subsidized).toDisplayString() : QString();
        case SubsidyColumn: return priced ? Money(r.subsidy).toDisplayString() : QString();
        case NoteColumn: return r.note;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return r.checked ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= PersonalColumn && index.column() <= SubsidyColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PersonIdRole: return r.id;
    case EnrollableRole: return r.note.isEmpty();
    case FenRole:
        switch (index.column()) {
        case PersonalColumn: return r.personal;
        case SubsidizedColumn: return r.subsidized;
        case SubsidyColumn: return r.subsidy;
        }
        break;
    default: break;
    }
    return {};
}

bool HouseholdContributionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    Row &r = m_rows[index.row()];
    const bool checked = value.toInt() == Qt::Checked;
    if (checked && !r.note.isEmpty())
        return false;
    if (r.checked == checked)
        return true;
    r.checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit totalChanged();
    return true;
}

Qt::ItemFlags HouseholdContributionModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == NameColumn && m_rows.at(index.row()).note.isEmpty())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant HouseholdContributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case RelationColumn: return tr("Relation to head");
    case CategoryColumn: return tr("Category");
    //: what the person pays at the counter
    case PersonalColumn: return tr("Pays");
    case SubsidizedColumn: return tr("Paid by the state");
    case SubsidyColumn: return tr("Government subsidy");
    case NoteColumn: return tr("Note");
    }
    return {};
}
