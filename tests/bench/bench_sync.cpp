// Sync benchmarks (issue 8), over HTTP on loopback with the real programs
// (jingban-county serve, jingban-cli sync), beside raw SQLite doing the same
// row work in the same run:
//  1. initial pull of one township of the county demo into an empty replica;
//  2. push of 10,000 operations;
//  3. a sync with nothing to do;
//  4. 20 workstations syncing at once against one server on PostgreSQL (a
//     throwaway cluster, as in the tests): throughput and p99 latency.
// The county demo is opened read-only; everything else goes to --dir.
//
//   bench_sync --db COUNTY.db --dir DIR [--township CODE] [--skip-concurrent]

#include "../sync/pgcluster.h"

#include "domain/idnumber.h"
#include "services/changewriter.h"
#include "services/householdservice.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "sync/syncprotocol.h"
#include "sync/syncserverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>
#include <sys/resource.h>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

QString programPath(const char *relative)
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../") + QLatin1String(relative);
}

QString seconds(qint64 ms)
{
    return ms < 1000 ? QStringLiteral("%1 ms").arg(ms) : QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

// The rows of one township (and the county-wide rows) per entity.
QString filterOf(const QString &entity)
{
    static const QString persons = QStringLiteral("SELECT p.id FROM person p JOIN household h ON h.id = p.household_id WHERE h.township_id = :t");
    if (SyncProtocol::isCountyWide(entity))   // every township and village too (section 3.2)
        return QStringLiteral("1 = 1");
    if (entity == QLatin1String("app_user"))
        return QStringLiteral("(township_id = :t OR township_id IS NULL)");
    if (entity == QLatin1String("person"))
        return QStringLiteral("household_id IN (SELECT id FROM household WHERE township_id = :t)");
    if (entity == QLatin1String("enrollment") || entity == QLatin1String("bank_account"))
        return QStringLiteral("person_id IN (%1)").arg(persons);
    if (entity == QLatin1String("filing_attachment"))
        return QStringLiteral("filing_id IN (SELECT id FROM filing WHERE township_id = :t)");
    return QStringLiteral("township_id = :t");
}

struct Loaded
{
    qint64 rows = 0;
    qint64 persons = 0;
    qint64 ms = 0;
};

// The county server's database with one township of the demo, as if its
// workstations had pushed it: every row and one change log entry per row.
bool loadServer(const QString &demoPath, const QString &serverSpec, const QString &townshipId, Loaded *loaded)
{
    QElapsedTimer t;
    t.start();
    QSqlDatabase demo = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo"));
    demo.setDatabaseName(demoPath);
    demo.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!demo.open())
        return false;
    auto opened = SyncServerStore::open(serverSpec, QStringLiteral("server"));
    if (!opened)
        return false;
    SyncServerStore store(opened.value());
    if (!store.migrate())
        return false;
    QSqlDatabase db = opened.value();
    // The demo's rows are consistent; the county-wide ones come in the order of SyncProtocol::entities().
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    db.transaction();
    qint64 seq = 0;
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO change_log (seq, entity, row_id, version, township_id, row_json, op_id, hlc, at) "
                               "VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)"));
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QString &entity : SyncProtocol::entities()) {
        QSqlQuery q(demo);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(entity, filterOf(entity)));
        if (filterOf(entity).contains(QLatin1String(":t")))
            q.bindValue(QStringLiteral(":t"), townshipId);
        if (!q.exec()) {
            err << "bench_sync: " << entity << ": " << q.lastError().text() << '\n';
            return false;
        }
        const QSqlRecord rec = q.record();
        const QSqlRecord serverRec = db.record(entity);
        QStringList columns;
        for (int i = 0; i < rec.count(); ++i)
            if (serverRec.contains(rec.fieldName(i)))
                columns << rec.fieldName(i);
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(entity, columns.join(QLatin1Char(',')), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        while (q.next()) {
            QVariantMap row;
            for (const QString &c : columns) {
                ins.addBindValue(q.value(c));
                row.insert(c, q.value(c));
            }
            if (!ins.exec()) {
                err << "bench_sync: " << entity << ": " << ins.lastError().text() << '\n';
                return false;
            }
            QString township = SyncProtocol::isCountyWide(entity) ? QString() : townshipId;
            if (entity == QLatin1String("app_user") && row.value(QStringLiteral("township_id")).isNull())
                township = QStringLiteral("county");
            log.addBindValue(++seq);
            log.addBindValue(entity);
            log.addBindValue(row.value(QStringLiteral("id")));
            log.addBindValue(row.value(QStringLiteral("version")));
            log.addBindValue(township.isEmpty() ? QVariant() : QVariant(township));
            log.addBindValue(QString::fromUtf8(QJsonDocument(SyncProtocol::rowToJson(row)).toJson(QJsonDocument::Compact)));
            log.addBindValue(at);
            if (!log.exec()) {
                err << "bench_sync: change_log: " << log.lastError().text() << '\n';
                return false;
            }
            ++loaded->rows;
            loaded->persons += entity == QLatin1String("person");
        }
    }
    QSqlQuery(db).exec(QStringLiteral("UPDATE server_counter SET value = %1 WHERE name = 'change_seq'").arg(seq));
    db.commit();
    // The change log was written around SyncServerStore: its kept agreement digests are recomputed.
    if (!store.rebuildDigests().ok())
        return false;
    loaded->ms = t.elapsed();
    return true;
}

