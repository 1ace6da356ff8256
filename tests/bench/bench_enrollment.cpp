// Enrollment benchmarks on the county demo (issue 4), each beside raw SQLite
// doing the same work in the same run: the household card opening (its
// members and every year's enrollments), the household list of a township
// scrolled end to end page by page, the memory that takes (in this process,
// and in the real workstation window: a child process showing the main
// window's enrollment page with the list scrolled to its end), and the import of
// a 100,000-row roster (XLSX) into a replica holding the county's households
// and persons. Never writes the county database: the import goes into a copy
// of its geography, households and persons made in --dir.
//
//   bench_enrollment --db COUNTY.db --dir DIR [--queries N] [--roster-rows N]
#include "benchsupport.h"
#include "enrollment/enrollmentpage.h"
#include "domain/idnumber.h"
#include "domain/role.h"
#include "domain/sessionuser.h"
#include "itemmodels/householdcardmodel.h"
#include "itemmodels/householdenrollmentmodel.h"
#include "itemmodels/householdlistmodel.h"
#include "roster/rosterimport.h"
#include "roster/tablefilewriter.h"
#include "services/userservice.h"
#include "shell/mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>
#include <algorithm>
#include <memory>
#include <sqlite3.h>
#include <unistd.h>
#include <vector>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

using namespace bench;

bool fail(const QString &what)
{
    err << "bench_enrollment: " << what << '\n';
    return false;
}

// Runs sql with the text binds on raw and steps through every row, reading
// each column as the models do (text or integer).
int rawRows(sqlite3 *raw, const char *sql, const QList<QByteArray> &binds)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(raw, sql, -1, &st, nullptr) != SQLITE_OK) {
        err << "bench_enrollment: " << sqlite3_errmsg(raw) << '\n';
        return -1;
    }
    for (int i = 0; i < binds.size(); ++i) {
        bool isInt = false;
        const qint64 n = binds[i].toLongLong(&isInt);
        if (isInt)
            sqlite3_bind_int64(st, i + 1, n);
        else
            sqlite3_bind_text(st, i + 1, binds[i].constData(), int(binds[i].size()), SQLITE_STATIC);
    }
    int rows = 0;
    volatile qint64 sink = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            sink += sqlite3_column_bytes(st, c);
    }
    sqlite3_finalize(st);
    return rows;
}

SessionUser userOf(const QSqlDatabase &db, const QString &login)
{
    return UserService::byLogin(db, login).value_or(SessionUser{});
}

// ---- household card -------------------------------------------------------

