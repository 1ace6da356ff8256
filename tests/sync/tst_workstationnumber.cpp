// Workstation numbers (docs/sync-protocol.md section 3): the county numbers
// a township's credentials, and the workstation learns its number from the
// credential file and from every pull.

#include "syncfixture.h"

#include "services/numberseries.h"
#include "sync/syncpackage.h"
#include "sync/syncsettings.h"

#include <QDir>
#include <QFile>
#include <QSqlError>

class TestWorkstationNumber : public QObject
{
    Q_OBJECT
private:
    static int numberOf(CountyFixture &county, const QString &credentialId)
    {
        const auto c = county.store->credentialById(credentialId);
        return c ? c->workstationNumber : -1;
    }

private slots:
    void theCountyNumbersATownshipsCredentials()
    {
        CountyFixture county;
        county.provision();   // one credential in each township
        const QString first = county.bearer1.section(QLatin1Char('.'), 0, 0);
        QCOMPARE(numberOf(county, first), 1);
        QCOMPARE(numberOf(county, county.bearer2.section(QLatin1Char('.'), 0, 0)), 1);   // every township starts at 1
        auto second = county.store->issueCredential(QStringLiteral("township"), QStringLiteral("360100101"), QStringLiteral("东镇 2"));
        QVERIFY2(second.ok(), qPrintable(second.errorText()));
        QCOMPARE(second->credential.workstationNumber, 2);
        QCOMPARE(second->toFile().value(QStringLiteral("workstation_number")).toInt(), 2);
        // A revoked credential keeps its number: it is never given again.
        QVERIFY(county.store->revokeCredential(second->credential.id).ok());
        auto third = county.store->issueCredential(QStringLiteral("township"), QStringLiteral("360100101"), QStringLiteral("东镇 3"));
        QVERIFY(third.ok());
        QCOMPARE(third->credential.workstationNumber, 3);
        QCOMPARE(county.store->authenticate(third->bearer())->workstationNumber, 3);
        // The county's own desks issue no receipts or slips: no number.
        auto desk = county.store->issueCredential(QStringLiteral("county"), {}, QStringLiteral("县医保"));
        QVERIFY(desk.ok());
        QCOMPARE(desk->credential.workstationNumber, 0);
        QVERIFY(!desk->toFile().contains(QStringLiteral("workstation_number")));

        // At most 99 per township: the 100th is refused with the reason, nothing stored.
        QSqlQuery q(county.store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE credential SET workstation_number = 99 WHERE id = '%1'").arg(third->credential.id)));
        const qint64 before = county.count(QStringLiteral("SELECT COUNT(*) FROM credential"));
        const auto tooMany = county.store->issueCredential(QStringLiteral("township"), QStringLiteral("360100101"), {});
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.errorText().contains(QLatin1String("99")), qPrintable(tooMany.errorText()));
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM credential")), before);
    }

