#pragma once

#include "domain/sessionuser.h"
#include "relieflist.h"

#include <QAbstractTableModel>

// The relief list (救助发放花名册) for a view: one row per person, id numbers
// masked for viewers who may not see them; totals() for the footer.
class ReliefListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn, VillageColumn, HouseholdColumn, HeadColumn, NameColumn, IdNumberColumn, ClaimsColumn,
        AssistanceColumn, ReliefColumn, TotalColumn, BankColumn, AccountColumn, ColumnCount
    };
    enum Roles { PersonIdRole = Qt::UserRole + 1, FenRole };

    ReliefListModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent = nullptr);

    // Loads; returns the error text, empty when it worked.
    QString load(const ReliefList::Query &query);
    const ReliefList::Query &query() const { return m_query; }
    const QList<ReliefList::Row> &rows() const { return m_rows; }
    ReliefList::Totals totals() const { return m_totals; }
    // The cell as printed and exported (id numbers as the viewer may see them).
    QString idNumberText(const ReliefList::Row &row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    SessionUser m_viewer;
    ReliefList::Query m_query;
    QList<ReliefList::Row> m_rows;
    ReliefList::Totals m_totals;
};
