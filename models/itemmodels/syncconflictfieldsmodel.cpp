#include "syncconflictfieldsmodel.h"

#include "recordvalueformat.h"
#include "sync/syncwording.h"

#include <QJsonValue>


SyncConflictFieldsModel::SyncConflictFieldsModel(const QSqlDatabase &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void SyncConflictFieldsModel::setConflict(const std::optional<SyncConflict> &conflict)
{
    beginResetModel();
    m_conflict = conflict;
    m_rows.clear();
    if (conflict) {
        for (const QString &c : ConflictResolutionService::comparableColumns(m_db, conflict->entity)) {
            Row r;
            r.column = c;
            r.local = ConflictResolutionService::valueText(conflict->local.value(c));
            r.server = conflict->server.isEmpty() ? QString() : ConflictResolutionService::valueText(conflict->server.value(c));
            r.stands = conflict->server.isEmpty() ? r.local : r.server;
            r.differs = r.local != r.server;
            m_rows.append(r);
        }
        // The fields that differ first: they are what the reviewer decides.
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.differs && !b.differs; });
    }
    endResetModel();
}

QVariantMap SyncConflictFieldsModel::standingValues() const
{
    QVariantMap out;
    for (const Row &r : m_rows)
        out.insert(r.column, r.stands);
    return out;
}

bool SyncConflictFieldsModel::isEdited() const
{
    for (const Row &r : m_rows)
        if (r.stands != r.server)
            return true;
    return false;
}

int SyncConflictFieldsModel::differingCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.differs;
    return n;
}

int SyncConflictFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncConflictFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SyncConflictFieldsModel::rowOf(const QString &column) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).column == column)
            return i;
    return -1;
}

QVariant SyncConflictFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || !m_conflict)
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == HighlightRole)
        return r.differs;
    const QString &entity = m_conflict->entity;
    const QString raw = index.column() == LocalColumn    ? r.local
                        : index.column() == ServerColumn ? r.server
                        : index.column() == StandsColumn ? r.stands
                                                         : QString();
    if (role == Qt::ToolTipRole) {
        if (index.column() == FieldColumn)
            return r.column;
        // The stored value, when the words shown are not it.
        const QString shown = RecordValueFormat::text(m_db, entity, r.column, raw);
        return shown == raw ? QVariant() : QVariant(tr("Stored as: %1").arg(raw));
    }
    if (role == Qt::EditRole && index.column() == StandsColumn)
        return RecordValueFormat::editText(entity, r.column, r.stands);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == FieldColumn)
        return SyncWording::field(r.column);
    return RecordValueFormat::text(m_db, entity, r.column, raw);
}

bool SyncConflictFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != StandsColumn || index.row() >= m_rows.size()
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Row &r = m_rows[index.row()];
    QString error;
    const QString raw = RecordValueFormat::fromEditText(m_conflict->entity, r.column, value.toString(), &error);
    if (!error.isEmpty()) {
        emit editRefused(error);
        return false;
    }
    r.stands = raw;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return true;
}

Qt::ItemFlags SyncConflictFieldsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StandsColumn && index.row() < m_rows.size() && m_conflict && m_conflict->isOpen()
        && ConflictResolutionService::isEditable(m_conflict->entity, m_rows.at(index.row()).column))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SyncConflictFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: column of a conflict's two versions
    case FieldColumn: return tr("Field");
    //: column of a conflict's two versions
    case LocalColumn: return tr("This workstation's edit");
    //: column of a conflict's two versions
    case ServerColumn: return tr("The county's version");
    //: column of a conflict's two versions: what will be kept (editable)
    case StandsColumn: return tr("Will stand (editable)");
    default: return {};
    }
}
