#include "dashboardtablemodel.h"

#include "domain/money.h"
#include "itemmodels/displayformat.h"

#include <QLocale>

DashboardTableModel::DashboardTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DashboardTableModel::setContent(const QString &labelHeader, const QVector<Column> &columns, const QVector<Row> &rows)
{
    beginResetModel();
    m_labelHeader = labelHeader;
    m_columns = columns;
    m_rows = rows;
    for (Row &r : m_rows)
        r.values.resize(m_columns.size());
    endResetModel();
}

QVariant DashboardTableModel::key(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QVariant();
}

QString DashboardTableModel::label(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).label : QString();
}

qint64 DashboardTableModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 1 || column > m_columns.size())
        return 0;
    return m_rows.at(row).values.at(column - 1);
}

DashboardTableModel::Kind DashboardTableModel::kind(int column) const
{
    return column >= 1 && column <= m_columns.size() ? m_columns.at(column - 1).kind : Kind::Count;
}

int DashboardTableModel::rowOfKey(const QVariant &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return i;
    return -1;
}

qint64 DashboardTableModel::total(int column) const
{
    qint64 sum = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        sum += value(row, column);
    return sum;
}

QString DashboardTableModel::percent(qint64 bp)
{
    // Integer arithmetic: 1234 bp is 12.34%.
    const QLocale locale;
    const QString hundredths = QStringLiteral("%1").arg(qAbs(bp) % 100, 2, 10, QLatin1Char('0'));
    return (bp < 0 ? QStringLiteral("-") : QString()) + locale.toString(qAbs(bp) / 100) + locale.decimalPoint()
        + hundredths + QLatin1Char('%');
}

int DashboardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant DashboardTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case KeyRole: return r.key;
    case ValueRole: return column == 0 ? QVariant() : QVariant(r.values.at(column - 1));
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole: {
        if (column == 0)
            return r.label;
        const qint64 v = r.values.at(column - 1);
        switch (m_columns.at(column - 1).kind) {
        case Kind::Count: return DisplayFormat::count(v);
        case Kind::Fen: return Money(v).toDisplayString();
        case Kind::Bp: return percent(v);
        }
        return {};
    }
    default: return {};
    }
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? m_labelHeader : m_columns.at(section - 1).header;
}
