// Health poverty relief through sync, without HTTP (SyncClient against
// SyncServerStore through SyncApi): adjustments, relief payment batches and
// lines, bank accounts reach the county and a second workstation; the
// county recomputes an adjustment, keeps maker–checker and township scope.

#include "reliefsync.h"

#include "services/auditchain.h"
#include "storage/migrator.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlError>
#include <sqlite3.h>

namespace {

QString newOpId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The pending ops of an entity (and op kind, when given), in outbox order.
QList<QJsonObject> opsOf(const QJsonObject &push, const QString &entity, const QString &kind = {})
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : push.value(QStringLiteral("ops")).toArray()) {
        const QJsonObject op = v.toObject();
        if (op.value(QStringLiteral("entity")).toString() == entity
            && (kind.isEmpty() || op.value(QStringLiteral("op")).toString() == kind))
            out << op;
    }
    return out;
}

QJsonObject withRow(QJsonObject op, const QJsonObject &row, const QString &userId = {})
{
    op.insert(QStringLiteral("op_id"), newOpId());
    op.insert(QStringLiteral("row"), row);
    if (!userId.isEmpty())
        op.insert(QStringLiteral("user_id"), userId);
    return op;
}

} // namespace

class TestSyncRelief : public QObject
{
    Q_OBJECT

