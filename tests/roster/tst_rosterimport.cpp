// Roster import (花名册): the 10,000-row XLSX and GBK CSV with 50 bad rows of
// ten kinds, re-import, cancel, column mapping, the replica checks, export
// round trip, the paid list and the insured-elsewhere check.
#include "rosterfixture.h"

#include "roster/insuredelsewherecheck.h"
#include "roster/rosterexport.h"
#include "roster/rosterimport.h"
#include "roster/spreadsheetreader.h"
#include "services/auditchain.h"
#include "services/enrollmentservice.h"
#include "services/policyservice.h"
#include "storage/localsettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace {

struct Counts
{
    qint64 household, person, audit, outbox;
    bool operator==(const Counts &) const = default;
};

Counts counts(const TestReplica &r)
{
    return {r.count(QStringLiteral("household")), r.count(QStringLiteral("person")), r.count(QStringLiteral("audit_log")),
            r.count(QStringLiteral("sync_outbox"))};
}

QString writeFixture(const TestReplica &r, const RosterFixture &f, const QString &format)
{
    const QString path = r.dir.filePath(QStringLiteral("roster.") + (format == QLatin1String("xlsx") ? QStringLiteral("xlsx") : QStringLiteral("csv")));
    if (format == QLatin1String("xlsx")) {
        if (!f.writeXlsx(path))
            return {};
    } else {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(f.csv(format == QLatin1String("gbk") ? "GBK" : "UTF-8"));
    }
    return path;
}

Result<RosterImport::Summary> importFile(TestReplica &r, const QString &path, const SessionUser &user,
                                         const RosterImport::Progress &progress = {})
{
    RosterImport import(r.db, user);
    const Validation opened = import.open(path);
    if (!opened.ok())
        return opened;
    return import.run(progress);
}

// Every live person as comparable text, sorted.
QStringList persons(const TestReplica &r)
{
    QSqlQuery q(r.db);
    q.exec(QStringLiteral("SELECT h.code, v.name, p.id_number, p.name, p.relation, p.sex, p.birth_date, p.poverty, p.dibao, "
                          "p.tekun, p.near_poor, p.phone, (h.head_person_id = p.id) FROM person p JOIN household h ON h.id = p.household_id "
                          "JOIN village v ON v.id = h.village_id WHERE p.deleted = 0"));
    QStringList out;
    while (q.next()) {
        QStringList f;
        for (int i = 0; i < 13; ++i)
            f << q.value(i).toString();
        out << f.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT

private slots:
    void importsTenThousandRowsOnce_data();
    void importsTenThousandRowsOnce();
    void cancelAtHalfLeavesNothing();
    void writesRowsAsTheServicesDo();
    void measuresHundredThousandRows();
    void readsShuffledAndExtraColumns();
    void remembersTheClerksMapping();
    void findsTheHeaderBelowATitle();
    void checksRowsAgainstTheReplica_data();
    void checksRowsAgainstTheReplica();
    void refusesWithoutRightsOrColumns();
    void exportImportsAgainUnchanged_data();
    void exportImportsAgainUnchanged();
    void exportsThePaidList();
    void listsPeopleInsuredElsewhere();
};

void TestRosterImport::importsTenThousandRowsOnce_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("gbk csv") << QStringLiteral("gbk");
}

