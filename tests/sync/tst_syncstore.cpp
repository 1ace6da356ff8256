// The sync protocol without HTTP: SyncClient against SyncServerStore through
// SyncApi (docs/sync-protocol.md).

#include "syncfixture.h"

#include "services/auditchain.h"

#include <QJsonArray>

class TestSyncStore : public QObject
{
    Q_OBJECT

private slots:
    void helloNegotiates()
    {
        CountyFixture county;
        auto ok = county.call({}, QStringLiteral("GET"), QStringLiteral("/api/v1/hello?protocol=%1&schema=%2").arg(SyncProtocol::kProtocol).arg(SyncApi::schema()));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body.value(QStringLiteral("protocol")).toInt(), SyncProtocol::kProtocol);
        auto old = county.call({}, QStringLiteral("GET"), QStringLiteral("/api/v1/hello?protocol=1&schema=1"));
        QCOMPARE(old.status, 426);
        QVERIFY(old.message().contains(QLatin1String("Install the newer Jingban")));
        // Protocol 1 (the sorted SHA-256 digest) is too old even with the current schema.
        auto oldDigest = county.call({}, QStringLiteral("GET"),
                                     QStringLiteral("/api/v1/hello?protocol=1&schema=%1").arg(SyncApi::schema()));
        QCOMPARE(oldDigest.status, 426);
        QCOMPARE(oldDigest.body.value(QStringLiteral("min_protocol")).toInt(), SyncProtocol::kMinProtocol);
        auto nobody = county.call(QStringLiteral("nobody.secret"), QStringLiteral("GET"), QStringLiteral("/api/v1/pull?cursor=0"));
        QCOMPARE(nobody.status, 401);
    }

    void wrongOrRevokedCredentialIsRefused()
    {
        CountyFixture county;
        county.provision();
        QCOMPARE(county.call(county.bearer1, QStringLiteral("GET"), QStringLiteral("/api/v1/pull?cursor=0")).status, 200);
        const QString wrong = county.bearer1.left(county.bearer1.size() - 1) + QLatin1Char(county.bearer1.endsWith(QLatin1Char('A')) ? 'B' : 'A');
        QCOMPARE(county.call(wrong, QStringLiteral("GET"), QStringLiteral("/api/v1/pull?cursor=0")).status, 401);
        QVERIFY(county.store->revokeCredential(county.bearer1.section(QLatin1Char('.'), 0, 0)).ok());
        QCOMPARE(county.call(county.bearer1, QStringLiteral("GET"), QStringLiteral("/api/v1/pull?cursor=0")).status, 401);
    }

    void firstSyncPullsTheTownshipAndPushesItsWork()
    {
        CountyFixture county;
        county.provision();
        Workstation w;
        SyncClient client(w.db);
        auto first = SyncRunner::run(client, county.transport(county.bearer1));
        QVERIFY2(first.completed, qPrintable(first.error));
        QVERIFY2(first.agree, qPrintable(first.problems.join(QLatin1Char('\n'))));
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM township")), 2);
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM village")), 2);
        // Its own township's accounts only.
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM app_user")), 2);
        QVERIFY(w.user(QStringLiteral("clerk1")).isValid());
        QVERIFY(UserService::signIn(w.db, QStringLiteral("clerk1"), QStringLiteral("secret-clerk1")).ok());
        // One audit entry per pulled row, each the row as stored.
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sync.pull'")),
                 w.count(QStringLiteral("SELECT (SELECT COUNT(*) FROM township) + (SELECT COUNT(*) FROM village) "
                                        "+ (SELECT COUNT(*) FROM app_user)")));
        QVERIFY2(pulledAuditsDiffer(w.db).isEmpty(), qPrintable(pulledAuditsDiffer(w.db).join(QLatin1Char('\n'))));

        const QString household = addHousehold(w, w.user(QStringLiteral("clerk1")), county.village1, QStringLiteral("H1"),
                                               testIdNumber(QStringLiteral("19800101"), 11));
        QVERIFY(!household.isEmpty());
        QVERIFY(client.pendingCount() >= 2);
        auto second = SyncRunner::run(client, county.transport(county.bearer1));
        QVERIFY2(second.agree, qPrintable(second.error + second.problems.join(QLatin1Char('\n'))));
        QCOMPARE(second.rejected, 0);
        QCOMPARE(client.pendingCount(), 0);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM person")), 1);
        QCOMPARE(county.count(QStringLiteral("SELECT version FROM household")), w.row(QStringLiteral("household"), household).value(QStringLiteral("version")).toLongLong());
        QVERIFY(AuditChain::verify(w.db).ok());
    }

    void keptDigestsMatchARebuildAndCatchTampering()
    {
        CountyFixture county;
        county.provision();
        Workstation w;
        SyncClient client(w.db);
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);
        const QString household = addHousehold(w, w.user(QStringLiteral("clerk1")), county.village1, QStringLiteral("H1"),
                                               testIdNumber(QStringLiteral("19800101"), 11));
        QVERIFY(!household.isEmpty());
        auto synced = SyncRunner::run(client, county.transport(county.bearer1));
        QVERIFY2(synced.agree, qPrintable(synced.error + synced.problems.join(QLatin1Char('\n'))));
        const auto credential = county.store->authenticate(county.bearer1);
        QVERIFY(credential.has_value());
        const QJsonObject kept = county.store->digest(*credential);
        QCOMPARE(kept.value(QStringLiteral("entities")).toObject().value(QStringLiteral("household")).toObject()
                     .value(QStringLiteral("count")).toInt(), 1);
        // The digests kept op by op equal the ones recomputed from the change log.
        QVERIFY(county.store->rebuildDigests().ok());
        QCOMPARE(county.store->digest(*credential), kept);
        // The cached replica digest equals a fresh one.
        QSqlQuery q(w.db);
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_digest SET dirty = 1")));
        QCOMPARE(client.digest(), SyncClient(w.db).digest());
        QVERIFY(SyncClient::differences(client.digest(), kept).isEmpty());

        // A row changed behind the sync's back on the workstation: the cache
        // is dropped by the trigger and the sync no longer agrees.
        QVERIFY(q.exec(QStringLiteral("UPDATE household SET version = version + 1 WHERE id = '%1'").arg(household)));
        auto tampered = SyncRunner::run(client, county.transport(county.bearer1));
        QVERIFY(!tampered.agree);
        QVERIFY2(tampered.problems.join(QLatin1Char('\n')).contains(QLatin1String("household")),
                 qPrintable(tampered.problems.join(QLatin1Char('\n'))));
        QVERIFY(q.exec(QStringLiteral("UPDATE household SET version = version - 1 WHERE id = '%1'").arg(household)));
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);

        // A row missing on the server's side (its change log tampered with,
        // digests rebuilt): the counts and digests differ.
        QSqlQuery s(county.store->database());
        QVERIFY(s.exec(QStringLiteral("DELETE FROM change_log WHERE entity = 'person'")));
        QVERIFY(county.store->rebuildDigests().ok());
        const QStringList differ = SyncClient::differences(client.digest(), county.store->digest(*credential));
        QCOMPARE(differ.size(), 1);
        QVERIFY(differ.first().startsWith(QLatin1String("person")));
    }

    void pushRetriedThreeTimesAppliesOnce()
    {
        CountyFixture county;
        county.provision();
        Workstation w;
        SyncClient client(w.db);
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);
        QVERIFY(!addHousehold(w, w.user(QStringLiteral("clerk1")), county.village1, QStringLiteral("H1"),
                              testIdNumber(QStringLiteral("19800101"), 11)).isEmpty());
        const QJsonObject batch = client.buildPush();
        const int ops = batch.value(QStringLiteral("ops")).toArray().size();
        QVERIFY(ops >= 2);
        const qint64 changesBefore = county.count(QStringLiteral("SELECT COUNT(*) FROM change_log"));
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto answer = county.call(county.bearer1, QStringLiteral("POST"), QStringLiteral("/api/v1/push"), batch);
            QCOMPARE(answer.status, 200);
            const QJsonArray results = answer.body.value(QStringLiteral("results")).toArray();
            QCOMPARE(results.size(), ops);
            for (const QJsonValue &r : results) {
                QCOMPARE(r[QStringLiteral("status")].toString(), attempt == 0 ? QStringLiteral("applied") : QStringLiteral("duplicate"));
                if (attempt > 0)
                    QCOMPARE(r[QStringLiteral("original")].toString(), QStringLiteral("applied"));
            }
            QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM change_log")), changesBefore + ops);
            // The answer of a retry is as good as the first (the first was "lost").
            if (attempt == 2)
                QVERIFY(client.applyPushAnswer(answer.body).ok());
        }
        QCOMPARE(client.pendingCount(), 0);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM household")), 1);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM applied_op")), ops);
        QVERIFY(SyncRunner::run(client, county.transport(county.bearer1)).agree);
    }

    void staleEditBecomesAConflictAndAReviewerResolvesIt()
    {
        CountyFixture county;
        county.provision();
        Workstation a, b;
        SyncClient ca(a.db), cb(b.db);
        QVERIFY(SyncRunner::run(ca, county.transport(county.bearer1)).agree);
        const QString household = addHousehold(a, a.user(QStringLiteral("clerk1")), county.village1, QStringLiteral("H1"),
                                               testIdNumber(QStringLiteral("19800101"), 11));
        QVERIFY(SyncRunner::run(ca, county.transport(county.bearer1)).agree);
        QVERIFY(SyncRunner::run(cb, county.transport(county.bearer1)).agree);
        const qint64 version = b.row(QStringLiteral("household"), household).value(QStringLiteral("version")).toLongLong();

        ChangeWriter wa(a.db, a.user(QStringLiteral("clerk1")));
        QVERIFY(wa.updateAlone(QStringLiteral("household"), household, {{QStringLiteral("address"), QStringLiteral("A 的地址")}},
                               QStringLiteral("household.edit"), version).ok());
        ChangeWriter wb(b.db, b.user(QStringLiteral("clerk1")));
        QVERIFY(wb.updateAlone(QStringLiteral("household"), household, {{QStringLiteral("address"), QStringLiteral("B 的地址")}},
                               QStringLiteral("household.edit"), version).ok());
        QVERIFY(SyncRunner::run(ca, county.transport(county.bearer1)).agree);
        auto rb = SyncRunner::run(cb, county.transport(county.bearer1));
        QVERIFY2(rb.completed, qPrintable(rb.error));
        QCOMPARE(rb.conflicts, 1);
        QVERIFY(rb.agree);   // the server's row stands in b's replica too
        QCOMPARE(b.row(QStringLiteral("household"), household).value(QStringLiteral("address")).toString(), QStringLiteral("A 的地址"));
        const auto conflicts = cb.openConflicts();
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(conflicts[0].value(QStringLiteral("local_json")).toString().contains(QStringLiteral("B 的地址")));

        // A clerk may not resolve it; a reviewer keeps the local version: a new operation.
        QVERIFY(!cb.resolveConflict(conflicts[0].value(QStringLiteral("id")).toString(), QStringLiteral("local"),
                                    b.user(QStringLiteral("clerk1"))).ok());
        const Validation resolved = cb.resolveConflict(conflicts[0].value(QStringLiteral("id")).toString(), QStringLiteral("local"),
                                                       b.user(QStringLiteral("reviewer1")));
        QVERIFY2(resolved.ok(), qPrintable(resolved.text()));
        QCOMPARE(cb.openConflicts().size(), 0);
        auto again = SyncRunner::run(cb, county.transport(county.bearer1));
        QVERIFY(again.agree);
        QCOMPARE(again.applied, 1);
        QVERIFY(SyncRunner::run(ca, county.transport(county.bearer1)).agree);
        QCOMPARE(a.row(QStringLiteral("household"), household).value(QStringLiteral("address")).toString(), QStringLiteral("B 的地址"));
        QVERIFY(AuditChain::verify(b.db).ok());
    }

    void anotherTownshipsRowIsRejected()
    {
        CountyFixture county;
        county.provision();
        Workstation w2;
        SyncClient c2(w2.db);
        QVERIFY(SyncRunner::run(c2, county.transport(county.bearer2)).agree);
        // Township 2's clerk writes straight into township 1's village (past the services' checks).
        ChangeWriter writer(w2.db, w2.user(QStringLiteral("clerk2")));
        QVERIFY(writer.insertAlone(QStringLiteral("household"),
                                   {{QStringLiteral("township_id"), county.township1}, {QStringLiteral("village_id"), county.village1},
                                    {QStringLiteral("code"), QStringLiteral("X1")}},
                                   QStringLiteral("household.create"))
                    .ok());
        auto r = SyncRunner::run(c2, county.transport(county.bearer2));
        QVERIFY(r.completed);
        QCOMPARE(r.rejected, 1);
        QVERIFY(!r.agree);
        QVERIFY(r.problems.join(QLatin1Char('\n')).contains(QLatin1String("another township")));
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM household")), 0);
        QCOMPARE(w2.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE result = 'rejected' AND result_reason IS NOT NULL")), 1);
    }

    void invalidIdNumberIsRejectedByTheSameCheck()
    {
        CountyFixture county;
        county.provision();
        Workstation w;
        SyncClient c(w.db);
        QVERIFY(SyncRunner::run(c, county.transport(county.bearer1)).agree);
        const QString household = addHousehold(w, w.user(QStringLiteral("clerk1")), county.village1, QStringLiteral("H1"),
                                                testIdNumber(QStringLiteral("19800101"), 11));
        ChangeWriter writer(w.db, w.user(QStringLiteral("clerk1")));
        QVERIFY(writer.insertAlone(QStringLiteral("person"),
                                   {{QStringLiteral("household_id"), household},
                                    {QStringLiteral("id_number"), QStringLiteral("360102198001010120")},
                                    {QStringLiteral("name"), QStringLiteral("李四")},
                                    {QStringLiteral("sex"), QStringLiteral("F")},
                                    {QStringLiteral("birth_date"), QStringLiteral("1980-01-01")},
                                    {QStringLiteral("relation"), QStringLiteral("spouse")}},
                                   QStringLiteral("person.add"))
                    .ok());
        auto r = SyncRunner::run(c, county.transport(county.bearer1));
        QCOMPARE(r.rejected, 1);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM person")), 1);
    }

    void pullComesInPagesAndKeepsTheCursor()
    {
        CountyFixture county;
        county.provision();
        for (int i = 0; i < 7; ++i)
            QVERIFY(county.store->provisionVillage(QStringLiteral("360100101"), QStringLiteral("3601001010%1").arg(10 + i),
                                                   QStringLiteral("村%1").arg(i)).ok());
        Workstation w;
        SyncClient c(w.db);
        auto page = county.call(county.bearer1, QStringLiteral("GET"), QStringLiteral("/api/v1/pull?cursor=0&limit=3"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body.value(QStringLiteral("changes")).toArray().size(), 3);
        QVERIFY(page.body.value(QStringLiteral("more")).toBool());
        auto applied = c.applyPull(page.body);
        QVERIFY(applied.ok());
        QCOMPARE(c.cursor(), page.body.value(QStringLiteral("cursor")).toInteger());
        // Applying the same page twice is harmless.
        QVERIFY(c.applyPull(page.body).ok());
        QCOMPARE(c.applyPull(page.body)->written, 0);

        auto r = SyncRunner::run(c, county.transport(county.bearer1), 500, 3);
        QVERIFY2(r.agree, qPrintable(r.error + r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM village")), 9);
        // Township 2's users are not in township 1's pull; the cursor is the server's last seq.
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM app_user WHERE login = 'clerk2'")), 0);
        QCOMPARE(c.cursor(), county.store->lastSeq());
        QCOMPARE(county.call(county.bearer1, QStringLiteral("GET"), QStringLiteral("/api/v1/pull?cursor=0&limit=0")).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
