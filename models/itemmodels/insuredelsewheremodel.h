#pragma once

#include "roster/insuredelsewherecheck.h"

#include <QAbstractTableModel>

// The overlaps of a list of people insured elsewhere with the scheme year's
// enrollments (InsuredElsewhereCheck), one row each, for the enrollment
// page's "Insured elsewhere" tab.
class InsuredElsewhereModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, IdNumberColumn, ListNameColumn, NameColumn, HouseholdColumn, VillageColumn,
                  TownshipColumn, EnrollmentColumn, ColumnCount };
    enum Roles { HouseholdIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const InsuredElsewhereCheck::Report &report);
    const InsuredElsewhereCheck::Report &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InsuredElsewhereCheck::Report m_report;
};
