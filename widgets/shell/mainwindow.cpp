#include "mainwindow.h"

#include <functional>

#include "claims/claimspage.h"
#include "common/summarypage.h"
#include "dashboard/dashboardpage.h"
#include "enrollment/enrollmentpage.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/personsearchmodel.h"
#include "itemmodels/replicasummarymodel.h"
#include "outpatient/outpatientpage.h"
#include "person/personview.h"
#include "policy/policyviewer.h"
#include "relief/reliefpage.h"
#include "search/personsearchpage.h"
#include "sessionlock.h"
#include "sync/syncpage.h"
#include "sync/syncscheduler.h"
#include "sync/syncworker.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QMainWindow(parent),
      m_db(db),
      m_user(user),
      m_nav(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_search(new QLineEdit(this)),
      m_searchModel(new PersonSearchModel(db, this)),
      m_searchPage(nullptr)
{
    setObjectName(QStringLiteral("MainWindow"));
    // Sync runs on a thread of its own; it also counts the waiting changes
    // there, so the window opens without counting a big outbox.
    m_sync = new SyncScheduler(db, this);
    const QString township = townshipName();
    setWindowTitle(township.isEmpty() ? tr("Jingban - medical insurance counter")
                                      : tr("Jingban - %1 medical insurance counter").arg(township));
    m_searchModel->setViewer(user);

    // The search box, on top of every page.
    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolBar"));
    toolbar->setMovable(false);
    auto *searchLabel = new QLabel(tr("&Find a person:"), toolbar);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Id number, name or pinyin initials (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *searchButton = new QPushButton(tr("Search"), toolbar);
    searchButton->setAutoDefault(false);
    toolbar->addWidget(searchLabel);
    toolbar->addWidget(m_search);
    toolbar->addWidget(searchButton);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::search);
    connect(searchButton, &QPushButton::clicked, this, &MainWindow::search);

    // The pages: search results, then one page per area of work.
    m_searchPage = new PersonSearchPage(m_searchModel, m_pages);
    connect(m_searchPage, &PersonSearchPage::personActivated, this, &MainWindow::openPerson);
    m_pages->addWidget(m_searchPage);

    struct Area
    {
        ReplicaSummaryModel::Section section;
        QString title;
        QString description;
    };
    const QString scopeNote = RoleInfo::isCountyRole(user.role) ? tr("Figures for the whole replica (all townships).")
                                                                : tr("Figures for %1.").arg(township);
    const QList<Area> areas = {
        {ReplicaSummaryModel::Section::Enrollment, tr("Enrollment"),
         tr("Households, insured persons and enrollments by scheme year in this workstation's replica. "
            "Enrolling households and printing receipts will be done on this page.")},
        {ReplicaSummaryModel::Section::SpecialOutpatient, tr("Special outpatient"),
         tr("Special-outpatient filings by stage of the workflow (village report, township review, "
            "submission, county certification).")},
        {ReplicaSummaryModel::Section::Claims, tr("Claims"),
         tr("Manual reimbursement claims by status and kind, and the settlements made.")},
        {ReplicaSummaryModel::Section::Relief, tr("Health poverty relief"),
         tr("Registered poverty, dibao and tekun persons, and the health poverty relief and medical "
            "assistance paid in settlements.")},
        {ReplicaSummaryModel::Section::Dashboard, tr("Statistics"),
         tr("What this replica holds, at a glance.")},
        {ReplicaSummaryModel::Section::Sync, tr("Sync"), QString()},
    };
    const QString scopeTownship = RoleInfo::isCountyRole(user.role) ? QString() : user.townshipId;
    for (const Area &a : areas) {
        // The sync page has its own models (and counts nothing on this thread).
        auto *model = a.section == ReplicaSummaryModel::Section::Sync
                          ? nullptr
                          : new ReplicaSummaryModel(db, a.section, scopeTownship, this);
        m_summaries.append(model);
        // The working screens read their lists when they are built, so they
        // are built when first shown: opening the window stays fast on a
        // county-sized replica.
        std::function<QWidget *()> factory;
        if (a.section == ReplicaSummaryModel::Section::Enrollment)
            factory = [this, db, user] { return new ::EnrollmentPage(db, user, m_pages); };
        else if (a.section == ReplicaSummaryModel::Section::SpecialOutpatient)
            factory = [this, db, user] { return new ::OutpatientPage(db, user, m_pages); };
        else if (a.section == ReplicaSummaryModel::Section::Claims)
            factory = [this, db, user] { return new ::ClaimsPage(db, user, m_pages); };
        else if (a.section == ReplicaSummaryModel::Section::Sync)
            factory = [this, db, user] { return new ::SyncPage(db, user, m_sync, m_pages); };
        else if (a.section == ReplicaSummaryModel::Section::Dashboard)
            factory = [this, db, user] { return new ::DashboardPage(db, user, m_pages); };
        else if (a.section == ReplicaSummaryModel::Section::Relief)
            factory = [this, db, user] {
                // Opens on the household of the person found last, if any (Ctrl+F, then Ctrl+5).
                auto *page = new ::ReliefPage(db, user, m_pages);
                if (m_searchModel->rowCount() > 0)
                    page->showPersonHousehold(m_searchModel->personId(0));
                return page;
            };
        if (factory) {
            m_pageFactories.insert(m_pages->count(), factory);
            m_pages->addWidget(new QWidget(m_pages));
            continue;
        }
        auto *page = new SummaryPage(model, m_pages);
        page->setTitle(a.title);
        page->setDescription(a.description + QLatin1Char('\n') + scopeNote);
        m_pages->addWidget(page);
    }

    // The county's published policies, read only (widgets/policy).
    m_pages->addWidget(new PolicyViewer(db, m_pages));

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->addItem(tr("Find a person"));
    for (const Area &a : areas)
        m_nav->addItem(a.title);
    m_nav->addItem(tr("Policy"));
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);
    m_nav->setSpacing(3);
    int navWidth = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        navWidth = qMax(navWidth, QFontMetrics(navFont).horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(navWidth + 48);
    m_nav->setCurrentRow(0);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        // A page's figures are read when it is first shown (F5 reads again).
        if (row >= EnrollmentPage && row < EnrollmentPage + m_summaries.size()) {
            ReplicaSummaryModel *model = m_summaries.at(row - EnrollmentPage);
            if (model && !model->isLoaded())
                model->refresh();
        }
        if (const auto factory = m_pageFactories.take(row)) {
            QWidget *placeholder = m_pages->widget(row);
            m_pages->insertWidget(row, factory());
            m_pages->removeWidget(placeholder);
            placeholder->deleteLater();
        }
        m_pages->setCurrentIndex(row);
    });

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralContent"));
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    setTabOrder(m_search, searchButton);
    setTabOrder(searchButton, m_nav);

    // The outbox grows as others work on this replica (and sync arrives later).
    auto *timer = new QTimer(this);
    timer->setInterval(30 * 1000);
    connect(timer, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    timer->start();

    m_lock = new SessionLock(db, user, this);
    connect(m_lock, &SessionLock::signOutRequested, this, &MainWindow::signOut);

    resize(1280, 800);
    m_search->setFocus();
}