// Raw SQLite: the same township's rows copied from the demo into an empty
// replica (INSERT … SELECT in one transaction).
qint64 rawCopy(const QString &demoPath, const QString &replicaPath, const QString &townshipId)
{
    {
        auto r = Database::open(replicaPath, QStringLiteral("raw-replica"));
        if (!r)
            return -1;
    }
    Database::close(QStringLiteral("raw-replica"));
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(replicaPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
        return -1;
    QElapsedTimer t;
    t.start();
    QString sql = QStringLiteral("ATTACH DATABASE 'file:%1?mode=ro' AS demo; PRAGMA foreign_keys=OFF; BEGIN;").arg(demoPath);
    for (const QString &entity : SyncProtocol::entities())
        sql += QStringLiteral("INSERT INTO main.%1 SELECT * FROM demo.%1 WHERE %2;")
                   .arg(entity, filterOf(entity).replace(QLatin1String(":t"), QLatin1Char('\'') + townshipId + QLatin1Char('\'')));
    sql += QStringLiteral("COMMIT;");
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    const qint64 ms = t.elapsed();
    if (rc != SQLITE_OK)
        err << "bench_sync: raw copy: " << message << '\n';
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK ? ms : -1;
}

// Raw SQLite: n household rows with an audit-sized row each, one transaction.
qint64 rawInserts(const QString &path, int n)
{
    sqlite3 *db = nullptr;
    QFile::remove(path);
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, "
                     "v INTEGER); CREATE TABLE log (seq INTEGER PRIMARY KEY, row_json TEXT)",
                 nullptr, nullptr, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *a = nullptr, *b = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?, '东村 3 号', '13800000000', 1)", -1, &a, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO log (row_json) VALUES (?)", -1, &b, nullptr);
    for (int i = 0; i < n; ++i) {
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray json = "{\"id\":\"" + id + "\",\"address\":\"东村 3 号\",\"phone\":\"13800000000\",\"version\":1}";
        sqlite3_bind_text(a, 1, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_step(a);
        sqlite3_reset(a);
        sqlite3_bind_text(b, 1, json.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_step(b);
        sqlite3_reset(b);
    }
    sqlite3_finalize(a);
    sqlite3_finalize(b);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const qint64 ms = t.elapsed();
    sqlite3_close(db);
    return ms;
}

class Server
{
public:
    bool start(const QString &db)
    {
        m_p.setProgram(programPath("server/jingban-county"));
        m_p.setArguments({QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_p.start();
        static const QRegularExpression re(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QString banner;
        for (int i = 0; i < 600 && !re.match(banner).hasMatch() && m_p.state() != QProcess::NotRunning; ++i) {
            m_p.waitForReadyRead(100);
            banner += QString::fromUtf8(m_p.readAllStandardOutput());
        }
        url = re.match(banner).captured(1);
        return !url.isEmpty();
    }
    // Latencies (ms) of the requests logged since the last call.
    QList<int> latencies()
    {
        QList<int> ms;
        // Nothing reads the pipe between calls: take what the server wrote.
        while (m_p.waitForReadyRead(200)) {
        }
        m_stderr += m_p.readAllStandardError();
        const qsizetype end = m_stderr.lastIndexOf('\n') + 1;
        const QByteArray lines = m_stderr.left(end);
        m_stderr.remove(0, end);
        for (const QByteArray &line : lines.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.contains(QStringLiteral("ms")))
                ms << o.value(QStringLiteral("ms")).toInt();
        }
        return ms;
    }
    // CPU seconds (user + system) the server has used so far.
    double cpu() const
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(m_p.processId()));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = f.readAll().split(')').value(1).trimmed().split(' ');
        // After "pid (comm)": state is field 0, utime 11, stime 12 (clock ticks).
        return (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    ~Server()
    {
        m_p.terminate();
        m_p.waitForFinished(30000);
    }
    QString url;

private:
    QProcess m_p;
    QByteArray m_stderr;
};

double childrenCpu()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of the last timedSync's jingban-cli (the machine is shared:
// wall time alone says little).
double g_cliCpu = 0;

// One jingban-cli sync; its time, -1 if it did not end in agreement.
qint64 timedSync(const QString &replica, const QString &url, const QString &credential, QString *output = nullptr)
{
    const double cpuBefore = childrenCpu();
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(programPath("app/jingban-cli"), {QStringLiteral("sync"), QStringLiteral("--db"), replica, QStringLiteral("--server"), url,
                                             QStringLiteral("--credential"), credential, QStringLiteral("--batch"),
                                             QStringLiteral("1000"), QStringLiteral("--page"), QStringLiteral("5000")});
    p.waitForFinished(-1);
    const qint64 ms = t.elapsed();
    g_cliCpu = childrenCpu() - cpuBefore;
    const QString text = QString::fromUtf8(p.readAll());
    if (output)
        *output = text;
    if (p.exitCode() != 0) {
        err << "bench_sync: sync failed: " << text << '\n';
        err.flush();
    }
    return p.exitCode() == 0 ? ms : -1;
}

bool writeCredential(SyncServerStore &store, const QString &townshipCode, const QString &path)
{
    auto issued = store.issueCredential(QStringLiteral("township"), townshipCode, QStringLiteral("bench"));
    QFile f(path);
    return issued && f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(issued->toFile()).toJson()) > 0;
}

// n households of one person each (3 operations apiece) at a workstation.
int writeHouseholds(const QString &replica, int households, int idBase)
{
    int ops = 0;
    {
        auto opened = Database::open(replica, QStringLiteral("writer"));
        if (!opened)
            return -1;
        QSqlQuery q(opened.value());
        q.exec(QStringLiteral("SELECT login FROM app_user WHERE township_id IS NOT NULL AND role = 'clerk' AND active = 1 AND deleted = 0 LIMIT 1"));
        const QString login = q.next() ? q.value(0).toString() : QString();
        q.exec(QStringLiteral("SELECT id FROM village WHERE deleted = 0 AND township_id = (SELECT township_id FROM app_user WHERE login = '%1')").arg(login));
        const QString village = q.next() ? q.value(0).toString() : QString();
        q.finish();
        const auto user = UserService::byLogin(opened.value(), login);
        if (!user || village.isEmpty())
            return -1;
        const qint64 before = [&] { QSqlQuery c(opened.value()); c.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")); return c.next() ? c.value(0).toLongLong() : 0; }();
        ChangeWriter writer(opened.value(), *user);
        HouseholdService service(writer);
        for (int i = 0; i < households; ++i) {
            auto h = service.createHousehold({village, QStringLiteral("B%1").arg(idBase + i), QStringLiteral("1 号"), {}});
            if (!h)
                return -1;
            // Id numbers of a region the demo does not use.
            const QDate birth = QDate(1950, 1, 1).addDays((idBase + i) / 500);
            const QString first17 = QStringLiteral("110101") + birth.toString(QStringLiteral("yyyyMMdd"))
                                    + QStringLiteral("%1").arg((idBase + i) % 500 + 1, 3, 10, QLatin1Char('0'));
            HouseholdService::NewPerson p;
            p.householdId = h->value(QStringLiteral("id")).toString();
            p.idNumber = first17 + IdNumber::checkCharacter(first17);
            p.name = QStringLiteral("测试");
            p.relation = QStringLiteral("self");
            if (!service.addPerson(p))
                return -1;
        }
        QSqlQuery c(opened.value());
        c.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        ops = c.next() ? static_cast<int>(c.value(0).toLongLong() - before) : -1;
    }
    Database::close(QStringLiteral("writer"));
    return ops;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("county demo (read only)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("work directory"), QStringLiteral("DIR"), QStringLiteral("var/bench")});
    parser.addOption({QStringLiteral("township"), QStringLiteral("township code (default: the first)"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("skip-concurrent"), QStringLiteral("leave out the 20-workstation run")});
    parser.process(app);
    const QString demoPath = parser.value(QStringLiteral("db"));
    const QDir dir(parser.value(QStringLiteral("dir")));
    if (demoPath.isEmpty() || !QFile::exists(demoPath)) {
        err << "bench_sync: --db COUNTY.db is required\n";
        return 2;
    }
    QDir().mkpath(dir.path());
    for (const QString &f : dir.entryList({QStringLiteral("sync-*")}, QDir::Files))
        QFile::remove(dir.filePath(f));

    QString townshipId, townshipCode;
    {
        QSqlDatabase demo = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pick"));
        demo.setDatabaseName(demoPath);
        demo.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        demo.open();
        QSqlQuery q(demo);
        const QString code = parser.value(QStringLiteral("township"));
        q.prepare(QStringLiteral("SELECT id, code FROM township WHERE deleted = 0 %1 ORDER BY code LIMIT 1")
                      .arg(code.isEmpty() ? QString() : QStringLiteral("AND code = ?")));
        if (!code.isEmpty())
            q.addBindValue(code);
        if (q.exec() && q.next()) {
            townshipId = q.value(0).toString();
            townshipCode = q.value(1).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pick"));
    if (townshipId.isEmpty()) {
        err << "bench_sync: no such township in " << demoPath << '\n';
        return 2;
    }

    out << "# Sync\n";   // the section title scripts/bench.sh uses
    out.flush();
    const QString serverPath = dir.filePath(QStringLiteral("sync-county.db"));
    Loaded loaded;
    if (!loadServer(demoPath, QStringLiteral("sqlite:") + serverPath, townshipId, &loaded)) {
        err << "bench_sync: cannot load the township into the server database\n";
        return 1;
    }
    const QString credential = dir.filePath(QStringLiteral("sync-a.credential"));
    {
        SyncServerStore store(QSqlDatabase::database(QStringLiteral("server")));
        if (!writeCredential(store, townshipCode, credential))
            return 1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
    QSqlDatabase::removeDatabase(QStringLiteral("demo"));

    Server server;
    if (!server.start(QStringLiteral("sqlite:") + serverPath)) {
        err << "bench_sync: jingban-county did not start\n";
        return 1;
    }
    const QString replica = dir.filePath(QStringLiteral("sync-replica.db"));
    double serverCpu = server.cpu();
    const qint64 pull = timedSync(replica, server.url, credential);
    const QString pullCpu = QStringLiteral(" (CPU: jingban-cli %1 s, server %2 s)").arg(g_cliCpu, 0, 'f', 1).arg(server.cpu() - serverCpu, 0, 'f', 1);
    const qint64 rawPull = rawCopy(demoPath, dir.filePath(QStringLiteral("sync-raw-replica.db")), townshipId);
    out << QStringLiteral("| initial pull of township %1 of the demo: %2 persons, %3 rows in all, over HTTP on loopback "
                          "(`jingban-cli sync`, pages of 5,000, SQLite server) | %4 | %5 (INSERT … SELECT of the same rows "
                          "from the demo into an empty replica) | ≤ 30 s |\n")
               .arg(townshipCode)
               .arg(loaded.persons)
               .arg(loaded.rows)
               .arg(pull < 0 ? QStringLiteral("failed") : seconds(pull) + pullCpu, seconds(rawPull));
    out.flush();
    if (pull < 0)
        return 1;

    const int ops = writeHouseholds(replica, 3334, 0);
    serverCpu = server.cpu();
    const qint64 push = timedSync(replica, server.url, credential);
    const QString pushCpu = QStringLiteral(" (CPU: jingban-cli %1 s, server %2 s)").arg(g_cliCpu, 0, 'f', 1).arg(server.cpu() - serverCpu, 0, 'f', 1);
    const qint64 rawPush = rawInserts(dir.filePath(QStringLiteral("sync-raw-inserts.db")), ops);
    out << QStringLiteral("| push of %1 operations (%2 households with a person; batches of 1,000) and the pull of "
                          "their echo | %3 | %4 (%1 rows and %1 change-log rows inserted in one transaction) | ≤ 5 s |\n")
               .arg(ops)
               .arg(3334)
               .arg(push < 0 ? QStringLiteral("failed") : seconds(push) + pushCpu, seconds(rawPush));
    out.flush();

    server.latencies();   // forget the requests so far
    QList<qint64> idle;
    QList<double> idleCpu;
    for (int i = 0; i < 5; ++i) {
        idle << timedSync(replica, server.url, credential);
        idleCpu << g_cliCpu;
    }
    std::sort(idle.begin(), idle.end());
    std::sort(idleCpu.begin(), idleCpu.end());
    // The server's own time for the requests of those syncs.
    QList<int> idleRequests = server.latencies();
    int idleServerMs = 0;
    for (int ms : idleRequests)
        idleServerMs += ms;
    out << QStringLiteral("| a sync with nothing to do (whole `jingban-cli sync` process: start, hello, empty push, "
                          "empty pull, digest of the township on both sides), median of 5 | %1 | — | ≤ 50 ms |\n")
               .arg(idle.first() < 0 ? QStringLiteral("failed")
                                     : QStringLiteral("%1 (CPU of jingban-cli %2 ms; the server's handling %3 ms per sync)")
                                           .arg(seconds(idle.at(2)))
                                           .arg(qRound(idleCpu.at(2) * 1000))
                                           .arg(idleServerMs / 5));
    out.flush();

    if (parser.isSet(QStringLiteral("skip-concurrent")))
        return 0;
    // 20 workstations of 20 townships against PostgreSQL, each pushing
    // 100 households (300 operations) and pulling, all at once.
    PgCluster cluster;
    QString why;
    if (!cluster.start(&why)) {
        out << "| 20 workstations at once on PostgreSQL | not run: " << why << " | — | throughput, p99 |\n";
        return 0;
    }
    const QString pgSpec = cluster.createDatabase(QStringLiteral("bench_sync"));
    const int stations = 20;
    QStringList credentials, replicas;
    {
        auto opened = SyncServerStore::open(pgSpec, QStringLiteral("pg"));
        if (!opened) {
            err << "bench_sync: " << opened.errorText() << '\n';
            return 1;
        }
        SyncServerStore store(opened.value());
        store.migrate();
        for (int i = 0; i < stations; ++i) {
            const QString code = QStringLiteral("3601001%1").arg(i, 2, 10, QLatin1Char('0'));
            store.provisionTownship(QStringLiteral("360100"), code, QStringLiteral("镇%1").arg(i));
            store.provisionVillage(code, code + QStringLiteral("001"), QStringLiteral("村%1").arg(i));
            store.provisionUser(QStringLiteral("clerk%1").arg(i), QStringLiteral("经办"), QStringLiteral("clerk"), code,
                                QStringLiteral("secret-bench"));
            credentials << dir.filePath(QStringLiteral("sync-pg-%1.credential").arg(i));
            replicas << dir.filePath(QStringLiteral("sync-pg-%1.db").arg(i));
            writeCredential(store, code, credentials.last());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg"));
    Server pgServer;
    if (!pgServer.start(pgSpec)) {
        err << "bench_sync: jingban-county on PostgreSQL did not start\n";
        return 1;
    }
    int totalOps = 0;
    for (int i = 0; i < stations; ++i) {
        if (timedSync(replicas[i], pgServer.url, credentials[i]) < 0)
            return 1;
        totalOps += writeHouseholds(replicas[i], 100, 10000 + 1000 * i);
    }
    pgServer.latencies();
    QElapsedTimer wall;
    wall.start();
    QList<QProcess *> running;
    for (int i = 0; i < stations; ++i) {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(programPath("app/jingban-cli"), {QStringLiteral("sync"), QStringLiteral("--db"), replicas[i], QStringLiteral("--server"),
                                                  pgServer.url, QStringLiteral("--credential"), credentials[i],
                                                  QStringLiteral("--batch"), QStringLiteral("100")});
        running << p;
    }
    int failed = 0;
    for (QProcess *p : running) {
        p->waitForFinished(-1);
        failed += p->exitCode() != 0;
        delete p;
    }
    const qint64 ms = wall.elapsed();
    QList<int> latencies = pgServer.latencies();
    std::sort(latencies.begin(), latencies.end());
    const int p99 = latencies.isEmpty() ? -1 : latencies.at(std::min<qsizetype>(latencies.size() - 1, latencies.size() * 99 / 100));
    const int p50 = latencies.isEmpty() ? -1 : latencies.at(latencies.size() / 2);
    out << QStringLiteral("| %1 workstations (one per township) syncing at once against one server on PostgreSQL, "
                          "each pushing %2 operations in batches of 100 and pulling: %3 requests%4 | %5 s wall, "
                          "%6 operations/s; request latency p50 %7 ms, p99 %8 ms | — | throughput, p99 |\n")
               .arg(stations)
               .arg(totalOps / stations)
               .arg(latencies.size())
               .arg(failed ? QStringLiteral(", %1 syncs FAILED").arg(failed) : QString())
               .arg(ms / 1000.0, 0, 'f', 1)
               .arg(static_cast<qint64>(totalOps * 1000.0 / std::max<qint64>(ms, 1)))
               .arg(p50)
               .arg(p99);
    return 0;
}
