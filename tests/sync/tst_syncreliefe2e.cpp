// Health poverty relief end to end: jingban-county on 127.0.0.1 (SQLite,
// then a throwaway PostgreSQL cluster) and workstations syncing through
// jingban-cli sync. A township records an approved adjustment, a paid relief
// batch with its lines and a bank account; they reach the county and a
// second workstation of the township; a tampered adjustment amount is
// refused; another township cannot write them; the digests agree.

#include "countyprocess.h"
#include "pgsuite.h"
#include "reliefsync.h"

#include "services/auditchain.h"

class TestSyncReliefEndToEnd : public QObject
{
    Q_OBJECT
public:
    TestSyncReliefEndToEnd(QString backend, QString why = {}, bool absent = false)
        : m_backend(std::move(backend)), m_why(std::move(why)), m_absent(absent)
    {
    }

private:
    QString m_backend;
    QString m_why;
    bool m_absent = false;
    QTemporaryDir m_dir;
    QString m_db;
    CountyProcess m_server;

    QString credential(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".credential")); }
    int sync(const Workstation &w, const QString &name, QString *output)
    {
        return syncOnce(w.path, m_server.url, credential(name), output);
    }
    static QString firstId(const Workstation &w, const QString &sql)
    {
        QSqlQuery q(w.db);
        const QString id = q.exec(sql) && q.next() ? q.value(0).toString() : QString();
        return id;
    }

