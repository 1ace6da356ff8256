// The county recomputes every pushed settlement with its stored policy and
// the claim and person it holds, and rejects one whose amounts differ.

#include "syncfixture.h"

#include "services/claimreversalservice.h"
#include "services/claimservice.h"
#include "services/enrollmentservice.h"

#include <QFile>
#include <QJsonArray>

class TestSyncSettlement : public QObject
{
    Q_OBJECT

private slots:
    void settlementIsRecomputedAndADifferentOneRejected()
    {
        CountyFixture county;
        county.provision();
        QFile policy(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QVERIFY(county.store->provisionPolicy(policy.readAll()).ok());
        Workstation w;
        SyncClient client(w.db);
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);

        // A paid enrollment, an inpatient claim, its settlement: all made by the workstation's services.
        const QString household = addHousehold(w, w.user(QStringLiteral("clerk1")), county.village1, QStringLiteral("J1"),
                                                testIdNumber(QStringLiteral("19600101"), 41));
        QVERIFY(!household.isEmpty());
        QSqlQuery q(w.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM person")) && q.next());
        const QString person = q.value(0).toString();
        q.finish();
        ChangeWriter clerk(w.db, w.user(QStringLiteral("clerk1")));
        ChangeWriter reviewer(w.db, w.user(QStringLiteral("reviewer1")));
        const auto paid = EnrollmentService(clerk).enrollAndPay(household, {person}, 2024, 1, QStringLiteral("cash"));
        QVERIFY2(paid.ok(), qPrintable(paid.errorText()));
        ClaimService::NewClaim c;
        c.personId = person;
        c.kind = QStringLiteral("inpatient");
        c.level = QStringLiteral("county");
        c.location = QStringLiteral("in_county");
        c.admission = QDate(2024, 5, 2);
        c.discharge = QDate(2024, 5, 9);
        c.totalFen = 1'250'000;
        c.selfPaidFen = 50'000;
        c.categoryBCopayFen = 20'000;
        const auto claim = ClaimService(clerk).enter(c);
        QVERIFY2(claim.ok(), qPrintable(claim.errorText()));
        const auto settled = ClaimService(reviewer).approve(claim->value(QStringLiteral("id")).toString());
        QVERIFY2(settled.ok(), qPrintable(settled.errorText()));

        QJsonObject batch = client.buildPush();
        QJsonArray ops = batch.value(QStringLiteral("ops")).toArray();
        qsizetype at = -1;
        for (qsizetype i = 0; i < ops.size(); ++i)
            if (ops[i].toObject().value(QStringLiteral("entity")).toString() == QLatin1String("settlement"))
                at = i;
        QVERIFY(at >= 0);
        const QJsonObject honest = ops[at].toObject();
        const QJsonObject row = honest.value(QStringLiteral("row")).toObject();
        QVERIFY(row.value(QStringLiteral("basic_fen")).toInteger() > 0);

        // Everything before the settlement, then two altered copies of it:
        // 100 fen moved from the person's share to the fund, and another policy hash.
        auto altered = [&](const QString &column, const QJsonValue &value, const QString &opId) {
            QJsonObject r = row;
            r.insert(column, value);
            if (column == QLatin1String("basic_fen"))
                r.insert(QStringLiteral("out_of_pocket_fen"), row.value(QStringLiteral("out_of_pocket_fen")).toInteger() - 100);
            QJsonObject op = honest;
            op.insert(QStringLiteral("op_id"), opId);
            op.insert(QStringLiteral("row"), r);
            return op;
        };
        QJsonArray first;
        for (qsizetype i = 0; i < at; ++i)
            first.append(ops[i]);
        first.append(altered(QStringLiteral("basic_fen"), row.value(QStringLiteral("basic_fen")).toInteger() + 100,
                             QUuid::createUuid().toString(QUuid::WithoutBraces)));
        first.append(altered(QStringLiteral("policy_sha256"), QString(64, QLatin1Char('0')), QUuid::createUuid().toString(QUuid::WithoutBraces)));
        batch.insert(QStringLiteral("ops"), first);
        auto answer = county.call(county.bearer1, QStringLiteral("POST"), QStringLiteral("/api/v1/push"), batch);
        QCOMPARE(answer.status, 200);
        const QJsonArray results = answer.body.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), first.size());
        for (qsizetype i = 0; i < at; ++i)
            QCOMPARE(results[i].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const QJsonObject moved = results[at].toObject();
        QCOMPARE(moved.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(moved.value(QStringLiteral("code")).toString(), QStringLiteral("settlement"));
        QVERIFY2(moved.value(QStringLiteral("reason")).toString().contains(QLatin1String("basic_fen")),
                 qPrintable(moved.value(QStringLiteral("reason")).toString()));
        const QJsonObject otherPolicy = results[at + 1].toObject();
        QCOMPARE(otherPolicy.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(otherPolicy.value(QStringLiteral("code")).toString(), QStringLiteral("settlement"));
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM settlement")), 0);

        // The settlement as the workstation computed it is the county's too.
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM settlement")), 1);
        QSqlQuery s(county.store->database());
        QVERIFY(s.exec(QStringLiteral("SELECT basic_fen, out_of_pocket_fen FROM settlement")) && s.next());
        QCOMPARE(s.value(0).toLongLong(), row.value(QStringLiteral("basic_fen")).toInteger());
        QCOMPARE(s.value(1).toLongLong(), row.value(QStringLiteral("out_of_pocket_fen")).toInteger());
        s.finish();

        // A reversal: asked for by the clerk, approved by the reviewer
        // (settled_by), every amount negated. The county checks the approver
        // and the mirror; a forged approver or amount is refused.
        const auto reversed = ClaimReversalService(clerk).reverse(claim->value(QStringLiteral("id")).toString(),
                                                                  QStringLiteral("录入错误"), w.user(QStringLiteral("reviewer1")));
        QVERIFY2(reversed.ok(), qPrintable(reversed.errorText()));
        batch = client.buildPush();
        ops = batch.value(QStringLiteral("ops")).toArray();
        at = -1;
        for (qsizetype i = 0; i < ops.size(); ++i)
            if (ops[i].toObject().value(QStringLiteral("entity")).toString() == QLatin1String("settlement"))
                at = i;
        QVERIFY(at >= 0);
        const QJsonObject reversal = ops[at].toObject();
        const QJsonObject reversalRow = reversal.value(QStringLiteral("row")).toObject();
        QCOMPARE(reversalRow.value(QStringLiteral("basic_fen")).toInteger(), -row.value(QStringLiteral("basic_fen")).toInteger());
        auto forged = [&](const QString &column, const QJsonValue &value) {
            QJsonObject r = reversalRow;
            r.insert(column, value);
            QJsonObject op = reversal;
            op.insert(QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            op.insert(QStringLiteral("row"), r);
            return op;
        };
        QJsonArray forgeries;
        for (qsizetype i = 0; i < at; ++i)
            forgeries.append(ops[i]);
        forgeries.append(forged(QStringLiteral("basic_fen"), reversalRow.value(QStringLiteral("basic_fen")).toInteger() - 100));
        forgeries.append(forged(QStringLiteral("settled_by"), w.user(QStringLiteral("clerk1")).id));
        batch.insert(QStringLiteral("ops"), forgeries);
        answer = county.call(county.bearer1, QStringLiteral("POST"), QStringLiteral("/api/v1/push"), batch);
        QCOMPARE(answer.status, 200);
        const QJsonArray forgedResults = answer.body.value(QStringLiteral("results")).toArray();
        QCOMPARE(forgedResults.size(), forgeries.size());
        const QJsonObject badAmount = forgedResults[at].toObject(), selfApproved = forgedResults[at + 1].toObject();
        QCOMPARE(badAmount.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY2(badAmount.value(QStringLiteral("reason")).toString().contains(QLatin1String("basic_fen")),
                 qPrintable(badAmount.value(QStringLiteral("reason")).toString()));
        QCOMPARE(selfApproved.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(selfApproved.value(QStringLiteral("code")).toString(), QStringLiteral("rights"));
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM settlement")), 1);

        // The honest reversal reaches the county; both sides agree.
        const auto synced = SyncRunner::run(client, county.transport(county.bearer1));
        QVERIFY(synced.agree);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM settlement")), 2);
        QCOMPARE(county.count(QStringLiteral("SELECT COALESCE(SUM(basic_fen), 0) FROM settlement")), 0);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM claim WHERE status = 'reversed'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncSettlement)
#include "tst_syncsettlement.moc"
