#include "reconciliationmodel.h"

#include "displayformat.h"
#include "domain/money.h"

ReconciliationModel::ReconciliationModel(const QSqlDatabase &db, const QString &townshipId, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_townshipId(townshipId), m_from(QDate::currentDate()), m_to(QDate::currentDate())
{
}

void ReconciliationModel::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    refresh();
}

void ReconciliationModel::refresh()
{
    beginResetModel();
    m_lines = ReconciliationReport::compute(m_db, m_townshipId, m_from, m_to);
    m_total = ReconciliationReport::total(m_lines);
    endResetModel();
}

bool ReconciliationModel::isMoney(int column)
{
    switch (column) {
    case PersonalColumn: case SubsidizedColumn: case SubsidyColumn: case IssuedColumn: case CashColumn:
    case BankColumn: case MobileColumn: case VoidedAmountColumn: case CashTotalColumn:
        return true;
    default:
        return false;
    }
}

qint64 ReconciliationModel::value(const ReconciliationReport::Line &l, int column)
{
    switch (column) {
    case ReceiptsColumn: return l.receiptsIssued;
    case PersonsColumn: return l.persons;
    case PersonalColumn: return l.personalFen;
    case SubsidizedColumn: return l.subsidizedFen;
    case SubsidyColumn: return l.subsidyFen;
    case IssuedColumn: return l.issuedFen;
    case CashColumn: return l.cashFen;
    case BankColumn: return l.bankFen;
    case MobileColumn: return l.mobileFen;
    case VoidedColumn: return l.receiptsVoided;
    case VoidedAmountColumn: return l.voidedFen;
    case CashTotalColumn: return l.cashTotalFen();
    default: return 0;
    }
}

int ReconciliationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_lines.isEmpty() ? 0 : int(m_lines.size()) + 1;
}

int ReconciliationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isTotal = index.row() == m_lines.size();
    const ReconciliationReport::Line &l = isTotal ? m_total : m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DayColumn)
            //: reconciliation: the total row
            return isTotal ? tr("Total") : DisplayFormat::date(l.day);
        if (index.column() == VillageColumn)
            return isTotal ? QString() : l.village;
        if (isMoney(index.column()))
            return Money(value(l, index.column())).toDisplayString();
        return DisplayFormat::count(value(l, index.column()));
    case Qt::TextAlignmentRole:
        if (index.column() >= ReceiptsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FenRole:
        return index.column() >= ReceiptsColumn ? QVariant(value(l, index.column())) : QVariant();
    case TotalRowRole:
        return isTotal;
    default: break;
    }
    return {};
}

QVariant ReconciliationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn: return tr("Date");
    case VillageColumn: return tr("Village");
    //: reconciliation column: receipts issued
    case ReceiptsColumn: return tr("Receipts");
    //: reconciliation column: persons enrolled
    case PersonsColumn: return tr("Persons");
    case PersonalColumn: return tr("Personal contributions");
    case SubsidizedColumn: return tr("Paid by the state");
    case SubsidyColumn: return tr("Government subsidy");
    case IssuedColumn: return tr("Receipts total");
    case CashColumn: return tr("Cash");
    case BankColumn: return tr("Bank card");
    case MobileColumn: return tr("Mobile payment");
    //: reconciliation column: receipts voided or refunded
    case VoidedColumn: return tr("Voided/refunded");
    case VoidedAmountColumn: return tr("Voided/refunded amount");
    case CashTotalColumn: return tr("Cash total");
    }
    return {};
}
