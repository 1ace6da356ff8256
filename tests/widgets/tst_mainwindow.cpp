#include "../support/testreplica.h"

#include "itemmodels/householdmembersmodel.h"
#include "itemmodels/personsearchmodel.h"
#include "person/personview.h"
#include "search/personsearchpage.h"
#include "shell/lockdialog.h"
#include "shell/mainwindow.h"
#include "shell/sessionlock.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTableView>
#include <QInputMethodEvent>
#include <QTest>
#include <QTimer>

// Chinese comes through an input method, not as key presses: commit it as
// the IME would (QTest::keyClicks takes Latin-1 only).
inline void typeText(QWidget *widget, const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

// The main window over a small replica: the search box finds a person by
// pinyin initials, Enter opens them with their household, the status bar
// says who and where, and the pages show the replica's figures.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void ctrlFFocusesTheSearchBox();
    void searchBoxFindsAPersonByInitials();
    void enterOpensThePersonWithTheirHousehold();
    void exactIdNumberOpensThePersonAtOnce();
    void statusBarShowsUserTownshipAndSyncState();
    void navigationReachesEveryPage();
    void signOutClosesTheWindow();
    void idleLocksAndOnlyTheUsersPasswordUnlocks();

private:
    TestReplica *m_replica = nullptr;
    QString m_headIdNumber;
};

void TestMainWindow::initTestCase()
{
    m_replica = new TestReplica;
    m_replica->setUpTownship();
    ChangeWriter writer(m_replica->db, m_replica->clerk);
    HouseholdService households(writer);
    auto h = households.createHousehold({m_replica->villageId, QStringLiteral("H001"), QStringLiteral("东村 3 组 12 号"), {}});
    QVERIFY2(h.ok(), qPrintable(h.errorText()));
    const QString hid = h->value(QStringLiteral("id")).toString();
    m_headIdNumber = testIdNumber(QStringLiteral("19650412"), 11);
    const QList<QPair<QString, QString>> members = {{QStringLiteral("陈光明"), QStringLiteral("self")},
                                                     {QStringLiteral("周淑芬"), QStringLiteral("spouse")},
                                                     {QStringLiteral("陈晓燕"), QStringLiteral("daughter")}};
    int seq = 11;
    for (const auto &[name, relation] : members) {
        HouseholdService::NewPerson p;
        p.householdId = hid;
        p.idNumber = seq == 11 ? m_headIdNumber : testIdNumber(QStringLiteral("19900101"), seq);
        p.name = name;
        p.relation = relation;
        ++seq;
        auto r = households.addPerson(p);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
    }
}

void TestMainWindow::cleanupTestCase()
{
    delete m_replica;
}

void TestMainWindow::ctrlFFocusesTheSearchBox()
{
    MainWindow w(m_replica->db, m_replica->clerk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.findChild<QListWidget *>(QStringLiteral("navigation"))->setFocus();
    QVERIFY(QApplication::focusWidget() != w.searchBox());
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), w.searchBox());
}

void TestMainWindow::searchBoxFindsAPersonByInitials()
{
    MainWindow w(m_replica->db, m_replica->clerk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(w.searchBox(), QStringLiteral("cgm"));
    QTest::keyClick(w.searchBox(), Qt::Key_Return);
    QCOMPARE(w.currentPage(), MainWindow::SearchPage);
    PersonSearchModel *model = w.searchModel();
    QCOMPARE(model->mode(), PersonSearchModel::Mode::InitialsPrefix);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, PersonSearchModel::NameColumn).data().toString(), QStringLiteral("陈光明"));
    // A clerk of the township sees the whole id number.
    QCOMPARE(model->index(0, PersonSearchModel::IdNumberColumn).data().toString(), m_headIdNumber);
    // The results table has the focus, first row current, for Enter.
    QCOMPARE(QApplication::focusWidget(), w.searchPage()->view());
    QCOMPARE(w.searchPage()->view()->currentIndex().row(), 0);

    // Initials of the family name alone find all three Chens and none else.
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(w.searchBox(), QStringLiteral("C"));
    QTest::keyClick(w.searchBox(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 2);
}

