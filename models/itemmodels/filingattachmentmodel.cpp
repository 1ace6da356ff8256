#include "filingattachmentmodel.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlQuery>

FilingAttachmentModel::FilingAttachmentModel(const QSqlDatabase &db, QObject *parent) : QAbstractListModel(parent), m_db(db) {}

void FilingAttachmentModel::setFilingId(const QString &filingId)
{
    beginResetModel();
    m_filingId = filingId;
    m_rows.clear();
    if (!filingId.isEmpty()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, file_name, mime_type, sha256, length(content) FROM filing_attachment "
                                 "WHERE filing_id = ? AND deleted = 0 ORDER BY rowid"));
        q.addBindValue(filingId);
        if (q.exec())
            while (q.next())
                m_rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toLongLong()});
    }
    endResetModel();
}

QByteArray FilingAttachmentModel::content(const QSqlDatabase &db, const QString &attachmentId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT content, sha256 FROM filing_attachment WHERE id = ? AND deleted = 0"));
    q.addBindValue(attachmentId);
    if (!q.exec() || !q.next())
        return {};
    const QByteArray bytes = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != q.value(1).toString())
        return {};
    return bytes;
}

int FilingAttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FilingAttachmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attachment &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1 (%2)").arg(a.fileName, QLocale().formattedDataSize(a.size));
    case Qt::ToolTipRole: return QStringLiteral("SHA-256 %1").arg(a.sha256);
    case IdRole: return a.id;
    case FileNameRole: return a.fileName;
    case MimeTypeRole: return a.mimeType;
    case Sha256Role: return a.sha256;
    case SizeRole: return a.size;
    default: return {};
    }
}
