#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class SyncConflictsView;
class SyncHistoryModel;
class SyncOutboxModel;
class SyncScheduler;
struct SyncRunRecord;

// The sync page: the state of sync and its progress, "Sync now" (F9), the
// changes waiting to be sent, those the county refused and why, the history
// of runs with their errors in plain words, and the conflicts list. The
// sync itself runs on SyncScheduler's thread; this page only shows it.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    SyncPage(const QSqlDatabase &db, const SessionUser &user, SyncScheduler *scheduler, QWidget *parent = nullptr);

    QPushButton *syncNowButton() const { return m_syncNow; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *errorLabel() const { return m_error; }
    QProgressBar *progressBar() const { return m_progress; }
    QTabWidget *tabs() const { return m_tabs; }
    SyncHistoryModel *historyModel() const { return m_history; }
    SyncOutboxModel *pendingModel() const { return m_pending; }
    SyncOutboxModel *rejectedModel() const { return m_rejected; }
    SyncConflictsView *conflictsView() const { return m_conflicts; }

    // Offline sync by package file (no network): the pending changes signed
    // with this workstation's key, and the county's signed answer. Each
    // reports in the page's package line; false on an error, shown there.
    bool exportPackage(const QString &path);
    bool importAnswer(const QString &path);
    QLabel *packageLabel() const { return m_package; }

public slots:
    void reload();
    void editSettings();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showIdle();
    void showPackageResult(const QString &text, bool ok);
    void showRunning();
    void showProgress(int phase, qint64 done, qint64 total);
    void showFinished(const SyncRunRecord &run);
    void showPending(qint64 pending);
    void updateTabTitles();
    QTableView *makeTable(QAbstractItemModel *model, const QString &name);

    QSqlDatabase m_db;
    SessionUser m_user;
    SyncScheduler *m_scheduler;
    QLabel *m_state;
    QLabel *m_pendingLabel;
    QLabel *m_lastSuccess;
    QLabel *m_server;
    QLabel *m_number;
    QLabel *m_error;
    QLabel *m_package;
    QProgressBar *m_progress;
    QPushButton *m_syncNow;
    QPushButton *m_settings;
    QTabWidget *m_tabs;
    SyncOutboxModel *m_pending;
    SyncOutboxModel *m_rejected;
    SyncHistoryModel *m_history;
    SyncConflictsView *m_conflicts;
};
