#include "enrollmentpage.h"

#include "householdcard.h"
#include "insuredelsewherepage.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/householdlistmodel.h"
#include "receiptrequestlist.h"
#include "rosterimportdialog.h"
#include "reconciliationpage.h"
#include "services/policyservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

int EnrollmentPage::defaultYear(const QSqlDatabase &db)
{
    // Contributions for year Y are collected from September of Y−1.
    const QDate today = QDate::currentDate();
    const int coming = today.month() >= 9 ? today.year() + 1 : today.year();
    int newest = 0;
    for (const QVariantMap &p : PolicyService::list(db)) {
        const int y = p.value(QStringLiteral("scheme_year")).toInt();
        if (y == coming)
            return coming;
        newest = qMax(newest, y);
    }
    return newest > 0 ? newest : coming;
}

EnrollmentPage::EnrollmentPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_user(user),
      m_tabs(new QTabWidget(this)),
      m_model(new HouseholdListModel(db, user, this))
{
    setObjectName(QStringLiteral("EnrollmentPage"));
    auto *householdsTab = new QWidget(m_tabs);
    // The list is the first view of the page: the main window focuses it.
    m_view = new QTableView(householdsTab);
    m_view->setObjectName(QStringLiteral("householdList"));
    m_village = new QComboBox(householdsTab);
    m_village->setObjectName(QStringLiteral("villageFilter"));
    m_category = new QComboBox(householdsTab);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_year = new QSpinBox(householdsTab);
    m_year->setObjectName(QStringLiteral("schemeYear"));
    m_unpaid = new QCheckBox(tr("&Not yet paid"), householdsTab);
    m_unpaid->setObjectName(QStringLiteral("unpaidFilter"));
    m_text = new QLineEdit(householdsTab);
    m_text->setObjectName(QStringLiteral("householdFilter"));
    m_count = new QLabel(householdsTab);
    m_count->setObjectName(QStringLiteral("householdCount"));

    m_village->addItem(tr("All villages"), QString());
    for (const auto &[id, name] : HouseholdListModel::villages(db, RoleInfo::isCountyRole(user.role) ? QString() : user.townshipId))
        m_village->addItem(name, id);
    for (auto c : {HouseholdListModel::Category::Any, HouseholdListModel::Category::Poverty,
                   HouseholdListModel::Category::Dibao, HouseholdListModel::Category::Tekun,
                   HouseholdListModel::Category::NearPoor})
        m_category->addItem(HouseholdListModel::categoryLabel(c), int(c));
    m_year->setRange(2000, 2100);
    m_year->setValue(defaultYear(db));
    m_text->setPlaceholderText(tr("Household code, head's name or pinyin initials"));
    m_text->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    auto *villageLabel = new QLabel(tr("&Village:"), householdsTab);
    villageLabel->setBuddy(m_village);
    auto *categoryLabel = new QLabel(tr("C&ategory:"), householdsTab);
    categoryLabel->setBuddy(m_category);
    auto *yearLabel = new QLabel(tr("Scheme &year:"), householdsTab);
    yearLabel->setBuddy(m_year);
    auto *textLabel = new QLabel(tr("&Household:"), householdsTab);
    textLabel->setBuddy(m_text);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    filters->addWidget(villageLabel);
    filters->addWidget(m_village);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    filters->addWidget(m_unpaid);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        openHousehold(i.data(HouseholdListModel::HouseholdIdRole).toString());
    });

    auto *open = new QPushButton(tr("&Open household card"), householdsTab);
    open->setObjectName(QStringLiteral("openHousehold"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            openHousehold(i.data(HouseholdListModel::HouseholdIdRole).toString());
    });
    //: enrollment page: import the county's roster (花名册) from XLSX or CSV
    auto *importButton = new QPushButton(tr("&Import roster..."), householdsTab);
    importButton->setObjectName(QStringLiteral("importRoster"));
    importButton->setAutoDefault(false);
    importButton->setVisible(RoleInfo::can(user.role, Permission::EditHouseholds) && !RoleInfo::isCountyRole(user.role));
    connect(importButton, &QPushButton::clicked, this, &EnrollmentPage::importRoster);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(importButton);
    buttons->addWidget(open);

    auto *householdsLayout = new QVBoxLayout(householdsTab);
    householdsLayout->addLayout(filters);
    householdsLayout->addWidget(m_view, 1);
    householdsLayout->addLayout(buttons);

    m_reconciliationTab = new QWidget(m_tabs);
    new QVBoxLayout(m_reconciliationTab);
    m_requestsTab = new QWidget(m_tabs);
    new QVBoxLayout(m_requestsTab);
    m_tabs->addTab(householdsTab, tr("Households"));
    //: tab of the enrollment page: void and refund requests waiting for a reviewer
    m_tabs->addTab(m_requestsTab, tr("Void and refund requests"));
    m_tabs->addTab(m_reconciliationTab, tr("Daily reconciliation"));
    m_elsewhereTab = new QWidget(m_tabs);
    new QVBoxLayout(m_elsewhereTab);
    //: tab of the enrollment page: a list of people insured elsewhere checked against the enrollments (重复参保核查)
    m_tabs->addTab(m_elsewhereTab, tr("Insured elsewhere"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_tabs->widget(tab) == m_reconciliationTab)
            reconciliation();
        else if (m_tabs->widget(tab) == m_elsewhereTab)
            insuredElsewhere();
        else if (m_tabs->widget(tab) == m_requestsTab && !m_requests)
            receiptRequests();
        else if (m_tabs->widget(tab) == m_requestsTab)
            m_requests->reload();   // a card may have asked for one meanwhile
    });

    auto *title = new QLabel(tr("Enrollment"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    connect(m_village, &QComboBox::currentIndexChanged, this, &EnrollmentPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &EnrollmentPage::applyFilter);
    connect(m_unpaid, &QCheckBox::toggled, this, &EnrollmentPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &EnrollmentPage::applyFilter);
    connect(m_year, &QSpinBox::valueChanged, this, [this](int y) {
        m_unpaid->setText(tr("&Not yet paid for %1").arg(y));
        m_model->setYear(y);
        updateCount();
    });
    m_unpaid->setText(tr("&Not yet paid for %1").arg(m_year->value()));
    m_model->setYear(m_year->value());   // reads the first page
    updateCount();
    m_view->resizeColumnsToContents();
    setTabOrder(m_text, m_village);
    setTabOrder(m_village, m_category);
    setTabOrder(m_category, m_year);
    setTabOrder(m_year, m_unpaid);
    setTabOrder(m_unpaid, m_view);
    setTabOrder(m_view, open);
}

int EnrollmentPage::year() const
{
    return m_year->value();
}

void EnrollmentPage::applyFilter()
{
    HouseholdListModel::Filter f;
    f.villageId = m_village->currentData().toString();
    f.category = HouseholdListModel::Category(m_category->currentData().toInt());
    f.unpaidOnly = m_unpaid->isChecked();
    f.text = m_text->text();
    m_model->setFilter(f);
    updateCount();
}

void EnrollmentPage::updateCount()
{
    m_count->setText(tr("%1 household(s)", "", int(qMin<qint64>(m_model->totalCount(), INT_MAX)))
                         .arg(DisplayFormat::count(m_model->totalCount())));
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void EnrollmentPage::refresh()
{
    const QString current = m_model->householdId(m_view->currentIndex().row());
    m_model->refresh();
    updateCount();
    const int row = m_model->rowOfHousehold(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    if (m_reconciliation)
        m_reconciliation->refresh();
    if (m_requests && sender() != m_requests)
        m_requests->reload();
}

ReconciliationPage *EnrollmentPage::reconciliation()
{
    if (!m_reconciliation) {
        m_reconciliation = new ReconciliationPage(m_db, m_user, m_reconciliationTab);
        m_reconciliationTab->layout()->setContentsMargins(0, 0, 0, 0);
        m_reconciliationTab->layout()->addWidget(m_reconciliation);
        m_reconciliation->refresh();
    }
    return m_reconciliation;
}

HouseholdCard *EnrollmentPage::openHousehold(const QString &householdId)
{
    auto *card = new HouseholdCard(m_db, m_user, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->setDefaultYear(m_year->value());
    if (!card->load(householdId)) {
        delete card;
        return nullptr;
    }
    connect(card, &HouseholdCard::householdChanged, this, &EnrollmentPage::refresh);
    card->open();
    return card;
}

RosterImportDialog *EnrollmentPage::makeRosterImport()
{
    auto *dialog = new RosterImportDialog(m_db, m_user, this);
    connect(dialog, &RosterImportDialog::imported, this, &EnrollmentPage::refresh);
    return dialog;
}

void EnrollmentPage::importRoster()
{
    RosterImportDialog *dialog = makeRosterImport();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ReceiptRequestList *EnrollmentPage::receiptRequests()
{
    if (!m_requests) {
        m_requests = new ReceiptRequestList(m_db, m_user, m_requestsTab);
        m_requestsTab->layout()->setContentsMargins(0, 0, 0, 0);
        m_requestsTab->layout()->addWidget(m_requests);
        connect(m_requests, &ReceiptRequestList::changed, this, &EnrollmentPage::refresh);
    }
    return m_requests;
}

InsuredElsewherePage *EnrollmentPage::insuredElsewhere()
{
    if (!m_elsewhere) {
        m_elsewhere = new InsuredElsewherePage(m_db, m_user, year(), m_elsewhereTab);
        m_elsewhereTab->layout()->setContentsMargins(0, 0, 0, 0);
        m_elsewhereTab->layout()->addWidget(m_elsewhere);
        connect(m_elsewhere, &InsuredElsewherePage::householdRequested, this, &EnrollmentPage::openHousehold);
    }
    return m_elsewhere;
}
