// End to end: jingban-county started on 127.0.0.1, three workstations
// (two of one township, one of another) and a county certifier syncing
// through jingban-cli sync; once on SQLite and once on PostgreSQL (a
// throwaway cluster started by the test).

#include "pgsuite.h"
#include "syncfixture.h"

#include "services/auditchain.h"
#include "services/enrollmentservice.h"
#include "services/filingservice.h"

#include <QProcess>
#include <QRegularExpression>

#ifndef JINGBAN_COUNTY_PATH
#error "JINGBAN_COUNTY_PATH is defined by server/CMakeLists.txt"
#endif

class TestSyncEndToEnd : public QObject
{
    Q_OBJECT
public:
    // backend: "sqlite" or a postgresql:// spec; empty when the cluster could
    // not be had: skipped when PostgreSQL is not installed, failed otherwise.
    TestSyncEndToEnd(QString backend, QString why = {}, bool absent = false)
        : m_backend(std::move(backend)), m_why(std::move(why)), m_absent(absent)
    {
    }

private:
    QString m_backend;
    QString m_why;
    bool m_absent = false;
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

    // Enrolls the household's person for 2024, files a special-disease filing,
    // reviews and submits it at township 1; the filing id.
    static QString fileAndSubmit(Workstation &w, const QString &householdId)
    {
        QSqlQuery q(w.db);
        if (!q.exec(QStringLiteral("SELECT id FROM person WHERE household_id = '%1'").arg(householdId)) || !q.next())
            return {};
        const QString person = q.value(0).toString();
        q.finish();
        ChangeWriter clerk(w.db, w.user(QStringLiteral("clerk1")));
        const auto paid = EnrollmentService(clerk).enrollAndPay(householdId, {person}, 2024, 1, QStringLiteral("cash"));
        if (!paid) {
            qWarning("enroll: %s", qPrintable(paid.errorText()));
            return {};
        }
        const auto filed = FilingService(clerk).file({person, QStringLiteral("M102"), {}, QDate(2024, 2, 1),
                                                      QStringLiteral("inpatient_record"), {}});
        if (!filed) {
            qWarning("file: %s", qPrintable(filed.errorText()));
            return {};
        }
        const QString id = filed->value(QStringLiteral("id")).toString();
        ChangeWriter reviewer(w.db, w.user(QStringLiteral("reviewer1")));
        const Validation reviewed = FilingService(reviewer).review(id, true);
        const Validation submitted = reviewed.ok() ? FilingService(reviewer).submit({id}) : reviewed;
        if (!submitted.ok()) {
            qWarning("review and submit: %s", qPrintable(submitted.text()));
            return {};
        }
        return id;
    }

private slots:
    void initTestCase()
    {
        if (m_backend.isEmpty() && m_absent)
            QSKIP(qPrintable(QStringLiteral("PostgreSQL: ") + m_why));
        QVERIFY2(!m_backend.isEmpty(), qPrintable(QStringLiteral("PostgreSQL: ") + m_why));
        m_db = m_backend == QLatin1String("sqlite") ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("county.db")) : m_backend;
        qInfo("county database: %s", qPrintable(m_db));
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
        QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("user"), QStringLiteral("--login"), QStringLiteral("reviewer1"),
                         QStringLiteral("--name"), QStringLiteral("审核"), QStringLiteral("--role"), QStringLiteral("reviewer"),
                         QStringLiteral("--township"), QStringLiteral("360100101"), QStringLiteral("--password"), QStringLiteral("secret-reviewer1")})
                     .isEmpty());
        QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("user"), QStringLiteral("--login"), QStringLiteral("certifier"),
                         QStringLiteral("--name"), QStringLiteral("县医保"), QStringLiteral("--role"), QStringLiteral("county_certifier"),
                         QStringLiteral("--password"), QStringLiteral("secret-certifier")})
                     .isEmpty());
        QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("policy"), QStringLiteral("--file"),
                         QStringLiteral(JINGBAN_SOURCE_DIR "/resources/policies/demo-county-2024.json")})
                     .isEmpty());
        QVERIFY(!county({QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--county"), QStringLiteral("--label"),
                         QStringLiteral("县医保"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("county.credential"))})
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

        // A filing made at township 1, certified at the county, reaches both township-1 workstations.
        const QString filing = fileAndSubmit(a, shared);
        QVERIFY(!filing.isEmpty());
        QCOMPARE(sync(a, credA, &out), 0);
        Workstation countyDesk;
        const QString credCounty = m_dir.filePath(QStringLiteral("county.credential"));
        QVERIFY2(sync(countyDesk, credCounty, &out) == 0, qPrintable(out));
        QCOMPARE(countyDesk.row(QStringLiteral("filing"), filing).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        {
            ChangeWriter certifier(countyDesk.db, countyDesk.user(QStringLiteral("certifier")));
            const Validation certified = FilingService(certifier).certify({filing}, QDate(2024, 1, 1), QDate(2024, 12, 31));
            QVERIFY2(certified.ok(), qPrintable(certified.text()));
        }
        QVERIFY2(sync(countyDesk, credCounty, &out) == 0, qPrintable(out));
        QCOMPARE(sync(a, credA, &out), 0);
        QCOMPARE(sync(b, credB, &out), 0);
        QCOMPARE(a.row(QStringLiteral("filing"), filing).value(QStringLiteral("status")).toString(), QStringLiteral("certified"));
        QCOMPARE(b.row(QStringLiteral("filing"), filing).value(QStringLiteral("status")).toString(), QStringLiteral("certified"));
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM filing")), 0);   // another township's
        QCOMPARE(SyncClient(a.db).digest(), SyncClient(b.db).digest());
        QVERIFY2(pulledAuditsDiffer(b.db).isEmpty(), qPrintable(pulledAuditsDiffer(b.db).join(QLatin1Char('\n'))));
        QVERIFY2(pulledAuditsDiffer(countyDesk.db).isEmpty(), qPrintable(pulledAuditsDiffer(countyDesk.db).join(QLatin1Char('\n'))));
        QVERIFY(AuditChain::verify(countyDesk.db).ok());
        QVERIFY(AuditChain::verify(a.db).ok());

        // A row changed behind the sync's back (plain SQL on the replica, no
        // op): the agreement digest catches it and jingban-cli sync exits 1
        // naming the entity; put back, the sides agree again.
        {
            QSqlQuery q(a.db);
            QVERIFY(q.exec(QStringLiteral("UPDATE household SET version = version + 5 WHERE id = '%1'").arg(shared)));
            QCOMPARE(sync(a, credA, &out), 1);
            QVERIFY2(out.contains(QLatin1String("household")) && out.contains(QLatin1String("differ")), qPrintable(out));
            QVERIFY(q.exec(QStringLiteral("UPDATE household SET version = version - 5 WHERE id = '%1'").arg(shared)));
            QCOMPARE(sync(a, credA, &out), 0);
        }

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

// The same suite on SQLite, then on a throwaway PostgreSQL cluster.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    return runOnSqliteThenPostgres<TestSyncEndToEnd>(argc, argv, QStringLiteral("jingban_e2e"));
}
#include "tst_synce2e.moc"
