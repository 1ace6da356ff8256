#pragma once

#include "domain/sessionuser.h"

#include <QHash>
#include <QMainWindow>
#include <QSqlDatabase>
#include <functional>

class PersonSearchModel;
class PersonSearchPage;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class ReplicaSummaryModel;
class SessionLock;
class SyncScheduler;
struct SyncRunRecord;

// The workstation's main window: navigation on the left to the areas of
// work, the person search box on top (Ctrl+F), and a status bar with the
// user, the township and the sync state. Views read through item models;
// nothing here writes to the replica.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { SearchPage, EnrollmentPage, OutpatientPage, ClaimsPage, ReliefPage, DashboardPage, SyncPage, PolicyPage, PageCount };
    Q_ENUM(Page)

    MainWindow(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    const SessionUser &user() const { return m_user; }
    bool signOutRequested() const { return m_signOut; }
    Page currentPage() const;
    void showPage(Page page);

    QLineEdit *searchBox() const { return m_search; }
    PersonSearchModel *searchModel() const { return m_searchModel; }
    PersonSearchPage *searchPage() const { return m_searchPage; }
    SessionLock *sessionLock() const { return m_lock; }
    SyncScheduler *syncScheduler() const { return m_sync; }
    // Runs the search box's text, as Enter in the box does.
    void search();
    // Opens the person view; false if there is no such person.
    bool openPerson(const QString &personId);

public slots:
    void refresh();
    void signOut();

private:
    void buildMenus();
    void buildStatusBar();
    void updateStatusBar();
    void updateSyncStatus();
    QString townshipName() const;

    QSqlDatabase m_db;
    SessionUser m_user;
    bool m_signOut = false;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QHash<int, std::function<QWidget *()>> m_pageFactories;   // pages not built yet, by row
    QLineEdit *m_search;
    PersonSearchModel *m_searchModel;
    PersonSearchPage *m_searchPage;
    QList<ReplicaSummaryModel *> m_summaries;
    QLabel *m_userLabel;
    QLabel *m_townshipLabel;
    QLabel *m_syncLabel;
    SessionLock *m_lock = nullptr;
    SyncScheduler *m_sync = nullptr;
    QString m_syncPhase;   // what a running sync is doing, for the status bar
};
