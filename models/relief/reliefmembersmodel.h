#pragma once

#include "householdreliefyear.h"

#include <QAbstractTableModel>

// The members of a household's year: categories, the year's totals, the
// combined coverage ratio and each yearly relief cap used and left; a last
// row sums the household.
class ReliefMembersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, RelationColumn, CategoryColumn, ClaimsColumn, TotalColumn, PaidColumn, ReliefColumn,
        OutOfPocketColumn, CoverageColumn, InpatientCapColumn, SpecialCapColumn, ColumnCount
    };
    enum Roles { PersonIdRole = Qt::UserRole + 1 };

    explicit ReliefMembersModel(QObject *parent = nullptr);
    void setYear(const HouseholdReliefYear &year);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString percent(int bp);
    static QString capText(const ReliefCapUse &cap);

private:
    HouseholdReliefYear m_year;
};
