#include "syncpage.h"

#include "itemmodels/displayformat.h"
#include "itemmodels/syncconflictmodel.h"
#include "itemmodels/synchistorymodel.h"
#include "itemmodels/syncoutboxmodel.h"
#include "services/numberseries.h"
#include "sync/syncclient.h"
#include "sync/syncpackage.h"
#include "sync/syncscheduler.h"
#include "sync/syncsettings.h"
#include "sync/syncworker.h"
#include "syncconflictsview.h"
#include "synchighlightdelegate.h"
#include "syncsettingsdialog.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFont>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

SyncPage::SyncPage(const QSqlDatabase &db, const SessionUser &user, SyncScheduler *scheduler, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_user(user),
      m_scheduler(scheduler),
      m_state(new QLabel(this)),
      m_pendingLabel(new QLabel(this)),
      m_lastSuccess(new QLabel(this)),
      m_server(new QLabel(this)),
      m_number(new QLabel(this)),
      m_error(new QLabel(this)),
      m_package(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_tabs(new QTabWidget(this)),
      m_pending(new SyncOutboxModel(db, SyncOutboxModel::Filter::Pending, this)),
      m_rejected(new SyncOutboxModel(db, SyncOutboxModel::Filter::Rejected, this)),
      m_history(new SyncHistoryModel(db, this)),
      m_conflicts(new SyncConflictsView(db, user, this))
{
    setObjectName(QStringLiteral("syncPage"));
    m_state->setObjectName(QStringLiteral("syncState"));
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state->setFont(big);
    m_pendingLabel->setObjectName(QStringLiteral("syncPending"));
    m_lastSuccess->setObjectName(QStringLiteral("syncLastSuccess"));
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setWordWrap(true);
    m_number->setObjectName(QStringLiteral("workstationNumber"));
    m_number->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("syncError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(true);

    //: the F9 key is the shortcut (set in the main window's Sync menu)
    m_syncNow = new QPushButton(tr("Sync &now (F9)"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setAutoDefault(false);
    connect(m_syncNow, &QPushButton::clicked, m_scheduler, &SyncScheduler::syncNow);
    m_settings = new QPushButton(tr("Sync &settings..."), this);
    m_settings->setObjectName(QStringLiteral("syncSettingsButton"));
    m_settings->setAutoDefault(false);
    m_settings->setEnabled(user.role == Role::TownshipAdmin || user.role == Role::CountyAdmin);
    m_settings->setToolTip(tr("The township administrator sets the county server and the workstation credential."));
    connect(m_settings, &QPushButton::clicked, this, &SyncPage::editSettings);

    //: sync page: offline sync, the pending changes written to a signed file carried to the county
    auto *exportButton = new QPushButton(tr("&Export a package..."), this);
    exportButton->setObjectName(QStringLiteral("exportPackageButton"));
    exportButton->setAutoDefault(false);
    exportButton->setToolTip(tr("Without a network: write the changes waiting to be sent to a signed package file "
                                "and carry it to the county office."));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString name = tr("jingban-changes-%1.jbpkg").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export a package"), QDir::home().filePath(name),
                                                          tr("Jingban package (*.jbpkg);;All files (*)"));
        if (!path.isEmpty())
            exportPackage(path);
    });
    //: sync page: offline sync, the county's signed answer to a package
    auto *importButton = new QPushButton(tr("&Import the county's answer..."), this);
    importButton->setObjectName(QStringLiteral("importAnswerButton"));
    importButton->setAutoDefault(false);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import the county's answer"), QDir::homePath(),
                                                          tr("Jingban package (*.jbpkg);;All files (*)"));
        if (!path.isEmpty())
            importAnswer(path);
    });
    m_package->setObjectName(QStringLiteral("packageResult"));
    m_package->setWordWrap(true);
    m_package->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_package->hide();

    auto *facts = new QFormLayout;
    facts->addRow(tr("Waiting to be sent:"), m_pendingLabel);
    facts->addRow(tr("Last successful sync:"), m_lastSuccess);
    facts->addRow(tr("County server:"), m_server);
    facts->addRow(tr("Workstation number:"), m_number);
    // The county registers this key once before it accepts this workstation's packages.
    auto *key = new QLabel(this);
    key->setObjectName(QStringLiteral("packageKey"));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const auto keyPair = SyncPackage::workstationKey(db);
    key->setText(keyPair ? QString::fromLatin1(keyPair->publicKey.toHex()) : keyPair.errorText());
    //: sync page: the workstation's public key the county registers for package files
    facts->addRow(tr("Package key of this workstation:"), key);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_settings);
    buttons->addWidget(exportButton);
    buttons->addWidget(importButton);
    buttons->addStretch();

    auto *top = new QHBoxLayout;
    auto *status = new QVBoxLayout;
    status->addWidget(m_state);
    status->addLayout(facts);
    status->addWidget(m_progress);
    status->addWidget(m_error);
    status->addWidget(m_package);
    top->addLayout(status, 1);
    top->addLayout(buttons);

    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->addTab(makeTable(m_pending, QStringLiteral("syncPendingView")), QString());
    m_tabs->addTab(makeTable(m_rejected, QStringLiteral("syncRejectedView")), QString());
    m_tabs->addTab(makeTable(m_history, QStringLiteral("syncHistoryView")), QString());
    m_tabs->addTab(m_conflicts, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_scheduler, &SyncScheduler::started, this, &SyncPage::showRunning);
    connect(m_scheduler, &SyncScheduler::progress, this, &SyncPage::showProgress);
    connect(m_scheduler, &SyncScheduler::finished, this, &SyncPage::showFinished);
    connect(m_scheduler, &SyncScheduler::pendingChanged, this, &SyncPage::showPending);
    connect(m_conflicts, &SyncConflictsView::resolved, this, [this] {
        m_pending->reload();
        m_scheduler->refreshPending();
        updateTabTitles();
    });

    reload();
    // A reviewer with conflicts waiting sees them first (as the claims page opens a reviewer's queue).
    if (user.role != Role::Clerk && m_conflicts->model()->openCount() > 0)
        m_tabs->setCurrentWidget(m_conflicts);
    if (m_scheduler->isRunning())
        showRunning();
    else
        showIdle();
    showPending(m_scheduler->pendingCount());
}

