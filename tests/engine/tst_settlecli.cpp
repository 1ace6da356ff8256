// `jingban-cli settle` (the built program) against the worked examples and the
// contract of docs/policy-format.md §settle: same results as the engine test,
// keys in order, exit 2 and empty stdout on bad input.
#include "engine/policyparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run settle(const QString &inputPath)
{
    QProcess p;
    p.start(QStringLiteral(JINGBAN_CLI_PATH), {QStringLiteral("settle"), QStringLiteral("--input"), inputPath});
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonArray cases()
{
    QFile f(QStringLiteral(JINGBAN_TEST_DATA_DIR "/demo-county-examples.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
}

QJsonObject inputOf(const QJsonObject &kase)
{
    return QJsonObject{{"policy", kase.value(QStringLiteral("policy"))},
                       {"person", kase.value(QStringLiteral("person"))},
                       {"claims", kase.value(QStringLiteral("claims"))}};
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray policyBytes()
{
    QFile f(QStringLiteral(JINGBAN_SOURCE_DIR "/resources/policies/demo-county-2024.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Flags in sorted order, so that their order (which carries no meaning) does not matter.
QJsonArray normalized(QJsonArray results)
{
    for (qsizetype i = 0; i < results.size(); ++i) {
        QJsonObject o = results[i].toObject();
        QStringList flags;
        for (const QJsonValue &f : o.value(QStringLiteral("flags")).toArray())
            flags << f.toString();
        flags.sort();
        o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
        results[i] = o;
    }
    return results;
}

} // namespace

class TestSettleCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(JINGBAN_CLI_PATH))); }

    void settlesWorkedExamples_data()
    {
        QTest::addColumn<QJsonObject>("kase");
        const QJsonArray all = cases();
        QVERIFY(!all.isEmpty());
        for (qsizetype i = 0; i < all.size(); ++i)
            QTest::addRow("case%d", int(i + 1)) << all[i].toObject();
    }
    void settlesWorkedExamples()
    {
        QFETCH(QJsonObject, kase);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString input = dir.filePath(QStringLiteral("input.json"));
        QVERIFY(write(input, QJsonDocument(inputOf(kase)).toJson()));
        const Run r = settle(input);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        QJsonParseError error;
        const QJsonObject out = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(out.value(QStringLiteral("policy")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("demo-county-2024"));
        QCOMPARE(out.value(QStringLiteral("policy")).toObject().value(QStringLiteral("sha256")).toString(),
                 PolicyParser::sha256Hex(policyBytes()));
        QCOMPARE(normalized(out.value(QStringLiteral("results")).toArray()),
                 normalized(kase.value(QStringLiteral("expected")).toArray()));
    }

    void writesKeysInTheDocumentedOrder()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("input.json"));
        QVERIFY(write(input, QJsonDocument(inputOf(cases()[0].toObject())).toJson()));
        const Run r = settle(input);
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.indexOf(QLatin1String("\"policy\"")) < text.indexOf(QLatin1String("\"results\"")));
        QVERIFY(text.indexOf(QLatin1String("\"id\"")) < text.indexOf(QLatin1String("\"sha256\"")));
        static const QRegularExpression result(QStringLiteral(
            "\\{\"id\": \"c1\", \"in_scope_fen\": \\d+, \"deductible_fen\": \\d+, \"basic_fen\": \\d+, \"critical_fen\": \\d+, "
            "\"assistance_fen\": \\d+, \"relief_fen\": \\d+, \"out_of_pocket_fen\": \\d+, \"refused\": null, \"flags\": \\[\\]\\}"));
        QVERIFY2(result.match(text).hasMatch(), qPrintable(text));
    }

    void readsPolicyFromAFileBesideTheInput()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("policies")));
        QByteArray bytes = policyBytes();
        bytes.replace("\"demo-county-2024\"", "\"my-county-2024\""); // different bytes, different hash
        QVERIFY(write(dir.filePath(QStringLiteral("policies/mine.json")), bytes));
        QJsonObject in = inputOf(cases()[1].toObject());
        in.insert(QStringLiteral("policy"), QStringLiteral("policies/mine.json"));
        QVERIFY(write(dir.filePath(QStringLiteral("input.json")), QJsonDocument(in).toJson()));
        const Run r = settle(dir.filePath(QStringLiteral("input.json")));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QStringLiteral("policy")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("my-county-2024"));
        QCOMPARE(out.value(QStringLiteral("policy")).toObject().value(QStringLiteral("sha256")).toString(), PolicyParser::sha256Hex(bytes));
        QCOMPARE(normalized(out.value(QStringLiteral("results")).toArray()),
                 normalized(cases()[1].toObject().value(QStringLiteral("expected")).toArray()));
    }

    // A year under the yearly out-of-pocket ceiling of tests/data/policy-oop-ceiling.json (worked by hand
    // in tst_settlementengine: appliesYearlyOutOfPocketCeiling, "ceiling reached mid-year, with the share cap").
    void settlesUnderAnOutOfPocketCeiling()
    {
        QTemporaryDir dir;
        QFile policy(QStringLiteral(JINGBAN_TEST_DATA_DIR "/policy-oop-ceiling.json"));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        const QByteArray bytes = policy.readAll();
        QVERIFY(write(dir.filePath(QStringLiteral("policy-oop-ceiling.json")), bytes));
        const auto county = [](const char *id, bool liable) {
            return QJsonObject{{"id", id}, {"kind", "inpatient"}, {"level", "county"}, {"location", "in_county"},
                               {"referral", "referred"}, {"admission", "2024-03-01"}, {"discharge", "2024-03-05"},
                               {"disease", QJsonValue::Null}, {"total_fen", 2001500}, {"self_paid_fen", 1000},
                               {"category_b_copay_fen", 500},
                               {"accident", liable ? QJsonValue(QJsonObject{{"third_party_liable", true}}) : QJsonValue(QJsonValue::Null)}};
        };
        const QJsonObject in{{"policy", "policy-oop-ceiling.json"},
                             {"person", QJsonObject{{"categories", QJsonArray{"poverty"}}, {"tier", 1}, {"certified", QJsonArray()},
                                                    {"enrolled", true}, {"death_date", QJsonValue::Null}}},
                             {"claims", QJsonArray{county("c1", false), county("c2", false), county("c3", true),
                                                   county("c4", false), county("c5", false)}}};
        QVERIFY(write(dir.filePath(QStringLiteral("input.json")), QJsonDocument(in).toJson()));
        const Run r = settle(dir.filePath(QStringLiteral("input.json")));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QStringLiteral("policy")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("qingshan-test-2024"));
        QCOMPARE(out.value(QStringLiteral("policy")).toObject().value(QStringLiteral("sha256")).toString(), PolicyParser::sha256Hex(bytes));
        const QJsonArray results = out.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 5);
        const qint64 relief[] = {435000, 535000, 0, 635000, 311000};
        const qint64 critical[] = {0, 0, 0, 0, 324000};
        const qint64 outOfPocket[] = {201500, 101500, 2001500, 1500, 1500};
        for (int i = 0; i < 5; ++i) {
            const QJsonObject res = results[i].toObject();
            QCOMPARE(res.value(QStringLiteral("relief_fen")).toInteger(), relief[i]);
            QCOMPARE(res.value(QStringLiteral("critical_fen")).toInteger(), critical[i]);
            QCOMPARE(res.value(QStringLiteral("out_of_pocket_fen")).toInteger(), outOfPocket[i]);
        }
        QCOMPARE(results[2].toObject().value(QStringLiteral("refused")).toString(), QStringLiteral("third_party_liable"));
    }

    void readsAnInlinePolicy()
    {
        QTemporaryDir dir;
        const QJsonObject policy = QJsonDocument::fromJson(policyBytes()).object();
        QJsonObject in = inputOf(cases()[2].toObject());
        in.insert(QStringLiteral("policy"), policy);
        QVERIFY(write(dir.filePath(QStringLiteral("input.json")), QJsonDocument(in).toJson()));
        const Run r = settle(dir.filePath(QStringLiteral("input.json")));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        // Inline: the hash of the policy object's compact serialization.
        QCOMPARE(out.value(QStringLiteral("policy")).toObject().value(QStringLiteral("sha256")).toString(),
                 PolicyParser::sha256Hex(QJsonDocument(policy).toJson(QJsonDocument::Compact)));
        QCOMPARE(normalized(out.value(QStringLiteral("results")).toArray()),
                 normalized(cases()[2].toObject().value(QStringLiteral("expected")).toArray()));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("key");   // claims[1].<key>, person.<key> or a top-level key
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field"); // named on stderr
        QTest::newRow("negative total") << "claims.total_fen" << QJsonValue(-1) << "claims[1].total_fen";
        QTest::newRow("self-paid above total") << "claims.self_paid_fen" << QJsonValue(99999999) << "claims[1].self_paid_fen";
        QTest::newRow("unknown kind") << "claims.kind" << QJsonValue(QStringLiteral("dental")) << "claims[1].kind";
        QTest::newRow("unknown level") << "claims.level" << QJsonValue(QStringLiteral("clinic")) << "claims[1].level";
        QTest::newRow("unknown location") << "claims.location" << QJsonValue(QStringLiteral("moon")) << "claims[1].location";
        QTest::newRow("discharge before admission") << "claims.discharge" << QJsonValue(QStringLiteral("2023-12-31"))
                                                    << "claims[1].discharge";
        QTest::newRow("not a date") << "claims.admission" << QJsonValue(QStringLiteral("2024-13-01")) << "claims[1].admission";
        QTest::newRow("unknown disease") << "claims.disease" << QJsonValue(QStringLiteral("M999")) << "claims[1].disease";
        QTest::newRow("tier not in policy") << "person.tier" << QJsonValue(7) << "person.tier";
        QTest::newRow("unknown category") << "person.categories" << QJsonValue(QJsonArray{QStringLiteral("rich")})
                                          << "person.categories[0]";
        QTest::newRow("no such policy") << "policy" << QJsonValue(QStringLiteral("nowhere.json")) << "policy";
        QTest::newRow("broken inline policy") << "policy" << QJsonValue(QJsonObject{{"id", "x"}}) << "policy.format";
        QTest::newRow("claims not a list") << "claims" << QJsonValue(QStringLiteral("c1")) << "claims";
    }
    void refusesBadInput()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject in = inputOf(cases()[0].toObject());
        if (key.startsWith(QLatin1String("claims."))) {
            QJsonArray claims = in.value(QStringLiteral("claims")).toArray();
            QJsonObject c = claims[1].toObject();
            if (key == QLatin1String("claims.disease"))
                c.insert(QStringLiteral("kind"), QStringLiteral("special_outpatient"));
            c.insert(key.mid(7), value);
            claims[1] = c;
            in.insert(QStringLiteral("claims"), claims);
        } else if (key.startsWith(QLatin1String("person."))) {
            QJsonObject p = in.value(QStringLiteral("person")).toObject();
            p.insert(key.mid(7), value);
            in.insert(QStringLiteral("person"), p);
        } else {
            in.insert(key, value);
        }
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("input.json")), QJsonDocument(in).toJson()));
        const Run r = settle(dir.filePath(QStringLiteral("input.json")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.contains(field.toUtf8()), r.err.constData());
    }

    void refusesUnreadableInput()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("bad.json")), "{\"policy\": "));
        Run r = settle(dir.filePath(QStringLiteral("bad.json")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        r = settle(dir.filePath(QStringLiteral("missing.json")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettleCli)
#include "tst_settlecli.moc"
