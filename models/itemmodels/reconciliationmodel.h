#pragma once

#include "services/reconciliationreport.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// ReconciliationReport for a view: one row per day and village, then a
// total row. Amounts display as money; FenRole gives the integer fen.
class ReconciliationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DayColumn, VillageColumn, ReceiptsColumn, PersonsColumn, PersonalColumn, SubsidizedColumn,
                  SubsidyColumn, IssuedColumn, CashColumn, BankColumn, MobileColumn, VoidedColumn, VoidedAmountColumn,
                  CashTotalColumn, ColumnCount };
    enum Roles { FenRole = Qt::UserRole + 1, TotalRowRole };

    ReconciliationModel(const QSqlDatabase &db, const QString &townshipId, QObject *parent = nullptr);

    void setRange(const QDate &from, const QDate &to);
    void refresh();
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const QList<ReconciliationReport::Line> &lines() const { return m_lines; }
    const ReconciliationReport::Line &total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static qint64 value(const ReconciliationReport::Line &line, int column);
    static bool isMoney(int column);

private:
    QSqlDatabase m_db;
    QString m_townshipId;
    QDate m_from;
    QDate m_to;
    QList<ReconciliationReport::Line> m_lines;
    ReconciliationReport::Line m_total;
};
