// Offline sync by signed packages (docs/sync-protocol.md, section 7): round
// trip, replay, wrong key, flipped bytes, truncated files; and the same
// through jingban-cli package and jingban-county import-package.

#include "syncfixture.h"

#include "services/auditchain.h"
#include "sync/syncpackage.h"

#include <QProcess>
#include <QRandomGenerator>

#ifndef JINGBAN_COUNTY_PATH
#error "JINGBAN_COUNTY_PATH is defined by server/CMakeLists.txt"
#endif

namespace {
// A county, one workstation of township 1 with its key registered.
struct PackageSetup
{
    PackageSetup()
    {
        county.provision();
        const auto key = SyncPackage::workstationKey(w.db);
        if (!key)
            qFatal("no key: %s", qPrintable(key.errorText()));
        auto issued = county.store->issueCredential(QStringLiteral("township"), QStringLiteral("360100101"), QStringLiteral("离线"),
                                                    QString::fromLatin1(key->publicKey.toHex()));
        if (!issued)
            qFatal("no credential: %s", qPrintable(issued.errorText()));
        credential = issued->credential;
        countyKey = county.store->countyKey()->publicKey;
    }
    // Export, answer at the county, import at the workstation.
    bool roundTrip(SyncPackage::CountyImport *countySide = nullptr)
    {
        const auto package = SyncPackage::exportPush(w.db, credential.id);
        if (!package)
            return false;
        const auto answer = SyncPackage::answer(*county.store, *package);
        if (!answer) {
            qWarning("answer: %s", qPrintable(answer.errorText()));
            return false;
        }
        if (countySide)
            *countySide = *answer;
        const auto imported = SyncPackage::importAnswer(w.db, answer->answer, credential.id, countyKey);
        if (!imported)
            qWarning("import: %s", qPrintable(imported.errorText()));
        return imported.ok();
    }
    bool agree() const
    {
        return SyncClient::differences(SyncClient(w.db).digest(), county.store->digest(credential)).isEmpty()
               && SyncClient(w.db).pendingCount() == 0;
    }
    QString countyState()
    {
        return QStringLiteral("%1/%2/%3")
            .arg(county.count(QStringLiteral("SELECT COUNT(*) FROM change_log")))
            .arg(county.count(QStringLiteral("SELECT COUNT(*) FROM applied_op")))
            .arg(county.count(QStringLiteral("SELECT value FROM server_counter")));
    }

    CountyFixture county;
    Workstation w;
    SyncServerStore::Credential credential;
    QByteArray countyKey;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
} // namespace

class TestSyncPackage : public QObject
{
    Q_OBJECT

private slots:
    void roundTripConverges()
    {
        PackageSetup s;
        // An empty replica gets its township from the first answer.
        QVERIFY(s.roundTrip());
        QVERIFY(s.w.count(QStringLiteral("SELECT COUNT(*) FROM village")) >= 1);
        QVERIFY(!s.w.user(QStringLiteral("clerk1")).id.isEmpty());
        QVERIFY(!addHousehold(s.w, s.w.user(QStringLiteral("clerk1")), s.county.village1, QStringLiteral("P1"),
                              testIdNumber(QStringLiteral("19800101"), 21)).isEmpty());
        QVERIFY(SyncClient(s.w.db).pendingCount() >= 2);
        SyncPackage::CountyImport countySide;
        QVERIFY(s.roundTrip(&countySide));
        QCOMPARE(countySide.applied, static_cast<int>(s.county.count(QStringLiteral("SELECT COUNT(*) FROM applied_op"))));
        QCOMPARE(countySide.rejected, 0);
        QCOMPARE(s.county.count(QStringLiteral("SELECT COUNT(*) FROM person")), 1);
        QVERIFY(s.agree());
        QVERIFY(AuditChain::verify(s.w.db).ok());
    }