bool benchCard(const QSqlDatabase &db, sqlite3 *raw, const SessionUser &clerk, int queries)
{
    QStringList ids;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM household WHERE deleted = 0 AND township_id = ?"));
        q.addBindValue(clerk.townshipId);
        if (!q.exec())
            return fail(q.lastError().text());
        while (q.next())
            ids << q.value(0).toString();
    }
    if (ids.isEmpty())
        return fail(QStringLiteral("no households in the clerk's township"));
    QRandomGenerator rng(4);
    QStringList sample;
    for (int i = 0; i < queries; ++i)
        sample << ids.at(int(rng.bounded(qsizetype(ids.size()))));

    HouseholdCardModel card(db, clerk);
    HouseholdEnrollmentModel enrollments(db);
    std::vector<double> times;
    qint64 members = 0, enrollmentRows = 0;
    for (const QString &id : std::as_const(sample)) {
        QElapsedTimer t;
        t.start();
        if (!card.load(id))
            return fail(QStringLiteral("card did not load ") + id);
        enrollments.load(id);
        // What the two table views read for their visible cells.
        for (int r = 0; r < card.rowCount(); ++r)
            for (int c = 0; c < card.columnCount(); ++c)
                card.data(card.index(r, c));
        for (int r = 0; r < enrollments.rowCount(); ++r)
            for (int c = 0; c < enrollments.columnCount(); ++c)
                enrollments.data(enrollments.index(r, c));
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        members += card.rowCount();
        enrollmentRows += enrollments.rowCount();
    }
    // Raw: the same three statements the two models run.
    static const char *householdSql =
        "SELECT h.id, h.code, h.township_id, t.name, h.village_id, v.name, h.address, h.phone, h.head_person_id, hp.name "
        "FROM household h JOIN village v ON v.id = h.village_id JOIN township t ON t.id = h.township_id "
        "LEFT JOIN person hp ON hp.id = h.head_person_id WHERE h.id = ? AND h.deleted = 0";
    static const char *membersSql =
        "SELECT id, name, relation, id_number, sex, birth_date, poverty, dibao, tekun, near_poor, status, death_date "
        "FROM person WHERE household_id = ? AND deleted = 0 ORDER BY relation <> 'self', birth_date, rowid";
    static const char *enrollmentsSql =
        "SELECT e.id, e.scheme_year, p.name, e.tier, e.personal_fen, e.subsidized_fen, e.subsidy_fen, e.status, "
        "e.receipt_id, r.serial, r.status, e.paid_at FROM person p JOIN enrollment e ON e.person_id = p.id "
        "LEFT JOIN receipt r ON r.id = e.receipt_id WHERE p.household_id = ? AND p.deleted = 0 "
        "AND (e.deleted = 0 OR e.status IN ('voided', 'refunded')) "
        "ORDER BY e.scheme_year DESC, p.relation <> 'self', p.birth_date, p.rowid";
    std::vector<double> rawTimes;
    for (const QString &id : std::as_const(sample)) {
        const QByteArray key = id.toUtf8();
        QElapsedTimer t;
        t.start();
        rawRows(raw, householdSql, {key});
        rawRows(raw, membersSql, {key});
        rawRows(raw, enrollmentsSql, {key});
        rawTimes.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    out << QStringLiteral("| household card open: household, members and every year's enrollments (models loaded and every "
                          "cell read), %1 random households of one township, %2 members and %3 enrollment rows on average | "
                          "%4 | raw sqlite3, the same three SELECTs: %5 | p99 ≤ 10 ms |\n")
               .arg(queries)
               .arg(double(members) / queries, 0, 'f', 1)
               .arg(double(enrollmentRows) / queries, 0, 'f', 1)
               .arg(statsText(stats(times)), statsText(stats(rawTimes)));
    return true;
}

// ---- household list scrolled end to end ------------------------------------

