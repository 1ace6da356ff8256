// Benchmarks on the county demo, each beside raw SQLite doing the same work
// in the same run (these machines are noisy): creating the county, its file
// size, and person search by id number, name prefix and pinyin initials.
// Prints Markdown table rows; scripts/bench.sh puts them into docs/benchmarks.md.
//
//   bench_county --dir DIR [--scale small|township|county] [--seed N] [--queries N]
#include "benchsupport.h"
#include "demo/democountygenerator.h"
#include "itemmodels/personsearchmodel.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <sys/resource.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

using bench::Stats;
using bench::stats;
using bench::cpuSeconds;
using bench::ms;

void exec(sqlite3 *db, const char *sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        err << "bench: " << sql << ": " << msg << '\n';
        sqlite3_free(msg);
    }
}

// Baseline: raw sqlite3 copies the demo's rows, one prepared INSERT per
// table reused in one transaction, with the same pragmas the generator uses
// and, like it, the secondary indexes built after the rows.
// withLog: also the audit_log and sync_outbox rows (the same bytes the
// generator writes, without making them).
double rawCopy(const QString &from, const QString &to, bool withLog, qint64 &rows, double &cpu)
{
    QFile::remove(to);
    {   // the same schema, made by the program's migrations
        auto db = Database::open(to, QStringLiteral("bench-baseline"));
        if (!db)
            return -1;
    }
    Database::close(QStringLiteral("bench-baseline"));
    sqlite3 *src = nullptr, *dst = nullptr;
    sqlite3_open_v2(from.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_open(to.toUtf8().constData(), &dst);
    exec(dst, "PRAGMA journal_mode=OFF");
    exec(dst, "PRAGMA synchronous=OFF");
    exec(dst, "PRAGMA cache_size=-16384");
    exec(dst, "PRAGMA temp_store=FILE");
    exec(dst, "PRAGMA page_size=16384");   // as the generator does
    exec(dst, "VACUUM");
    // As the generator does: the secondary indexes are built after the rows.
    std::vector<std::string> indexes, names;
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(dst, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL", -1, &s, nullptr);
        while (sqlite3_step(s) == SQLITE_ROW) {
            names.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
            indexes.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)));
        }
        sqlite3_finalize(s);
        for (const std::string &name : names)
            exec(dst, ("DROP INDEX \"" + name + "\"").c_str());
    }
    QStringList tables = {"app_user", "township", "village", "institution", "policy", "disease", "household", "person",
                          "receipt", "enrollment", "filing", "claim", "settlement"};
    if (withLog)
        tables << "audit_log" << "sync_outbox";
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    exec(dst, "BEGIN");
    rows = 0;
    for (const QString &table : tables) {
        sqlite3_stmt *sel = nullptr, *ins = nullptr;
        const QByteArray s = QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table).toUtf8();
        sqlite3_prepare_v2(src, s.constData(), -1, &sel, nullptr);
        const int n = sqlite3_column_count(sel);
        QString marks;
        for (int i = 0; i < n; ++i)
            marks += i ? QStringLiteral(",?") : QStringLiteral("?");
        const QByteArray is = QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, marks).toUtf8();
        sqlite3_prepare_v2(dst, is.constData(), -1, &ins, nullptr);
        while (sqlite3_step(sel) == SQLITE_ROW) {
            for (int i = 0; i < n; ++i)
                sqlite3_bind_value(ins, i + 1, sqlite3_column_value(sel, i));
            if (sqlite3_step(ins) != SQLITE_DONE)
                err << "bench: insert into " << table << ": " << sqlite3_errmsg(dst) << '\n';
            sqlite3_reset(ins);
            ++rows;
        }
        sqlite3_finalize(sel);
        sqlite3_finalize(ins);
    }
    exec(dst, "PRAGMA threads=2");
    for (const std::string &sql : indexes)
        exec(dst, sql.c_str());
    exec(dst, "COMMIT");
    exec(dst, "PRAGMA journal_mode=WAL");
    const double seconds = t.elapsed() / 1000.0;
    cpu = cpuSeconds() - cpu0;
    sqlite3_close(src);
    sqlite3_close(dst);
    return seconds;
}

