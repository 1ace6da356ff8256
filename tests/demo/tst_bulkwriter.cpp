// BulkWriter with and without its writer thread, and with the log written
// through a second file by a second thread and moved in: the same rows,
// audit entries and operations byte for byte, and a failed write in the
// pipeline is reported (naming the table) and leaves nothing behind.
#include "demo/bulkwriter.h"
#include "services/auditchain.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

namespace {

// Writes n townships (codes from `firstCode`) through a BulkWriter; the
// duplicateAt-th row (if >= 0) repeats the first code, which UNIQUE refuses.
struct Run
{
    bool inserted = true;
    bool committed = false;
    std::string error;
};

// logDb (if valid): the audit entries and operations go there and are moved
// into db before it commits, as DemoCountyGenerator does.
Run writeTownships(QSqlDatabase db, bool pipelined, int n, int duplicateAt = -1, QSqlDatabase logDb = {})
{
    BulkWriter w(Database::handle(db), "0194244f-d800-73a3-84d8-4f8062b824f6", 1735779600000, 42);
    if (logDb.isValid())
        w.setLogDatabase(Database::handle(logDb));
    const int t = w.table("township", {"id", "code", "name", "county_code"});
    Run run;
    if (t < 0 || !w.resumeChain() || !w.begin()) {
        run.inserted = false;
        run.error = w.error();
        return run;
    }
    if (pipelined)
        w.startPipeline();
    for (int i = 0; i < n && run.inserted; ++i) {
        const std::string id = w.newId();
        const std::string code = std::to_string(100000 + (i == duplicateAt ? 0 : i));
        const std::string name = "乡镇 \"" + std::to_string(i) + "\"";
        const BulkWriter::Value values[] = {id, code, name, "360000"};
        run.inserted = w.insert(t, "demo.township", i % 2 ? "" : "u-1", values);
    }
    if (run.inserted && logDb.isValid()) {
        QSqlQuery q(db);
        run.inserted = w.commitLog() && q.exec(QStringLiteral("ATTACH DATABASE '%1' AS part").arg(logDb.databaseName()))
                       && q.exec(QStringLiteral("INSERT INTO main.audit_log SELECT * FROM part.audit_log"))
                       && q.exec(QStringLiteral("INSERT INTO main.sync_outbox SELECT * FROM part.sync_outbox"));
        if (!run.inserted && w.error().empty())
            run.error = q.lastError().text().toStdString();
    }
    if (run.inserted && w.commit()) {
        run.committed = true;
    } else {
        if (run.error.empty())
            run.error = w.error();
        w.rollback();
    }
    if (logDb.isValid())
        QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE part"));
    return run;
}

QByteArray contentOf(QSqlDatabase db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT * FROM township ORDER BY rowid", "SELECT * FROM audit_log ORDER BY seq",
                            "SELECT * FROM sync_outbox ORDER BY seq"}) {
        QSqlQuery q(db);
        q.exec(QLatin1String(sql));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                h.addData(q.value(i).toString().toUtf8() + '\x1f');
    }
    return h.result();
}

qint64 count(QSqlDatabase db, const char *table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestBulkWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QSqlDatabase open(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name + QStringLiteral(".db")), name);
        return db.ok() ? db.value() : QSqlDatabase();
    }

private slots:
    void pipelineWritesWhatTheDirectPathWrites()
    {
        // More rows than a few batches, so the queue fills and drains.
        const int n = 5000;
        QSqlDatabase direct = open(QStringLiteral("direct")), piped = open(QStringLiteral("piped"));
        QVERIFY(direct.isValid() && piped.isValid());
        const Run a = writeTownships(direct, false, n), b = writeTownships(piped, true, n);
        QVERIFY2(a.committed, a.error.c_str());
        QVERIFY2(b.committed, b.error.c_str());
        QCOMPARE(count(piped, "township"), qint64(n));
        QCOMPARE(count(piped, "audit_log"), qint64(n));
        QCOMPARE(count(piped, "sync_outbox"), qint64(n));
        QCOMPARE(contentOf(piped), contentOf(direct));
        const AuditChain::Report report = AuditChain::verify(piped);
        QVERIFY2(report.ok(), qPrintable(report.problem));
        QCOMPARE(report.entries, qint64(n));
    }

    void failedWriteInThePipelineIsReportedAndRolledBack()
    {
        QSqlDatabase db = open(QStringLiteral("failing"));
        QVERIFY(db.isValid());
        const Run run = writeTownships(db, true, 3000, 2500);
        QVERIFY(!run.committed);
        QVERIFY2(run.error.find("township") != std::string::npos, run.error.c_str());
        QVERIFY2(run.error.find("UNIQUE") != std::string::npos, run.error.c_str());
        QCOMPARE(count(db, "township"), qint64(0));
        QCOMPARE(count(db, "audit_log"), qint64(0));
        QCOMPARE(count(db, "sync_outbox"), qint64(0));
    }

    void splitLogWritesWhatTheDirectPathWrites()
    {
        const int n = 5000;
        QSqlDatabase direct = open(QStringLiteral("direct2")), split = open(QStringLiteral("split")),
                     log = open(QStringLiteral("split-log"));
        QVERIFY(direct.isValid() && split.isValid() && log.isValid());
        const Run a = writeTownships(direct, false, n);
        const Run b = writeTownships(split, true, n, -1, log);
        QVERIFY2(a.committed, a.error.c_str());
        QVERIFY2(b.committed, b.error.c_str());
        QCOMPARE(count(split, "township"), qint64(n));
        QCOMPARE(count(split, "audit_log"), qint64(n));
        QCOMPARE(count(split, "sync_outbox"), qint64(n));
        QCOMPARE(contentOf(split), contentOf(direct));
        QVERIFY(AuditChain::verify(split).ok());
    }

    void failedWriteOfEitherThreadRollsBackBoth_data()
    {
        QTest::addColumn<bool>("inTheLog");
        QTest::newRow("a row") << false;
        QTest::newRow("an audit entry") << true;
    }

    void failedWriteOfEitherThreadRollsBackBoth()
    {
        QFETCH(bool, inTheLog);
        const QString tag = inTheLog ? QStringLiteral("log") : QStringLiteral("row");
        QSqlDatabase db = open(QStringLiteral("splitfail-") + tag), log = open(QStringLiteral("splitfail-log-") + tag);
        QVERIFY(db.isValid() && log.isValid());
        if (inTheLog)
            QVERIFY(QSqlQuery(log).exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON audit_log WHEN NEW.seq = 2500 "
                                                       "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        const Run run = writeTownships(db, true, 3000, inTheLog ? -1 : 2500, log);
        QVERIFY(!run.committed);
        QVERIFY2(run.error.find(inTheLog ? "audit_log" : "township") != std::string::npos, run.error.c_str());
        QCOMPARE(count(db, "township"), qint64(0));
        QCOMPARE(count(db, "audit_log"), qint64(0));
        QCOMPARE(count(log, "audit_log"), qint64(0));
        QCOMPARE(count(log, "sync_outbox"), qint64(0));
    }

    void cleanupTestCase()
    {
        for (const char *name : {"direct", "piped", "failing", "direct2", "split", "split-log", "splitfail-row",
                                 "splitfail-log-row", "splitfail-log", "splitfail-log-log"})
            Database::close(QLatin1String(name));
    }
};

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"