bool benchList(const QSqlDatabase &db, sqlite3 *raw, const SessionUser &clerk, int year)
{
    const double rssBefore = rssMiB();
    HouseholdListModel list(db, clerk);
    list.setTownship(clerk.townshipId);
    list.setYear(year);
    QElapsedTimer total;
    total.start();
    list.refresh();
    const double firstPage = double(total.nsecsElapsed()) / 1e6;
    std::vector<double> pages;
    while (list.canFetchMore({})) {
        QElapsedTimer t;
        t.start();
        const int before = list.rowCount();
        list.fetchMore({});
        // A view reads the cells it shows: read every new row's cells.
        for (int r = before; r < list.rowCount(); ++r)
            for (int c = 0; c < list.columnCount(); ++c)
                list.data(list.index(r, c));
        pages.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double all = double(total.nsecsElapsed()) / 1e6;
    const double rssAfter = rssMiB();
    const Stats s = stats(pages);

    // Raw: the same statement (no filter) for the whole township in one pass.
    const QByteArray sql =
        "SELECT h.id, h.code, v.name, h.township_id, hp.name, hp.id_number, h.address, h.phone, "
        "(SELECT COUNT(*) FROM person m WHERE m.household_id = h.id AND m.deleted = 0 AND m.status = 'active'), "
        "(SELECT MAX(m.poverty) | (MAX(m.dibao) << 1) | (MAX(m.tekun) << 2) | (MAX(m.near_poor) << 3) "
        "   FROM person m WHERE m.household_id = h.id AND m.deleted = 0 AND m.status = 'active'), "
        "(SELECT COUNT(*) FROM person m CROSS JOIN enrollment e ON e.person_id = m.id WHERE m.household_id = h.id "
        "   AND m.deleted = 0 AND e.scheme_year = ? AND e.deleted = 0 AND e.status = 'paid') "
        "FROM household h JOIN village v ON v.id = h.village_id LEFT JOIN person hp ON hp.id = h.head_person_id "
        "WHERE h.deleted = 0 AND h.township_id = ? ORDER BY h.code, h.id";
    QElapsedTimer rt;
    rt.start();
    const int rawCount = rawRows(raw, sql.constData(), {QByteArray::number(year), clerk.townshipId.toUtf8()});
    const double rawMs = double(rt.nsecsElapsed()) / 1e6;

    out << QStringLiteral("| household list of one township (%1 households, year %2) scrolled end to end, %3 pages of %4 "
                          "rows, every cell read | first page %5 ms; each further page %6; end to end %7 ms | raw sqlite3, "
                          "the same SELECT over the whole township in one pass (%8 rows): %9 ms | no visible stall "
                          "(every page ≤ 50 ms) |\n")
               .arg(list.rowCount())
               .arg(year)
               .arg(pages.size() + 1)
               .arg(list.pageSize())
               .arg(ms(firstPage), statsText(s), ms(all))
               .arg(rawCount)
               .arg(ms(rawMs));
    out << QStringLiteral("| memory with the whole township's list loaded (this process: the models and Qt Core, no "
                          "widgets) | RSS %1 MiB (%2 MiB before the list) | | RSS ≤ 250 MB |\n")
               .arg(rssAfter, 0, 'f', 0)
               .arg(rssBefore, 0, 'f', 0);
    return true;
}

// ---- the real window ---------------------------------------------------------

// In the child process (--window): the main window as the clerk's, on the
// enrollment page, its household list scrolled to the end the way a view
// fetches (a page whenever the bottom is reached); prints RSS in MiB.
int windowChild(const QString &county)
{
    auto opened = Database::openRaw(county, QStringLiteral("window"));
    if (!opened) {
        err << opened.errorText() << '\n';
        return 2;
    }
    QSqlDatabase db = opened.value();
    opened = QSqlDatabase();
    const SessionUser clerk = userOf(db, QStringLiteral("clerk"));
    const double before = rssMiB();
    int rows = 0;
    {
        MainWindow window(db, clerk);
        window.resize(1600, 1000);
        window.show();
        window.showPage(MainWindow::EnrollmentPage);
        QCoreApplication::processEvents();
        auto *page = window.findChild<EnrollmentPage *>();
        if (!page)
            return 2;
        QTableView *view = page->householdView();
        while (page->households()->canFetchMore({})) {
            view->scrollToBottom();
            QCoreApplication::processEvents();
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
        }
        view->scrollToBottom();
        window.repaint();
        QCoreApplication::processEvents();
        rows = page->households()->rowCount();
        out << "window " << rows << ' ' << before << ' ' << rssMiB() << '\n';
        out.flush();
    }
    db = QSqlDatabase();
    Database::close(QStringLiteral("window"));
    return 0;
}

bool benchWindow(const QString &county)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--window"), QStringLiteral("--db"), county});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return fail(QStringLiteral("the window process failed: ") + QString::fromUtf8(child.readAllStandardError()));
    const QStringList f = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n')).filter(QStringLiteral("window ")).value(0).split(QLatin1Char(' '));
    if (f.size() < 4)
        return fail(QStringLiteral("the window process printed no figures"));
    out << QStringLiteral("| memory of the workstation window (a separate process: MainWindow signed in as the clerk, "
                          "the enrollment page open, its household list scrolled to the end, %1 rows; offscreen "
                          "platform) | RSS %2 MiB (%3 MiB before the window) | | RSS ≤ 250 MB |\n")
               .arg(f.at(1))
               .arg(f.at(3).toDouble(), 0, 'f', 0)
               .arg(f.at(2).toDouble(), 0, 'f', 0);
    return true;
}

// ---- roster import ----------------------------------------------------------

