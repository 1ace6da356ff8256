// jingban-cli demo, check and audit verify, run as the built program.
#include "storage/database.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(JINGBAN_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    // A copy of the demo database changed by one SQL statement.
    QString tampered(const QString &sql)
    {
        const QString path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_copies));
        if (!QFile::copy(m_demo, path))
            return {};
        const QString connection = QStringLiteral("tamper%1").arg(m_copies);
        bool ok = false;
        {
            auto db = Database::openRaw(path, connection);
            if (db.ok()) {
                QSqlQuery q(db.value());
                q.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));   // tampering ignores the rules
                ok = q.exec(sql) && q.numRowsAffected() == 1;
            }
        }
        Database::close(connection);
        return ok ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo, QStringLiteral("--scale"),
                           QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("demo1234")));
    }

    void demoRefusesAnExistingFile()
    {
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo, QStringLiteral("--scale"),
                           QStringLiteral("small")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not empty")), qPrintable(r.err));
    }

    void demoRefusesABadScale()
    {
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.db")),
                           QStringLiteral("--scale"), QStringLiteral("planet")});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.db"))));
    }

    void checkPassesOnTheDemo()
    {
        const Run r = cli({QStringLiteral("check"), QStringLiteral("--db"), m_demo});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("integrity_check")));
        QVERIFY(r.out.contains(QStringLiteral("audit chain")));
        QVERIFY(r.out.contains(QStringLiteral("all good")));
    }

    void auditVerifyPassesOnTheDemo()
    {
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_demo});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("intact")));
    }

    void auditVerifyDetectsTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("names");
        QTest::newRow("changed after_json")
            << QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, '\"total_fen\":', '\"total_fen\":1') "
                              "WHERE seq = (SELECT MIN(seq) FROM audit_log WHERE entity = 'claim')")
            << QStringLiteral("(SELECT MIN(seq) FROM audit_log WHERE entity = 'claim')");
        QTest::newRow("changed hash") << QStringLiteral("UPDATE audit_log SET hash = (SELECT hash FROM audit_log WHERE seq = 999) WHERE seq = 1000")
                                      << QStringLiteral("1000");
        QTest::newRow("deleted entry") << QStringLiteral("DELETE FROM audit_log WHERE seq = 500") << QStringLiteral("501");
        QTest::newRow("changed user") << QStringLiteral("UPDATE audit_log SET user_id = NULL WHERE seq = 2000")
                                      << QStringLiteral("2000");
    }

    void auditVerifyDetectsTampering()
    {
        QFETCH(QString, sql);
        QFETCH(QString, names);
        qint64 seq = names.toLongLong();
        if (seq == 0) {
            const QString connection = QStringLiteral("lookup");
            {
                auto db = Database::openRaw(m_demo, connection);
                QVERIFY(db.ok());
                QSqlQuery q(db.value());
                QVERIFY(q.exec(QStringLiteral("SELECT ") + names) && q.next());
                seq = q.value(0).toLongLong();
            }
            Database::close(connection);
        }
        const QString path = tampered(sql);
        QVERIFY(!path.isEmpty());
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("entry %1").arg(seq)), qPrintable(r.err));
        const Run c = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(c.code, 1);
        QVERIFY2(c.out.contains(QStringLiteral("PROBLEM")), qPrintable(c.out));
    }

    void checkFindsDanglingReferences()
    {
        const QString path = tampered(QStringLiteral("UPDATE claim SET person_id = 'nobody' WHERE rowid = 1"));
        QVERIFY(!path.isEmpty());
        const Run c = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(c.code, 1);
        QVERIFY2(c.out.contains(QStringLiteral("dangling")), qPrintable(c.out));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({QStringLiteral("audit")}).code, 2);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 2);
        QCOMPARE(cli({QStringLiteral("check")}).code, 2);
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.db"))}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"
