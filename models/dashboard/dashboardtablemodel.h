#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>
#include <QVector>

// The figures behind one dashboard chart as a read-only table: the first
// column names the category (a village, a month, a status…), the others
// hold counts, amounts in fen or ratios in basis points, formatted for the
// screen; ValueRole gives the integer itself, KeyRole the category's code
// (village id, date, status code…) for the list behind it. The chart is
// drawn from this model, and a view of it is how the keyboard reaches a bar.
class DashboardTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Count, Fen, Bp };
    enum Roles { ValueRole = Qt::UserRole + 1, KeyRole };

    struct Column
    {
        QString header;
        Kind kind = Kind::Count;
    };
    struct Row
    {
        QVariant key;
        QString label;
        QVector<qint64> values;   // one per column after the label
    };

    explicit DashboardTableModel(QObject *parent = nullptr);

    void setContent(const QString &labelHeader, const QVector<Column> &columns, const QVector<Row> &rows);
    // A line under the table that sums it up (totals, ratios).
    void setSummary(const QString &summary) { m_summary = summary; }
    QString summary() const { return m_summary; }

    QVariant key(int row) const;
    QString label(int row) const;
    qint64 value(int row, int column) const;   // column of the model (1 = the first value)
    Kind kind(int column) const;
    int rowOfKey(const QVariant &key) const;
    // Sum of a column over every row.
    qint64 total(int column) const;

    // "12.34%" from basis points.
    static QString percent(qint64 bp);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_labelHeader;
    QVector<Column> m_columns;
    QVector<Row> m_rows;
    QString m_summary;
};
