// Sync over HTTPS: jingban-county with a certificate and key from files (a
// self-signed certificate made now with the openssl command), a workstation
// that trusts it syncs, one that does not is refused.

#include "countyprocess.h"
#include "syncfixture.h"

#include <QStandardPaths>

class TestSyncHttps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void syncsOverHttpsWithTheCountysCertificate()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        const QString cert = m_dir.filePath(QStringLiteral("county.crt"));
        const QString key = m_dir.filePath(QStringLiteral("county.key"));
        QString out;
        QCOMPARE(runProgram(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                      QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                                      QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")},
                            &out),
                 0);

        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("county.db"));
        QVERIFY(provisionTwoTownships(db, m_dir));
        CountyProcess server;
        QString why;
        QVERIFY2(server.start(db, {QStringLiteral("--cert"), cert, QStringLiteral("--key"), key}, &why), qPrintable(why));
        QVERIFY2(server.url.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(server.url));

        Workstation w;
        const QString credential = m_dir.filePath(QStringLiteral("a.credential"));
        // Not trusted: refused before anything is sent.
        QCOMPARE(syncOnce(w.path, server.url, credential, &out), 1);
        QVERIFY2(out.contains(QLatin1String("did not answer")), qPrintable(out));
        QCOMPARE(SyncClient(w.db).cursor(), 0);
        // Trusted: a full sync, both ways.
        QVERIFY2(syncOnce(w.path, server.url, credential, &out, {QStringLiteral("--ca"), cert}) == 0, qPrintable(out));
        QSqlQuery q(w.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM village WHERE code = '360100101001'")) && q.next());
        const QString village = q.value(0).toString();
        q.finish();
        QVERIFY(!addHousehold(w, w.user(QStringLiteral("clerk1")), village, QStringLiteral("S1"),
                              testIdNumber(QStringLiteral("19800101"), 31)).isEmpty());
        QVERIFY2(syncOnce(w.path, server.url, credential, &out, {QStringLiteral("--ca"), cert}) == 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("0 rejected, 0 conflicts")), qPrintable(out));
        QCOMPARE(SyncClient(w.db).pendingCount(), 0);
        // Plain HTTP to the HTTPS port gets nowhere.
        QString plain = server.url;
        plain.replace(QLatin1String("https://"), QLatin1String("http://"));
        QCOMPARE(syncOnce(w.path, plain, credential, &out), 1);
        QCOMPARE(server.stop(), 0);
    }

    void plainHttpOnlyOnLoopback()
    {
        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("plain.db"));
        QString out;
        QCOMPARE(runProgram(QStringLiteral(JINGBAN_COUNTY_PATH), {QStringLiteral("serve"), QStringLiteral("--db"), db,
                                                                  QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")},
                            &out, 20000),
                 2);
        QVERIFY2(out.contains(QLatin1String("127.0.0.1 only")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSyncHttps)
#include "tst_synchttps.moc"