    void replayChangesNothing()
    {
        PackageSetup s;
        QVERIFY(s.roundTrip());
        QVERIFY(!addHousehold(s.w, s.w.user(QStringLiteral("clerk1")), s.county.village1, QStringLiteral("P2"),
                              testIdNumber(QStringLiteral("19800101"), 22)).isEmpty());
        const auto package = SyncPackage::exportPush(s.w.db, s.credential.id);
        QVERIFY(package.ok());
        const auto first = SyncPackage::answer(*s.county.store, *package);
        QVERIFY(first.ok());
        QVERIFY(first->applied >= 2);
        const QString after = s.countyState();
        // The county imports the same package again: every op a duplicate.
        const auto again = SyncPackage::answer(*s.county.store, *package);
        QVERIFY(again.ok());
        QCOMPARE(again->applied, first->applied);   // the original status, repeated
        QCOMPARE(again->duplicates, first->applied);
        QCOMPARE(s.countyState(), after);
        // The workstation imports the answer once; the second time it is refused and nothing changes.
        QVERIFY(SyncPackage::importAnswer(s.w.db, first->answer, s.credential.id, s.countyKey).ok());
        const qint64 audit = s.w.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const auto twice = SyncPackage::importAnswer(s.w.db, first->answer, s.credential.id, s.countyKey);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.errorText().contains(QLatin1String("imported before")), qPrintable(twice.errorText()));
        QCOMPARE(s.w.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
        // The replayed county answer is a different package and harmless too.
        QVERIFY(SyncPackage::importAnswer(s.w.db, again->answer, s.credential.id, s.countyKey).ok());
        QCOMPARE(s.w.count(QStringLiteral("SELECT COUNT(*) FROM household")), 1);
        QVERIFY(s.agree());
        QVERIFY(AuditChain::verify(s.w.db).ok());
    }

