// End to end: jingban-county started on 127.0.0.1, three workstations
// (two of one township, one of another) syncing through jingban-cli sync.

#include "syncfixture.h"

#include "services/auditchain.h"

#include <QProcess>
#include <QRegularExpression>

#ifndef JINGBAN_COUNTY_PATH
#error "JINGBAN_COUNTY_PATH is defined by server/CMakeLists.txt"
#endif

class TestSyncEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QProcess m_server;
    QString m_url;

    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            qWarning("%s timed out", qPrintable(program));
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAll());
    }
    QString county(const QStringList &args)
    {
        int code = -1;
        const QString output = run(QStringLiteral(JINGBAN_COUNTY_PATH), QStringList(args) << QStringLiteral("--db") << m_db, &code);
        if (code != 0)
            qWarning("jingban-county %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(output));
        return code == 0 ? output : QString();
    }
    int sync(const Workstation &w, const QString &credential, QString *output = nullptr)
    {
        int code = -1;
        const QString text = run(QStringLiteral(JINGBAN_CLI_PATH),
                                 {QStringLiteral("sync"), QStringLiteral("--db"), w.path, QStringLiteral("--server"), m_url,
                                  QStringLiteral("--credential"), credential},
                                 &code);
        if (output)
            *output = text;
        return code;
    }

private slots:
    void initTestCase()
    {
        m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("county.db"));
        QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("township"), QStringLiteral("--county"), QStringLiteral("360100"),
                         QStringLiteral("--code"), QStringLiteral("360100101"), QStringLiteral("--name"), QStringLiteral("东镇")}).isEmpty());
        QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("township"), QStringLiteral("--county"), QStringLiteral("360100"),
                         QStringLiteral("--code"), QStringLiteral("360100102"), QStringLiteral("--name"), QStringLiteral("西镇")}).isEmpty());
        QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("village"), QStringLiteral("--township"), QStringLiteral("360100101"),
                         QStringLiteral("--code"), QStringLiteral("360100101001"), QStringLiteral("--name"), QStringLiteral("东村")}).isEmpty());
        QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("village"), QStringLiteral("--township"), QStringLiteral("360100102"),
                         QStringLiteral("--code"), QStringLiteral("360100102001"), QStringLiteral("--name"), QStringLiteral("西村")}).isEmpty());
        for (const auto &[login, township] : {std::pair{QStringLiteral("clerk1"), QStringLiteral("360100101")},
                                              std::pair{QStringLiteral("clerk2"), QStringLiteral("360100102")}})
            QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("user"), QStringLiteral("--login"), login,
                             QStringLiteral("--name"), QStringLiteral("经办"), QStringLiteral("--role"), QStringLiteral("clerk"),
                             QStringLiteral("--township"), township, QStringLiteral("--password"), QStringLiteral("secret-") + login})
                         .isEmpty());
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")})
            QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--township"),
                             QStringLiteral("360100101"), QStringLiteral("--out"), m_dir.filePath(name + QStringLiteral(".credential"))})
                         .isEmpty());
        QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--township"), QStringLiteral("360100102"),
                         QStringLiteral("--out"), m_dir.filePath(QStringLiteral("c.credential"))})
                     .isEmpty());

        m_server.setProgram(QStringLiteral(JINGBAN_COUNTY_PATH));
        m_server.setArguments({QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_server.start();
        QVERIFY(m_server.waitForStarted());
        static const QRegularExpression re(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QString banner;
        for (int i = 0; i < 100 && !re.match(banner).hasMatch(); ++i) {
            m_server.waitForReadyRead(100);
            banner += QString::fromUtf8(m_server.readAllStandardOutput());
        }
        const auto m = re.match(banner);
        QVERIFY2(m.hasMatch(), qPrintable(banner + QString::fromUtf8(m_server.readAllStandardError())));
        m_url = m.captured(1);
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();   // SIGTERM: a graceful stop
            QVERIFY(m_server.waitForFinished(10000));
            QCOMPARE(m_server.exitCode(), 0);
        }
    }

    void threeWorkstationsConverge()
    {
        const QString credA = m_dir.filePath(QStringLiteral("a.credential"));
        const QString credB = m_dir.filePath(QStringLiteral("b.credential"));
        const QString credC = m_dir.filePath(QStringLiteral("c.credential"));
        Workstation a, b, c;
        QString out;
        QCOMPARE(sync(a, credA, &out), 0);
        QCOMPARE(sync(b, credB, &out), 0);
        QCOMPARE(sync(c, credC, &out), 0);
        QSqlQuery q(a.db);
        QVERIFY(q.exec(QStringLiteral("SELECT v.id FROM village v WHERE v.code = '360100101001'")) && q.next());
        const QString east = q.value(0).toString();
        q.finish();   // an open statement would hold an old snapshot of the replica
        QSqlQuery q2(c.db);
        QVERIFY(q2.exec(QStringLiteral("SELECT v.id, v.township_id FROM village v WHERE v.code = '360100102001'")) && q2.next());
        const QString west = q2.value(0).toString();
        q2.finish();

        // Each writes its own township's households.
        QVERIFY(!addHousehold(a, a.user(QStringLiteral("clerk1")), east, QStringLiteral("A1"), testIdNumber(QStringLiteral("19800101"), 11)).isEmpty());
        const QString shared = addHousehold(b, b.user(QStringLiteral("clerk1")), east, QStringLiteral("B1"), testIdNumber(QStringLiteral("19810101"), 12));
        QVERIFY(!shared.isEmpty());
        QVERIFY(!addHousehold(c, c.user(QStringLiteral("clerk2")), west, QStringLiteral("C1"), testIdNumber(QStringLiteral("19820101"), 13)).isEmpty());
        QCOMPARE(sync(a, credA, &out), 0);
        QCOMPARE(sync(b, credB, &out), 0);
        QCOMPARE(sync(c, credC, &out), 0);
        QCOMPARE(sync(a, credA, &out), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM household")), 2);
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM household")), 2);
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM household")), 1);   // its own only
        QCOMPARE(SyncClient(a.db).digest(), SyncClient(b.db).digest());

        // A stale edit becomes a conflict, kept for a reviewer; both replicas still agree with the county.
        const qint64 version = a.row(QStringLiteral("household"), shared).value(QStringLiteral("version")).toLongLong();
        QVERIFY(ChangeWriter(a.db, a.user(QStringLiteral("clerk1"))).updateAlone(
            QStringLiteral("household"), shared, {{QStringLiteral("phone"), QStringLiteral("13800000001")}}, {}, version).ok());
        QVERIFY(ChangeWriter(b.db, b.user(QStringLiteral("clerk1"))).updateAlone(
            QStringLiteral("household"), shared, {{QStringLiteral("phone"), QStringLiteral("13800000002")}}, {}, version).ok());
        QCOMPARE(sync(a, credA, &out), 0);
        QCOMPARE(sync(b, credB, &out), 0);
        QVERIFY2(out.contains(QLatin1String("1 conflicts")), qPrintable(out));
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE status = 'open'")), 1);
        QCOMPARE(b.row(QStringLiteral("household"), shared).value(QStringLiteral("phone")).toString(), QStringLiteral("13800000001"));

        // Township 2 cannot write township 1's data: rejected, never reaches township 1.
        QVERIFY(ChangeWriter(c.db, c.user(QStringLiteral("clerk2")))
                    .insertAlone(QStringLiteral("household"),
                                 {{QStringLiteral("township_id"), a.row(QStringLiteral("village"), east).value(QStringLiteral("township_id"))},
                                  {QStringLiteral("village_id"), east},
                                  {QStringLiteral("code"), QStringLiteral("X1")}},
                                 QStringLiteral("household.create"))
                    .ok());
        QCOMPARE(sync(c, credC, &out), 1);
        QVERIFY2(out.contains(QLatin1String("another township")), qPrintable(out));
        QCOMPARE(sync(a, credA, &out), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM household WHERE code = 'X1'")), 0);
        QVERIFY(AuditChain::verify(a.db).ok());
        QVERIFY(AuditChain::verify(b.db).ok());

        // A revoked credential is refused.
        const QJsonObject cred = QJsonDocument::fromJson([&] {
                                     QFile f(credB);
                                     f.open(QIODevice::ReadOnly);
                                     return f.readAll();
                                 }()).object();
        QVERIFY(!county({QStringLiteral("revoke"), QStringLiteral("--credential"), cred.value(QStringLiteral("credential_id")).toString()}).isEmpty());
        QCOMPARE(sync(b, credB, &out), 1);
        QVERIFY2(out.contains(QLatin1String("401")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_synce2e.moc"