    // One op pushed alone by the bearer; its answer.
    static QJsonObject pushOne(CountyFixture &county, const QString &bearer, const QString &workstationId, const QJsonObject &op)
    {
        QJsonObject body{{QStringLiteral("workstation_id"), workstationId},
                         {QStringLiteral("schema"), SyncApi::schema()},
                         {QStringLiteral("ops"), QJsonArray{op}}};
        const auto answer = county.call(bearer, QStringLiteral("POST"), QStringLiteral("/api/v1/push"), body);
        if (answer.status != 200)
            qWarning("push: %d %s", answer.status, qPrintable(answer.message()));
        return answer.body.value(QStringLiteral("results")).toArray().at(0).toObject();
    }
    static QString countyUser(CountyFixture &county, const QString &login)
    {
        QSqlQuery q(county.store->database());
        q.prepare(QStringLiteral("SELECT id FROM app_user WHERE login = ?"));
        q.addBindValue(login);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void everySyncedTableKeepsItsDigest()
    {
        // The cached agreement digest (replica migrations 0007 and 0009): a
        // row and three triggers for every entity sync carries.
        Workstation w;
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM sync_digest")), qint64(SyncProtocol::entities().size()));
        for (const QString &entity : SyncProtocol::entities()) {
            QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM sync_digest WHERE entity = '%1'").arg(entity)), 1);
            QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '%1' "
                                            "AND name LIKE 'sync_digest_%'")
                                 .arg(entity)),
                     3);
        }
        // Every entity ChangeWriter queues is one the county knows.
        for (const QString &entity : SyncProtocol::entities())
            QVERIFY(ChangeWriter::isSyncedEntity(entity));
        for (const QString &entity : {QStringLiteral("settlement_adjustment"), QStringLiteral("relief_batch"),
                                      QStringLiteral("relief_batch_line"), QStringLiteral("bank_account")})
            QVERIFY(SyncProtocol::entities().contains(entity));
        // Parents before children.
        const QStringList &e = SyncProtocol::entities();
        QVERIFY(e.indexOf(QStringLiteral("settlement")) < e.indexOf(QStringLiteral("settlement_adjustment")));
        QVERIFY(e.indexOf(QStringLiteral("settlement_adjustment")) < e.indexOf(QStringLiteral("relief_batch_line")));
        QVERIFY(e.indexOf(QStringLiteral("relief_batch")) < e.indexOf(QStringLiteral("relief_batch_line")));
        QVERIFY(e.indexOf(QStringLiteral("person")) < e.indexOf(QStringLiteral("bank_account")));
    }

    void reliefReachesTheCountyAndASecondWorkstation()
    {
        CountyFixture county;
        county.provision();
        QFile policy(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QVERIFY(county.store->provisionPolicy(policy.readAll()).ok());
        Workstation a;
        SyncClient client(a.db);
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);
        const QString person = reliefsync::settledPovertyClaim(a, county.village1, QStringLiteral("R1"), 21);
        QVERIFY(!person.isEmpty());
        auto report = SyncRunner::run(client, county.transport(county.bearer1));
        QVERIFY2(report.agree, qPrintable(report.problems.join(QLatin1Char('\n'))));

        // The county corrects the policy; the workstation pulls it and proposes.
        const auto corrected = county.store->provisionPolicy(reliefsync::correctedPolicy());
        QVERIFY2(corrected.ok(), qPrintable(corrected.errorText()));
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);
        const QStringList adjustments = reliefsync::propose(a);
        QCOMPARE(adjustments.size(), 1);
        const QString workstationId = client.buildPush().value(QStringLiteral("workstation_id")).toString();
        const QJsonObject proposal = opsOf(client.buildPush(), QStringLiteral("settlement_adjustment")).value(0);
        const QJsonObject proposed = proposal.value(QStringLiteral("row")).toObject();
        QVERIFY(proposed.value(QStringLiteral("relief_delta_fen")).toInteger() > 0);

        // A tampered amount (100 fen moved from the person's share to relief) is refused, with the reason in words.
        {
            QJsonObject row = proposed;
            row.insert(QStringLiteral("relief_delta_fen"), proposed.value(QStringLiteral("relief_delta_fen")).toInteger() + 100);
            row.insert(QStringLiteral("out_of_pocket_delta_fen"), proposed.value(QStringLiteral("out_of_pocket_delta_fen")).toInteger() - 100);
            const QJsonObject answer = pushOne(county, county.bearer1, workstationId, withRow(proposal, row));
            QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("settlement"));
            const QString reason = answer.value(QStringLiteral("reason")).toString();
            QVERIFY2(reason.contains(QLatin1String("poverty relief")) && reason.contains(QLatin1String("county computes")),
                     qPrintable(reason));
            QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM settlement_adjustment")), 0);
        }
        // A new adjustment may not arrive approved (the decision is another user's, later).
        {
            QJsonObject row = proposed;
            row.insert(QStringLiteral("status"), QStringLiteral("approved"));
            row.insert(QStringLiteral("approved_by"), countyUser(county, QStringLiteral("reviewer1")));
            row.insert(QStringLiteral("approved_at"), proposed.value(QStringLiteral("created_at")));
            const QJsonObject answer = pushOne(county, county.bearer1, workstationId, withRow(proposal, row));
            QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("rights"));
        }
        // The honest proposal is the county's too.
        QCOMPARE(pushOne(county, county.bearer1, workstationId, proposal).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));

        QVERIFY(reliefsync::approve(a, adjustments));
        const QJsonObject approval = opsOf(client.buildPush(), QStringLiteral("settlement_adjustment"), QStringLiteral("update")).value(0);
        const QJsonObject approved = approval.value(QStringLiteral("row")).toObject();
        QCOMPARE(approved.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const QString clerk = approved.value(QStringLiteral("created_by")).toString();
        const QString reviewer = approved.value(QStringLiteral("approved_by")).toString();
        QVERIFY(clerk != reviewer);
        // Maker–checker at the county: the maker approving (as approver and as the op's user) is refused ...
        {
            QJsonObject row = approved;
            row.insert(QStringLiteral("approved_by"), clerk);
            const QJsonObject answer = pushOne(county, county.bearer1, workstationId, withRow(approval, row, clerk));
            QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("rights"));
        }
        // ... so is a reviewer making themselves the maker, or naming another user as approver.
        {
            QJsonObject row = approved;
            row.insert(QStringLiteral("created_by"), reviewer);
            QJsonObject answer = pushOne(county, county.bearer1, workstationId, withRow(approval, row));
            QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            row = approved;
            row.insert(QStringLiteral("approved_by"), clerk);
            answer = pushOne(county, county.bearer1, workstationId, withRow(approval, row));
            QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            QVERIFY2(answer.value(QStringLiteral("reason")).toString().contains(QLatin1String("approver")),
                     qPrintable(answer.value(QStringLiteral("reason")).toString()));
            QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM settlement_adjustment WHERE status = 'proposed'")), 1);
        }

        // The relief list paid as a batch, and a bank account.
        const QString batch = reliefsync::payRelief(a, person);
        QVERIFY(!batch.isEmpty());
        report = SyncRunner::run(client, county.transport(county.bearer1));
        QVERIFY2(report.agree, qPrintable(report.problems.join(QLatin1Char('\n')) + report.error));
        QCOMPARE(report.rejected, 0);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM settlement_adjustment WHERE status = 'approved'")), 1);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM relief_batch WHERE status = 'paid'")), 1);
        const qint64 lines = a.count(QStringLiteral("SELECT COUNT(*) FROM relief_batch_line WHERE deleted = 0"));
        QVERIFY(lines >= 2);   // the county claim and its adjustment (the province claim, if it pays assistance)
        QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM relief_batch_line WHERE adjustment_id IS NOT NULL")), 1);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM relief_batch_line WHERE deleted = 0")), lines);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM bank_account")), 1);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity IN ('settlement_adjustment', "
                                             "'relief_batch', 'relief_batch_line', 'bank_account') AND township_id = '%1'")
                                  .arg(county.township1)),
                 5 + lines);   // the adjustment twice (proposed, approved), the batch twice (requested, paid), the lines, the account

        // A second workstation of the township pulls them, and agrees.
        Workstation b;
        SyncClient clientB(b.db);
        report = SyncRunner::run(clientB, county.transport(county.bearer1));
        QVERIFY2(report.agree, qPrintable(report.problems.join(QLatin1Char('\n')) + report.error));
        for (const QString &entity : {QStringLiteral("settlement_adjustment"), QStringLiteral("relief_batch"),
                                      QStringLiteral("relief_batch_line"), QStringLiteral("bank_account")})
            QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(entity)), a.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(entity)));
        QCOMPARE(b.row(QStringLiteral("relief_batch"), batch).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(SyncClient(a.db).digest(), SyncClient(b.db).digest());
        QVERIFY(AuditChain::verify(b.db).ok());
        // The second workstation's relief list shows the batch as paid: nothing is left unpaid.
        ReliefList::Query unpaid;
        unpaid.townshipId = county.township1;
        unpaid.schemeYear = 2024;
        unpaid.from = QDate(2024, 1, 1);
        unpaid.to = QDateTime::currentDateTimeUtc().date();
        QVERIFY(ReliefList::load(b.db, unpaid)->isEmpty());

        // Another township cannot write them, nor point its own rows at them.
        const QString clerk2 = countyUser(county, QStringLiteral("clerk2"));
        QVERIFY(!clerk2.isEmpty());
        const QVariantMap adjustment = SyncProtocol::loadRow(county.store->database(), QStringLiteral("settlement_adjustment"), adjustments.first());
        {
            QJsonObject row = SyncProtocol::rowToJson(adjustment);
            row.insert(QStringLiteral("reason"), QStringLiteral("changed elsewhere"));
            row.insert(QStringLiteral("version"), adjustment.value(QStringLiteral("version")).toLongLong() + 1);
            QJsonObject op{{QStringLiteral("entity"), QStringLiteral("settlement_adjustment")},
                           {QStringLiteral("row_id"), adjustments.first()},
                           {QStringLiteral("op"), QStringLiteral("update")},
                           {QStringLiteral("base_version"), adjustment.value(QStringLiteral("version")).toLongLong()},
                           {QStringLiteral("hlc"), QStringLiteral("x")}};
            const QJsonObject answer = pushOne(county, county.bearer2, workstationId, withRow(op, row, clerk2));
            QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("scope"));
        }
        QSqlQuery q(county.store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM township WHERE code = '360100102'")) && q.next());
        const QString township2 = q.value(0).toString();
        q.finish();
        auto insertOp = [&](const QString &entity, QJsonObject row) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            row.insert(QStringLiteral("id"), id);
            row.insert(QStringLiteral("version"), 1);
            row.insert(QStringLiteral("updated_at"), QStringLiteral("2024-11-24T09:00:00.000Z"));
            row.insert(QStringLiteral("updated_by"), clerk2);
            row.insert(QStringLiteral("deleted"), 0);
            return withRow(QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("row_id"), id},
                                       {QStringLiteral("op"), QStringLiteral("insert")}, {QStringLiteral("base_version"), 0},
                                       {QStringLiteral("hlc"), QStringLiteral("x")}},
                           row, clerk2);
        };
        // An adjustment of township 2 on township 1's settlement.
        QJsonObject foreign = SyncProtocol::rowToJson(adjustment);
        foreign.insert(QStringLiteral("township_id"), township2);
        foreign.insert(QStringLiteral("status"), QStringLiteral("proposed"));
        foreign.insert(QStringLiteral("approved_by"), QJsonValue::Null);
        foreign.insert(QStringLiteral("approved_at"), QJsonValue::Null);
        foreign.insert(QStringLiteral("created_by"), clerk2);
        QJsonObject answer = pushOne(county, county.bearer2, workstationId, insertOp(QStringLiteral("settlement_adjustment"), foreign));
        QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("scope"));
        QVERIFY2(answer.value(QStringLiteral("reason")).toString().contains(QLatin1String("settlement belongs to another township")),
                 qPrintable(answer.value(QStringLiteral("reason")).toString()));
        // A batch of township 2 (its own: applied), then a line of it paying township 1's settlement.
        const QJsonObject batch2 = insertOp(QStringLiteral("relief_batch"),
                                            {{QStringLiteral("township_id"), township2},
                                             {QStringLiteral("serial"), QStringLiteral("JZ2024-0001")},
                                             {QStringLiteral("village_id"), county.village2},
                                             {QStringLiteral("scheme_year"), 2024},
                                             {QStringLiteral("period_from"), QStringLiteral("2024-01-01")},
                                             {QStringLiteral("period_to"), QStringLiteral("2024-12-31")},
                                             {QStringLiteral("line_count"), 1},
                                             {QStringLiteral("assistance_fen"), 0},
                                             {QStringLiteral("relief_fen"), 0},
                                             {QStringLiteral("total_fen"), 0},
                                             {QStringLiteral("status"), QStringLiteral("requested")},
                                             {QStringLiteral("requested_by"), clerk2},
                                             {QStringLiteral("requested_at"), QStringLiteral("2024-11-24T09:00:00.000Z")}});
        answer = pushOne(county, county.bearer2, workstationId, batch2);
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const QVariantMap line = [&] {
            QSqlQuery l(county.store->database());
            l.exec(QStringLiteral("SELECT id FROM relief_batch_line WHERE settlement_id IS NOT NULL"));
            return l.next() ? SyncProtocol::loadRow(county.store->database(), QStringLiteral("relief_batch_line"), l.value(0).toString())
                            : QVariantMap();
        }();
        QVERIFY(!line.isEmpty());
        QJsonObject foreignLine = SyncProtocol::rowToJson(line);
        foreignLine.insert(QStringLiteral("township_id"), township2);
        foreignLine.insert(QStringLiteral("batch_id"), batch2.value(QStringLiteral("row_id")));
        answer = pushOne(county, county.bearer2, workstationId, insertOp(QStringLiteral("relief_batch_line"), foreignLine));
        QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("scope"));
        QVERIFY2(answer.value(QStringLiteral("reason")).toString().contains(QLatin1String("settlement belongs to another township")),
                 qPrintable(answer.value(QStringLiteral("reason")).toString()));
        // A bank account for township 1's person.
        answer = pushOne(county, county.bearer2, workstationId,
                         insertOp(QStringLiteral("bank_account"), {{QStringLiteral("person_id"), person},
                                                                  {QStringLiteral("bank_name"), QStringLiteral("银行")},
                                                                  {QStringLiteral("account_no"), QStringLiteral("62305100001234")},
                                                                  {QStringLiteral("holder_name"), QStringLiteral("某人")}}));
        QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("scope"));
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM bank_account")), 1);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM relief_batch_line")), lines);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM settlement_adjustment")), 1);

        // Township 1 still agrees with the county (township 2's batch is not in its scope).
        report = SyncRunner::run(client, county.transport(county.bearer1));
        QVERIFY2(report.agree, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM relief_batch")), 1);
    }

    void aPaidBatchAddsUpToItsLines()
    {
        // A batch requested with 100 fen more relief than its lines carry:
        // the request and the lines arrive, the payment is refused.
        CountyFixture county;
        county.provision();
        QFile policy(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QVERIFY(county.store->provisionPolicy(policy.readAll()).ok());
        Workstation a;
        SyncClient client(a.db);
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);
        const QString person = reliefsync::settledPovertyClaim(a, county.village1, QStringLiteral("R3"), 23);
        QVERIFY(!person.isEmpty());
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);
        const QString batch = reliefsync::payRelief(a, person);
        QVERIFY(!batch.isEmpty());
        QJsonObject push = client.buildPush();
        QJsonArray ops;
        int batchOps = 0;
        for (const QJsonValue &v : push.value(QStringLiteral("ops")).toArray()) {
            QJsonObject op = v.toObject();
            if (op.value(QStringLiteral("entity")).toString() == QLatin1String("relief_batch")) {
                QJsonObject row = op.value(QStringLiteral("row")).toObject();
                row.insert(QStringLiteral("relief_fen"), row.value(QStringLiteral("relief_fen")).toInteger() + 100);
                row.insert(QStringLiteral("total_fen"), row.value(QStringLiteral("total_fen")).toInteger() + 100);
                op = withRow(op, row);
                ++batchOps;
            }
            ops.append(op);
        }
        QCOMPARE(batchOps, 2);   // requested, then paid
        push.insert(QStringLiteral("ops"), ops);
        const auto answer = county.call(county.bearer1, QStringLiteral("POST"), QStringLiteral("/api/v1/push"), push);
        QCOMPARE(answer.status, 200);
        const QJsonArray results = answer.body.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), ops.size());
        for (qsizetype i = 0; i + 1 < results.size(); ++i)
            QCOMPARE(results[i].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const QJsonObject paid = results.last().toObject();
        QCOMPARE(paid.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(paid.value(QStringLiteral("code")).toString(), QStringLiteral("invalid"));
        QVERIFY2(paid.value(QStringLiteral("reason")).toString().contains(QLatin1String("its lines at the county")),
                 qPrintable(paid.value(QStringLiteral("reason")).toString()));
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM relief_batch WHERE status = 'requested'")), 1);
    }

    void reliefRefusedBeforeTheUpgradeIsSentAgain()
    {
        // A workstation's relief op was pushed to a county that did not carry
        // the relief tables yet and refused it as an unknown kind (stored on
        // both sides). The upgrade's migrations (replica 0009, server 0004)
        // queue it again and forget the refusal: the next sync applies it.
        CountyFixture county;
        county.provision();
        QFile policy(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QVERIFY(county.store->provisionPolicy(policy.readAll()).ok());
        Workstation a;
        SyncClient client(a.db);
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);
        const QString person = reliefsync::settledPovertyClaim(a, county.village1, QStringLiteral("R2"), 22);
        QVERIFY(!person.isEmpty());
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);
        {
            ChangeWriter clerk(a.db, a.user(QStringLiteral("clerk1")));
            QVERIFY(ReliefPaymentService(clerk).setBankAccount(person, QStringLiteral("农村信用社"), QStringLiteral("62305100001234"),
                                                               QStringLiteral("赵德贫")).ok());
        }
        const QJsonObject op = opsOf(client.buildPush(), QStringLiteral("bank_account")).value(0);
        QVERIFY(!op.isEmpty());
        const QString opId = op.value(QStringLiteral("op_id")).toString();
        const QString refusal = QStringLiteral("bank_account is not a synced record kind.");
        QSqlQuery c(county.store->database());
        c.prepare(QStringLiteral("INSERT INTO applied_op (op_id, credential_id, entity, row_id, status, answer_json, hlc, at) "
                                 "VALUES (?, ?, 'bank_account', ?, 'rejected', ?, '', '2024-11-24T09:00:00.000Z')"));
        c.addBindValue(opId);
        c.addBindValue(county.bearer1.section(QLatin1Char('.'), 0, 0));
        c.addBindValue(op.value(QStringLiteral("row_id")).toString());
        c.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("op_id"), opId},
                                                                   {QStringLiteral("status"), QStringLiteral("rejected")},
                                                                   {QStringLiteral("code"), QStringLiteral("entity")},
                                                                   {QStringLiteral("reason"), refusal}})
                                             .toJson(QJsonDocument::Compact)));
        QVERIFY2(c.exec(), qPrintable(c.lastError().text()));
        QSqlQuery w(a.db);
        w.prepare(QStringLiteral("UPDATE sync_outbox SET pushed_at = '2024-11-24T09:00:00.000Z', result = 'rejected', "
                                 "result_reason = ? WHERE op_id = ?"));
        w.addBindValue(refusal);
        w.addBindValue(opId);
        QVERIFY(w.exec());
        QCOMPARE(client.pendingCount(), 0);
        // As before the upgrade, the same op is refused again (a duplicate of the stored answer).
        auto report = SyncRunner::run(client, county.transport(county.bearer1));
        QVERIFY(!report.agree);   // the account is here, not at the county

        // The upgrade: each side's migration run again from the state before it.
        auto run = [](const QSqlDatabase &db, const QByteArray &sql) {
            char *message = nullptr;
            const bool ok = sqlite3_exec(Database::handle(db), sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
            if (!ok)
                qWarning("%s", message);
            sqlite3_free(message);
            return ok;
        };
        QByteArray replicaMigration;
        for (const Migrator::Migration &m : Migrator::available())
            if (m.name == QLatin1String("relief_sync_digest"))
                replicaMigration = m.sql;
        QVERIFY(!replicaMigration.isEmpty());
        QByteArray undo;
        for (const char *t : {"settlement_adjustment", "relief_batch", "relief_batch_line", "bank_account"}) {
            for (const char *k : {"ins", "upd", "del"})
                undo += QByteArray("DROP TRIGGER sync_digest_") + t + '_' + k + ";\n";
            undo += QByteArray("DELETE FROM sync_digest WHERE entity = '") + t + "';\n";
        }
        QVERIFY(run(a.db, undo));
        QVERIFY(run(a.db, replicaMigration));
        QByteArray serverMigration;
        for (const QString &f : QDir(QStringLiteral(":/server-sql")).entryList({QStringLiteral("*_relief.sql")})) {
            QFile file(QStringLiteral(":/server-sql/") + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            serverMigration = file.readAll();
        }
        QVERIFY(!serverMigration.isEmpty());
        QVERIFY(run(county.store->database(), "DROP TABLE relief_batch_line; DROP TABLE relief_batch; DROP TABLE settlement_adjustment; "
                                              "DROP TABLE bank_account; DROP INDEX settlement_reverses;"));
        QVERIFY(run(county.store->database(), serverMigration));

        QCOMPARE(client.pendingCount(), 1);
        report = SyncRunner::run(client, county.transport(county.bearer1));
        QVERIFY2(report.agree, qPrintable(report.problems.join(QLatin1Char('\n')) + report.error));
        QCOMPARE(report.applied, 1);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM bank_account")), 1);
        QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE result = 'rejected'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncRelief)
#include "tst_syncrelief.moc"