    void wrongKeyIsRefused()
    {
        PackageSetup s;
        QVERIFY(s.roundTrip());
        QVERIFY(!addHousehold(s.w, s.w.user(QStringLiteral("clerk1")), s.county.village1, QStringLiteral("P3"),
                              testIdNumber(QStringLiteral("19800101"), 23)).isEmpty());
        // A package signed by another key (another replica's) in this credential's name.
        Workstation stranger;
        const auto strangerKey = SyncPackage::workstationKey(stranger.db);
        QVERIFY(strangerKey.ok());
        QVERIFY(strangerKey->publicKey != SyncPackage::workstationKey(s.w.db)->publicKey);
        QJsonObject body = SyncClient(s.w.db).buildPush();
        body.insert(QStringLiteral("kind"), QStringLiteral("push"));
        body.insert(QStringLiteral("credential_id"), s.credential.id);
        body.insert(QStringLiteral("package_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        body.insert(QStringLiteral("created_at"), QStringLiteral("2024-11-24T09:00:00.000Z"));
        body.insert(QStringLiteral("cursor"), 0);
        const QString before = s.countyState();
        const auto refused = SyncPackage::answer(*s.county.store, SyncPackage::seal(body, strangerKey->publicKey, strangerKey->secretKey));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorText().contains(QLatin1String("key this county does not know")), qPrintable(refused.errorText()));
        // A credential with no registered key: the same refusal.
        auto bare = s.county.store->issueCredential(QStringLiteral("township"), QStringLiteral("360100101"), QStringLiteral("no key"));
        QVERIFY(bare.ok());
        body.insert(QStringLiteral("credential_id"), bare->credential.id);
        const auto key = SyncPackage::workstationKey(s.w.db);
        const auto unregistered = SyncPackage::answer(*s.county.store, SyncPackage::seal(body, key->publicKey, key->secretKey));
        QVERIFY(!unregistered.ok());
        QVERIFY2(unregistered.errorText().contains(QLatin1String("key this county does not know")), qPrintable(unregistered.errorText()));
        QCOMPARE(s.countyState(), before);
        // An answer not signed by the county is refused by the workstation.
        const auto package = SyncPackage::exportPush(s.w.db, s.credential.id);
        const auto answer = SyncPackage::answer(*s.county.store, *package);
        QVERIFY(answer.ok());
        const auto forged = SyncPackage::importAnswer(s.w.db, answer->answer, s.credential.id, strangerKey->publicKey);
        QVERIFY(!forged.ok());
        QVERIFY2(forged.errorText().contains(QLatin1String("not the county's")), qPrintable(forged.errorText()));
        QVERIFY(SyncClient(s.w.db).pendingCount() > 0);
        // A revoked credential's package is refused.
        QVERIFY(s.county.store->revokeCredential(s.credential.id).ok());
        const auto revoked = SyncPackage::answer(*s.county.store, *package);
        QVERIFY(!revoked.ok());
        QVERIFY2(revoked.errorText().contains(QLatin1String("revoked")), qPrintable(revoked.errorText()));
    }

    void flippedByteIsRefused()
    {
        PackageSetup s;
        QVERIFY(s.roundTrip());
        QVERIFY(!addHousehold(s.w, s.w.user(QStringLiteral("clerk1")), s.county.village1, QStringLiteral("P4"),
                              testIdNumber(QStringLiteral("19800101"), 24)).isEmpty());
        const auto package = SyncPackage::exportPush(s.w.db, s.credential.id);
        QVERIFY(package.ok());
        const QString before = s.countyState();
        // Every position in the header and signature, a random sample of the body; several bit patterns.
        auto *random = QRandomGenerator::global();
        int tried = 0;
        for (qsizetype i = 0; i < package->size(); ++i) {
            const bool edge = i < 400 || i >= package->size() - 200;
            if (!edge && random->bounded(40) != 0)
                continue;
            for (const char mask : {'\x01', '\x20', '\x80'}) {
                QByteArray altered = *package;
                altered[i] = static_cast<char>(altered[i] ^ mask);
                const auto r = SyncPackage::answer(*s.county.store, altered);
                QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1 ^ %2 accepted").arg(i).arg(int(mask))));
                QVERIFY2(r.errorText().contains(QLatin1String("not imported")), qPrintable(r.errorText()));
                ++tried;
            }
        }
        QVERIFY(tried > 1000);
        QCOMPARE(s.countyState(), before);
        // The answer is checked the same way by the workstation.
        const auto answer = SyncPackage::answer(*s.county.store, *package);
        QVERIFY(answer.ok());
        for (int n = 0; n < 200; ++n) {
            QByteArray altered = answer->answer;
            const auto i = random->bounded(static_cast<int>(altered.size()));
            altered[i] = static_cast<char>(altered[i] ^ (1 << random->bounded(8)));
            const auto r = SyncPackage::importAnswer(s.w.db, altered, s.credential.id, s.countyKey);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("answer byte %1 accepted").arg(i)));
        }
        QVERIFY(SyncClient(s.w.db).pendingCount() > 0);
        QVERIFY(SyncPackage::importAnswer(s.w.db, answer->answer, s.credential.id, s.countyKey).ok());
        QVERIFY(s.agree());
    }