QTableView *SyncPage::makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setItemDelegate(new SyncHighlightDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

void SyncPage::reload()
{
    m_pending->reload();
    m_rejected->reload();
    m_history->reload();
    m_conflicts->reload();
    for (int i = 0; i < 3; ++i)
        if (auto *view = qobject_cast<QTableView *>(m_tabs->widget(i)))
            view->resizeColumnsToContents();
    const SyncSettings settings = SyncSettings::load(m_db);
    const QString server = settings.serverUrl.isEmpty() ? tr("not set up") : settings.serverUrl;
    const QString automatic = settings.intervalMinutes > 0
                                  ? tr("automatic sync every %n minute(s)", "", settings.intervalMinutes)
                                  : tr("automatic sync is off");
    //: sync page: the county server's address (or "not set up"); how often sync runs by itself
    m_server->setText(tr("%1; %2").arg(server, automatic));
    // The county's number for this workstation, in every receipt, slip and relief batch number it issues.
    const int number = NumberSeries::workstationNumber(m_db);
    m_number->setText(number > 0 ? tr("%1 (in this workstation's receipt, slip and relief batch numbers, e.g. %2-%1-0000123)")
                                       .arg(number, 2, 10, QLatin1Char('0'))
                                       .arg(QDate::currentDate().year())
                                 : tr("none yet: receipts and slips are numbered without one until this workstation has synced"));
    const QDateTime last = m_scheduler->lastSuccess();
    m_lastSuccess->setText(last.isValid() ? DisplayFormat::dateTime(last) : tr("never"));
    updateTabTitles();
}

void SyncPage::showEvent(QShowEvent *event)
{
    // Other pages write while this one is hidden: show the outbox as it is now.
    QWidget::showEvent(event);
    if (!m_scheduler->isRunning())
        reload();
}

void SyncPage::updateTabTitles()
{
    //: tab of the sync page
    m_tabs->setTabText(0, tr("&Waiting to be sent"));
    //: tab of the sync page: operations the county refused
    m_tabs->setTabText(1, m_rejected->rowCount() > 0 ? tr("Re&fused by the county (%1)").arg(m_rejected->rowCount())
                                                     : tr("Re&fused by the county"));
    //: tab of the sync page
    m_tabs->setTabText(2, tr("&History"));
    const int open = m_conflicts->model()->openCount();
    //: tab of the sync page
    m_tabs->setTabText(3, open > 0 ? tr("&Conflicts (%1)").arg(open) : tr("&Conflicts"));
}

void SyncPage::editSettings()
{
    SyncSettingsDialog dialog(m_db, m_user, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_scheduler->reloadSettings();
        reload();
    }
}

void SyncPage::showIdle()
{
    m_syncNow->setEnabled(true);
    m_progress->hide();   // shown while a sync runs
    const auto last = m_scheduler->lastRun();
    if (!last) {
        m_state->setText(tr("Not synced yet"));
        m_error->clear();
        m_error->hide();
        return;
    }
    m_state->setText(SyncHistory::outcomeText(*last));
    m_error->setText(last->error);
    m_error->setVisible(!last->error.isEmpty());
}

void SyncPage::showRunning()
{
    m_syncNow->setEnabled(false);
    m_progress->show();
    m_state->setText(tr("Syncing..."));
    m_error->hide();
    m_progress->setRange(0, 0);   // busy until the first figures arrive
    m_progress->setFormat(tr("Connecting to the county server..."));
}

void SyncPage::showProgress(int phase, qint64 done, qint64 total)
{
    switch (phase) {
    case SyncWorker::Connecting:
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Connecting to the county server..."));
        break;
    case SyncWorker::Sending:
        m_progress->setRange(0, int(qMin<qint64>(qMax<qint64>(total, 1), INT_MAX)));
        m_progress->setValue(int(qMin(done, total)));
        m_progress->setFormat(tr("Sending changes: %1 of %2").arg(DisplayFormat::count(done), DisplayFormat::count(total)));
        break;
    case SyncWorker::Receiving:
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Receiving changes from the county: %1 record(s)").arg(DisplayFormat::count(done)));
        break;
    case SyncWorker::Comparing:
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Checking that both sides agree..."));
        break;
    default: break;
    }
}

void SyncPage::showFinished(const SyncRunRecord &run)
{
    showIdle();
    if (run.succeeded())
        m_state->setText(m_state->text() + QStringLiteral(" - ")
                         + tr("sent %1, received %2").arg(DisplayFormat::count(run.pushed), DisplayFormat::count(run.pulled)));
    reload();
}

void SyncPage::showPending(qint64 pending)
{
    m_pendingLabel->setText(pending < 0 ? tr("counting...")
                                        : tr("%1 change(s)", "", int(qMin<qint64>(pending, INT_MAX))).arg(DisplayFormat::count(pending)));
}

void SyncPage::showPackageResult(const QString &text, bool ok)
{
    m_package->setStyleSheet(ok ? QString() : QStringLiteral("color: #b02020;"));
    m_package->setText(text);
    m_package->setVisible(!text.isEmpty());
}

bool SyncPage::exportPackage(const QString &path)
{
    const SyncSettings settings = SyncSettings::load(m_db);
    if (settings.credentialId.isEmpty()) {
        showPackageResult(tr("Package: this workstation has no credential yet; the township administrator reads "
                             "it in under Sync settings."), false);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto package = SyncPackage::exportPush(m_db, settings.credentialId);
    QApplication::restoreOverrideCursor();
    if (!package) {
        showPackageResult(tr("Package: %1").arg(package.errorText()), false);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*package) != package->size() || !file.commit()) {
        showPackageResult(tr("Package: %1 cannot be written (%2).").arg(QDir::toNativeSeparators(path), file.errorString()),
                          false);
        return false;
    }
    showPackageResult(tr("%n change(s) waiting to be sent written to %1. Carry the file to the county office; "
                         "the changes stay waiting until its answer is imported here.",
                         "", int(SyncClient(m_db).pendingCount()))
                          .arg(QDir::toNativeSeparators(path)),
                      true);
    return true;
}

bool SyncPage::importAnswer(const QString &path)
{
    if (m_scheduler->isRunning()) {
        showPackageResult(tr("Package: a sync is running; import the answer when it has finished."), false);
        return false;
    }
    const SyncSettings settings = SyncSettings::load(m_db);
    if (settings.credentialId.isEmpty() || settings.countyPublicKey.isEmpty()) {
        showPackageResult(tr("Package: the workstation credential (with the county's key) is not set; the township "
                             "administrator reads it in under Sync settings."), false);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showPackageResult(tr("Package: %1 cannot be read (%2).").arg(QDir::toNativeSeparators(path), file.errorString()),
                          false);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto imported = SyncPackage::importAnswer(m_db, file.readAll(), settings.credentialId, settings.countyPublicKey);
    QApplication::restoreOverrideCursor();
    if (!imported) {
        showPackageResult(tr("Package: %1").arg(imported.errorText()), false);
        return false;
    }
    showPackageResult(tr("The county's answer is imported: %1 change(s) applied, %2 applied before, %3 refused, "
                         "%4 conflict(s); %5 change(s) from the county written.")
                          .arg(imported->push.applied)
                          .arg(imported->push.duplicates)
                          .arg(imported->push.rejected)
                          .arg(imported->push.conflicts)
                          .arg(imported->written),
                      true);
    m_scheduler->refreshPending();
    reload();
    return true;
}
