// The workstation's sync screens against a real jingban-county started on
// 127.0.0.1 by the test: settings refuse a bad address or a missing
// credential, "Sync now" (F9) runs on the sync thread while the window keeps
// handling events, and the status bar, the sync page and its history follow;
// no network and a refused credential are told in plain words; a reviewer
// resolves a conflict from the conflicts list.

#include "../sync/countyprocess.h"
#include "../sync/syncfixture.h"

#include "itemmodels/syncconflictfieldsmodel.h"
#include "itemmodels/syncconflictmodel.h"
#include "itemmodels/synchistorymodel.h"
#include "itemmodels/syncoutboxmodel.h"
#include "services/numberseries.h"
#include "shell/mainwindow.h"
#include "storage/localsettings.h"
#include "sync/syncpackage.h"
#include "sync/syncscheduler.h"
#include "sync/syncsettings.h"
#include "sync/syncconflictsview.h"
#include "sync/syncpage.h"
#include "sync/syncsettingsdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#ifndef JINGBAN_COUNTY_PATH
#error "JINGBAN_COUNTY_PATH is defined by server/CMakeLists.txt"
#endif

class TestSyncPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_countyDb;
    QProcess m_server;
    QString m_url;
    QString m_credential;

    bool county(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(JINGBAN_COUNTY_PATH), QStringList(args) << QStringLiteral("--db") << m_countyDb);
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning("jingban-county %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
            return false;
        }
        return true;
    }
    // A township admin of the county, as the first sign-in on a fresh replica has none yet.
    static SessionUser admin()
    {
        return {QStringLiteral("local-admin"), QStringLiteral("admin1"), QStringLiteral("管理员"), Role::TownshipAdmin, {}};
    }
    static SessionUser clerk()
    {
        return {QStringLiteral("local-clerk"), QStringLiteral("clerk0"), QStringLiteral("经办"), Role::Clerk, {}};
    }
    void setUp(Workstation &w, const QString &url)
    {
        const Validation v = SyncSettings::save(w.db, admin(), url, m_credential, 0);
        QVERIFY2(v.ok(), qPrintable(v.text()));
    }
    static QLabel *syncStatus(MainWindow &w) { return w.findChild<QLabel *>(QStringLiteral("syncStatus")); }

