#pragma once

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

// The scans attached to one filing (file name, type, size, SHA-256), for
// the certification screen and the form. The content is read only when a
// scan is opened (content()), and checked against its stored hash there.
class FilingAttachmentModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, FileNameRole, MimeTypeRole, Sha256Role, SizeRole };
    struct Attachment
    {
        QString id, fileName, mimeType, sha256;
        qint64 size = 0;
    };

    explicit FilingAttachmentModel(const QSqlDatabase &db, QObject *parent = nullptr);
    void setFilingId(const QString &filingId);
    QString filingId() const { return m_filingId; }
    const Attachment &at(int row) const { return m_rows.at(row); }

    // The scan's bytes; empty if it does not exist or no longer matches its hash.
    static QByteArray content(const QSqlDatabase &db, const QString &attachmentId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QString m_filingId;
    QVector<Attachment> m_rows;
};
