// BulkWriter with and without its writer thread: the same rows, audit
// entries and operations byte for byte, and a failed write in the pipeline
// is reported (naming the table) and leaves nothing behind.
#include "demo/bulkwriter.h"
#include "services/auditchain.h"
#include "storage/database.h"

#include <QCryptographicHash>
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

Run writeTownships(QSqlDatabase db, bool pipelined, int n, int duplicateAt = -1)
{
    BulkWriter w(Database::handle(db), "0194244f-d800-73a3-84d8-4f8062b824f6", 1735779600000, 42);
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
    if (run.inserted && w.commit()) {
        run.committed = true;
    } else {
        run.error = w.error();
        w.rollback();
    }
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

    void cleanupTestCase()
    {
        for (const char *name : {"direct", "piped", "failing"})
            Database::close(QLatin1String(name));
    }
};

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"
