// Every worked example of tests/data/demo-county-examples.json, to the fen.
#include "engine/policyparser.h"
#include "engine/settlementengine.h"
#include "engine/settlementjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestSettlementExamples : public QObject
{
    Q_OBJECT
private:
    static QJsonArray cases()
    {
        QFile f(QStringLiteral(JINGBAN_TEST_DATA_DIR "/demo-county-examples.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
    }

private slots:
    void examplesFileHasCases()
    {
        const QJsonArray all = cases();
        QVERIFY(all.size() >= 4);
        int claims = 0;
        for (const QJsonValue &c : all)
            claims += int(c.toObject().value(QStringLiteral("claims")).toArray().size());
        QVERIFY(claims >= 24);
    }

    // One row per claim: the case's claims before it settle first, so its
    // year-to-date totals are the ones the example assumes.
    void settlesWorkedExample_data()
    {
        QTest::addColumn<QString>("policyId");
        QTest::addColumn<QJsonObject>("person");
        QTest::addColumn<QJsonArray>("claims");
        QTest::addColumn<int>("index");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonArray all = cases();
        for (qsizetype c = 0; c < all.size(); ++c) {
            const QJsonObject kase = all[c].toObject();
            const QJsonArray claims = kase.value(QStringLiteral("claims")).toArray();
            const QJsonArray expected = kase.value(QStringLiteral("expected")).toArray();
            for (qsizetype i = 0; i < claims.size(); ++i)
                QTest::addRow("case%d-%s", int(c + 1), qPrintable(claims[i].toObject().value(QStringLiteral("id")).toString()))
                    << kase.value(QStringLiteral("policy")).toString() << kase.value(QStringLiteral("person")).toObject()
                    << claims << int(i) << expected[i].toObject();
        }
    }
    void settlesWorkedExample()
    {
        QFETCH(QString, policyId);
        QFETCH(QJsonObject, person);
        QFETCH(QJsonArray, claims);
        QFETCH(int, index);
        QFETCH(QJsonObject, expected);

        const Result<Policy> policy = PolicyParser::loadEmbedded(policyId);
        QVERIFY2(policy.ok(), qPrintable(policy.errorText()));
        const Result<PersonFacts> facts = SettlementJson::readPerson(person);
        QVERIFY2(facts.ok(), qPrintable(facts.errorText()));

        YearToDate ytd;
        SettlementResult r;
        for (int i = 0; i <= index; ++i) {
            const Result<ClaimInput> claim = SettlementJson::readClaim(claims[i], QStringLiteral("claims[%1]").arg(i));
            QVERIFY2(claim.ok(), qPrintable(claim.errorText()));
            const Result<SettlementResult> settled = SettlementEngine::settle(*policy, *facts, *claim, ytd);
            QVERIFY2(settled.ok(), qPrintable(settled.errorText()));
            r = *settled;
            ytd = r.yearToDate;
        }
        QCOMPARE(claims[index].toObject().value(QStringLiteral("id")).toString(), expected.value(QStringLiteral("id")).toString());
        QCOMPARE(r.inScopeFen, expected.value(QStringLiteral("in_scope_fen")).toInteger());
        QCOMPARE(r.deductibleFen, expected.value(QStringLiteral("deductible_fen")).toInteger());
        QCOMPARE(r.basicFen, expected.value(QStringLiteral("basic_fen")).toInteger());
        QCOMPARE(r.criticalFen, expected.value(QStringLiteral("critical_fen")).toInteger());
        QCOMPARE(r.assistanceFen, expected.value(QStringLiteral("assistance_fen")).toInteger());
        QCOMPARE(r.reliefFen, expected.value(QStringLiteral("relief_fen")).toInteger());
        QCOMPARE(r.outOfPocketFen, expected.value(QStringLiteral("out_of_pocket_fen")).toInteger());
        const QJsonValue refused = expected.value(QStringLiteral("refused"));
        QCOMPARE(SettlementResult::refusalCode(r.refused), refused.isNull() ? QString() : refused.toString());
        QStringList flags;
        for (const QJsonValue &f : expected.value(QStringLiteral("flags")).toArray())
            flags << f.toString();
        flags.sort();
        QStringList got = r.flagCodes();
        got.sort();
        QCOMPARE(got, flags);
        // The layers add up: nothing is paid twice or lost.
        QCOMPARE(r.outOfPocketFen + r.basicFen + r.criticalFen + r.assistanceFen + r.reliefFen,
                 claims[index].toObject().value(QStringLiteral("total_fen")).toInteger());
    }
};

QTEST_GUILESS_MAIN(TestSettlementExamples)
#include "tst_settlementexamples.moc"
