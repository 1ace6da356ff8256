#include "chartpanel.h"

#include "dashboard/dashboardtablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

// Charts draw in yuan and percent; the table beside them keeps the exact fen.
double chartValue(qint64 value, DashboardTableModel::Kind kind)
{
    return kind == DashboardTableModel::Kind::Count ? double(value) : double(value) / 100.0;
}

QString axisTitle(DashboardTableModel::Kind kind)
{
    switch (kind) {
    case DashboardTableModel::Kind::Fen: return ChartPanel::tr("Yuan");
    case DashboardTableModel::Kind::Bp: return ChartPanel::tr("Percent");
    case DashboardTableModel::Kind::Count: break;
    }
    return ChartPanel::tr("Number");
}

} // namespace

ChartPanel::ChartPanel(DashboardTableModel *model, Style style, const QList<int> &seriesColumns, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_style(style),
      m_series(seriesColumns),
      m_titleLabel(new QLabel(this)),
      m_chartView(new QChartView(this)),
      m_table(new QTableView(this)),
      m_summary(new QLabel(this)),
      m_listButton(new QPushButton(tr("Show the &list"), this))
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(320);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_table->setObjectName(QStringLiteral("figures"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *printButton = new QPushButton(tr("&Print..."), this);
    auto *saveButton = new QPushButton(tr("&Save as PNG or PDF..."), this);
    for (QPushButton *b : {m_listButton, printButton, saveButton})
        b->setAutoDefault(false);
    m_listButton->setToolTip(tr("The rows behind the selected bar (Enter in the table, or a click on the bar)"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_listButton);
    buttons->addWidget(printButton);
    buttons->addWidget(saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { requestList(index.row()); });
    connect(m_listButton, &QPushButton::clicked, this, [this] { requestList(currentRow()); });
    connect(printButton, &QPushButton::clicked, this, &ChartPanel::print);
    connect(saveButton, &QPushButton::clicked, this, &ChartPanel::save);
    connect(model, &QAbstractItemModel::modelReset, this, &ChartPanel::rebuild);
    setFocusProxy(m_table);
    rebuild();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title = title;
    m_titleLabel->setText(title);
    m_summary->setText(m_model->summary());
}

int ChartPanel::currentRow() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void ChartPanel::requestList(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectRow(row);
    emit listRequested(row);
}

void ChartPanel::rebuild()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The title is the label above the chart (and heads the print).
    const int rows = m_model->rowCount();
    const DashboardTableModel::Kind kind = m_model->kind(m_series.value(0, 1));

    if (m_style == Style::Pie) {
        auto *series = new QPieSeries(chart);
        const int column = m_series.value(0, 1);
        for (int row = 0; row < rows; ++row) {
            const qint64 v = m_model->value(row, column);
            QPieSlice *slice = series->append(m_model->label(row), chartValue(v, kind));
            slice->setLabelVisible(v > 0);
        }
        // Each slice's label says its share, once the total is known.
        for (QPieSlice *slice : series->slices())
            slice->setLabel(QStringLiteral("%1: %2%").arg(slice->label()).arg(slice->percentage() * 100, 0, 'f', 1));
        connect(series, &QPieSeries::clicked, this,
                [this, series](QPieSlice *slice) { requestList(int(series->slices().indexOf(slice))); });
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
    } else if (m_style == Style::Line) {
        auto *axisX = new QDateTimeAxis(chart);
        axisX->setFormat(QStringLiteral("MM-dd"));
        auto *axisY = new QValueAxis(chart);
        axisY->setTitleText(axisTitle(kind));
        axisY->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        double top = 0;
        for (int column : m_series) {
            auto *line = new QLineSeries(chart);
            line->setName(m_model->headerData(column, Qt::Horizontal).toString());
            line->setPointsVisible(rows < 60);
            for (int row = 0; row < rows; ++row) {
                const QDateTime x = m_model->key(row).toDate().startOfDay();
                const double y = chartValue(m_model->value(row, column), kind);
                line->append(double(x.toMSecsSinceEpoch()), y);
                top = qMax(top, y);
            }
            // A click picks the day nearest to it.
            connect(line, &QLineSeries::clicked, this, [this, line](const QPointF &p) {
                int best = -1;
                double distance = 0;
                for (int i = 0; i < line->count(); ++i) {
                    const double d = qAbs(line->at(i).x() - p.x());
                    if (best < 0 || d < distance)
                        best = i, distance = d;
                }
                requestList(best);
            });
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        }
        if (rows > 0) {
            axisX->setRange(m_model->key(0).toDate().startOfDay(), m_model->key(rows - 1).toDate().startOfDay());
            axisY->setRange(0, top > 0 ? top * 1.1 : 1);
            axisY->applyNiceNumbers();
        }
    } else {
        QAbstractBarSeries *series = m_style == Style::StackedBars ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(chart))
                                                                   : static_cast<QAbstractBarSeries *>(new QBarSeries(chart));
        double top = 0;
        QVector<double> stacked(rows, 0);
        for (int column : m_series) {
            auto *set = new QBarSet(m_model->headerData(column, Qt::Horizontal).toString(), series);
            for (int row = 0; row < rows; ++row) {
                const double y = chartValue(m_model->value(row, column), m_model->kind(column));
                *set << y;
                stacked[row] += y;
                top = qMax(top, y);
            }
            connect(set, &QBarSet::clicked, this, &ChartPanel::requestList);
            series->append(set);
        }
        if (m_style == Style::StackedBars)
            for (double s : stacked)
                top = qMax(top, s);
        chart->addSeries(series);
        QStringList categories;
        for (int row = 0; row < rows; ++row)
            categories << m_model->label(row);
        auto *axisX = new QBarCategoryAxis(chart);
        axisX->append(categories);
        if (rows > 12)
            axisX->setLabelsAngle(-90);
        auto *axisY = new QValueAxis(chart);
        axisY->setTitleText(axisTitle(kind));
        axisY->setLabelFormat(QStringLiteral("%.0f"));
        if (kind == DashboardTableModel::Kind::Bp) {
            axisY->setRange(0, 100);   // a rate, in percent
        } else {
            axisY->setRange(0, top > 0 ? top * 1.1 : 1);
            axisY->applyNiceNumbers();
        }
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        chart->legend()->setVisible(m_series.size() > 1);
    }

    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_summary->setText(m_model->summary());
    m_table->resizeColumnsToContents();
}

void ChartPanel::render(QPainter *painter, const QRect &rect)
{
    // Title on top, the summary at the foot, the chart between them.
    QFont font = painter->font();
    const QFontMetrics metrics(font);
    const int line = metrics.height();
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(QRect(rect.left(), rect.top(), rect.width(), line * 2), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter->setFont(font);
    const QRect summaryRect(rect.left(), rect.bottom() - line * 3, rect.width(), line * 3);
    painter->drawText(summaryRect, Qt::AlignLeft | Qt::TextWordWrap, m_model->summary());
    const QRect chartRect(rect.left(), rect.top() + line * 2, rect.width(), summaryRect.top() - rect.top() - line * 2);
    m_chartView->render(painter, QRectF(chartRect), m_chartView->viewport()->rect(), Qt::KeepAspectRatio);
}

bool ChartPanel::saveTo(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        // The chart at a print-worthy size, whatever the window's size.
        const QSize size(1600, 1000);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter, QRect(QPoint(20, 20), size - QSize(40, 40)));
        painter.end();
        if (!image.save(path, "PNG")) {
            *error = tr("File: %1 cannot be written.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(150);
        writer.setTitle(m_title);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("File: %1 cannot be written.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        render(&painter, painter.viewport());
        painter.end();
        return true;
    }
    *error = tr("File: the name must end in .png or .pdf.");
    return false;
}

void ChartPanel::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    render(&painter, painter.viewport());
}

void ChartPanel::save()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"), m_title + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".png");
    QString error;
    if (!saveTo(target, &error))
        QMessageBox::warning(this, tr("Save the chart"), error);
}
