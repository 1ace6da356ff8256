#include "relieflistmodel.h"

#include "domain/idnumber.h"
#include "domain/money.h"
#include "itemmodels/personsearchmodel.h"

ReliefListModel::ReliefListModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(viewer)
{
}

QString ReliefListModel::load(const ReliefList::Query &query)
{
    const auto rows = ReliefList::load(m_db, query);
    beginResetModel();
    m_query = query;
    m_rows = rows ? rows.value() : QList<ReliefList::Row>();
    m_totals = ReliefList::totals(m_rows);
    endResetModel();
    return rows ? QString() : rows.errorText();
}

QString ReliefListModel::idNumberText(const ReliefList::Row &row) const
{
    return PersonSearchModel::maySeeIdNumber(m_viewer, row.townshipId) ? row.idNumber : IdNumber::masked(row.idNumber);
}

int ReliefListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReliefListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReliefListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReliefList::Row &r = m_rows.at(index.row());
    const int col = index.column();
    const bool money = col == AssistanceColumn || col == ReliefColumn || col == TotalColumn;
    const qint64 fen = col == AssistanceColumn ? r.assistanceFen : col == ReliefColumn ? r.reliefFen : r.totalFen();
    switch (role) {
    case PersonIdRole: return r.personId;
    case FenRole: return money ? QVariant(fen) : QVariant();
    case Qt::TextAlignmentRole:
        return money || col == NumberColumn || col == ClaimsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                                   : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    if (money)
        return Money(fen).toDisplayString();
    switch (col) {
    case NumberColumn: return index.row() + 1;
    case VillageColumn: return r.village;
    case HouseholdColumn: return r.householdCode;
    case HeadColumn: return r.headName;
    case NameColumn: return r.name;
    case IdNumberColumn: return idNumberText(r);
    case ClaimsColumn: return r.claims;
    //: relief list: no bank account recorded
    case BankColumn: return r.bankName.isEmpty() ? tr("(not known)") : r.bankName;
    case AccountColumn: return r.accountNo;
    }
    return {};
}

QVariant ReliefListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: column: line number
    case NumberColumn: return tr("No.");
    case VillageColumn: return tr("Village");
    //: column: household code
    case HouseholdColumn: return tr("Household");
    //: column: head of household
    case HeadColumn: return tr("Head");
    case NameColumn: return tr("Name");
    case IdNumberColumn: return tr("Id number");
    //: column: number of settled claims
    case ClaimsColumn: return tr("Claims");
    case AssistanceColumn: return tr("Medical assistance");
    case ReliefColumn: return tr("Poverty relief");
    //: column: medical assistance + poverty relief
    case TotalColumn: return tr("Total");
    case BankColumn: return tr("Bank");
    case AccountColumn: return tr("Account no.");
    }
    return {};
}
