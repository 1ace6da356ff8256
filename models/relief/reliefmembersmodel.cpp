#include "reliefmembersmodel.h"

#include "domain/money.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/householdmembersmodel.h"

#include <QLocale>

ReliefMembersModel::ReliefMembersModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReliefMembersModel::setYear(const HouseholdReliefYear &year)
{
    beginResetModel();
    m_year = year;
    endResetModel();
}

QString ReliefMembersModel::percent(int bp)
{
    return QLocale().toString(bp / 100.0, 'f', 2) + QLatin1Char('%');
}

QString ReliefMembersModel::capText(const ReliefCapUse &cap)
{
    //: relief cap: what is left of it, and of how much
    const QString used = tr("%1 left of %2").arg(Money(cap.leftFen()).toDisplayString(), Money(cap.capFen).toDisplayString());
    if (!cap.reached())
        return used;
    //: relief cap: used, left, and the date it was reached
    return tr("%1 (reached %2)").arg(used, DisplayFormat::date(cap.reachedOn));
}

int ReliefMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_year.members.isEmpty() ? 0 : int(m_year.members.size()) + 1;
}

int ReliefMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReliefMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totalRow = index.row() == m_year.members.size();
    const HouseholdReliefYear::Member *m = totalRow ? nullptr : &m_year.members.at(index.row());
    const ReliefAmounts &t = totalRow ? m_year.totals : m->year.totals;
    if (role == PersonIdRole)
        return m ? m->personId : QString();
    if (role == Qt::TextAlignmentRole && index.column() >= ClaimsColumn && index.column() <= CoverageColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        //: relief household year: the row that sums the household
        return totalRow ? tr("Household") : m->name;
    case RelationColumn:
        return totalRow ? QString() : HouseholdMembersModel::relationLabel(m->relation);
    case CategoryColumn: {
        if (totalRow)
            return {};
        QStringList c;
        //: person category
        if (m->poverty) c << tr("Registered poverty");
        //: person category
        if (m->dibao) c << tr("Dibao");
        //: person category
        if (m->tekun) c << tr("Tekun");
        //: enrollment: not enrolled and paid for the year
        if (!m->enrolled) c << tr("Not enrolled");
        return c.join(QStringLiteral(", "));
    }
    case ClaimsColumn:
        return totalRow ? m_year.claimCount() : int(m->year.lines.size());
    case TotalColumn: return Money(t.totalFen).toDisplayString();
    case PaidColumn: return Money(t.paidFen()).toDisplayString();
    case ReliefColumn: return Money(t.reliefFen).toDisplayString();
    case OutOfPocketColumn: return Money(t.outOfPocketFen).toDisplayString();
    case CoverageColumn: return t.totalFen > 0 ? percent(t.coverageBp()) : QString();
    case InpatientCapColumn:
    case SpecialCapColumn: {
        if (totalRow || !m->year.relieved)
            return {};
        const ClaimKind kind = index.column() == InpatientCapColumn ? ClaimKind::Inpatient : ClaimKind::SpecialOutpatient;
        for (const ReliefCapUse &cap : m->year.caps)
            if (cap.kind == kind)
                return capText(cap);
        return {};
    }
    }
    return {};
}

QVariant ReliefMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    //: column: relation to the head of household
    case RelationColumn: return tr("Relation");
    //: column: poverty, dibao, tekun
    case CategoryColumn: return tr("Categories");
    //: column: number of settled claims
    case ClaimsColumn: return tr("Claims");
    case TotalColumn: return tr("Total cost");
    //: column: all layers paid
    case PaidColumn: return tr("Paid by the scheme");
    case ReliefColumn: return tr("Poverty relief");
    case OutOfPocketColumn: return tr("Out of pocket");
    //: column: combined coverage ratio = all layers paid / total cost
    case CoverageColumn: return tr("Coverage");
    //: column: the yearly inpatient relief cap
    case InpatientCapColumn: return tr("Inpatient relief cap");
    //: column: the yearly special-outpatient relief cap
    case SpecialCapColumn: return tr("Special-outpatient relief cap");
    }
    return {};
}
