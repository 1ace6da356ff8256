// `jingban-cli roster` (the built program): the JSON contract of import,
// its exit codes, export and overlap.
#include "rosterfixture.h"

#include "services/enrollmentservice.h"
#include "services/policyservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(JINGBAN_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestRosterCli : public QObject
{
    Q_OBJECT

private slots:
    void importPrintsTheReport();
    void refusesBadInputWithExitTwo_data();
    void refusesBadInputWithExitTwo();
    void exportsAndListsOverlaps();
};

void TestRosterCli::importPrintsTheReport()
{
    TestReplica r;
    r.setUpTownship();
    const RosterFixture f = RosterFixture::make(200, 1);
    const QString path = r.dir.filePath(QStringLiteral("roster.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(f.csv("GBK"));
    file.close();
    const qint64 persons = r.count(QStringLiteral("person"));

    const QStringList args{QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--db"), r.path,
                           QStringLiteral("--file"), path, QStringLiteral("--user"), QStringLiteral("clerk")};
    const Run first = cli(args);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    // Exactly one line of JSON, keys in the documented order and spacing.
    QVERIFY(first.out.endsWith('\n'));
    QCOMPARE(first.out.count('\n'), 1);
    static const QRegularExpression shape(QStringLiteral(
        "^\\{\"rows\": \\d+, \"imported\": \\d+, \"unchanged\": \\d+, \"bad\": \\[(\\{\"line\": \\d+, \"reason\": \"[a-z_]+\", "
        "\"message\": \"[^\\n]*?\"\\}(, )?)*\\]\\}\\n$"));
    QVERIFY2(shape.match(QString::fromUtf8(first.out)).hasMatch(), first.out.constData());
    const QJsonObject o = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 210);
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 200);
    QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 0);
    const QJsonArray bad = o.value(QStringLiteral("bad")).toArray();
    QCOMPARE(bad.size(), f.bad.size());
    for (int i = 0; i < bad.size(); ++i) {
        QCOMPARE(bad[i].toObject().value(QStringLiteral("line")).toInt(), f.bad[i].line);
        QCOMPARE(bad[i].toObject().value(QStringLiteral("reason")).toString(), f.bad[i].reason);
        QVERIFY(!bad[i].toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    r.db.close();
    r.db.open();
    QCOMPARE(r.count(QStringLiteral("person")), persons + 200);

    const Run second = cli(args);
    QCOMPARE(second.exitCode, 0);
    const QJsonObject o2 = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(o2.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(o2.value(QStringLiteral("unchanged")).toInt(), 200);
    QCOMPARE(o2.value(QStringLiteral("bad")).toArray(), bad);

    const Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), r.path});
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
}

void TestRosterCli::refusesBadInputWithExitTwo_data()
{
    QTest::addColumn<QString>("file");     // relative to the replica's directory
    QTest::addColumn<QByteArray>("bytes"); // written to file
    QTest::addColumn<QString>("user");
    QTest::newRow("not a workbook") << "r.xlsx" << QByteArray("garbage") << "clerk";
    QTest::newRow("missing file") << "none.csv" << QByteArray() << "clerk";
    QTest::newRow("not a spreadsheet") << "r.pdf" << QByteArray("%PDF") << "clerk";
    QTest::newRow("no id number column") << "r.csv" << QByteArray("户编号,姓名,与户主关系,村(社区)\n1,张三,本人,东村\n") << "clerk";
    QTest::newRow("unknown user") << "ok.csv" << QByteArray() << "nobody";
}

void TestRosterCli::refusesBadInputWithExitTwo()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, user);
    TestReplica r;
    r.setUpTownship();
    const QString path = r.dir.filePath(file);
    if (!bytes.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    } else if (file == QLatin1String("ok.csv")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(RosterFixture::make(4, 0).csv("UTF-8"));
    }
    const qint64 audit = r.count(QStringLiteral("audit_log"));
    const Run run = cli({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--db"), r.path,
                         QStringLiteral("--file"), path, QStringLiteral("--user"), user});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(r.count(QStringLiteral("audit_log")), audit);
}

void TestRosterCli::exportsAndListsOverlaps()
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
    const QString roster = r.dir.filePath(QStringLiteral("roster.xlsx"));
    QVERIFY(f.writeXlsx(roster));
    QCOMPARE(cli({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--db"), r.path, QStringLiteral("--file"),
                  roster, QStringLiteral("--user"), QStringLiteral("clerk")}).exitCode, 0);
    r.db.close();
    r.db.open();
    QSqlQuery q(r.db);
    QVERIFY(q.exec(QStringLiteral("SELECT h.id, p.id FROM household h JOIN person p ON p.household_id = h.id WHERE h.code = 'H000001'")));
    QString household;
    QStringList members;
    while (q.next())
        household = q.value(0).toString(), members << q.value(1).toString();
    {
        ChangeWriter w(r.db, r.clerk);
        QVERIFY(EnrollmentService(w).enrollAndPay(household, members, 2024, 1, QStringLiteral("cash")).ok());
    }

    const QString out = r.dir.filePath(QStringLiteral("all.csv"));
    Run e = cli({QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--db"), r.path, QStringLiteral("--out"), out});
    QVERIFY2(e.exitCode == 0, e.err.constData());
    QFile csv(out);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF户编号,户主姓名,姓名,公民身份号码"));
    e = cli({QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--db"), r.path, QStringLiteral("--out"),
             r.dir.filePath(QStringLiteral("paid.xlsx")), QStringLiteral("--paid-year"), QStringLiteral("2024"),
             QStringLiteral("--village"), QStringLiteral("360100101001")});
    QVERIFY2(e.exitCode == 0, e.err.constData());
    QVERIFY(e.out.contains("4 paid persons"));
    e = cli({QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--db"), r.path, QStringLiteral("--out"), out,
             QStringLiteral("--village"), QStringLiteral("nope")});
    QCOMPARE(e.exitCode, 2);

    // The employee-insurance list holds one enrolled person.
    const QString list = r.dir.filePath(QStringLiteral("employees.csv"));
    QFile l(list);
    QVERIFY(l.open(QIODevice::WriteOnly));
    l.write(QStringLiteral("姓名,公民身份号码\n%1,%2\n某,%3\n").arg(f.rows[1][2], f.rows[1][3], f.rows[5][3]).toUtf8());
    l.close();
    const Run o = cli({QStringLiteral("roster"), QStringLiteral("overlap"), QStringLiteral("--db"), r.path, QStringLiteral("--file"),
                       list, QStringLiteral("--year"), QStringLiteral("2024")});
    QVERIFY2(o.exitCode == 0, o.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(report.value(QStringLiteral("listed")).toInt(), 2);
    const QJsonArray overlaps = report.value(QStringLiteral("overlaps")).toArray();
    QCOMPARE(overlaps.size(), 1);
    QCOMPARE(overlaps[0].toObject().value(QStringLiteral("id_number")).toString(), f.rows[1][3]);
    QCOMPARE(overlaps[0].toObject().value(QStringLiteral("household")).toString(), QStringLiteral("H000001"));
    QCOMPARE(overlaps[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
}

QTEST_GUILESS_MAIN(TestRosterCli)
#include "tst_rostercli.moc"