// The columns of the copied tables that both databases have (a newer
// program may have added some), in the county's order.
QString commonColumns(sqlite3 *a, const QSqlDatabase &b, const QString &table)
{
    QStringList theirs;
    QSqlQuery q(b);
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    while (q.next())
        theirs << q.value(0).toString();
    QStringList common;
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table).toUtf8();
    sqlite3_prepare_v2(a, sql.constData(), -1, &st, nullptr);
    while (st && sqlite3_step(st) == SQLITE_ROW) {
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        if (theirs.contains(name))
            common << name;
    }
    sqlite3_finalize(st);
    return common.join(QStringLiteral(", "));
}

// A replica holding the county's townships, villages, institutions, users,
// households and persons (not their audit or outbox: imports read none).
bool copyCounty(const QString &county, const QString &path, sqlite3 *raw, const QString &connection)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto opened = Database::open(path, connection);
    if (!opened)
        return fail(opened.errorText());
    QSqlDatabase db = opened.value();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    if (!q.exec(QStringLiteral("ATTACH DATABASE '%1' AS county").arg(county)))
        return fail(q.lastError().text());
    db.transaction();
    for (const char *table : {"township", "village", "institution", "app_user", "household", "person"}) {
        const QString t = QLatin1String(table);
        const QString cols = commonColumns(raw, db, t);
        if (!q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM county.%1").arg(t, cols)))
            return fail(t + QStringLiteral(": ") + q.lastError().text());
    }
    db.commit();
    q.exec(QStringLiteral("DETACH DATABASE county"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return true;
}

// rows persons in households of four in the villages of the clerk's township,
// with id numbers from a region the demo county does not use.
bool writeRoster(const QString &path, const QSqlDatabase &db, const SessionUser &clerk, int rows)
{
    QStringList villages;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM village WHERE township_id = ? AND deleted = 0 ORDER BY code"));
    q.addBindValue(clerk.townshipId);
    q.exec();
    while (q.next())
        villages << q.value(0).toString();
    if (villages.isEmpty())
        return fail(QStringLiteral("no villages"));
    TableFileWriter w(path);
    const QStringList headers = {QStringLiteral("户编号"), QStringLiteral("户主姓名"), QStringLiteral("姓名"),
                                 QStringLiteral("公民身份号码"), QStringLiteral("与户主关系"), QStringLiteral("性别"),
                                 QStringLiteral("出生日期"), QStringLiteral("村(社区)"), QStringLiteral("人员类别"),
                                 QStringLiteral("联系电话")};
    if (const auto v = w.open(headers); !v.ok())
        return fail(v.text());
    static const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                         QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨")};
    static const QStringList given = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("秀英"),
                                      QStringLiteral("敏"), QStringLiteral("静"), QStringLiteral("强"),
                                      QStringLiteral("磊"), QStringLiteral("建国")};
    static const QStringList relations = {QStringLiteral("户主"), QStringLiteral("配偶"), QStringLiteral("儿子"),
                                          QStringLiteral("女儿")};
    static const QStringList categories = {QString(), QString(), QString(), QStringLiteral("低保"),
                                           QString(), QStringLiteral("脱贫"), QString(), QString()};
    for (int k = 0; k < rows; ++k) {
        const int h = k / 4, m = k % 4;
        const bool male = m == 0 || m == 2;
        const QDate birth = QDate(1940, 1, 1).addDays((k / 400) % 25000);
        const QString first17 = QStringLiteral("341598") + birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg((k % 400) * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
        const QString id = first17 + IdNumber::checkCharacter(first17);
        const QString head = surnames[h % surnames.size()] + given[h % given.size()] + given[(h / 8) % given.size()];
        const QString name = m == 0 ? head : surnames[(h + m) % surnames.size()] + given[(k / 3) % given.size()];
        const QVariantList cells = {QStringLiteral("R%1").arg(h + 1, 6, 10, QLatin1Char('0')), head, name, id,
                                    relations[m], male ? QStringLiteral("男") : QStringLiteral("女"),
                                    birth.toString(Qt::ISODate), villages[h % villages.size()],
                                    categories[h % categories.size()], QStringLiteral("139%1").arg(h, 8, 10, QLatin1Char('0'))};
        if (const auto v = w.addRow(cells); !v.ok())
            return fail(v.text());
    }
    if (const auto v = w.close(); !v.ok())
        return fail(v.text());
    return true;
}

// Raw SQLite inserting the rows the import wrote (read back from the
// imported replica) into a second copy: the rows alone, then with the same
// audit entries and outbox operations.
double rawInsert(const QString &from, const QString &to, qint64 personAfter, qint64 householdAfter, qint64 auditAfter,
                 qint64 outboxAfter, bool withAuditAndOutbox, qint64 *rowsOut)
{
    sqlite3 *src = nullptr, *dst = nullptr;
    sqlite3_open_v2(from.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_open(to.toUtf8().constData(), &dst);
    sqlite3_exec(dst, "PRAGMA foreign_keys=OFF", nullptr, nullptr, nullptr);
    struct Part
    {
        const char *table;
        qint64 after;
    };
    std::vector<Part> parts = {{"household", householdAfter}, {"person", personAfter}};
    if (withAuditAndOutbox) {
        parts.push_back({"audit_log", auditAfter});
        parts.push_back({"sync_outbox", outboxAfter});
    }
    // Read everything first so that only the inserts are timed.
    struct Rows
    {
        std::string insertSql;
        int columns = 0;
        std::vector<std::vector<std::pair<int, std::string>>> values;   // (sqlite type, bytes)
    };
    std::vector<Rows> all;
    for (const Part &p : parts) {
        Rows rows;
        const std::string sel = std::string("SELECT * FROM ") + p.table + " WHERE rowid > " + std::to_string(p.after);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(src, sel.c_str(), -1, &st, nullptr);
        rows.columns = sqlite3_column_count(st);
        std::string names, marks;
        for (int c = 0; c < rows.columns; ++c) {
            names += (c ? ", " : "") + std::string(sqlite3_column_name(st, c));
            marks += c ? ", ?" : "?";
        }
        rows.insertSql = std::string("INSERT INTO ") + p.table + " (" + names + ") VALUES (" + marks + ")";
        while (sqlite3_step(st) == SQLITE_ROW) {
            std::vector<std::pair<int, std::string>> row;
            for (int c = 0; c < rows.columns; ++c) {
                const int type = sqlite3_column_type(st, c);
                const char *text = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
                row.emplace_back(type, text ? std::string(text, size_t(sqlite3_column_bytes(st, c))) : std::string());
            }
            rows.values.push_back(std::move(row));
        }
        sqlite3_finalize(st);
        all.push_back(std::move(rows));
    }
    QElapsedTimer t;
    t.start();
    sqlite3_exec(dst, "BEGIN", nullptr, nullptr, nullptr);
    qint64 count = 0;
    for (const Rows &rows : all) {
        sqlite3_stmt *ins = nullptr;
        if (sqlite3_prepare_v2(dst, rows.insertSql.c_str(), -1, &ins, nullptr) != SQLITE_OK)
            err << "bench_enrollment: " << sqlite3_errmsg(dst) << '\n';
        for (const auto &row : rows.values) {
            for (int c = 0; c < rows.columns; ++c) {
                const auto &[type, bytes] = row[size_t(c)];
                if (type == SQLITE_NULL)
                    sqlite3_bind_null(ins, c + 1);
                else if (type == SQLITE_INTEGER)
                    sqlite3_bind_int64(ins, c + 1, std::stoll(bytes));
                else
                    sqlite3_bind_text(ins, c + 1, bytes.data(), int(bytes.size()), SQLITE_STATIC);
            }
            if (sqlite3_step(ins) != SQLITE_DONE)
                err << "bench_enrollment: " << sqlite3_errmsg(dst) << '\n';
            sqlite3_reset(ins);
            ++count;
        }
        sqlite3_finalize(ins);
    }
    sqlite3_exec(dst, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(src);
    sqlite3_close(dst);
    *rowsOut = count;
    return seconds;
}

qint64 maxRowid(const QSqlDatabase &db, const char *table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool benchImport(const QString &county, const QString &dir, sqlite3 *raw, int rows)
{
    const QString importPath = dir + QStringLiteral("/bench-enrollment-import.db");
    const QString basePath = dir + QStringLiteral("/bench-enrollment-baseline.db");
    const QString rawPath = dir + QStringLiteral("/bench-enrollment-raw.db");
    const QString rosterPath = dir + QStringLiteral("/bench-enrollment-roster.xlsx");
    QElapsedTimer copyTimer;
    copyTimer.start();
    if (!copyCounty(county, importPath, raw, QStringLiteral("import")))
        return false;
    Database::close(QStringLiteral("import"));
    // The baselines start from the same file.
    for (const QString &to : {basePath, rawPath}) {
        QFile::remove(to);
        if (!QFile::copy(importPath, to))
            return fail(QStringLiteral("cannot copy %1 to %2").arg(importPath, to));
    }
    err << "bench_enrollment: the county's households and persons copied in " << copyTimer.elapsed() / 1000 << " s\n";
    auto reopened = Database::open(importPath, QStringLiteral("import"));
    if (!reopened)
        return fail(reopened.errorText());
    QSqlDatabase db = reopened.value();
    reopened = QSqlDatabase();   // one handle on the connection, released before it is closed
    const SessionUser clerk = userOf(db, QStringLiteral("clerk"));
    if (!writeRoster(rosterPath, db, clerk, rows))
        return false;
    const qint64 personAfter = maxRowid(db, "person"), householdAfter = maxRowid(db, "household"),
                 auditAfter = maxRowid(db, "audit_log"), outboxAfter = maxRowid(db, "sync_outbox");

    auto import = std::make_unique<RosterImport>(db, clerk);
    // The kernel first writes back the gigabytes that the copies above (and,
    // in scripts/bench.sh, the county made just before) left dirty: the
    // import's commit waits for its own fsync, not for theirs.
    ::sync();
    QElapsedTimer t;
    t.start();
    if (const auto v = import->open(rosterPath); !v.ok())
        return fail(v.text());
    const double readSeconds = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    const auto preview = import->preview();
    if (!preview)
        return fail(preview.errorText());
    const double previewSeconds = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    const auto run = import->run();
    if (!run)
        return fail(run.errorText());
    const double runSeconds = double(t.nsecsElapsed()) / 1e9;
    const auto &s = run.value();
    if (s.newPersons != rows || !s.bad.isEmpty())
        return fail(QStringLiteral("import wrote %1 persons of %2 (%3 bad rows)").arg(s.newPersons).arg(rows).arg(s.bad.size()));
    // A second import of the same file changes nothing.
    import = std::make_unique<RosterImport>(db, clerk);
    import->open(rosterPath);
    t.restart();
    const auto second = import->run();
    const double secondSeconds = double(t.nsecsElapsed()) / 1e9;
    const int secondChanged = second ? second.value().imported : -1;
    import.reset();
    db = QSqlDatabase();
    Database::close(QStringLiteral("import"));

    qint64 rawRowsAlone = 0, rawRowsAll = 0;
    ::sync();   // as before the import
    const double rawAlone = rawInsert(importPath, rawPath, personAfter, householdAfter, auditAfter, outboxAfter, false,
                                      &rawRowsAlone);
    ::sync();
    const double rawAll = rawInsert(importPath, basePath, personAfter, householdAfter, auditAfter, outboxAfter, true,
                                    &rawRowsAll);
    out << QStringLiteral("| roster import: %1 rows (%2 new households of four, %3 new persons) from XLSX into a replica "
                          "holding the county's %4 persons, in one transaction with an audit entry and an outbox "
                          "operation per row | %5 s (%6× raw with audit and outbox, %7× raw rows alone); before it: "
                          "reading the file %8 s, preview %9 s; the same file again: %10 s, %11 changed | raw sqlite3 "
                          "inserting the same %12 rows alone: %13 s; with their audit entries and outbox operations "
                          "(%14 rows): %15 s | ≤ 5 s and ≤ 3× raw |\n")
               .arg(rows)
               .arg(s.newHouseholds)
               .arg(s.newPersons)
               .arg(personAfter)
               .arg(runSeconds, 0, 'f', 2)
               .arg(runSeconds / rawAll, 0, 'f', 1)
               .arg(runSeconds / rawAlone, 0, 'f', 1)
               .arg(readSeconds, 0, 'f', 2)
               .arg(previewSeconds, 0, 'f', 2)
               .arg(secondSeconds, 0, 'f', 2)
               .arg(secondChanged)
               .arg(rawRowsAlone)
               .arg(rawAlone, 0, 'f', 2)
               .arg(rawRowsAll)
               .arg(rawAll, 0, 'f', 2);
    for (const QString &p : {importPath, basePath, rawPath}) {
        QFile::remove(p);
        QFile::remove(p + QStringLiteral("-wal"));
        QFile::remove(p + QStringLiteral("-shm"));
    }
    QFile::remove(rosterPath);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // The window measurement runs in a child process of its own, with widgets.
    std::unique_ptr<QCoreApplication> application;
    for (int i = 1; i < argc; ++i)
        if (QByteArrayView(argv[i]) == "--window")
            application = std::make_unique<QApplication>(argc, argv);
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCommandLineParser p;
    p.addOption({QStringLiteral("window"), QStringLiteral("(internal) measure the workstation window's memory")});
    p.addOption({QStringLiteral("db"), QStringLiteral("the county demo (read only)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("scratch directory"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("queries"), QStringLiteral("household cards to open"), QStringLiteral("n"),
                 QStringLiteral("1000")});
    p.addOption({QStringLiteral("roster-rows"), QStringLiteral("rows of the imported roster"), QStringLiteral("n"),
                 QStringLiteral("100000")});
    p.addOption({QStringLiteral("year"), QStringLiteral("scheme year of the list"), QStringLiteral("year"),
                 QStringLiteral("2024")});
    p.addHelpOption();
    p.process(app);
    const QString county = p.value(QStringLiteral("db"));
    const QString dir = p.value(QStringLiteral("dir")).isEmpty() ? QDir::tempPath() : p.value(QStringLiteral("dir"));
    if (county.isEmpty() || !QFile::exists(county)) {
        err << "bench_enrollment: --db COUNTY.db is required\n";
        return 2;
    }
    if (p.isSet(QStringLiteral("window")))
        return windowChild(county);
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(county.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        err << "bench_enrollment: cannot open " << county << '\n';
        return 2;
    }
    sqlite3_exec(raw, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);
    // Read-only use of the county: not migrated (a newer schema only adds).
    auto opened = Database::openRaw(county, QStringLiteral("county"));
    if (!opened) {
        err << opened.errorText() << '\n';
        return 2;
    }
    QSqlDatabase db = opened.value();
    opened = QSqlDatabase();   // one handle on the connection, released before it is closed
    const SessionUser clerk = userOf(db, QStringLiteral("clerk"));
    if (!clerk.isValid()) {
        err << "bench_enrollment: the county has no user 'clerk'\n";
        return 2;
    }
    out << "# Enrollment: household card, household list, roster import\n";
    out.flush();
    bool ok = benchCard(db, raw, clerk, p.value(QStringLiteral("queries")).toInt());
    out.flush();
    ok = ok && benchList(db, raw, clerk, p.value(QStringLiteral("year")).toInt());
    out.flush();
    ok = ok && benchWindow(county);
    out.flush();
    ok = ok && benchImport(county, dir, raw, p.value(QStringLiteral("roster-rows")).toInt());
    out.flush();
    sqlite3_close(raw);
    db = QSqlDatabase();
    Database::close(QStringLiteral("county"));
    return ok ? 0 : 1;
}
