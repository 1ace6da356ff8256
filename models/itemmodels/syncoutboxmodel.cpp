#include "syncoutboxmodel.h"

#include "displayformat.h"
#include "services/auditchain.h"
#include "sync/syncwording.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

SyncOutboxModel::SyncOutboxModel(const QSqlDatabase &db, Filter filter, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_filter(filter)
{
}

QVector<SyncOutboxModel::Line> SyncOutboxModel::readPage(qint64 afterSeq) const
{
    QVector<Line> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString where = m_filter == Filter::Pending ? QStringLiteral("o.pushed_at IS NULL")
                                                      : QStringLiteral("o.result = 'rejected'");
    q.prepare(QStringLiteral("SELECT o.seq, o.op_id, a.at, o.entity, o.op, o.row_id, u.display_name, o.result_reason, "
                             "a.after_json, a.user_id, a.workstation_id, a.before_json IS NULL "
                             "FROM sync_outbox o LEFT JOIN audit_log a ON a.seq = o.audit_seq "
                             "LEFT JOIN app_user u ON u.id = a.user_id WHERE %1 AND o.seq > ? ORDER BY o.seq LIMIT ?")
                  .arg(where));
    q.addBindValue(afterSeq);
    q.addBindValue(kPageSize);
    if (!q.exec())
        return out;
    while (q.next()) {
        const QJsonObject row = AuditChain::withStated(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object(),
                                                       q.value(5).toString(), q.value(2).toString(), q.value(9).toString(),
                                                       q.value(10).toString(), q.value(11).toBool());
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), SyncWording::record(q.value(3).toString(), row, q.value(5).toString()),
                    q.value(6).toString(), q.value(7).toString()});
    }
    return out;
}

void SyncOutboxModel::reload()
{
    // The first page inside the reset, so the view has rows without scrolling.
    beginResetModel();
    m_lines = readPage(0);
    m_atEnd = m_lines.size() < kPageSize;
    endResetModel();
}

int SyncOutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SyncOutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_filter == Filter::Rejected ? ColumnCount : ColumnCount - 1);
}

bool SyncOutboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void SyncOutboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QVector<Line> page = readPage(m_lines.isEmpty() ? 0 : m_lines.last().seq);
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + page.size() - 1));
    m_lines += page;
    endInsertRows();
}

QString SyncOutboxModel::opId(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).opId : QString();
}

QVariant SyncOutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= columnCount())
        return {};
    const Line &l = m_lines.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return l.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn: return DisplayFormat::dateTime(QDateTime::fromString(l.createdAt, Qt::ISODateWithMs));
    case WhatColumn: return SyncWording::entity(l.entity);
    case ChangeColumn: return SyncWording::operation(l.op);
    case RecordColumn: return l.record;
    case ByColumn: return l.by;
    case ReasonColumn: return l.reason;
    default: return {};
    }
}

QVariant SyncOutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: column of the sync page's list of changes
    case WhenColumn: return tr("Made at");
    //: column of the sync page's list of changes
    case WhatColumn: return tr("Record");
    //: column of the sync page's list of changes
    case ChangeColumn: return tr("Change");
    //: column of the sync page's list of changes: the record's code or name
    case RecordColumn: return tr("Which");
    //: column of the sync page's list of changes
    case ByColumn: return tr("By");
    //: column of the sync page's list of refused changes
    case ReasonColumn: return tr("Why the county refused it");
    default: return {};
    }
}
