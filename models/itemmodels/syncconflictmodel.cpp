#include "syncconflictmodel.h"

#include "displayformat.h"
#include "recordvalueformat.h"
#include "sync/syncwording.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

SyncConflictModel::SyncConflictModel(const QSqlDatabase &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void SyncConflictModel::setShowResolved(bool show)
{
    if (show == m_showResolved)
        return;
    m_showResolved = show;
    reload();
}

void SyncConflictModel::reload()
{
    beginResetModel();
    m_lines.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT c.id, c.detected_at, c.entity, c.row_id, c.local_json, c.server_json, u.display_name, "
                          "c.reason, c.status, c.resolution FROM sync_conflict c "
                          "LEFT JOIN sync_outbox o ON o.op_id = c.op_id LEFT JOIN audit_log a ON a.seq = o.audit_seq "
                          "LEFT JOIN app_user u ON u.id = a.user_id %1 "
                          "ORDER BY c.status = 'open' DESC, c.detected_at DESC, c.id LIMIT 1000")
               .arg(m_showResolved ? QString() : QStringLiteral("WHERE c.status = 'open'")));
    while (q.next()) {
        QJsonObject row = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        if (row.isEmpty())
            row = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        m_lines.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        RecordValueFormat::record(m_db, q.value(2).toString(), row, q.value(3).toString()), q.value(6).toString(),
                        q.value(7).toString(), q.value(8).toString(), q.value(9).toString()});
    }
    endResetModel();
}

int SyncConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SyncConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncConflictModel::conflictId(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).id : QString();
}

int SyncConflictModel::rowOf(const QString &conflictId) const
{
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).id == conflictId)
            return i;
    return -1;
}

int SyncConflictModel::openCount() const
{
    int n = 0;
    for (const Line &l : m_lines)
        n += l.status == QLatin1String("open");
    return n;
}

QVariant SyncConflictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines.at(index.row());
    if (role == HighlightRole)
        return l.status == QLatin1String("open");
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return l.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DetectedColumn: return DisplayFormat::dateTime(QDateTime::fromString(l.detectedAt, Qt::ISODateWithMs));
    case WhatColumn: return SyncWording::entity(l.entity);
    case RecordColumn: return l.record;
    case MakerColumn: return l.maker;
    case ReasonColumn: return l.reason;
    case StatusColumn:
        if (l.status == QLatin1String("open"))
            //: state of a sync conflict
            return tr("Waiting for a reviewer");
        if (l.resolution == QLatin1String("server"))
            return tr("The county's version stands");
        if (l.resolution == QLatin1String("local"))
            return tr("This workstation's version stands");
        return tr("An edited version stands");
    default: return {};
    }
}

QVariant SyncConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: column of the conflicts list
    case DetectedColumn: return tr("Found at");
    //: column of the conflicts list: kind of record
    case WhatColumn: return tr("Record");
    //: column of the conflicts list: the record's code or name
    case RecordColumn: return tr("Which");
    //: column of the conflicts list: who made the local edit
    case MakerColumn: return tr("Changed here by");
    //: column of the conflicts list
    case ReasonColumn: return tr("What happened");
    //: column of the conflicts list
    case StatusColumn: return tr("State");
    default: return {};
    }
}