// Raw sqlite3 doing the model's first-page SELECT (same SQL, same binds).
double rawSearch(sqlite3 *db, sqlite3_stmt *exact, sqlite3_stmt *range, const QString &mode, const QString &key)
{
    static const QString top = [] {
        const char32_t c = 0x10FFFF;
        return QString::fromUcs4(&c, 1);
    }();
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *s = mode == QLatin1String("id") ? exact : range;
    const QByteArray k = key.toUtf8(), hi = (key + top).toUtf8();
    sqlite3_bind_text(s, 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    if (s == range)
        sqlite3_bind_text(s, 2, hi.constData(), int(hi.size()), SQLITE_TRANSIENT);
    int rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW)
        for (int i = 0; i < 12; ++i, ++rows)
            (void)sqlite3_column_text(s, i);
    sqlite3_reset(s);
    (void)db;
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dir = QDir::tempPath(), scaleName = QStringLiteral("county");
    quint64 seed = 1;
    int queries = 1000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
        else if (args[i] == QLatin1String("--scale"))
            scaleName = args[i + 1];
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toULongLong();
        else if (args[i] == QLatin1String("--queries"))
            queries = args[i + 1].toInt();
    }
    const auto scale = DemoCountyGenerator::scaleFromName(scaleName);
    if (!scale) {
        err << "bench: unknown scale " << scaleName << '\n';
        return 2;
    }
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("bench-%1.db").arg(scaleName));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    // 1. Creating the county.
    DemoCountyGenerator generator({*scale, seed});
    generator.setProgress([](const QString &line) { err << "bench: " << line << '\n'; err.flush(); });
    err << "bench: creating the " << scaleName << " demo in " << path << '\n';
    err.flush();
    const double cpu0 = cpuSeconds();
    const auto made = generator.generate(path);
    const double createCpu = cpuSeconds() - cpu0;
    if (!made) {
        err << "bench: " << made.errorText() << '\n';
        return 1;
    }
    const double createS = made->elapsedMs / 1000.0;
    const qint64 bytes = QFileInfo(path).size();
    err << "bench: baseline copies\n";
    err.flush();
    qint64 rowsOnly = 0, rowsWithLog = 0;
    const QString base = QDir(dir).filePath(QStringLiteral("bench-baseline.db"));
    double rawRowsCpu = 0, rawLogCpu = 0;
    const double rawRowsS = rawCopy(path, base, false, rowsOnly, rawRowsCpu);
    const qint64 rawRowsBytes = QFileInfo(base).size();
    const double rawLogS = rawCopy(path, base, true, rowsWithLog, rawLogCpu);
    QFile::remove(base);

    out << "| create the " << scaleName << " demo (`jingban-cli demo`), " << made->totalRows
        << " rows + as many audit entries and outbox operations | " << QString::number(createS, 'f', 1)
        << " s (CPU " << QString::number(createCpu, 'f', 1) << " s) | raw sqlite3 inserting the same " << rowsOnly
        << " rows alone: " << QString::number(rawRowsS, 'f', 1) << " s (CPU " << QString::number(rawRowsCpu, 'f', 1)
        << " s); with the same audit_log and sync_outbox rows (" << rowsWithLog << " rows): "
        << QString::number(rawLogS, 'f', 1) << " s (CPU " << QString::number(rawLogCpu, 'f', 1) << " s) | ≤ 90 s |\n";
    out << "| file size | " << QString::number(bytes / 1048576.0, 'f', 0) << " MiB | the rows alone: "
        << QString::number(rawRowsBytes / 1048576.0, 'f', 0) << " MiB | |\n";
    out.flush();

    // 2. Person search: the window's model against raw sqlite3, same SELECTs,
    // on a settled file: the kernel first writes back the gigabytes the
    // creation and the baseline copies left dirty, which would otherwise
    // compete with the reads being timed.
    ::sync();
    auto opened = Database::open(path, QStringLiteral("bench"));
    if (!opened)
        return 1;
    QSqlDatabase db = opened.value();
    std::vector<std::pair<QString, QString>> samples;   // (id number, name) of persons spread over the file
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM person"));
        q.next();
        const qint64 n = q.value(0).toLongLong();
        QSqlQuery s(db);
        s.prepare(QStringLiteral("SELECT id_number, name, name_initials FROM person WHERE rowid = ?"));
        for (int i = 0; i < queries; ++i) {
            s.addBindValue(1 + (qint64(i) * 7919 * 104729) % n);
            if (s.exec() && s.next())
                samples.push_back({s.value(0).toString(), s.value(1).toString() + QLatin1Char('\t') + s.value(2).toString()});
        }
    }
    PersonSearchModel model(db);
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const char *select = "SELECT p.rowid, %s, p.id, p.name, p.sex, p.birth_date, p.id_number, v.name, h.code, h.id, "
                         "h.township_id, p.status FROM person p JOIN household h ON h.id = p.household_id "
                         "JOIN village v ON v.id = h.village_id ";
    auto prepare = [&](const char *key, const char *where) {
        char sql[1024];
        std::snprintf(sql, sizeof sql, select, key);
        std::string s = std::string(sql) + where + " ORDER BY " + key + ", p.rowid LIMIT 50";
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(raw, s.c_str(), -1, &st, nullptr);
        return st;
    };
    sqlite3_stmt *exact = prepare("p.id_number", "WHERE p.id_number = ?1 AND p.deleted = 0");
    sqlite3_stmt *byName = prepare("p.name", "WHERE p.name >= ?1 AND p.name < ?2 AND p.deleted = 0");
    sqlite3_stmt *byInitials = prepare("p.name_initials", "WHERE p.name_initials >= ?1 AND p.name_initials < ?2 AND p.deleted = 0");

    struct Kind
    {
        const char *label, *mode;
        QString (*key)(const std::pair<QString, QString> &);
        sqlite3_stmt *stmt;
        const char *target;
    } kinds[] = {
        {"person search by id number (exact)", "id", [](const auto &s) { return s.first; }, exact, "p99 ≤ 1 ms"},
        {"person search by name prefix (2 characters), first page of 50", "name",
         [](const auto &s) { return s.second.section(QLatin1Char('\t'), 0, 0).left(2); }, byName, "p99 ≤ 20 ms"},
        {"person search by surname (1 character), first page of 50", "name",
         [](const auto &s) { return s.second.left(1); }, byName, "p99 ≤ 20 ms"},
        {"person search by pinyin initials prefix (2 letters), first page of 50", "initials",
         [](const auto &s) { return s.second.section(QLatin1Char('\t'), 1, 1).left(2).toLower(); }, byInitials, "p99 ≤ 20 ms"},
    };
    for (const Kind &k : kinds) {
        std::vector<double> app, base;
        for (const auto &s : samples) {
            const QString key = k.key(s);
            QElapsedTimer t;
            t.start();
            model.setSearchText(key);
            const int rows = model.rowCount();
            for (int r = 0; r < rows; ++r)
                (void)model.data(model.index(r, PersonSearchModel::NameColumn));
            app.push_back(double(t.nsecsElapsed()) / 1e6);
            base.push_back(rawSearch(raw, exact, k.stmt, QLatin1String(k.mode), QLatin1String(k.mode) == QLatin1String("initials") ? key.toUpper() : key));
        }
        const Stats a = stats(app), b = stats(base);
        out << "| " << k.label << " (" << app.size() << " queries) | p50 " << ms(a.p50) << " ms, p99 " << ms(a.p99)
            << " ms, max " << ms(a.max) << " ms | raw sqlite3, same SELECT: p50 " << ms(b.p50) << " ms, p99 " << ms(b.p99)
            << " ms | " << k.target << " |\n";
        out.flush();
    }
    sqlite3_finalize(exact);
    sqlite3_finalize(byName);
    sqlite3_finalize(byInitials);
    sqlite3_close(raw);
    return 0;
}