void TestRosterImport::importsTenThousandRowsOnce()
{
    QFETCH(QString, format);
    TestReplica r;
    r.setUpTownship();
    const RosterFixture f = RosterFixture::make(9950, 5);
    QCOMPARE(f.rows.size(), 10000);
    QCOMPARE(f.bad.size(), 50);
    const QString path = writeFixture(r, f, format);
    QVERIFY(!path.isEmpty());

    RosterImport import(r.db, r.clerk);
    QVERIFY(import.open(path).ok());
    QCOMPARE(import.encoding(), format == QLatin1String("gbk") ? QStringLiteral("GBK") : QStringLiteral("xlsx"));
    QCOMPARE(import.rowCount(), 10000);
    QVERIFY(import.mapping().missingRequired().isEmpty());

    // The preview writes nothing and names every bad row.
    const Counts before = counts(r);
    QElapsedTimer timer;
    timer.start();
    auto preview = import.preview();
    const qint64 previewMs = timer.elapsed();
    QVERIFY2(preview.ok(), qPrintable(preview.errorText()));
    QCOMPARE(counts(r), before);
    QCOMPARE(preview->newPersons, 9950);
    QCOMPARE(preview->newHouseholds, f.households);

    auto check = [&](const RosterImport::Summary &s) {
        QCOMPARE(s.rows, 10000);
        QCOMPARE(s.bad.size(), f.bad.size());
        for (int i = 0; i < f.bad.size(); ++i) {
            QCOMPARE(s.bad[i].line, f.bad[i].line);
            QCOMPARE(s.bad[i].reason, f.bad[i].reason);
            QVERIFY(!s.bad[i].message.isEmpty());
        }
    };
    check(preview.value());

    timer.restart();
    int calls = 0;
    auto first = import.run([&](qint64, qint64) { ++calls; return true; });
    const qint64 runMs = timer.elapsed();
    QVERIFY2(first.ok(), qPrintable(first.errorText()));
    check(first.value());
    QCOMPARE(first->imported, 9950);
    QCOMPARE(first->unchanged, 0);
    QVERIFY(calls > 10);
    const Counts after = counts(r);
    QCOMPARE(after.person, before.person + 9950);
    QCOMPARE(after.household, before.household + f.households);
    // One audit entry and one outbox operation per household and per person.
    QCOMPARE(after.audit, before.audit + f.households + 9950);
    QCOMPARE(after.outbox, before.outbox + f.households + 9950);
    qInfo("%s: preview %lld ms, import %lld ms for 10,000 rows", qPrintable(format), previewMs, runMs);
    QVERIFY(AuditChain::verify(r.db).ok());

    // Every household has its head, and the categories arrived.
    QSqlQuery q(r.db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM household WHERE head_person_id IS NULL "
                                  "OR head_person_id NOT IN (SELECT id FROM person WHERE relation = 'self')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT SUM(poverty), SUM(dibao), SUM(tekun), SUM(near_poor) FROM person")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 0 && q.value(1).toInt() > 0 && q.value(2).toInt() > 0 && q.value(3).toInt() > 0);

    // The same file again changes nothing.
    auto second = importFile(r, path, r.clerk);
    QVERIFY2(second.ok(), qPrintable(second.errorText()));
    check(second.value());
    QCOMPARE(second->imported, 0);
    QCOMPARE(second->unchanged, 9950);
    QCOMPARE(counts(r), after);
}

void TestRosterImport::cancelAtHalfLeavesNothing()
{
    TestReplica r;
    r.setUpTownship();
    const RosterFixture f = RosterFixture::make(9950, 5);
    const QString path = writeFixture(r, f, QStringLiteral("xlsx"));
    const Counts before = counts(r);
    qint64 lastDone = 0;
    auto s = importFile(r, path, r.clerk, [&](qint64 done, qint64 total) {
        lastDone = done;
        return done < total / 2;
    });
    QVERIFY2(s.ok(), qPrintable(s.errorText()));
    QVERIFY(s->cancelled);
    QCOMPARE(s->imported, 0);
    QVERIFY(lastDone >= 9950 / 2 && lastDone < 9950);
    QCOMPARE(counts(r), before);

    // And the same file imports whole afterwards.
    auto again = importFile(r, path, r.clerk);
    QVERIFY(again.ok());
    QCOMPARE(again->imported, 9950);
}