private slots:
    void initTestCase()
    {
        m_countyDb = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("county.db"));
        QVERIFY(county({QStringLiteral("provision"), QStringLiteral("township"), QStringLiteral("--county"), QStringLiteral("360100"),
                        QStringLiteral("--code"), QStringLiteral("360100101"), QStringLiteral("--name"), QStringLiteral("东镇")}));
        QVERIFY(county({QStringLiteral("provision"), QStringLiteral("village"), QStringLiteral("--township"), QStringLiteral("360100101"),
                        QStringLiteral("--code"), QStringLiteral("360100101001"), QStringLiteral("--name"), QStringLiteral("东村")}));
        for (const auto &[login, role] : {std::pair{QStringLiteral("clerk1"), QStringLiteral("clerk")},
                                          std::pair{QStringLiteral("reviewer1"), QStringLiteral("reviewer")}})
            QVERIFY(county({QStringLiteral("provision"), QStringLiteral("user"), QStringLiteral("--login"), login, QStringLiteral("--name"),
                            login == QLatin1String("clerk1") ? QStringLiteral("王经办") : QStringLiteral("李审核"), QStringLiteral("--role"), role,
                            QStringLiteral("--township"), QStringLiteral("360100101"), QStringLiteral("--password"), QStringLiteral("secret-") + login}));
        m_credential = m_dir.filePath(QStringLiteral("east.credential"));
        QVERIFY(county({QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--township"), QStringLiteral("360100101"),
                        QStringLiteral("--out"), m_credential}));

        m_server.setProgram(QStringLiteral(JINGBAN_COUNTY_PATH));
        m_server.setArguments({QStringLiteral("serve"), QStringLiteral("--db"), m_countyDb, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_server.start();
        QVERIFY(m_server.waitForStarted());
        static const QRegularExpression re(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QString banner;
        for (int i = 0; i < 100 && !re.match(banner).hasMatch(); ++i) {
            m_server.waitForReadyRead(100);
            banner += QString::fromUtf8(m_server.readAllStandardOutput());
        }
        const auto m = re.match(banner);
        QVERIFY2(m.hasMatch(), qPrintable(banner));
        m_url = m.captured(1);
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            QVERIFY(m_server.waitForFinished(10000));
        }
    }

    void settingsRefuseABadAddressAndAMissingCredential()
    {
        Workstation w;
        SyncSettingsDialog dialog(w.db, admin());
        dialog.show();
        QTest::keyClicks(dialog.urlEdit(), QStringLiteral("county office"));
        dialog.credentialEdit()->setText(m_credential);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("Server address")), qPrintable(dialog.errorLabel()->text()));
        QVERIFY(LocalSettings::value(w.db, QStringLiteral("sync_server_url")).isEmpty());

        dialog.urlEdit()->setText(QStringLiteral("http://county.example:8080"));   // plain http off this computer
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("https")));

        dialog.urlEdit()->setText(m_url);
        dialog.credentialEdit()->setText(m_dir.filePath(QStringLiteral("missing.credential")));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("Credential file")), qPrintable(dialog.errorLabel()->text()));
        QVERIFY(LocalSettings::value(w.db, QStringLiteral("sync_credential")).isEmpty());

        dialog.credentialEdit()->setText(m_credential);
        dialog.intervalBox()->setValue(5);
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        const SyncSettings saved = SyncSettings::load(w.db);
        QCOMPARE(saved.serverUrl, m_url);
        QCOMPARE(saved.intervalMinutes, 5);
        QVERIFY(saved.readyToSync().ok());

        // A clerk does not change them, whatever the screen allows.
        const Validation byClerk = SyncSettings::save(w.db, clerk(), QStringLiteral("https://elsewhere.example"), {}, 5);
        QVERIFY(byClerk.hasField(QStringLiteral("permission")));
        QCOMPARE(SyncSettings::load(w.db).serverUrl, m_url);
    }

    void syncNowRunsInTheBackgroundAndTheStatusAndHistoryFollow()
    {
        Workstation w;
        setUp(w, m_url);
        MainWindow window(w.db, admin());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The waiting changes are counted on the sync thread, after the window is up.
        QTRY_VERIFY(syncStatus(window)->text().contains(QStringLiteral("0 change")));
        QVERIFY(syncStatus(window)->text().contains(QStringLiteral("never synced")));

        window.showPage(MainWindow::SyncPage);
        auto *page = window.findChild<SyncPage *>();
        QVERIFY(page);
        // The county's number for this workstation came with the credential file.
        const int number = NumberSeries::workstationNumber(w.db);
        QVERIFY(number > 0);
        QVERIFY2(page->findChild<QLabel *>(QStringLiteral("workstationNumber"))->text().startsWith(
                     QStringLiteral("%1 ").arg(number, 2, 10, QLatin1Char('0'))),
                 qPrintable(page->findChild<QLabel *>(QStringLiteral("workstationNumber"))->text()));
        QAbstractItemModelTester historyTester(page->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester pendingTester(page->pendingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->historyModel()->rowCount(), 0);

        // The window's thread keeps handling events while the sync runs.
        qint64 ticks = 0, maxGap = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            maxGap = qMax(maxGap, sinceTick.restart());
        });
        bool finished = false;
        qint64 ticksAtStart = -1, ticksAtEnd = -1;
        connect(window.syncScheduler(), &SyncScheduler::finished, this, [&] {
            finished = true;
            ticksAtEnd = ticks;
        });
        ticker.start();
        QTest::keyClick(&window, Qt::Key_F9);
        ticksAtStart = ticks;
        // The key press returned before the sync ended: it runs elsewhere.
        QVERIFY(window.syncScheduler()->isRunning());
        QVERIFY(!page->syncNowButton()->isEnabled());
        QVERIFY(page->progressBar()->isVisible());
        QVERIFY2(syncStatus(window)->text().contains(QStringLiteral("syncing")), qPrintable(syncStatus(window)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
        ticker.stop();
        QVERIFY2(ticksAtEnd > ticksAtStart, "the window's event loop ran while the sync ran");
        QVERIFY2(maxGap < 2000, qPrintable(QString::number(maxGap)));

        QCOMPARE(page->historyModel()->rowCount(), 1);
        const SyncRunRecord run = page->historyModel()->run(0);
        QVERIFY2(run.outcome == QLatin1String("agreed"), qPrintable(run.error));
        QVERIFY(run.pulled > 0);   // the township, village and users
        QVERIFY(page->syncNowButton()->isEnabled());
        QVERIFY2(page->stateLabel()->text().startsWith(SyncHistory::outcomeText(run)), qPrintable(page->stateLabel()->text()));
        QVERIFY(!page->progressBar()->isVisible());
        QVERIFY(!page->errorLabel()->isVisible());
        QTRY_VERIFY(syncStatus(window)->text().contains(QStringLiteral("up to date")));
        QVERIFY(syncStatus(window)->text().contains(QStringLiteral("last success")));
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM app_user WHERE login = 'clerk1'")), 1);

        // Work done here waits in the outbox, is listed, and the next "Sync now" sends it.
        QSqlQuery q(w.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM village WHERE code = '360100101001'")) && q.next());
        const QString village = q.value(0).toString();
        q.finish();
        QVERIFY(!addHousehold(w, w.user(QStringLiteral("clerk1")), village, QStringLiteral("H9"),
                              testIdNumber(QStringLiteral("19700101"), 21)).isEmpty());
        const qint64 made = w.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE pushed_at IS NULL"));
        QVERIFY(made >= 2);   // the household and its head at least
        window.refresh();
        QTRY_VERIFY2(syncStatus(window)->text().contains(QStringLiteral("%1 change").arg(made)), qPrintable(syncStatus(window)->text()));
        page->reload();
        QCOMPARE(page->pendingModel()->rowCount(), int(made));
        QCOMPARE(page->pendingModel()->index(0, SyncOutboxModel::RecordColumn).data().toString(), QStringLiteral("H9"));
        finished = false;
        QTest::mouseClick(page->syncNowButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
        QCOMPARE(page->historyModel()->rowCount(), 2);
        QCOMPARE(page->historyModel()->run(0).pushed, int(made));
        QCOMPARE(page->historyModel()->run(0).outcome, QStringLiteral("agreed"));
        QCOMPARE(page->pendingModel()->rowCount(), 0);
        QTRY_VERIFY(syncStatus(window)->text().contains(QStringLiteral("0 change")));

        // A change the county refuses is listed with the county's reason.
        QSqlQuery h(w.db);
        QVERIFY(h.exec(QStringLiteral("SELECT id FROM household WHERE code = 'H9'")) && h.next());
        const QString household = h.value(0).toString();
        h.finish();
        QVERIFY(ChangeWriter(w.db, w.user(QStringLiteral("clerk1")))
                    .insertAlone(QStringLiteral("person"),
                                 {{QStringLiteral("household_id"), household},
                                  {QStringLiteral("id_number"), QStringLiteral("360102198001010120")},   // wrong check digit
                                  {QStringLiteral("name"), QStringLiteral("李四")},
                                  {QStringLiteral("sex"), QStringLiteral("F")},
                                  {QStringLiteral("birth_date"), QStringLiteral("1980-01-01")},
                                  {QStringLiteral("relation"), QStringLiteral("spouse")}},
                                 QStringLiteral("person.add"))
                    .ok());
        QAbstractItemModelTester rejectedTester(page->rejectedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        finished = false;
        QTest::keyClick(&window, Qt::Key_F9);
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
        QCOMPARE(page->historyModel()->run(0).rejected, 1);
        QCOMPARE(page->rejectedModel()->rowCount(), 1);
        QCOMPARE(page->rejectedModel()->index(0, SyncOutboxModel::RecordColumn).data().toString(), QStringLiteral("李四"));
        QVERIFY(!page->rejectedModel()->index(0, SyncOutboxModel::ReasonColumn).data().toString().isEmpty());
        QVERIFY(page->tabs()->tabText(1).contains(QStringLiteral("(1)")));
    }

    void noNetworkAndARefusedCredentialAreToldInPlainWords()
    {
        Workstation w;
        // Nothing listens on port 1 of this computer.
        setUp(w, QStringLiteral("http://127.0.0.1:1"));
        SyncScheduler scheduler(w.db);
        SyncPage page(w.db, admin(), &scheduler);
        page.show();
        QSignalSpy done(&scheduler, &SyncScheduler::finished);
        QVERIFY(scheduler.syncNow());
        QVERIFY(done.wait(60000));
        SyncRunRecord run = page.historyModel()->run(0);
        QCOMPARE(run.outcome, QStringLiteral("failed"));
        QCOMPARE(run.errorKind, QStringLiteral("offline"));
        QVERIFY(page.errorLabel()->isVisible());
        QVERIFY2(page.errorLabel()->text().contains(QStringLiteral("No connection to the county server")),
                 qPrintable(page.errorLabel()->text()));

        // A credential whose secret is wrong: the county refuses it.
        QFile file(m_credential);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject forged = QJsonDocument::fromJson(file.readAll()).object();
        forged.insert(QStringLiteral("secret"), QStringLiteral("not-the-secret"));
        const QString forgedPath = m_dir.filePath(QStringLiteral("forged.credential"));
        QFile out(forgedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(forged).toJson());
        out.close();
        QVERIFY(SyncSettings::save(w.db, admin(), m_url, forgedPath, 0).ok());
        QVERIFY(scheduler.syncNow());
        QVERIFY(done.wait(60000));
        run = page.historyModel()->run(0);
        QCOMPARE(run.errorKind, QStringLiteral("credential"));
        QVERIFY2(page.errorLabel()->text().contains(QStringLiteral("refused this workstation's credential")),
                 qPrintable(page.errorLabel()->text()));
        QCOMPARE(page.historyModel()->rowCount(), 2);
    }

    void httpsTrustsTheCountysOwnCertificateOnceReadIn()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("county.crt"));
        const QString key = dir.filePath(QStringLiteral("county.key"));
        QCOMPARE(runProgram(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                      QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                                      QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")}),
                 0);
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("county.db"));
        QVERIFY(provisionTwoTownships(db, dir));
        CountyProcess server;
        QString why;
        QVERIFY2(server.start(db, {QStringLiteral("--cert"), cert, QStringLiteral("--key"), key}, &why), qPrintable(why));
        const QString credential = dir.filePath(QStringLiteral("a.credential"));

        Workstation w;
        QVERIFY(SyncSettings::save(w.db, admin(), server.url, credential, 0).ok());
        SyncScheduler scheduler(w.db);
        QSignalSpy done(&scheduler, &SyncScheduler::finished);
        QVERIFY(scheduler.syncNow());
        QVERIFY(done.wait(60000));
        SyncRunRecord run = done.last().first().value<SyncRunRecord>();
        QCOMPARE(run.errorKind, QStringLiteral("certificate"));
        QVERIFY2(run.error.contains(QStringLiteral("certificate is not trusted")), qPrintable(run.error));
        QCOMPARE(SyncClient(w.db).cursor(), 0);

        // A file that is no certificate is refused and changes nothing.
        const Validation bad = SyncSettings::save(w.db, admin(), server.url, {}, 0, key);
        QVERIFY(bad.hasField(QStringLiteral("ca")));
        QVERIFY(SyncSettings::load(w.db).caPem.isEmpty());

        QVERIFY(SyncSettings::save(w.db, admin(), server.url, {}, 0, cert).ok());
        QVERIFY(!SyncSettings::load(w.db).caPem.isEmpty());
        QVERIFY(scheduler.syncNow());
        QVERIFY(done.wait(60000));
        run = done.last().first().value<SyncRunRecord>();
        QVERIFY2(run.outcome == QLatin1String("agreed"), qPrintable(run.error));
        QVERIFY(SyncClient(w.db).cursor() > 0);
        QCOMPARE(server.stop(), 0);
    }

    void packagesCarryTheChangesWithoutANetwork()
    {
        // A workstation whose key the county registered with its credential.
        Workstation w;
        const auto key = SyncPackage::workstationKey(w.db);
        QVERIFY2(key.ok(), qPrintable(key.errorText()));
        const QString credential = m_dir.filePath(QStringLiteral("offline.credential"));
        QVERIFY(county({QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--township"), QStringLiteral("360100101"),
                        QStringLiteral("--public-key"), QString::fromLatin1(key->publicKey.toHex()), QStringLiteral("--out"), credential}));
        SyncScheduler scheduler(w.db);
        SyncPage page(w.db, clerk(), &scheduler);
        // Not set up: the package line says what is missing.
        QVERIFY(!page.exportPackage(m_dir.filePath(QStringLiteral("none.jbpkg"))));
        QVERIFY(page.packageLabel()->text().contains(QStringLiteral("credential")));
        QVERIFY(SyncSettings::save(w.db, admin(), m_url, credential, 0).ok());

        // Out: a signed package; the county answers it with its own program.
        const QString package = m_dir.filePath(QStringLiteral("first.jbpkg"));
        QVERIFY2(page.exportPackage(package), qPrintable(page.packageLabel()->text()));
        QVERIFY(QFile::exists(package));
        const QString answer = m_dir.filePath(QStringLiteral("first-answer.jbpkg"));
        QVERIFY(county({QStringLiteral("import-package"), package, QStringLiteral("--answer"), answer}));

        // In: the township's villages and users arrive; importing it twice is refused, nothing changes.
        QVERIFY2(page.importAnswer(answer), qPrintable(page.packageLabel()->text()));
        QVERIFY(w.count(QStringLiteral("SELECT COUNT(*) FROM village WHERE code = '360100101001'")) == 1);
        const qint64 audit = w.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(!page.importAnswer(answer));
        QVERIFY2(page.packageLabel()->text().contains(QStringLiteral("imported before")), qPrintable(page.packageLabel()->text()));
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);

        // A household written here goes out in the next package and stops waiting once answered.
        QSqlQuery q(w.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM village WHERE code = '360100101001'")) && q.next());
        const QString village = q.value(0).toString();
        q.finish();
        QVERIFY(!addHousehold(w, w.user(QStringLiteral("clerk1")), village, QStringLiteral("PK1"),
                              testIdNumber(QStringLiteral("19800101"), 41)).isEmpty());
        QVERIFY(SyncClient(w.db).pendingCount() >= 2);
        const QString second = m_dir.filePath(QStringLiteral("second.jbpkg"));
        QVERIFY(page.exportPackage(second));
        QVERIFY(SyncClient(w.db).pendingCount() >= 2);   // waiting until the answer comes back
        const QString secondAnswer = m_dir.filePath(QStringLiteral("second-answer.jbpkg"));
        QVERIFY(county({QStringLiteral("import-package"), second, QStringLiteral("--answer"), secondAnswer}));
        QVERIFY(page.importAnswer(secondAnswer));
        QCOMPARE(SyncClient(w.db).pendingCount(), 0);
        QCOMPARE(page.pendingModel()->rowCount(), 0);
        // A package altered by one byte is refused with a message.
        QFile f(secondAnswer);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        f.seek(0);
        f.write(bytes);
        f.close();
        QVERIFY(!page.importAnswer(secondAnswer));
        QVERIFY(!page.packageLabel()->text().isEmpty());
    }

    void syncThatIsNotSetUpSaysSo()
    {
        Workstation w;
        SyncScheduler scheduler(w.db);
        SyncPage page(w.db, admin(), &scheduler);
        QSignalSpy done(&scheduler, &SyncScheduler::finished);
        QVERIFY(scheduler.syncNow());
        QVERIFY(!scheduler.syncNow());   // one run at a time
        QVERIFY(done.wait(30000));
        QCOMPARE(page.historyModel()->run(0).errorKind, QStringLiteral("settings"));
        QVERIFY(page.errorLabel()->text().contains(QStringLiteral("not set up")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("workstationNumber"))->text().startsWith(QStringLiteral("none yet")));
    }

    void aReviewerResolvesAConflictFromTheList()
    {
        // Two workstations of the township edit one household on the same version.
        Workstation a, b;
        setUp(a, m_url);
        setUp(b, m_url);
        SyncScheduler sa(a.db), sb(b.db);
        QSignalSpy doneA(&sa, &SyncScheduler::finished), doneB(&sb, &SyncScheduler::finished);
        auto syncA = [&] { QVERIFY(sa.syncNow()); QVERIFY(doneA.wait(60000)); };
        auto syncB = [&] { QVERIFY(sb.syncNow()); QVERIFY(doneB.wait(60000)); };
        syncA();
        QSqlQuery q(a.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM village WHERE code = '360100101001'")) && q.next());
        const QString village = q.value(0).toString();
        q.finish();
        const QString household = addHousehold(a, a.user(QStringLiteral("clerk1")), village, QStringLiteral("H7"),
                                                testIdNumber(QStringLiteral("19750101"), 31));
        QVERIFY(!household.isEmpty());
        syncA();
        syncB();
        const qint64 version = b.row(QStringLiteral("household"), household).value(QStringLiteral("version")).toLongLong();
        QVERIFY(ChangeWriter(a.db, a.user(QStringLiteral("clerk1")))
                    .updateAlone(QStringLiteral("household"), household, {{QStringLiteral("phone"), QStringLiteral("13800000011")}}, {}, version)
                    .ok());
        QVERIFY(ChangeWriter(b.db, b.user(QStringLiteral("clerk1")))
                    .updateAlone(QStringLiteral("household"), household, {{QStringLiteral("phone"), QStringLiteral("13800000022")}}, {}, version)
                    .ok());
        syncA();
        syncB();
        QCOMPARE(doneB.last().first().value<SyncRunRecord>().conflicts, 1);

        SyncPage page(b.db, b.user(QStringLiteral("reviewer1")), &sb);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.tabs()->tabText(3).contains(QStringLiteral("(1)")));
        SyncConflictsView *view = page.conflictsView();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->fieldsModel()->differingCount(), 1);
        QCOMPARE(view->fieldsModel()->column(0), QStringLiteral("phone"));
        // The reviewer types the phone that stands and saves the edited version.
        page.tabs()->setCurrentWidget(view);
        QTableView *fields = view->fieldsView();
        fields->setFocus();
        fields->setCurrentIndex(view->fieldsModel()->index(0, SyncConflictFieldsModel::StandsColumn));
        QTest::keyClick(fields, Qt::Key_F2);
        QLineEdit *editor = fields->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("13800000033"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(view->fieldsModel()->isEdited());   // the delegate commits on Enter, queued
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("keepEditedButton")), Qt::LeftButton);
        QVERIFY2(!view->errorLabel()->isVisible(), qPrintable(view->errorLabel()->text()));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!page.tabs()->tabText(3).contains(QStringLiteral("(1)")));
        QCOMPARE(b.row(QStringLiteral("household"), household).value(QStringLiteral("phone")).toString(), QStringLiteral("13800000033"));

        // The resolution is an operation like any other: sent, taken, pulled by the other workstation.
        syncB();
        QCOMPARE(doneB.last().first().value<SyncRunRecord>().outcome, QStringLiteral("agreed"));
        syncA();
        QCOMPARE(a.row(QStringLiteral("household"), household).value(QStringLiteral("phone")).toString(), QStringLiteral("13800000033"));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
