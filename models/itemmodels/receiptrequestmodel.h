#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// The void and refund requests of a township's contribution receipts that
// wait for a reviewer (ReceiptService: status void_requested or
// refund_requested), oldest request first, for the approval list. Read
// only; approving and rejecting go through ReceiptService.
class ReceiptRequestModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SerialColumn, ChangeColumn, HouseholdColumn, VillageColumn, YearColumn, TotalColumn, ReasonColumn,
        RequestedByColumn, RequestedAtColumn, ColumnCount
    };
    // TotalFenRole: the receipt's total in fen; RequestedByRole: the user id
    // of the request's maker (who may not approve it).
    enum Roles { ReceiptIdRole = Qt::UserRole + 1, StatusRole, TotalFenRole, RequestedByRole };

    explicit ReceiptRequestModel(const QSqlDatabase &db, QObject *parent = nullptr);

    // Every township when townshipId is empty.
    bool load(const QString &townshipId);
    void reload() { load(m_townshipId); }
    QString receiptId(int row) const;
    int rowOfReceipt(const QString &receiptId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id, serial, status, householdCode, headName, village, reason, requestedBy, requestedByName, requestedAt;
        int year = 0;
        qint64 totalFen = 0;
    };
    QSqlDatabase m_db;
    QString m_townshipId;
    QVector<Row> m_rows;
};
