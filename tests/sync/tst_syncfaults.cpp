// Faults during sync: the workstation's jingban-cli sync and the county
// server killed with SIGKILL at random points, and a proxy on loopback that
// drops connections or cuts requests and answers in half. Afterwards nothing
// is lost, nothing is applied twice, and both databases pass their integrity
// and audit checks. JINGBAN_SOAK_TRIALS raises the number of kill trials
// (scripts/sync-soak.sh).

#include "countyprocess.h"
#include "syncfixture.h"

#include "services/auditchain.h"

#include <QEventLoop>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace {

// Forwards 127.0.0.1:port() to the county, and now and then drops a
// connection, or passes half of a request or half of an answer and then
// cuts both sides.
class CuttingProxy : public QObject
{
public:
    CuttingProxy(quint16 target, quint32 seed) : m_target(target), m_random(seed)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int dropped = 0, requestsCut = 0, answersCut = 0;
    int percent = 12;   // chance of each fault, per chunk

private:
    void accept(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto cut = [client, upstream] {
            upstream->abort();
            client->abort();
            client->deleteLater();
        };
        connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, cut] {
            const QByteArray data = client->readAll();
            const int roll = static_cast<int>(m_random.bounded(100));
            if (roll < percent) {
                ++dropped;
                cut();
            } else if (roll < 2 * percent) {
                ++requestsCut;
                upstream->write(data.left(data.size() / 2));
                upstream->flush();
                cut();
            } else if (upstream->state() != QAbstractSocket::UnconnectedState) {
                upstream->write(data);   // buffered while it connects
            }
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, cut] {
            const QByteArray data = upstream->readAll();
            if (static_cast<int>(m_random.bounded(100)) < percent) {
                ++answersCut;
                client->write(data.left(data.size() / 2));
                client->flush();
                cut();
            } else {
                client->write(data);
            }
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

    QTcpServer m_server;
    quint16 m_target;
    QRandomGenerator m_random;
};

// jingban-cli sync started without blocking the event loop (the proxy lives in it).
int syncAsync(const QString &replica, const QString &url, const QString &credential, QString *output, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(JINGBAN_CLI_PATH), {QStringLiteral("sync"), QStringLiteral("--db"), replica, QStringLiteral("--server"), url,
                                               QStringLiteral("--credential"), credential, QStringLiteral("--batch"), QStringLiteral("2"),
                                               QStringLiteral("--page"), QStringLiteral("3")});
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString integrity(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : QStringLiteral("unreadable");
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The county's database opened beside the server (read, after the faults).
    struct CountyView
    {
        explicit CountyView(const QString &path) : connection(QUuid::createUuid().toString())
        {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.open();
        }
        ~CountyView()
        {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
        }
        QString connection;
        QSqlDatabase db;
    };

    // Nothing lost, nothing twice, integrity and audit on both sides.
    void checkAfterFaults(const QString &countyPath, const QList<Workstation *> &replicas, int households)
    {
        CountyView county(countyPath);
        QCOMPARE(integrity(county.db), QStringLiteral("ok"));
        QCOMPARE(scalar(county.db, QStringLiteral("SELECT COUNT(*) FROM household")), households);
        QCOMPARE(scalar(county.db, QStringLiteral("SELECT COUNT(*) FROM person")), households);
        // Every version of every row is in the change log once, and the rows are at their newest version.
        QCOMPARE(scalar(county.db, QStringLiteral("SELECT COUNT(*) FROM (SELECT entity, row_id, version FROM change_log "
                                                  "GROUP BY entity, row_id, version HAVING COUNT(*) > 1) d")), 0);
        QCOMPARE(scalar(county.db, QStringLiteral("SELECT COUNT(*) FROM household h WHERE h.version <> (SELECT MAX(version) "
                                                  "FROM change_log c WHERE c.entity = 'household' AND c.row_id = h.id)")), 0);
        QCOMPARE(scalar(county.db, QStringLiteral("SELECT COUNT(*) FROM change_log")),
                 scalar(county.db, QStringLiteral("SELECT value FROM server_counter WHERE name = 'change_seq'")));
        qint64 ops = 0;
        for (Workstation *w : replicas) {
            QCOMPARE(integrity(w->db), QStringLiteral("ok"));
            QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM household")), households);
            QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE pushed_at IS NULL")), 0);
            QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE result <> 'applied'")), 0);
            ops += w->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
            QVERIFY(AuditChain::verify(w->db).ok());
            QString out;
            QCOMPARE(runProgram(QStringLiteral(JINGBAN_CLI_PATH), {QStringLiteral("audit"), QStringLiteral("verify"),
                                                                   QStringLiteral("--db"), w->path}, &out), 0);
        }
        // Each op answered once: one applied_op row and one change per op.
        QCOMPARE(scalar(county.db, QStringLiteral("SELECT COUNT(*) FROM applied_op")), ops);
        QCOMPARE(scalar(county.db, QStringLiteral("SELECT COUNT(*) FROM applied_op WHERE status = 'applied'")), ops);
        QCOMPARE(scalar(county.db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE op_id IS NOT NULL")), ops);
    }

    QString villageOf(Workstation &w)
    {
        QSqlQuery q(w.db);
        if (!q.exec(QStringLiteral("SELECT id FROM village WHERE code = '360100101001'")) || !q.next())
            return {};
        return q.value(0).toString();
    }

private slots:
    void killedAtRandomPoints()
    {
        const int trials = qEnvironmentVariableIntValue("JINGBAN_SOAK_TRIALS") > 0 ? qEnvironmentVariableIntValue("JINGBAN_SOAK_TRIALS") : 50;
        const QString countyPath = m_dir.filePath(QStringLiteral("kill-county.db"));
        const QString db = QStringLiteral("sqlite:") + countyPath;
        QVERIFY(provisionTwoTownships(db, m_dir));
        QVERIFY(countyCommand(db, {QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--township"),
                                   QStringLiteral("360100101"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("b.credential"))}));
        CountyProcess server;
        QString why;
        QVERIFY2(server.start(db, {}, &why), qPrintable(why));
        Workstation a, b;
        const QString credA = m_dir.filePath(QStringLiteral("a.credential"));
        const QString credB = m_dir.filePath(QStringLiteral("b.credential"));
        QString out;
        QVERIFY2(syncOnce(a.path, server.url, credA, &out) == 0, qPrintable(out));
        QVERIFY2(syncOnce(b.path, server.url, credB, &out) == 0, qPrintable(out));
        const QString village = villageOf(a);
        QVERIFY(!village.isEmpty());

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u, %d trials", seed, trials);
        QRandomGenerator random(seed);
        int households = 0, workstationKills = 0, serverKills = 0;
        for (int trial = 0; trial < trials; ++trial) {
            Workstation &w = trial % 2 == 0 ? a : b;
            const int birthYear = 1950 + trial / 900;
            QVERIFY(!addHousehold(w, w.user(QStringLiteral("clerk1")), village, QStringLiteral("K%1").arg(trial),
                                  testIdNumber(QStringLiteral("%1%2").arg(birthYear).arg(trial % 2 == 0 ? QStringLiteral("0101") : QStringLiteral("0202")),
                                               trial % 900 + 1))
                         .isEmpty());
            ++households;
            QProcess sync;
            sync.setProcessChannelMode(QProcess::MergedChannels);
            sync.start(QStringLiteral(JINGBAN_CLI_PATH),
                       {QStringLiteral("sync"), QStringLiteral("--db"), w.path, QStringLiteral("--server"), server.url,
                        QStringLiteral("--credential"), trial % 2 == 0 ? credA : credB, QStringLiteral("--batch"), QStringLiteral("1"),
                        QStringLiteral("--page"), QStringLiteral("2")});
            QVERIFY(sync.waitForStarted());
            // A random point: from start-up through hello, push batches, pull pages, digest.
            QThread::msleep(random.bounded(5, 260));
            if (random.bounded(3) == 0) {
                ++serverKills;
                server.kill();
                QVERIFY2(server.start(db, {}, &why), qPrintable(why));
                sync.waitForFinished(30000);   // it retries, then gives up or finishes
            } else {
                ++workstationKills;
                sync.kill();
                sync.waitForFinished();
            }
            if (sync.state() != QProcess::NotRunning) {
                sync.kill();
                sync.waitForFinished();
            }
        }
        qInfo("%d workstation kills, %d server kills", workstationKills, serverKills);
        QVERIFY(workstationKills > 0 && serverKills > 0);
        // Once more without faults, until both say the sides agree (b twice: it pulls a's last work).
        for (Workstation *w : {&a, &b, &a}) {
            const QString cred = w == &a ? credA : credB;
            QVERIFY2(syncOnce(w->path, server.url, cred, &out) == 0, qPrintable(out));
        }
        QVERIFY2(syncOnce(b.path, server.url, credB, &out) == 0, qPrintable(out));
        QCOMPARE(server.stop(), 0);
        checkAfterFaults(countyPath, {&a, &b}, households);
        QCOMPARE(SyncClient(a.db).digest(), SyncClient(b.db).digest());
    }

    void proxyDropsAndCutsRequests()
    {
        const QString countyPath = m_dir.filePath(QStringLiteral("proxy-county.db"));
        const QString db = QStringLiteral("sqlite:") + countyPath;
        QTemporaryDir creds;
        QVERIFY(provisionTwoTownships(db, creds));
        CountyProcess server;
        QString why;
        QVERIFY2(server.start(db, {}, &why), qPrintable(why));
        const quint16 port = static_cast<quint16>(QUrl(server.url).port());
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        CuttingProxy proxy(port, seed);
        const QString viaProxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        const QString cred = creds.filePath(QStringLiteral("a.credential"));
        Workstation w;
        QString out;
        auto syncThroughFaults = [&] {
            for (int attempt = 0; attempt < 40; ++attempt)
                if (syncAsync(w.path, viaProxy, cred, &out) == 0)
                    return true;
            return false;
        };
        QVERIFY2(syncThroughFaults(), qPrintable(out));
        const QString village = villageOf(w);
        QVERIFY(!village.isEmpty());
        int households = 0;
        for (int round = 0; round < 6; ++round) {
            for (int i = 0; i < 4; ++i, ++households)
                QVERIFY(!addHousehold(w, w.user(QStringLiteral("clerk1")), village, QStringLiteral("X%1").arg(households),
                                      testIdNumber(QStringLiteral("19900303"), households + 1)).isEmpty());
            QVERIFY2(syncThroughFaults(), qPrintable(out));
        }
        qInfo("proxy: %d dropped, %d requests cut, %d answers cut", proxy.dropped, proxy.requestsCut, proxy.answersCut);
        QVERIFY(proxy.dropped + proxy.requestsCut > 0);
        QVERIFY(proxy.answersCut > 0);
        QVERIFY2(syncOnce(w.path, server.url, cred, &out) == 0, qPrintable(out));
        QCOMPARE(server.stop(), 0);
        checkAfterFaults(countyPath, {&w}, households);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
