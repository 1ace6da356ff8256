#include "policycorrectionmodel.h"

#include "domain/money.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/displayformat.h"

PolicyCorrectionModel::PolicyCorrectionModel(QObject *parent) : QAbstractTableModel(parent) {}

void PolicyCorrectionModel::setPreview(const PolicyCorrection::Preview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

int PolicyCorrectionModel::pendingCount() const
{
    int n = 0;
    for (const PolicyCorrection::Change &c : m_preview.changes)
        n += c.pending ? 1 : 0;
    return n;
}

int PolicyCorrectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.changes.size());
}

int PolicyCorrectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyCorrectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyCorrection::Change &c = m_preview.changes.at(index.row());
    const int col = index.column();
    qint64 fen = 0;
    bool money = true;
    switch (col) {
    case PaidBeforeColumn: fen = c.before.paidFen(); break;
    case PaidAfterColumn: fen = c.after.paidFen(); break;
    case ReliefBeforeColumn: fen = c.before.reliefFen; break;
    case ReliefAfterColumn: fen = c.after.reliefFen; break;
    case OutOfPocketBeforeColumn: fen = c.before.outOfPocketFen; break;
    case OutOfPocketAfterColumn: fen = c.after.outOfPocketFen; break;
    case ChangeColumn: fen = c.paidDeltaFen(); break;
    default: money = false;
    }
    switch (role) {
    case AdjustmentIdRole: return c.pendingAdjustmentId;
    case ProposedByRole: return c.pendingProposedBy;
    case FenRole: return money ? QVariant(fen) : QVariant();
    case Qt::TextAlignmentRole: return money ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    if (money) {
        const QString text = Money(fen).toDisplayString();
        return col == ChangeColumn && fen > 0 ? QLatin1Char('+') + text : text;
    }
    switch (col) {
    case PersonColumn: return c.personName;
    case SlipColumn: return c.slipNo;
    case KindColumn: return ClaimListModel::kindLabel(c.kind);
    case DateColumn: return DisplayFormat::date(c.discharge);
    case PolicyColumn: return c.fromPolicyId;
    case StatusColumn:
        //: policy correction: an adjustment waits for a reviewer / none proposed yet
        return c.pending ? tr("Awaiting approval") : tr("Not proposed");
    }
    return {};
}

QVariant PolicyCorrectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PersonColumn: return tr("Person");
    case SlipColumn: return tr("Slip no.");
    case KindColumn: return tr("Kind");
    case DateColumn: return tr("Date of care");
    //: column: the policy the amounts in force came from
    case PolicyColumn: return tr("Policy in force");
    //: column: all layers paid, now
    case PaidBeforeColumn: return tr("Paid now");
    //: column: all layers paid under the corrected policy
    case PaidAfterColumn: return tr("Paid if corrected");
    case ReliefBeforeColumn: return tr("Relief now");
    case ReliefAfterColumn: return tr("Relief if corrected");
    case OutOfPocketBeforeColumn: return tr("Out of pocket now");
    case OutOfPocketAfterColumn: return tr("Out of pocket if corrected");
    //: column: change of what the scheme pays
    case ChangeColumn: return tr("Change");
    case StatusColumn: return tr("Status");
    }
    return {};
}