    void truncatedFileIsRefused()
    {
        PackageSetup s;
        QVERIFY(s.roundTrip());
        QVERIFY(!addHousehold(s.w, s.w.user(QStringLiteral("clerk1")), s.county.village1, QStringLiteral("P5"),
                              testIdNumber(QStringLiteral("19800101"), 25)).isEmpty());
        const auto package = SyncPackage::exportPush(s.w.db, s.credential.id);
        QVERIFY(package.ok());
        const QString before = s.countyState();
        const qsizetype size = package->size();
        for (const qsizetype keep : {qsizetype(0), qsizetype(1), qsizetype(20), size / 3, size / 2, size - 3, size - 2}) {
            const auto r = SyncPackage::answer(*s.county.store, package->left(keep));
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("kept %1 of %2 bytes: accepted").arg(keep).arg(size)));
            if (keep > 2)
                QVERIFY2(r.errorText().contains(QLatin1String("incomplete")), qPrintable(r.errorText()));
        }
        QCOMPARE(s.countyState(), before);
        const auto answer = SyncPackage::answer(*s.county.store, *package);
        QVERIFY(answer.ok());
        const auto cut = SyncPackage::importAnswer(s.w.db, answer->answer.left(answer->answer.size() / 2), s.credential.id, s.countyKey);
        QVERIFY(!cut.ok());
        QVERIFY2(cut.errorText().contains(QLatin1String("incomplete")), qPrintable(cut.errorText()));
    }

    // The same through the programs an operator runs.
    void commandLineRoundTrip()
    {
        CountyFixture county;
        county.provision();
        QTemporaryDir dir;
        const QString countyDb = QStringLiteral("sqlite:") + county.dir.filePath(QStringLiteral("county.db"));
        auto run = [](const QString &program, const QStringList &args, QString *output = nullptr) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(program, args);
            p.waitForFinished(120000);
            if (output)
                *output = QString::fromUtf8(p.readAll());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        Workstation w;
        const QString cli = QStringLiteral(JINGBAN_CLI_PATH);
        const QString server = QStringLiteral(JINGBAN_COUNTY_PATH);
        QString out;
        QCOMPARE(run(cli, {QStringLiteral("package"), QStringLiteral("key"), QStringLiteral("--db"), w.path}, &out), 0);
        const QString publicKey = out.trimmed();
        QCOMPARE(publicKey.size(), 64);
        const QString credential = dir.filePath(QStringLiteral("w.credential"));
        QCOMPARE(run(server, {QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--db"), countyDb,
                              QStringLiteral("--township"), QStringLiteral("360100101"), QStringLiteral("--public-key"), publicKey,
                              QStringLiteral("--out"), credential}, &out), 0);
        const QString pkg = dir.filePath(QStringLiteral("push.jbpkg"));
        const QString ans = dir.filePath(QStringLiteral("answer.jbpkg"));
        auto trip = [&] {
            return run(cli, {QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--db"), w.path,
                             QStringLiteral("--credential"), credential, QStringLiteral("--out"), pkg}, &out) == 0
                   && run(server, {QStringLiteral("import-package"), pkg, QStringLiteral("--db"), countyDb,
                                   QStringLiteral("--answer"), ans}, &out) == 0
                   && run(cli, {QStringLiteral("package"), QStringLiteral("import"), QStringLiteral("--db"), w.path,
                                QStringLiteral("--credential"), credential, QStringLiteral("--in"), ans}, &out) == 0;
        };
        QVERIFY2(trip(), qPrintable(out));
        QVERIFY(!addHousehold(w, w.user(QStringLiteral("clerk1")), county.village1, QStringLiteral("P6"),
                              testIdNumber(QStringLiteral("19800101"), 26)).isEmpty());
        QVERIFY2(trip(), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("0 rejected, 0 conflicts")) && !out.contains(QLatin1String(" 0 applied")), qPrintable(out));
        QCOMPARE(SyncClient(w.db).pendingCount(), 0);
        QCOMPARE(county.count(QStringLiteral("SELECT COUNT(*) FROM person")), 1);
        // A damaged copy is refused with the protocol's words; the county is unchanged.
        QByteArray bytes = readFile(pkg);
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x04);
        QVERIFY(writeFile(pkg, bytes));
        QCOMPARE(run(server, {QStringLiteral("import-package"), pkg, QStringLiteral("--db"), countyDb, QStringLiteral("--answer"), ans},
                     &out), 1);
        QVERIFY2(out.contains(QLatin1String("altered or damaged")), qPrintable(out));
        QCOMPARE(run(cli, {QStringLiteral("package"), QStringLiteral("import"), QStringLiteral("--db"), w.path,
                           QStringLiteral("--credential"), credential, QStringLiteral("--in"), ans}, &out), 1);
        QVERIFY2(out.contains(QLatin1String("imported before")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSyncPackage)
#include "tst_syncpackage.moc"
