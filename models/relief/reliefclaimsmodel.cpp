#include "reliefclaimsmodel.h"

#include "domain/money.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/claimslipmodel.h"
#include "itemmodels/displayformat.h"

ReliefClaimsModel::ReliefClaimsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReliefClaimsModel::setYear(const HouseholdReliefYear &year)
{
    beginResetModel();
    m_rows.clear();
    for (const HouseholdReliefYear::Member &m : year.members)
        for (const ReliefClaimLine &l : m.year.lines)
            m_rows.append({m.name, l});
    endResetModel();
}

const ReliefClaimLine *ReliefClaimsModel::line(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).line : nullptr;
}

QString ReliefClaimsModel::personName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).person : QString();
}

int ReliefClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReliefClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReliefClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ReliefClaim &c = row.line.claim;
    const ReliefAmounts &a = c.stored;
    qint64 fen = 0;
    switch (index.column()) {
    case TotalColumn: fen = a.totalFen; break;
    case InScopeColumn: fen = a.inScopeFen; break;
    case BasicColumn: fen = a.basicFen; break;
    case CriticalColumn: fen = a.criticalFen; break;
    case AssistanceColumn: fen = a.assistanceFen; break;
    case ReliefColumn: fen = a.reliefFen; break;
    case OutOfPocketColumn: fen = a.outOfPocketFen; break;
    default: break;
    }
    const bool money = index.column() >= TotalColumn && index.column() <= OutOfPocketColumn;
    switch (role) {
    case ExplanationRole:
    case Qt::ToolTipRole:
        return row.line.explanation;
    case ClaimIdRole:
        return c.claimId;
    case FenRole:
        return money ? QVariant(fen) : QVariant();
    case Qt::TextAlignmentRole:
        return money ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (money)
        return Money(fen).toDisplayString();
    switch (index.column()) {
    case PersonColumn: return row.person;
    case SlipColumn: return c.slipNo;
    case KindColumn: return ClaimListModel::kindLabel(ClaimCodes::code(c.input.kind));
    case DateColumn: return DisplayFormat::date(c.input.discharge);
    case NoteColumn: {
        QStringList notes;
        if (!c.refused.isEmpty())
            //: relief claims list: the claim was refused
            notes << tr("Refused");
        for (const QString &f : c.flags.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (f == QLatin1String("relief_cap_reached") || f == QLatin1String("basic_cap_reached"))
                notes << ClaimSlipModel::flagText(f);
        if (c.adjustments > 0)
            //: relief claims list: amounts changed by an approved adjustment
            notes << tr("Adjusted (%1)").arg(c.policyId);
        if (!row.line.matches)
            //: relief claims list: recomputing gives other amounts
            notes << tr("Recomputes differently");
        //: relief claims list: between the notes of one claim
        return notes.join(tr("; "));
    }
    }
    return {};
}

QVariant ReliefClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: column: insured person
    case PersonColumn: return tr("Person");
    //: column: settlement slip number
    case SlipColumn: return tr("Slip no.");
    //: column: claim kind
    case KindColumn: return tr("Kind");
    //: column: discharge or visit date
    case DateColumn: return tr("Date of care");
    case TotalColumn: return tr("Total cost");
    case InScopeColumn: return tr("In scope");
    case BasicColumn: return tr("Basic insurance");
    case CriticalColumn: return tr("Critical illness");
    case AssistanceColumn: return tr("Medical assistance");
    case ReliefColumn: return tr("Poverty relief");
    case OutOfPocketColumn: return tr("Out of pocket");
    //: column: flags and remarks of a claim
    case NoteColumn: return tr("Notes");
    }
    return {};
}