private slots:
    void initTestCase()
    {
        if (m_backend.isEmpty() && m_absent)
            QSKIP(qPrintable(QStringLiteral("PostgreSQL: ") + m_why));
        QVERIFY2(!m_backend.isEmpty(), qPrintable(QStringLiteral("PostgreSQL: ") + m_why));
        m_db = m_backend == QLatin1String("sqlite") ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("county.db")) : m_backend;
        QVERIFY(provisionTwoTownships(m_db, m_dir));   // a.credential: township 1, c.credential: township 2
        QVERIFY(countyCommand(m_db, {QStringLiteral("provision"), QStringLiteral("user"), QStringLiteral("--login"), QStringLiteral("reviewer1"),
                                     QStringLiteral("--name"), QStringLiteral("审核"), QStringLiteral("--role"), QStringLiteral("reviewer"),
                                     QStringLiteral("--township"), QStringLiteral("360100101"), QStringLiteral("--password"),
                                     QStringLiteral("secret-reviewer1")}));
        for (const QString &name : {QStringLiteral("b"), QStringLiteral("d")})
            QVERIFY(countyCommand(m_db, {QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--township"),
                                         QStringLiteral("360100101"), QStringLiteral("--out"), credential(name)}));
        QVERIFY(countyCommand(m_db, {QStringLiteral("provision"), QStringLiteral("policy"), QStringLiteral("--file"),
                                     QStringLiteral(JINGBAN_SOURCE_DIR "/resources/policies/demo-county-2024.json")}));
        QString why;
        QVERIFY2(m_server.start(m_db, {}, &why), qPrintable(why));
    }

    void cleanupTestCase()
    {
        if (m_server.running())
            QCOMPARE(m_server.stop(), 0);
    }

    void reliefConvergesAndStaysInItsTownship()
    {
        Workstation a, b, c, d;
        QString out;
        QCOMPARE(sync(a, QStringLiteral("a"), &out), 0);
        const QString east = firstId(a, QStringLiteral("SELECT id FROM village WHERE code = '360100101001'"));
        QVERIFY(!east.isEmpty());
        const QString person = reliefsync::settledPovertyClaim(a, east, QStringLiteral("R1"), 21);
        QVERIFY(!person.isEmpty());
        QVERIFY2(sync(a, QStringLiteral("a"), &out) == 0, qPrintable(out));

        // The county corrects the 2024 policy.
        QFile corrected(m_dir.filePath(QStringLiteral("corrected.json")));
        QVERIFY(corrected.open(QIODevice::WriteOnly));
        corrected.write(reliefsync::correctedPolicy());
        corrected.close();
        QVERIFY(countyCommand(m_db, {QStringLiteral("provision"), QStringLiteral("policy"), QStringLiteral("--file"), corrected.fileName()}));

        // Workstation d proposes the adjustment, with its amount altered behind
        // the service's back (100 fen from the person's share to relief): refused.
        QVERIFY2(sync(d, QStringLiteral("d"), &out) == 0, qPrintable(out));
        QCOMPARE(reliefsync::propose(d).size(), 1);
        {
            QSqlQuery q(d.db);
            QVERIFY(q.exec(QStringLiteral("UPDATE settlement_adjustment SET relief_delta_fen = relief_delta_fen + 100, "
                                          "out_of_pocket_delta_fen = out_of_pocket_delta_fen - 100")));
        }
        QCOMPARE(sync(d, QStringLiteral("d"), &out), 1);
        QVERIFY2(out.contains(QLatin1String("county computes")) && out.contains(QLatin1String("poverty relief")), qPrintable(out));

        // Workstation a proposes honestly, another user approves, the relief is paid.
        QVERIFY2(sync(a, QStringLiteral("a"), &out) == 0, qPrintable(out));
        const QStringList adjustments = reliefsync::propose(a);
        QCOMPARE(adjustments.size(), 1);
        QVERIFY(reliefsync::approve(a, adjustments));
        const QString batch = reliefsync::payRelief(a, person);
        QVERIFY(!batch.isEmpty());
        QVERIFY2(sync(a, QStringLiteral("a"), &out) == 0, qPrintable(out));

        // A second workstation of the township pulls all of it.
        QVERIFY2(sync(b, QStringLiteral("b"), &out) == 0, qPrintable(out));
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM settlement_adjustment WHERE status = 'approved'")), 1);
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM settlement_adjustment")), 1);   // d's tampered one never arrived
        QCOMPARE(b.row(QStringLiteral("settlement_adjustment"), adjustments.first()).value(QStringLiteral("relief_delta_fen")),
                 a.row(QStringLiteral("settlement_adjustment"), adjustments.first()).value(QStringLiteral("relief_delta_fen")));
        QCOMPARE(b.row(QStringLiteral("relief_batch"), batch).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM relief_batch_line WHERE deleted = 0")),
                 a.count(QStringLiteral("SELECT COUNT(*) FROM relief_batch_line WHERE deleted = 0")));
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM relief_batch_line WHERE adjustment_id IS NOT NULL")), 1);
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM bank_account")), 1);
        QCOMPARE(SyncClient(a.db).digest(), SyncClient(b.db).digest());
        QVERIFY(AuditChain::verify(b.db).ok());
        QVERIFY2(pulledAuditsDiffer(b.db).isEmpty(), qPrintable(pulledAuditsDiffer(b.db).join(QLatin1Char('\n'))));

        // Township 2 cannot write them: its rows pointing at township 1's
        // person, claim and settlement (written with the replica's foreign
        // keys off, as a forged replica would) are refused by the county.
        QVERIFY2(sync(c, QStringLiteral("c"), &out) == 0, qPrintable(out));
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM settlement_adjustment")), 0);   // not its township's
        {
            QSqlQuery q(c.db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            ChangeWriter clerk2(c.db, c.user(QStringLiteral("clerk2")));
            QVERIFY(clerk2.insertAlone(QStringLiteral("bank_account"),
                                       {{QStringLiteral("person_id"), person},
                                        {QStringLiteral("bank_name"), QStringLiteral("银行")},
                                        {QStringLiteral("account_no"), QStringLiteral("62305100009999")},
                                        {QStringLiteral("holder_name"), QStringLiteral("某人")}},
                                       QStringLiteral("bank_account.add"))
                        .ok());
            QVariantMap adjustment = a.row(QStringLiteral("settlement_adjustment"), adjustments.first());
            for (const QString &column : {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("updated_at"),
                                          QStringLiteral("updated_by"), QStringLiteral("workstation_id"), QStringLiteral("deleted")})
                adjustment.remove(column);
            adjustment[QStringLiteral("township_id")] = firstId(c, QStringLiteral("SELECT id FROM township WHERE code = '360100102'"));
            adjustment[QStringLiteral("status")] = QStringLiteral("proposed");
            adjustment[QStringLiteral("approved_by")] = QVariant();
            adjustment[QStringLiteral("approved_at")] = QVariant();
            adjustment[QStringLiteral("created_by")] = c.user(QStringLiteral("clerk2")).id;
            const auto forged = clerk2.insertAlone(QStringLiteral("settlement_adjustment"), adjustment, QStringLiteral("adjustment.propose"));
            QVERIFY2(forged.ok(), qPrintable(forged.errorText()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        }
        QCOMPARE(sync(c, QStringLiteral("c"), &out), 1);
        QVERIFY2(out.contains(QLatin1String("settlement belongs to another township")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("another township")), qPrintable(out));
        QVERIFY2(sync(a, QStringLiteral("a"), &out) == 0, qPrintable(out));
        QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM bank_account")), 1);
        QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM settlement_adjustment")), 1);

        // The agreement covers the relief tables: a relief row changed behind
        // the sync's back makes jingban-cli sync exit 1 naming it; put back, 0.
        {
            QSqlQuery q(a.db);
            QVERIFY(q.exec(QStringLiteral("UPDATE relief_batch SET version = version + 5")));
            QCOMPARE(sync(a, QStringLiteral("a"), &out), 1);
            QVERIFY2(out.contains(QLatin1String("relief_batch")) && out.contains(QLatin1String("differ")), qPrintable(out));
            QVERIFY(q.exec(QStringLiteral("UPDATE relief_batch SET version = version - 5")));
            QVERIFY2(sync(a, QStringLiteral("a"), &out) == 0, qPrintable(out));
        }
        QCOMPARE(SyncClient(a.db).digest(), SyncClient(b.db).digest());
        QVERIFY(AuditChain::verify(a.db).ok());
    }
};

// The same suite on SQLite, then on a throwaway PostgreSQL cluster.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    return runOnSqliteThenPostgres<TestSyncReliefEndToEnd>(argc, argv, QStringLiteral("jingban_relief_e2e"));
}
#include "tst_syncreliefe2e.moc"
