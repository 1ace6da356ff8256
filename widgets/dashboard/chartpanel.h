#pragma once

#include <QList>
#include <QWidget>

class DashboardTableModel;
class QChartView;
class QLabel;
class QPushButton;
class QTableView;

// One dashboard chart over a DashboardTableModel: the chart drawn from the
// model's columns, the figures as a table under it (where the keyboard
// reaches each bar: Enter shows the list behind the row), the summary line,
// and buttons to show the list, print, and save as PNG or PDF. A click on a
// bar or slice shows the list behind it too.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Style { Bars, StackedBars, Pie, Line };

    // seriesColumns: the model's columns drawn (1 = the first value column).
    ChartPanel(DashboardTableModel *model, Style style, const QList<int> &seriesColumns, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    DashboardTableModel *model() const { return m_model; }
    QChartView *chartView() const { return m_chartView; }
    QTableView *table() const { return m_table; }
    QPushButton *listButton() const { return m_listButton; }
    // The current row of the table (-1 if none).
    int currentRow() const;

    // Draws the title, the chart and the summary into rect (print and PDF).
    void render(class QPainter *painter, const QRect &rect);
    // Saves as .png or .pdf (by the name's suffix); false with a message otherwise.
    bool saveTo(const QString &path, QString *error);

public slots:
    void rebuild();
    void print();
    void save();

signals:
    // The list behind a row of the table (a bar, a slice, a point).
    void listRequested(int row);

private:
    void requestList(int row);

    DashboardTableModel *m_model;
    Style m_style;
    QList<int> m_series;
    QString m_title;
    QLabel *m_titleLabel;
    QChartView *m_chartView;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_listButton;
};
