#include "dashboardpage.h"

#include "chartpanel.h"
#include "dashboard/dashboarddetailmodel.h"
#include "dashboard/dashboardqueries.h"
#include "dashboard/dashboardtables.h"
#include "dashboard/dashboardtablemodel.h"
#include "domain/money.h"
#include "drilldowndialog.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/filinglistmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

DashboardPage::DashboardPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_user(user),
      m_year(new QComboBox(this)),
      m_scopeNote(new QLabel(this)),
      m_error(new QLabel(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("DashboardPage"));
    auto *yearLabel = new QLabel(tr("Scheme &year:"), this);
    yearLabel->setBuddy(m_year);
    m_year->setObjectName(QStringLiteral("dashboardYear"));
    QList<int> years = DashboardQueries::schemeYears(db);
    if (years.isEmpty())
        years << QDate::currentDate().year();
    for (int y : years)
        m_year->addItem(QString::number(y), y);

    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    if (RoleInfo::isCountyRole(user.role)) {
        m_township = new QComboBox(this);
        m_township->setObjectName(QStringLiteral("dashboardTownship"));
        m_township->addItem(tr("The whole county"), QString());
        for (const auto &[id, name] : DashboardQueries::townships(db))
            m_township->addItem(name, id);
        auto *townshipLabel = new QLabel(tr("T&ownship:"), this);
        townshipLabel->setBuddy(m_township);
        top->addSpacing(12);
        top->addWidget(townshipLabel);
        top->addWidget(m_township);
        connect(m_township, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    }
    auto *refreshButton = new QPushButton(tr("Refres&h"), this);
    refreshButton->setAutoDefault(false);
    top->addSpacing(12);
    top->addWidget(refreshButton);
    top->addWidget(m_scopeNote, 1);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    struct Spec
    {
        QString tab;
        ChartPanel::Style style;
        QList<int> series;
    };
    const QVector<Spec> specs = {
        {tr("&Enrollment"), ChartPanel::Style::Bars, {DashboardTables::RateColumn}},
        {tr("Contributions by &month"), ChartPanel::Style::Bars, {DashboardTables::CollectedColumn}},
        {tr("Contributions by &day"), ChartPanel::Style::Line, {DashboardTables::CollectedColumn}},
        {tr("&Claims and fund"), ChartPanel::Style::StackedBars,
         {DashboardTables::BasicColumn, DashboardTables::CriticalColumn, DashboardTables::AssistanceColumn,
          DashboardTables::ReliefColumn}},
        {tr("&Filings by status"), ChartPanel::Style::Pie, {DashboardTables::FilingsColumn}},
        {tr("Filings by dise&ase"), ChartPanel::Style::Bars, {DashboardTables::FilingsColumn}},
        {tr("Po&verty persons"), ChartPanel::Style::Pie, {DashboardTables::AmountColumn}},
        {tr("&Relief caps reached"), ChartPanel::Style::Bars,
         {DashboardTables::CapPersonsColumn, DashboardTables::CapClaimsColumn}},
    };
    for (int i = 0; i < specs.size(); ++i) {
        auto *model = new DashboardTableModel(this);
        auto *panel = new ChartPanel(model, specs.at(i).style, specs.at(i).series, m_tabs);
        panel->setObjectName(QStringLiteral("chart%1").arg(i));
        connect(panel, &ChartPanel::listRequested, this, [this, i](int row) { showList(Tab(i), row); });
        m_models.append(model);
        m_panels.append(panel);
        m_tabs->addTab(panel, specs.at(i).tab);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        load(tab);
        m_panels.at(tab)->table()->setFocus();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    refresh();
}

DashboardScope DashboardPage::scope() const
{
    DashboardScope s;
    s.year = m_year->currentData().toInt();
    s.townshipId = m_township ? m_township->currentData().toString() : m_user.townshipId;
    return s;
}

void DashboardPage::setYear(int year)
{
    const int i = m_year->findData(year);
    if (i >= 0) {
        m_year->setCurrentIndex(i);
    } else {
        m_year->addItem(QString::number(year), year);
        m_year->setCurrentIndex(m_year->count() - 1);
    }
}

void DashboardPage::setTownship(const QString &townshipId)
{
    if (m_township)
        m_township->setCurrentIndex(qMax(0, m_township->findData(townshipId)));
}

QString DashboardPage::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void DashboardPage::refresh()
{
    m_loaded.clear();
    m_error->clear();
    m_error->hide();
    const DashboardScope s = scope();
    if (s.townshipId.isEmpty()) {
        m_scopeNote->setText(tr("Figures of the whole county for %1.").arg(s.year));
    } else {
        const QString name = m_township ? m_township->currentText() : QString();
        m_scopeNote->setText(name.isEmpty() ? tr("Figures of this township for %1.").arg(s.year)
                                            : tr("Figures of %1 for %2.").arg(name).arg(s.year));
    }
    load(m_tabs->currentIndex());
}

void DashboardPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void DashboardPage::load(int tab)
{
    if (tab < 0 || tab >= TabCount || m_loaded.contains(tab))
        return;
    m_loaded.insert(tab);
    const DashboardScope s = scope();
    const bool county = s.townshipId.isEmpty();
    DashboardTableModel *model = m_models.at(tab);
    ChartPanel *panel = m_panels.at(tab);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    switch (Tab(tab)) {
    case EnrollmentTab: {
        auto areas = DashboardQueries::enrollment(m_db, s);
        if (!areas)
            showError(areas.errorText());
        DashboardTables::enrollment(model, areas ? *areas : QVector<EnrollmentArea>(), county);
        panel->setTitle(county ? tr("Enrollment rate by township, %1").arg(s.year)
                               : tr("Enrollment rate by village, %1").arg(s.year));
        break;
    }
    case ContributionsByMonthTab:
    case ContributionsByDayTab: {
        auto days = DashboardQueries::contributionsByDay(m_db, s);
        if (!days)
            showError(days.errorText());
        const QVector<ContributionPeriod> d = days ? *days : QVector<ContributionPeriod>();
        // One query serves both tabs.
        DashboardTables::contributions(m_models.at(ContributionsByMonthTab), DashboardQueries::byMonth(d), true);
        DashboardTables::contributions(m_models.at(ContributionsByDayTab), d, false);
        m_panels.at(ContributionsByMonthTab)->setTitle(tr("Contributions for %1 collected by month").arg(s.year));
        m_panels.at(ContributionsByDayTab)->setTitle(tr("Contributions for %1 collected by day").arg(s.year));
        m_loaded << ContributionsByMonthTab << ContributionsByDayTab;
        break;
    }
    case ClaimsTab: {
        auto months = DashboardQueries::claimsByMonth(m_db, s);
        if (!months)
            showError(months.errorText());
        DashboardTables::claims(model, s.year, months ? *months : QVector<ClaimMonth>());
        panel->setTitle(tr("Claims settled and fund paid by month and layer, %1").arg(s.year));
        break;
    }
    case FilingsByStatusTab: {
        auto counts = DashboardQueries::filingsByStatus(m_db, s);
        if (!counts)
            showError(counts.errorText());
        DashboardTables::filingsByStatus(model, counts ? *counts : QVector<FilingCount>());
        panel->setTitle(tr("Special-outpatient filings by status"));
        break;
    }
    case FilingsByDiseaseTab: {
        auto counts = DashboardQueries::filingsByDisease(m_db, s);
        if (!counts)
            showError(counts.errorText());
        DashboardTables::filingsByDisease(model, counts ? *counts : QVector<FilingCount>());
        panel->setTitle(tr("Special-outpatient filings by disease"));
        break;
    }
    case PovertyTab: {
        auto coverage = DashboardQueries::povertyCoverage(m_db, s);
        if (!coverage)
            showError(coverage.errorText());
        DashboardTables::poverty(model, coverage ? *coverage : PovertyCoverage());
        panel->setTitle(tr("Registered poverty persons: who paid their costs, %1").arg(s.year));
        break;
    }
    case ReliefCapsTab: {
        auto caps = DashboardQueries::reliefCapsReached(m_db, s);
        if (!caps)
            showError(caps.errorText());
        DashboardTables::reliefCaps(model, caps ? *caps : QVector<ReliefCapCount>());
        panel->setTitle(tr("Yearly health poverty relief caps reached, %1").arg(s.year));
        break;
    }
    case TabCount: break;
    }
    QApplication::restoreOverrideCursor();
    if (model->rowCount() > 0 && !panel->table()->currentIndex().isValid())
        panel->table()->setCurrentIndex(model->index(0, 0));
}

void DashboardPage::openList(const QString &title, QAbstractItemModel *model, const QString &totals)
{
    auto *dialog = new DrillDownDialog(title, model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTotals(totals);
    m_lastList = dialog;
    dialog->open();
}

void DashboardPage::showList(Tab tab, int row)
{
    load(tab);
    DashboardTableModel *table = m_models.at(tab);
    if (row < 0 || row >= table->rowCount())
        return;
    const DashboardScope s = scope();
    const QVariant key = table->key(row);
    const QString label = table->label(row);
    auto detail = [&]() { return new DashboardDetailModel(m_db, m_user, this); };
    auto checked = [&](DashboardDetailModel *m, bool ok) {
        if (!ok)
            showError(m->errorText());
        return m;
    };

    switch (tab) {
    case EnrollmentTab: {
        if (s.townshipId.isEmpty() && m_township) {
            // The whole county is by township: show that township's villages.
            setTownship(key.toString());
            return;
        }
        DashboardDetailModel *m = detail();
        checked(m, m->loadResidents(s, key.toString()));
        openList(tr("Residents of %1 and their enrollment for %2").arg(label).arg(s.year), m,
                 tr("%1 residents, %2 of them enrolled and paid.")
                     .arg(DisplayFormat::count(m->rowCount()),
                          DisplayFormat::count(m->countYes(DashboardDetailModel::ResidentEnrolled))));
        return;
    }
    case ContributionsByMonthTab:
    case ContributionsByDayTab: {
        const QDate from = key.toDate();
        const QDate to = tab == ContributionsByMonthTab ? from.addMonths(1).addDays(-1) : from;
        DashboardDetailModel *m = detail();
        checked(m, m->loadReceipts(s, from, to));
        openList(tr("Receipts for %1 issued in %2").arg(s.year).arg(label), m,
                 tr("%1 receipts, %2 in all.")
                     .arg(DisplayFormat::count(m->rowCount()),
                          Money(m->total(DashboardDetailModel::ReceiptAmount)).toDisplayString()));
        return;
    }
    case ClaimsTab: {
        const QDate first(s.year, key.toInt(), 1);
        auto *m = new ClaimListModel(m_db, this);
        m->setViewer(m_user);
        m->setFilter({s.townshipId, QStringLiteral("settled"), {}, first, first.addMonths(1).addDays(-1)});
        const ClaimListModel::Totals t = m->totals();
        openList(tr("Claims settled, discharged in %1").arg(label), m,
                 tr("%1 claims; total cost %2; basic insurance %3, critical-illness insurance %4, medical assistance "
                    "%5, health poverty relief %6; out-of-pocket %7.")
                     .arg(DisplayFormat::count(t.claims), Money(t.totalFen).toDisplayString(),
                          Money(t.basicFen).toDisplayString(), Money(t.criticalFen).toDisplayString(),
                          Money(t.assistanceFen).toDisplayString(), Money(t.reliefFen).toDisplayString(),
                          Money(t.outOfPocketFen).toDisplayString()));
        return;
    }
    case FilingsByStatusTab:
    case FilingsByDiseaseTab: {
        auto *m = new FilingListModel(m_db, this);
        m->setViewer(m_user);
        FilingListModel::Filter filter;
        filter.townshipId = s.townshipId;
        // The year's filings, as the chart counts them (DashboardQueries).
        filter.diagnosedFrom = QDate(s.year, 1, 1);
        filter.diagnosedTo = QDate(s.year, 12, 31);
        if (tab == FilingsByStatusTab)
            filter.statuses = {key.toString()};
        else
            filter.diseaseCode = key.toString();
        m->setFilter(filter);
        openList(tr("Filings: %1").arg(label), m, tr("%1 filings.").arg(DisplayFormat::count(m->totalCount())));
        return;
    }
    case PovertyTab: {
        DashboardDetailModel *m = detail();
        checked(m, m->loadPovertyPersons(s));
        openList(tr("Registered poverty persons with settled claims in %1").arg(s.year), m,
                 tr("%1 persons; total cost %2, out-of-pocket %3.")
                     .arg(DisplayFormat::count(m->rowCount()),
                          Money(m->total(DashboardDetailModel::PovertyTotal)).toDisplayString(),
                          Money(m->total(DashboardDetailModel::PovertyOutOfPocket)).toDisplayString()));
        return;
    }
    case ReliefCapsTab: {
        DashboardDetailModel *m = detail();
        checked(m, m->loadReliefCapClaims(s, key.toString()));
        openList(tr("%1 claims on which the yearly relief cap was reached, %2").arg(label).arg(s.year), m,
                 tr("%1 claims.").arg(DisplayFormat::count(m->rowCount())));
        return;
    }
    default: return;
    }
}