QString MainWindow::townshipName() const
{
    if (m_user.townshipId.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM township WHERE id = ?"));
    q.addBindValue(m_user.townshipId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    file->addSeparator();
    QAction *lockAction = file->addAction(tr("&Lock"), this, [this] { m_lock->lock(); });
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find a person"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction *a = view->addAction(m_nav->item(i)->text(), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);

    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    QAction *syncNow = syncMenu->addAction(tr("Sync &now"), m_sync, &SyncScheduler::syncNow);
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    syncNow->setShortcutContext(Qt::ApplicationShortcut);
    syncMenu->addAction(tr("Show the &sync page"), this, [this] { showPage(SyncPage); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Jingban"), this, [this] {
        QMessageBox::about(this, tr("About Jingban"),
                           tr("<p><b>Jingban %1</b></p><p>The workstation of a township's counter for the urban and "
                              "rural resident basic medical insurance: enrollment, special outpatient, claims and "
                              "health poverty relief, on a local replica that syncs with the county office.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    m_townshipLabel = new QLabel(this);
    m_townshipLabel->setObjectName(QStringLiteral("townshipStatus"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    for (QLabel *l : {m_userLabel, m_townshipLabel, m_syncLabel})
        l->setContentsMargins(6, 0, 6, 0);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(separator);
    statusBar()->addWidget(m_townshipLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    connect(m_sync, &SyncScheduler::pendingChanged, this, &MainWindow::updateSyncStatus);
    connect(m_sync, &SyncScheduler::started, this, [this] {
        m_syncPhase = tr("connecting");
        updateSyncStatus();
    });
    connect(m_sync, &SyncScheduler::progress, this, [this](int phase, qint64 done, qint64 total) {
        if (phase == SyncWorker::Sending)
            m_syncPhase = tr("sending %1 of %2").arg(DisplayFormat::count(done), DisplayFormat::count(total));
        else if (phase == SyncWorker::Receiving)
            m_syncPhase = tr("receiving, %1 record(s)").arg(DisplayFormat::count(done));
        else if (phase == SyncWorker::Comparing)
            m_syncPhase = tr("checking");
        else
            m_syncPhase = tr("connecting");
        updateSyncStatus();
    });
    connect(m_sync, &SyncScheduler::finished, this, [this] {
        m_syncPhase.clear();
        updateSyncStatus();
    });
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    //: status bar: user's name and role
    m_userLabel->setText(tr("User: %1 (%2)").arg(m_user.displayName, RoleInfo::label(m_user.role)));
    const QString township = townshipName();
    m_townshipLabel->setText(township.isEmpty() ? tr("County office") : tr("Township: %1").arg(township));
    // Counted on the sync thread; the label follows when the count arrives.
    m_sync->refreshPending();
    updateSyncStatus();
}

void MainWindow::updateSyncStatus()
{
    QString state;
    if (m_sync->isRunning())
        //: status bar: sync is running; %1 says what it is doing
        state = tr("syncing (%1)").arg(m_syncPhase);
    else if (const auto last = m_sync->lastRun(); last && !last->succeeded())
        state = last->errorKind == QLatin1String("offline") ? tr("offline, will retry")
                : last->errorKind == QLatin1String("settings") ? tr("not set up")
                                                                : tr("last sync failed");
    else if (m_sync->lastRun())
        state = tr("up to date");
    else
        state = tr("idle");
    const qint64 pending = m_sync->pendingCount();
    const QString waiting = pending < 0 ? tr("counting changes")
                                        : tr("%1 change(s) waiting", "", int(qMin<qint64>(pending, INT_MAX))).arg(DisplayFormat::count(pending));
    const QDateTime last = m_sync->lastSuccess();
    const QString when = last.isValid() ? tr("last success %1").arg(DisplayFormat::dateTime(last)) : tr("never synced");
    //: status bar: sync state, changes waiting to be sent, last successful sync
    m_syncLabel->setText(tr("Sync: %1 | %2 | %3").arg(state, waiting, when));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
    if (page == SearchPage) {
        m_searchPage->view()->setFocus();
    } else if (auto *view = m_pages->currentWidget()->findChild<QAbstractItemView *>()) {
        view->setFocus();
    }
}

void MainWindow::search()
{
    m_searchModel->setSearchText(m_search->text());
    m_nav->setCurrentRow(SearchPage);
    QTableView *view = m_searchPage->view();
    if (m_searchModel->rowCount() == 0)
        return;
    // An exact id number is one person: open them straight away.
    if (m_searchModel->mode() == PersonSearchModel::Mode::IdNumberExact && m_searchModel->rowCount() == 1) {
        view->selectRow(0);
        openPerson(m_searchModel->personId(0));
        return;
    }
    view->setCurrentIndex(m_searchModel->index(0, 0));
    view->selectRow(0);
    view->setFocus();
}

bool MainWindow::openPerson(const QString &personId)
{
    auto *viewer = new PersonView(m_db, m_user, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    connect(viewer, &PersonView::reliefYearRequested, this, [this](const QString &householdId) {
        showPage(ReliefPage);
        if (auto *page = qobject_cast<::ReliefPage *>(m_pages->widget(ReliefPage)))
            page->showHousehold(householdId);
    });
    if (!viewer->showPerson(personId)) {
        delete viewer;
        return false;
    }
    viewer->open();
    return true;
}

void MainWindow::refresh()
{
    for (ReplicaSummaryModel *m : std::as_const(m_summaries))
        if (m && (m->isLoaded() || m_pages->currentIndex() == EnrollmentPage + m_summaries.indexOf(m)))
            m->refresh();
    if (!m_searchModel->searchText().isEmpty())
        m_searchModel->setSearchText(m_searchModel->searchText());
    updateStatusBar();
}

void MainWindow::signOut()
{
    m_signOut = true;
    close();
}
