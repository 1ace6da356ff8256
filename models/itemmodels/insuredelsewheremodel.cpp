#include "insuredelsewheremodel.h"

#include "householdenrollmentmodel.h"

void InsuredElsewhereModel::setReport(const InsuredElsewhereCheck::Report &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int InsuredElsewhereModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.overlaps.size());
}

int InsuredElsewhereModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InsuredElsewhereModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &o = m_report.overlaps.at(index.row());
    if (role == HouseholdIdRole)
        return o.householdId;
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn: return o.line;
    case IdNumberColumn: return o.idNumber;
    case ListNameColumn: return o.listName;
    case NameColumn: return o.name;
    case HouseholdColumn: return o.householdCode;
    case VillageColumn: return o.village;
    case TownshipColumn: return o.township;
    case EnrollmentColumn: return HouseholdEnrollmentModel::statusLabel(o.enrollmentStatus);
    }
    return {};
}

QVariant InsuredElsewhereModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return InsuredElsewhereCheck::headers().value(section);
}
