#include "synchistorymodel.h"

#include "displayformat.h"


SyncHistoryModel::SyncHistoryModel(const QSqlDatabase &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void SyncHistoryModel::reload()
{
    beginResetModel();
    m_runs = SyncHistory::recent(m_db);
    endResetModel();
}

int SyncHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const SyncRunRecord &r = m_runs.at(index.row());
    if (role == HighlightRole)
        return !r.succeeded();
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return QStringList(QStringList{r.error} + r.problems).join(QLatin1Char('\n')).trimmed();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StartedColumn: return DisplayFormat::dateTime(r.startedAt);
    //: how a sync run was started
    case TriggerColumn: return r.trigger == QLatin1String("automatic") ? tr("Automatic") : tr("Sync now");
    case OutcomeColumn: return SyncHistory::outcomeText(r);
    case SentColumn: return DisplayFormat::count(r.pushed);
    case ReceivedColumn: return DisplayFormat::count(r.pulled);
    case ProblemsColumn:
        if (r.rejected == 0 && r.conflicts == 0)
            return QString();
        return tr("%1 refused, %2 conflicts").arg(r.rejected).arg(r.conflicts);
    case DetailsColumn: return r.error;
    default: return {};
    }
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: column of the sync history
    case StartedColumn: return tr("Started");
    //: column of the sync history
    case TriggerColumn: return tr("How");
    //: column of the sync history
    case OutcomeColumn: return tr("Result");
    //: column of the sync history: changes sent to the county
    case SentColumn: return tr("Sent");
    //: column of the sync history: records received from the county
    case ReceivedColumn: return tr("Received");
    //: column of the sync history
    case ProblemsColumn: return tr("Problems");
    //: column of the sync history
    case DetailsColumn: return tr("Details");
    default: return {};
    }
}
