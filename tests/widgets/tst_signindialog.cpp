#include "../support/testreplica.h"

#include "setup/demorunner.h"
#include "setup/firstrunsetupdialog.h"
#include "signin/signindialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QInputMethodEvent>
#include <QTest>

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

// The sign-in and first-run dialogs, driven with the keyboard alone.
class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void wrongPasswordShowsTheMessageAndStaysOpen();
    void rightPasswordYieldsTheSessionUser();
    void emptyLoginIsNamed();
    void escapeQuits();
    void firstRunCreatesTownshipAndAdministrator();
    void firstRunRefusesMismatchedPasswords();
    void demoCountyReplacesTheEmptyReplica();

private:
    void typeCredentials(SignInDialog &dialog, const QString &login, const QString &password);
    TestReplica *m_replica = nullptr;
};

void TestSignInDialog::initTestCase()
{
    m_replica = new TestReplica;
    m_replica->setUpTownship();
}

void TestSignInDialog::cleanupTestCase()
{
    delete m_replica;
}

void TestSignInDialog::typeCredentials(SignInDialog &dialog, const QString &login, const QString &password)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *loginEdit = dialog.findChild<QLineEdit *>(QStringLiteral("login"));
    QVERIFY(loginEdit);
    QCOMPARE(QApplication::focusWidget(), loginEdit);
    QTest::keyClicks(loginEdit, login);
    QTest::keyClick(loginEdit, Qt::Key_Tab);
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QCOMPARE(QApplication::focusWidget(), passwordEdit);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

void TestSignInDialog::wrongPasswordShowsTheMessageAndStaysOpen()
{
    SignInDialog dialog(m_replica->db);
    typeCredentials(dialog, QStringLiteral("clerk"), QStringLiteral("not-the-password"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.sessionUser().isValid());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), UserService::signIn(m_replica->db, QStringLiteral("clerk"), QStringLiteral("x")).errorText());
    // The password is cleared and has the focus for a second try.
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(passwordEdit->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), passwordEdit);
    QTest::keyClicks(passwordEdit, QStringLiteral("secret-clerk"));
    QTest::keyClick(passwordEdit, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.sessionUser().login, QStringLiteral("clerk"));
}

void TestSignInDialog::rightPasswordYieldsTheSessionUser()
{
    SignInDialog dialog(m_replica->db);
    typeCredentials(dialog, QStringLiteral("reviewer"), QStringLiteral("secret-reviewer"));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const SessionUser &u = dialog.sessionUser();
    QCOMPARE(u.id, m_replica->reviewer.id);
    QCOMPARE(u.login, QStringLiteral("reviewer"));
    QCOMPARE(u.displayName, QStringLiteral("李审核"));
    QCOMPARE(u.role, Role::Reviewer);
    QCOMPARE(u.townshipId, m_replica->townshipId);
}

void TestSignInDialog::emptyLoginIsNamed()
{
    SignInDialog dialog(m_replica->db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("login")), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(QStringLiteral("login")));
}

void TestSignInDialog::escapeQuits()
{
    SignInDialog dialog(m_replica->db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("login")), QStringLiteral("clerk"));
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("login")), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.sessionUser().isValid());
}

void TestSignInDialog::firstRunCreatesTownshipAndAdministrator()
{
    TestReplica empty;
    QVERIFY(!UserService::hasUsers(empty.db));
    FirstRunSetupDialog dialog(empty.db, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QWidget *w = QApplication::focusWidget();
    QCOMPARE(w->objectName(), QStringLiteral("countyCode"));
    const QStringList values = {QStringLiteral("360121"), QStringLiteral("360121105"), QStringLiteral("塘南镇"),
                                QStringLiteral("tnadmin"), QStringLiteral("刘管理"), QStringLiteral("tangnan-2024"),
                                QStringLiteral("tangnan-2024")};
    for (const QString &v : values) {
        w = QApplication::focusWidget();
        typeText(w, v);
        QTest::keyClick(w, Qt::Key_Tab);
    }
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("confirmPassword")), Qt::Key_Return);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.outcome(), FirstRunSetupDialog::Created);
    QCOMPARE(dialog.administrator().login, QStringLiteral("tnadmin"));
    QCOMPARE(dialog.administrator().role, Role::TownshipAdmin);
    QVERIFY(UserService::signIn(empty.db, QStringLiteral("tnadmin"), QStringLiteral("tangnan-2024")).ok());
    QCOMPARE(empty.count(QStringLiteral("township")), 1);
}

void TestSignInDialog::firstRunRefusesMismatchedPasswords()
{
    TestReplica empty;
    FirstRunSetupDialog dialog(empty.db, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("countyCode"))->setText(QStringLiteral("360121"));
    dialog.findChild<QLineEdit *>(QStringLiteral("townshipCode"))->setText(QStringLiteral("360121105"));
    dialog.findChild<QLineEdit *>(QStringLiteral("townshipName"))->setText(QStringLiteral("塘南镇"));
    dialog.findChild<QLineEdit *>(QStringLiteral("login"))->setText(QStringLiteral("tnadmin"));
    dialog.findChild<QLineEdit *>(QStringLiteral("displayName"))->setText(QStringLiteral("刘管理"));
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("tangnan-2024"));
    auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmPassword"));
    QTest::keyClicks(confirm, QStringLiteral("tangnan-2025"));
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(empty.count(QStringLiteral("township")), 0);
    QVERIFY(!UserService::hasUsers(empty.db));
    // A bad township code is named and nothing is written either.
    dialog.findChild<QLineEdit *>(QStringLiteral("townshipCode"))->setText(QStringLiteral("999999105"));
    QTest::keyClicks(confirm, QStringLiteral("tangnan-2024"));
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("townshipCode"));
    QCOMPARE(empty.count(QStringLiteral("township")), 0);
}

void TestSignInDialog::demoCountyReplacesTheEmptyReplica()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replica.db"));
    const QString connection = QStringLiteral("demo-test");
    {
        auto empty = Database::open(path, connection);
        QVERIFY2(empty.ok(), qPrintable(empty.errorText()));
        QVERIFY(!UserService::hasUsers(empty.value()));
    }
    auto demo = DemoRunner::replaceWithDemo(path, connection, QStringLiteral(JINGBAN_CLI_PATH));
    QVERIFY2(demo.ok(), qPrintable(demo.errorText()));
    QVERIFY(UserService::hasUsers(demo.value()));
    QSqlQuery q(demo.value());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM person")) && q.next());
    QVERIFY(q.value(0).toInt() > 100);
    q = QSqlQuery();
    // A replica with accounts is never replaced.
    auto again = DemoRunner::replaceWithDemo(path, connection, QStringLiteral(JINGBAN_CLI_PATH));
    QVERIFY(!again.ok());
    QVERIFY(QFile::exists(path));
    demo = Result<QSqlDatabase>(Validation());
    again = Result<QSqlDatabase>(Validation());
    Database::close(connection);
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