void TestRosterImport::writesRowsAsTheServicesDo()
{
    // A person added at the counter and one imported: the same columns in
    // the row, the audit entry and the outbox operation, and an intact chain.
    TestReplica r;
    r.setUpTownship();
    {
        ChangeWriter w(r.db, r.clerk);
        HouseholdService hs(w);
        const QString h = hs.createHousehold({r.villageId, QStringLiteral("C001"), QString(), QString()})->value(QStringLiteral("id")).toString();
        QVERIFY(hs.addPerson({h, testIdNumber(QStringLiteral("19600101"), 11), QStringLiteral("刘一"), QStringLiteral("self")}).ok());
    }
    const RosterFixture f = RosterFixture::make(4, 0);
    QCOMPARE(importFile(r, writeFixture(r, f, QStringLiteral("utf8")), r.clerk)->imported, 4);
    // And a counter write after the import continues the chain and the clock.
    {
        ChangeWriter w(r.db, r.clerk);
        HouseholdService hs(w);
        QVERIFY(hs.createHousehold({r.villageId, QStringLiteral("C002"), QString(), QString()}).ok());
    }
    QVERIFY(AuditChain::verify(r.db).ok());
    auto keys = [&](const QString &sql) {
        QSqlQuery q(r.db);
        q.exec(sql);
        return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().keys() : QStringList();
    };
    const QStringList counter = keys(QStringLiteral("SELECT a.after_json FROM sync_outbox o JOIN audit_log a ON a.seq = o.audit_seq WHERE o.entity = 'person' ORDER BY o.seq LIMIT 1"));
    QVERIFY(!counter.isEmpty());
    QCOMPARE(keys(QStringLiteral("SELECT a.after_json FROM sync_outbox o JOIN audit_log a ON a.seq = o.audit_seq WHERE o.entity = 'person' ORDER BY o.seq DESC LIMIT 1")), counter);
    QCOMPARE(keys(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'person.import' LIMIT 1")), counter);
    const QStringList household = keys(QStringLiteral("SELECT a.after_json FROM sync_outbox o JOIN audit_log a ON a.seq = o.audit_seq WHERE o.entity = 'household' ORDER BY o.seq LIMIT 1"));
    QCOMPARE(keys(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'household.import' LIMIT 1")), household);
    QSqlQuery q(r.db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT hlc FROM sync_outbox ORDER BY seq) a")));
    QVERIFY(q.exec(QStringLiteral("SELECT hlc FROM sync_outbox ORDER BY seq")));
    QString last;
    while (q.next()) {
        QVERIFY2(q.value(0).toString() > last, "the outbox clock runs forward");
        last = q.value(0).toString();
    }
}

void TestRosterImport::measuresHundredThousandRows()
{
    // Opt-in (JINGBAN_ROSTER_BENCH=1): 100,000 rows from XLSX beside raw
    // SQLite inserting the same rows in the same run.
    if (qEnvironmentVariableIntValue("JINGBAN_ROSTER_BENCH") != 1)
        QSKIP("set JINGBAN_ROSTER_BENCH=1 to measure 100,000 rows");
    TestReplica r;
    r.setUpTownship();
    const RosterFixture f = RosterFixture::make(100000, 0);
    const QString path = writeFixture(r, f, QStringLiteral("xlsx"));
    QElapsedTimer t;
    t.start();
    RosterImport import(r.db, r.clerk);
    QVERIFY(import.open(path).ok());
    const qint64 readMs = t.elapsed();
    auto s = import.run();
    const qint64 totalMs = t.elapsed();
    QVERIFY2(s.ok(), qPrintable(s.errorText()));
    QCOMPARE(s->imported, 100000);
    t.restart();
    QVERIFY(AuditChain::verify(r.db).ok());
    const qint64 verifyMs = t.elapsed();

    // Baseline: the same person rows, raw prepared inserts, one transaction.
    TestReplica raw;
    raw.setUpTownship();
    QSqlQuery q(raw.db);
    t.restart();
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO household (id, township_id, village_id, code, updated_at) VALUES (?,?,?,?,?)")));
    QHash<QString, QString> households;
    for (const QStringList &row : f.rows) {
        if (households.contains(row[0]))
            continue;
        const QString id = ChangeWriter::newId();
        households.insert(row[0], id);
        q.addBindValue(id);
        q.addBindValue(raw.townshipId);
        q.addBindValue(raw.villageId);
        q.addBindValue(row[0]);
        q.addBindValue(QStringLiteral("2024-01-01T00:00:00.000Z"));
        QVERIFY(q.exec());
    }
    QSqlQuery p(raw.db);
    QVERIFY(p.prepare(QStringLiteral("INSERT INTO person (id, household_id, id_number, name, sex, birth_date, relation, updated_at) "
                                     "VALUES (?,?,?,?,?,?,?,?)")));
    for (const QStringList &row : f.rows) {
        p.addBindValue(ChangeWriter::newId());
        p.addBindValue(households.value(row[0]));
        p.addBindValue(row[3]);
        p.addBindValue(row[2]);
        p.addBindValue(row[5] == QStringLiteral("男") ? QStringLiteral("M") : QStringLiteral("F"));
        p.addBindValue(QStringLiteral("1950-01-01"));
        p.addBindValue(QStringLiteral("other"));
        p.addBindValue(QStringLiteral("2024-01-01T00:00:00.000Z"));
        QVERIFY(p.exec());
    }
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    const qint64 rawMs = t.elapsed();
    qInfo("100,000 rows: read %lld ms, checked and written %lld ms, total %lld ms (%d households); "
          "raw SQLite rows only %lld ms (%.1fx); audit verify %lld ms",
          readMs, totalMs - readMs, totalMs, s->newHouseholds, rawMs, double(totalMs) / double(rawMs), verifyMs);
}

void TestRosterImport::readsShuffledAndExtraColumns()
{
    TestReplica r;
    r.setUpTownship();
    const RosterFixture f = RosterFixture::make(40, 1);
    QStringList header = RosterFixture::headers();
    header.last() = QStringLiteral("家庭住址");
    // Columns in another order, with two extra empty ones between.
    const QList<int> order = {10, 3, 2, 12, 0, 7, 4, 11, 9, 8, 5, 1, 6};
    QVERIFY(f.writeXlsx(r.dir.filePath(QStringLiteral("shuffled.xlsx")), header, order));
    RosterImport import(r.db, r.clerk);
    QVERIFY(import.open(r.dir.filePath(QStringLiteral("shuffled.xlsx"))).ok());
    // order[c] is the file column of fixture column c.
    QCOMPARE(import.mapping().column(RosterColumnMapping::IdNumber), order[3]);
    QCOMPARE(import.mapping().column(RosterColumnMapping::HouseholdCode), order[0]);
    QCOMPARE(import.mapping().column(RosterColumnMapping::Phone), order[9]);
    QCOMPARE(import.mapping().column(RosterColumnMapping::Village), order[7]);
    QVERIFY(!import.mapping().fieldAt(order[10]));   // 家庭住址: extra
    QVERIFY(!import.mapping().fieldAt(1));           // no header at all
    auto s = import.run();
    QVERIFY2(s.ok(), qPrintable(s.errorText()));
    QCOMPARE(s->imported, 40);
    QCOMPARE(s->bad.size(), f.bad.size());
    for (int i = 0; i < f.bad.size(); ++i)
        QCOMPARE(s->bad[i].reason, f.bad[i].reason);
}

void TestRosterImport::remembersTheClerksMapping()
{
    TestReplica r;
    r.setUpTownship();
    const RosterFixture f = RosterFixture::make(8, 0);
    QStringList header = RosterFixture::headers();
    header[0] = QStringLiteral("家庭户码");    // not a known variant
    header[3] = QStringLiteral("身份证号");    // a known variant
    header[10] = QStringLiteral("姓名拼音");   // extra
    const QString path = r.dir.filePath(QStringLiteral("own.xlsx"));
    QVERIFY(f.writeXlsx(path, header));

    RosterImport import(r.db, r.clerk);
    QVERIFY(import.open(path).ok());
    QCOMPARE(import.mapping().column(RosterColumnMapping::IdNumber), 3);
    QCOMPARE(import.mapping().missingRequired(), QList<RosterColumnMapping::Field>{RosterColumnMapping::HouseholdCode});
    auto refused = import.preview();
    QVERIFY(!refused.ok());
    QVERIFY(refused.errors().hasField(QStringLiteral("mapping")));

    RosterColumnMapping m = import.mapping();
    m.setColumn(RosterColumnMapping::HouseholdCode, 0);
    import.setMapping(m);
    QVERIFY(import.rememberMapping());
    QVERIFY(LocalSettings::value(r.db, QLatin1String(RosterColumnMapping::kSettingKey)).contains(QStringLiteral("家庭户码")));
    auto s = import.run();
    QVERIFY2(s.ok(), qPrintable(s.errorText()));
    QCOMPARE(s->imported, 8);

    // Next time the same headers map by themselves.
    RosterImport next(r.db, r.clerk);
    QVERIFY(next.open(path).ok());
    QCOMPARE(next.mapping(), m);
    QCOMPARE(next.run()->unchanged, 8);
}

void TestRosterImport::findsTheHeaderBelowATitle()
{
    TestReplica r;
    r.setUpTownship();
    const RosterFixture f = RosterFixture::make(4, 0);
    QByteArray csv = QStringLiteral("示范镇2024年城乡居民医保花名册\r\n,,\r\n").toUtf8() + f.csv("UTF-8");
    const QString path = r.dir.filePath(QStringLiteral("titled.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral("\xEF\xBB\xBF") + csv);
    file.close();
    RosterImport import(r.db, r.clerk);
    QVERIFY(import.open(path).ok());
    QCOMPARE(import.encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(import.headerLine(), 3);
    QCOMPARE(import.rowCount(), 4);
    QCOMPARE(import.rows().first().line, 4);
    QCOMPARE(import.run()->imported, 4);
}

void TestRosterImport::checksRowsAgainstTheReplica_data()
{
    // Each case: rows (household code, head name, name, id, relation, village, category, phone)
    // imported into a replica that holds household C001 in 东村 (head 刘一, son 刘二 poverty).
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QStringList>("reasons");   // per row, "" for good
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("unchanged");

    const QString head = testIdNumber(QStringLiteral("19600101"), 11);
    const QString son = testIdNumber(QStringLiteral("19900101"), 13);
    const QString fresh = testIdNumber(QStringLiteral("19920202"), 21);
    const QString fresh2 = testIdNumber(QStringLiteral("19930303"), 22);
    const QString east = QStringLiteral("东村"), west = QStringLiteral("西村");
    const QString self = QStringLiteral("本人"), zi = QStringLiteral("子");

    QTest::newRow("same as the replica: unchanged")
        << QList<QStringList>{{"C001", "刘一", "刘一", head, self, east, "", ""}, {"C001", "刘一", "刘二", son, zi, east, "脱贫", ""}}
        << QStringList{"", ""} << 0 << 2;
    QTest::newRow("a category changed: updated")
        << QList<QStringList>{{"C001", "刘一", "刘二", son, zi, east, "脱贫、低保", "13900000000"}} << QStringList{""} << 1 << 0;
    QTest::newRow("a new member of a household in the replica")
        << QList<QStringList>{{"C001", "刘一", "刘三", fresh, "女", east, "", ""}} << QStringList{""} << 1 << 0;
    QTest::newRow("registered in another household")
        << QList<QStringList>{{"C002", "刘二", "刘二", son, self, east, "", ""}} << QStringList{"duplicate_in_replica"} << 0 << 0;
    QTest::newRow("name differs from the replica")
        << QList<QStringList>{{"C001", "刘一", "刘贰", son, zi, east, "脱贫", ""}} << QStringList{"differs_from_replica"} << 0 << 0;
    QTest::newRow("a second head for a household with one")
        << QList<QStringList>{{"C001", "刘三", "刘三", fresh, self, east, "", ""}} << QStringList{"duplicate_head"} << 0 << 0;
    QTest::newRow("two heads in the file")
        << QList<QStringList>{{"C009", "", "甲", fresh, self, east, "", ""}, {"C009", "", "乙", fresh2, self, east, "", ""}}
        << QStringList{"", "duplicate_head"} << 1 << 0;
    QTest::newRow("household in another village")
        << QList<QStringList>{{"C001", "刘一", "刘三", fresh, zi, west, "", ""}} << QStringList{"village_mismatch"} << 0 << 0;
    QTest::newRow("rows of one new household in two villages")
        << QList<QStringList>{{"C009", "甲", "甲", fresh, self, east, "", ""}, {"C009", "甲", "乙", fresh2, zi, west, "", ""}}
        << QStringList{"", "village_mismatch"} << 1 << 0;
    QTest::newRow("head named differently on the head's row")
        << QList<QStringList>{{"C009", "丙", "甲", fresh, self, east, "", ""}, {"C009", "甲", "乙", fresh2, zi, east, "", ""}}
        << QStringList{"head_mismatch", "missing_head"} << 0 << 0;
    QTest::newRow("bad household code and phone")
        << QList<QStringList>{{"C 9", "甲", "甲", fresh, self, east, "", ""}, {"C010", "乙", "乙", fresh2, self, east, "", "12345"}}
        << QStringList{"bad_household_code", "bad_phone"} << 0 << 0;
    QTest::newRow("a 15-digit legacy number is converted")
        << QList<QStringList>{{"C011", "", "老号", "360102600202123", self, east, "", ""}} << QStringList{""} << 1 << 0;
}

void TestRosterImport::checksRowsAgainstTheReplica()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(QStringList, reasons);
    QFETCH(int, imported);
    QFETCH(int, unchanged);
    TestReplica r;
    r.setUpTownship();
    {
        ChangeWriter w(r.db, r.clerk);
        HouseholdService hs(w);
        const QString h = hs.createHousehold({r.villageId, QStringLiteral("C001"), QString(), QString()})->value(QStringLiteral("id")).toString();
        QVERIFY(hs.addPerson({h, testIdNumber(QStringLiteral("19600101"), 11), QStringLiteral("刘一"), QStringLiteral("self")}).ok());
        HouseholdService::NewPerson son{h, testIdNumber(QStringLiteral("19900101"), 13), QStringLiteral("刘二"), QStringLiteral("son")};
        son.poverty = true;
        QVERIFY(hs.addPerson(son).ok());
    }
    SpreadsheetReader::Sheet sheet;
    sheet.rows.append({1, {QStringLiteral("户编号"), QStringLiteral("户主姓名"), QStringLiteral("姓名"), QStringLiteral("公民身份号码"),
                           QStringLiteral("与户主关系"), QStringLiteral("村(社区)"), QStringLiteral("人员类别"), QStringLiteral("联系电话")}});
    for (int i = 0; i < rows.size(); ++i)
        sheet.rows.append({i + 2, rows[i]});
    const Counts before = counts(r);
    RosterImport import(r.db, r.clerk);
    import.setSheet(sheet);
    auto s = import.run();
    QVERIFY2(s.ok(), qPrintable(s.errorText()));
    QStringList got(rows.size());
    for (const auto &b : s->bad)
        got[b.line - 2] = b.reason;
    QCOMPARE(got, reasons);
    QCOMPARE(s->imported, imported);
    QCOMPARE(s->unchanged, unchanged);
    if (imported == 0)
        QCOMPARE(counts(r), before);
    for (const auto &b : s->bad)
        if (b.reason == QLatin1String("duplicate_in_replica"))
            QVERIFY2(b.message.contains(QStringLiteral("C001")) && b.message.contains(QStringLiteral("东村")), qPrintable(b.message));
}

void TestRosterImport::refusesWithoutRightsOrColumns()
{
    TestReplica r;
    r.setUpTownship();
    const RosterFixture f = RosterFixture::make(4, 0);
    const QString path = writeFixture(r, f, QStringLiteral("utf8"));
    // The county administrator has no township to import into.
    RosterImport county(r.db, r.countyAdmin);
    QVERIFY(county.open(path).ok());
    auto refused = county.run();
    QVERIFY(!refused.ok());
    // An unreadable file is an error, not a list of bad rows.
    RosterImport broken(r.db, r.clerk);
    QFile junk(r.dir.filePath(QStringLiteral("junk.xlsx")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a zip");
    junk.close();
    QVERIFY(broken.open(junk.fileName()).hasField(QStringLiteral("file")));
    QVERIFY(broken.open(r.dir.filePath(QStringLiteral("missing.csv"))).hasField(QStringLiteral("file")));
    QVERIFY(broken.open(r.dir.filePath(QStringLiteral("roster.xls"))).hasField(QStringLiteral("file")));
}

void TestRosterImport::exportImportsAgainUnchanged_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestRosterImport::exportImportsAgainUnchanged()
{
    QFETCH(QString, suffix);
    TestReplica a;
    a.setUpTownship();
    const RosterFixture f = RosterFixture::make(400, 1);
    QCOMPARE(importFile(a, writeFixture(a, f, QStringLiteral("gbk")), a.clerk)->imported, 400);
    const QString out = a.dir.filePath(QStringLiteral("export.") + suffix);
    auto written = RosterExport::write(a.db, out, {a.townshipId, {}, 0});
    QVERIFY2(written.ok(), qPrintable(written.errorText()));
    QCOMPARE(written.value(), 400);
    if (suffix == QLatin1String("csv")) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
    }

    // Into a fresh replica: the same persons.
    TestReplica b;
    b.setUpTownship();
    auto s = importFile(b, out, b.clerk);
    QVERIFY2(s.ok(), qPrintable(s.errorText()));
    QCOMPARE(s->bad.size(), 0);
    QCOMPARE(s->imported, 400);
    QCOMPARE(persons(b), persons(a));
    // And back into the first: nothing changes.
    const Counts before = counts(a);
    QCOMPARE(importFile(a, out, a.clerk)->unchanged, 400);
    QCOMPARE(counts(a), before);

    // One village only.
    auto east = RosterExport::write(a.db, a.dir.filePath(QStringLiteral("east.") + suffix), {a.townshipId, QStringLiteral("360100101001"), 0});
    QVERIFY(east.ok());
    QCOMPARE(east.value(), 200);
    QVERIFY(!RosterExport::write(a.db, out, {a.townshipId, QStringLiteral("nope"), 0}).ok());
}

void TestRosterImport::exportsThePaidList()
{
    TestReplica r;
    r.setUpTownship();
    {
        ChangeWriter county(r.db, r.countyAdmin);
        QFile policy(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QVERIFY(PolicyService(county).publish(policy.readAll()).ok());
    }
    const RosterFixture f = RosterFixture::make(8, 0);
    QCOMPARE(importFile(r, writeFixture(r, f, QStringLiteral("utf8")), r.clerk)->imported, 8);
    QSqlQuery q(r.db);
    QVERIFY(q.exec(QStringLiteral("SELECT h.id, p.id FROM household h JOIN person p ON p.household_id = h.id WHERE h.code = 'H000001'")));
    QString household;
    QStringList members;
    while (q.next())
        household = q.value(0).toString(), members << q.value(1).toString();
    ChangeWriter w(r.db, r.clerk);
    auto receipt = EnrollmentService(w).enrollAndPay(household, members, 2024, 1, QStringLiteral("cash"));
    QVERIFY2(receipt.ok(), qPrintable(receipt.errorText()));

    const QString out = r.dir.filePath(QStringLiteral("paid.xlsx"));
    auto written = RosterExport::write(r.db, out, {r.townshipId, {}, 2024});
    QVERIFY2(written.ok(), qPrintable(written.errorText()));
    QCOMPARE(written.value(), 4);
    auto sheet = SpreadsheetReader::read(out);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->rows.size(), 5);
    QCOMPARE(sheet->rows[0].cells, RosterExport::paidListHeaders());
    const int serial = int(RosterExport::paidListHeaders().indexOf(QStringLiteral("票据号")));
    for (int i = 1; i < 5; ++i) {
        QCOMPARE(sheet->rows[i].cell(0), QStringLiteral("H000001"));
        QCOMPARE(sheet->rows[i].cell(serial), receipt->value(QStringLiteral("serial")).toString());
        QCOMPARE(sheet->rows[i].cell(10), QStringLiteral("2024"));
    }
    QCOMPARE(RosterExport::write(r.db, out, {r.townshipId, {}, 2023}).value(), 0);
}

void TestRosterImport::listsPeopleInsuredElsewhere()
{
    TestReplica r;
    r.setUpTownship();
    {
        ChangeWriter county(r.db, r.countyAdmin);
        QFile policy(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QVERIFY(PolicyService(county).publish(policy.readAll()).ok());
    }
    const RosterFixture f = RosterFixture::make(8, 0);
    QCOMPARE(importFile(r, writeFixture(r, f, QStringLiteral("utf8")), r.clerk)->imported, 8);
    QSqlQuery q(r.db);
    QVERIFY(q.exec(QStringLiteral("SELECT h.id, p.id FROM household h JOIN person p ON p.household_id = h.id WHERE h.code = 'H000002'")));
    QString household;
    QStringList members;
    while (q.next())
        household = q.value(0).toString(), members << q.value(1).toString();
    ChangeWriter w(r.db, r.clerk);
    QVERIFY(EnrollmentService(w).enrollAndPay(household, members.mid(0, 2), 2024, 1, QStringLiteral("cash")).ok());

    // The employee-insurance list: a title row, its own columns, one of
    // the enrolled, one of the not enrolled, a stranger and a bad number.
    const QString enrolled = f.rows[4][3], notEnrolled = f.rows[7][3];
    const QString stranger = testIdNumber(QStringLiteral("19800101"), 99);
    const QString csv = QStringLiteral("职工医保参保人员名单\r\n序号,姓名,公民身份号码,单位\r\n1,%1,%2,县水泥厂\r\n2,某,%3,县水泥厂\r\n"
                                       "3,某某,%4,县医院\r\n4,错,12345,县医院\r\n")
                            .arg(f.rows[4][2], enrolled, notEnrolled, stranger);
    QStringEncoder gbk("GBK");
    const QString path = r.dir.filePath(QStringLiteral("employees.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(gbk.encode(csv));
    file.close();
    auto report = InsuredElsewhereCheck::check(r.db, path, 2024);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->listed, 4);
    QCOMPARE(report->unreadable, 1);
    QCOMPARE(report->badLines, QList<int>{6});
    QCOMPARE(report->overlaps.size(), 1);
    const auto &o = report->overlaps.first();
    QCOMPARE(o.line, 3);
    QCOMPARE(o.idNumber, enrolled);
    QCOMPARE(o.name, f.rows[4][2]);
    QCOMPARE(o.householdCode, QStringLiteral("H000002"));
    QCOMPARE(o.village, QStringLiteral("西村"));
    QCOMPARE(o.enrollmentStatus, QStringLiteral("paid"));
    QCOMPARE(InsuredElsewhereCheck::check(r.db, path, 2025)->overlaps.size(), 0);
}

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