    void aWorkstationLearnsItsNumberFromThePull()
    {
        CountyFixture county;
        county.provision();
        auto second = county.store->issueCredential(QStringLiteral("township"), QStringLiteral("360100101"), {});
        QVERIFY(second.ok());
        Workstation w;
        QCOMPARE(NumberSeries::workstationNumber(w.db), 0);
        QCOMPARE(county.call(second->bearer(), QStringLiteral("GET"), QStringLiteral("/api/v1/pull?cursor=0"))
                     .body.value(QStringLiteral("workstation_number"))
                     .toInt(),
                 2);
        SyncClient client(w.db);
        const auto report = SyncRunner::run(client, county.transport(second->bearer()));
        QVERIFY2(report.agree, qPrintable(report.error + report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(NumberSeries::workstationNumber(w.db), 2);
        // A county credential's pull carries none.
        auto desk = county.store->issueCredential(QStringLiteral("county"), {}, {});
        QVERIFY(desk.ok());
        QVERIFY(!county.call(desk->bearer(), QStringLiteral("GET"), QStringLiteral("/api/v1/pull?cursor=0"))
                     .body.contains(QStringLiteral("workstation_number")));
    }

    // Offline too: the county's answer package carries it.
    void aWorkstationLearnsItsNumberFromAnAnswerPackage()
    {
        CountyFixture county;
        county.provision();
        Workstation w;
        const auto key = SyncPackage::workstationKey(w.db);
        QVERIFY(key.ok());
        auto issued = county.store->issueCredential(QStringLiteral("township"), QStringLiteral("360100101"), QStringLiteral("离线"),
                                                    QString::fromLatin1(key->publicKey.toHex()));
        QVERIFY(issued.ok());
        const auto package = SyncPackage::exportPush(w.db, issued->credential.id);
        QVERIFY2(package.ok(), qPrintable(package.errorText()));
        const auto answer = SyncPackage::answer(*county.store, *package);
        QVERIFY2(answer.ok(), qPrintable(answer.errorText()));
        const auto imported = SyncPackage::importAnswer(w.db, answer->answer, issued->credential.id, county.store->countyKey()->publicKey);
        QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
        QCOMPARE(NumberSeries::workstationNumber(w.db), 2);
    }

    void readingInTheCredentialFileStoresTheNumber()
    {
        Workstation w;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.credential"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("credential_id"), QStringLiteral("6f2c0b1e")},
                                          {QStringLiteral("secret"), QStringLiteral("s3cret")},
                                          {QStringLiteral("server"), QStringLiteral("https://county.example:8443")},
                                          {QStringLiteral("scope"), QStringLiteral("township")},
                                          {QStringLiteral("workstation_number"), 7}})
                    .toJson());
        f.close();
        const SessionUser admin{QStringLiteral("admin-id"), QStringLiteral("admin"), QStringLiteral("管理员"), Role::TownshipAdmin,
                                QStringLiteral("t")};
        const Validation saved = SyncSettings::save(w.db, admin, {}, path, 15);
        QVERIFY2(saved.ok(), qPrintable(saved.text()));
        QCOMPARE(NumberSeries::workstationNumber(w.db), 7);
    }

    // The server migration numbers the credentials issued before it, per
    // township in the order they were issued (its SQL run on such rows).
    void theMigrationNumbersEarlierCredentials()
    {
        CountyFixture county;
        county.provision();
        for (int i = 0; i < 2; ++i)
            QVERIFY(county.store->issueCredential(QStringLiteral("township"), QStringLiteral("360100101"), {}).ok());
        QVERIFY(county.store->issueCredential(QStringLiteral("county"), {}, {}).ok());
        QSqlQuery q(county.store->database());
        // As before the migration: no column; issued on different days, in
        // the reverse order of their ids (the migration goes by issue time).
        QVERIFY(q.exec(QStringLiteral("DROP INDEX credential_workstation_number")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE credential DROP COLUMN workstation_number")));
        QVERIFY(q.exec(QStringLiteral("UPDATE credential SET created_at = '2024-01-0' || (SELECT COUNT(*) FROM credential c "
                                      "WHERE c.id >= credential.id) || 'T00:00:00.000Z'")));
        QStringList expected;   // ids of township 1 in issue order
        QVERIFY(q.exec(QStringLiteral("SELECT c.id FROM credential c JOIN township t ON t.id = c.township_id "
                                      "WHERE t.code = '360100101' ORDER BY c.created_at")));
        while (q.next())
            expected << q.value(0).toString();
        QCOMPARE(expected.size(), 3);

        const QStringList files = QDir(QStringLiteral(":/server-sql")).entryList({QStringLiteral("*_workstation_number.sql")});
        QCOMPARE(files.size(), 1);
        QFile f(QStringLiteral(":/server-sql/") + files.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString script;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
            script += line.section(QStringLiteral("--"), 0, 0) + QLatin1Char('\n');
        for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!statement.trimmed().isEmpty())
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text() + QLatin1Char('\n') + statement));
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(numberOf(county, expected[i]), i + 1);
        QCOMPARE(numberOf(county, county.bearer2.section(QLatin1Char('.'), 0, 0)), 1);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM credential WHERE scope = 'county' AND workstation_number IS NOT NULL")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkstationNumber)
#include "tst_workstationnumber.moc"
