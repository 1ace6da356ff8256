#include "syncconflictfieldsmodel.h"

#include "sync/syncwording.h"

#include <QJsonValue>

namespace {
QString text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}
} // namespace

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
            r.local = text(conflict->local.value(c));
            r.server = conflict->server.isEmpty() ? QString() : text(conflict->server.value(c));
            r.stands = conflict->server.isEmpty() ? r.local : r.server;
            r.differs = r.local != r.server;
            // References to other records are ids, not words: shown only when they differ.
            if (!r.differs && c.endsWith(QLatin1String("_id")))
                continue;
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

QVariant SyncConflictFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == HighlightRole)
        return r.differs;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case FieldColumn: return SyncWording::field(r.column);
    case LocalColumn: return r.local;
    case ServerColumn: return r.server;
    case StandsColumn: return r.stands;
    default: return {};
    }
}

bool SyncConflictFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != StandsColumn || index.row() >= m_rows.size())
        return false;
    m_rows[index.row()].stands = value.toString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags SyncConflictFieldsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StandsColumn && m_conflict && m_conflict->isOpen())
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