void TestMainWindow::enterOpensThePersonWithTheirHousehold()
{
    MainWindow w(m_replica->db, m_replica->clerk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    typeText(w.searchBox(), QStringLiteral("周"));
    QTest::keyClick(w.searchBox(), Qt::Key_Return);
    QCOMPARE(w.searchModel()->rowCount(), 1);
    QTest::keyClick(w.searchPage()->view(), Qt::Key_Return);
    auto *view = w.findChild<PersonView *>();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    HouseholdMembersModel *members = view->members();
    QCOMPARE(members->rowCount(), 3);
    QCOMPARE(members->household().code, QStringLiteral("H001"));
    QCOMPARE(members->index(0, HouseholdMembersModel::NameColumn).data().toString(), QStringLiteral("陈光明"));
    auto *table = view->findChild<QTableView *>(QStringLiteral("householdMembers"));
    QCOMPARE(table->currentIndex().row(), members->rowOfPerson(w.searchModel()->personId(0)));
    // Enter on another member shows that member; Esc closes.
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(members->personId(), members->index(0, 0).data(HouseholdMembersModel::PersonIdRole).toString());
    QTest::keyClick(table, Qt::Key_Escape);
    QTRY_VERIFY(!w.findChild<PersonView *>());
}

void TestMainWindow::exactIdNumberOpensThePersonAtOnce()
{
    MainWindow w(m_replica->db, m_replica->clerk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(w.searchBox(), m_headIdNumber);
    QTest::keyClick(w.searchBox(), Qt::Key_Return);
    auto *view = w.findChild<PersonView *>();
    QVERIFY(view);
    QCOMPARE(view->members()->rowCount(), 3);
    view->close();
}

void TestMainWindow::statusBarShowsUserTownshipAndSyncState()
{
    MainWindow w(m_replica->db, m_replica->clerk);
    w.show();
    const QString user = w.findChild<QLabel *>(QStringLiteral("userStatus"))->text();
    QVERIFY2(user.contains(QStringLiteral("王经办")) && user.contains(RoleInfo::label(Role::Clerk)), qPrintable(user));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("townshipStatus"))->text().contains(QStringLiteral("示范镇")));
    QLabel *sync = w.findChild<QLabel *>(QStringLiteral("syncStatus"));
    QSqlQuery q(m_replica->db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE pushed_at IS NULL")) && q.next());
    // Counted on the sync thread after the window is up (opening stays fast on a big outbox).
    QTRY_VERIFY2(sync->text().contains(QLocale().toString(q.value(0).toLongLong()) + QStringLiteral(" change")), qPrintable(sync->text()));
    QVERIFY(sync->text().contains(QStringLiteral("never synced")));
}

void TestMainWindow::navigationReachesEveryPage()
{
    MainWindow w(m_replica->db, m_replica->clerk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(nav->count(), int(MainWindow::PageCount));
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        QTest::keyClick(&w, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(int(w.currentPage()), page);
    }
    // Every area page shows figures read from the replica, not an empty promise.
    w.showPage(MainWindow::EnrollmentPage);
    auto *table = qobject_cast<QTableView *>(QApplication::focusWidget());
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 0);
    // The enrollment page lists the township's households (widgets/enrollment).
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("H001"));
    QCOMPARE(table->model()->index(0, 4).data().toString(), QStringLiteral("3"));   // members
}

void TestMainWindow::signOutClosesTheWindow()
{
    MainWindow w(m_replica->db, m_replica->clerk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.signOutRequested());
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(w.signOutRequested());
    QVERIFY(!w.isVisible());
}

void TestMainWindow::idleLocksAndOnlyTheUsersPasswordUnlocks()
{
    MainWindow w(m_replica->db, m_replica->clerk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QWidget *content = w.findChild<QWidget *>(QStringLiteral("centralContent"));
    bool contentHiddenWhileLocked = false;
    QString wrongPasswordError;
    // The lock dialog runs its own event loop: answer it from a timer.
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        LockDialog *dialog = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<LockDialog *>(top); d && d->isVisible())
                dialog = d;
        if (!dialog)
            return;
        answer.stop();
        contentHiddenWhileLocked = !content->isVisible();
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        QTest::keyClicks(password, QStringLiteral("secret-reviewer"));   // another user's password
        QTest::keyClick(password, Qt::Key_Return);
        wrongPasswordError = dialog->errorText();
        QTest::keyClicks(password, QStringLiteral("secret-clerk"));
        QTest::keyClick(password, Qt::Key_Return);
    });
    answer.start();
    w.sessionLock()->setIdleTimeout(50);
    QTRY_VERIFY(!wrongPasswordError.isEmpty());
    QTRY_VERIFY(!w.sessionLock()->isLocked());
    QVERIFY(contentHiddenWhileLocked);
    QVERIFY(content->isVisible());
    QVERIFY(!w.signOutRequested());
    w.sessionLock()->setIdleTimeout(0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
