// The "upgrade first" answer (docs/sync-protocol.md, section 2) over HTTP:
// jingban-county answers 426 to hello, push and pull of an older (or newer)
// protocol and changes nothing; jingban-cli, told 426 by a county, stops
// with the county's message as it is and leaves its replica as it was.

#include "countyprocess.h"
#include "syncfixture.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>

class TestSyncUpgrade : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Reply
    {
        int status = 0;
        QJsonObject body;
    };
    static Reply request(const QString &method, const QUrl &url, const QByteArray &protocol, const QString &bearer = {},
                         const QByteArray &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest r(url);
        if (!protocol.isEmpty())
            r.setRawHeader("Jingban-Protocol", protocol);
        if (!bearer.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = method == QLatin1String("POST") ? nam.post(r, body) : nam.get(r);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return out;
    }
    QString bearerOf(const QString &credentialFile) const
    {
        QFile f(credentialFile);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject c = QJsonDocument::fromJson(f.readAll()).object();
        return c.value(QStringLiteral("credential_id")).toString() + QLatin1Char('.') + c.value(QStringLiteral("secret")).toString();
    }

private slots:
    void countyAnswersAnOldClient426AndChangesNothing()
    {
        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("county.db"));
        QVERIFY(provisionTwoTownships(db, m_dir));
        CountyProcess server;
        QString why;
        QVERIFY2(server.start(db, {}, &why), qPrintable(why));
        const QString bearer = bearerOf(m_dir.filePath(QStringLiteral("a.credential")));
        QVERIFY(!bearer.isEmpty());
        const QByteArray current = QByteArray::number(SyncProtocol::kProtocol);
        const QByteArray old = QByteArray::number(SyncProtocol::kMinProtocol - 1);

        // hello: the current protocol is welcome, an older one is told to upgrade the workstation.
        const Reply ok = request(QStringLiteral("GET"),
                                 QUrl(server.url + QStringLiteral("/api/v1/hello?protocol=%1&schema=%2").arg(SyncProtocol::kProtocol).arg(SyncApi::schema())),
                                 {});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body.value(QStringLiteral("min_protocol")).toInt(), SyncProtocol::kMinProtocol);
        const Reply tooOld = request(QStringLiteral("GET"),
                                     QUrl(server.url + QStringLiteral("/api/v1/hello?protocol=%1&schema=%2")
                                                           .arg(SyncProtocol::kMinProtocol - 1)
                                                           .arg(SyncApi::schema())),
                                     {});
        QCOMPARE(tooOld.status, 426);
        QCOMPARE(tooOld.body.value(QStringLiteral("error")).toString(), QStringLiteral("upgrade_required"));
        QCOMPARE(tooOld.body.value(QStringLiteral("min_protocol")).toInt(), SyncProtocol::kMinProtocol);
        QVERIFY2(tooOld.body.value(QStringLiteral("message")).toString().contains(QLatin1String("Install the newer Jingban")),
                 qPrintable(tooOld.body.value(QStringLiteral("message")).toString()));
        // A newer workstation than the county: the county is told to upgrade.
        const Reply tooNew = request(QStringLiteral("GET"),
                                     QUrl(server.url + QStringLiteral("/api/v1/hello?protocol=%1&schema=%2")
                                                           .arg(SyncProtocol::kProtocol + 1)
                                                           .arg(SyncApi::schema())),
                                     {});
        QCOMPARE(tooNew.status, 426);
        QVERIFY2(tooNew.body.value(QStringLiteral("message")).toString().contains(QLatin1String("upgrade jingban-county")),
                 qPrintable(tooNew.body.value(QStringLiteral("message")).toString()));

        // push and pull under an old protocol header: 426, nothing applied.
        const QJsonObject push{{QStringLiteral("workstation_id"), QStringLiteral("w")},
                               {QStringLiteral("schema"), SyncApi::schema()},
                               {QStringLiteral("ops"), QJsonArray{QJsonObject{{QStringLiteral("op_id"), QStringLiteral("op-1")},
                                                                              {QStringLiteral("entity"), QStringLiteral("household")},
                                                                              {QStringLiteral("row_id"), QStringLiteral("h-1")},
                                                                              {QStringLiteral("op"), QStringLiteral("insert")},
                                                                              {QStringLiteral("base_version"), 0},
                                                                              {QStringLiteral("row"), QJsonObject{{QStringLiteral("id"), QStringLiteral("h-1")}}}}}}};
        const QByteArray body = QJsonDocument(push).toJson(QJsonDocument::Compact);
        const Reply oldPush = request(QStringLiteral("POST"), QUrl(server.url + QStringLiteral("/api/v1/push")), old, bearer, body);
        QCOMPARE(oldPush.status, 426);
        QCOMPARE(oldPush.body.value(QStringLiteral("error")).toString(), QStringLiteral("upgrade_required"));
        const Reply oldPull = request(QStringLiteral("GET"), QUrl(server.url + QStringLiteral("/api/v1/pull?cursor=0")), old, bearer);
        QCOMPARE(oldPull.status, 426);
        const Reply oldDigest = request(QStringLiteral("GET"), QUrl(server.url + QStringLiteral("/api/v1/digest")), old, bearer);
        QCOMPARE(oldDigest.status, 426);
        // The same push under the current header is answered per operation
        // (a malformed op without hlc too, not a server error): the old one
        // was refused before it was looked at, so op-1 is new here.
        const Reply currentPush = request(QStringLiteral("POST"), QUrl(server.url + QStringLiteral("/api/v1/push")), current, bearer, body);
        QVERIFY2(currentPush.status == 200, qPrintable(QJsonDocument(currentPush.body).toJson()));
        const QJsonObject answer = currentPush.body.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(answer.value(QStringLiteral("op_id")).toString(), QStringLiteral("op-1"));
        QVERIFY2(answer.value(QStringLiteral("status")).toString() != QLatin1String("duplicate"),
                 qPrintable(QJsonDocument(answer).toJson()));
        QCOMPARE(server.stop(), 0);
    }

    void workstationToldToUpgradeStopsWithTheCountysWords()
    {
        // A county that answers every request 426 (as a newer county answers this workstation).
        const QByteArray message = "This workstation's Jingban speaks sync protocol 2; the county needs 3. Install the newer Jingban, then sync again.";
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("upgrade_required")},
                                                          {QStringLiteral("message"), QString::fromUtf8(message)},
                                                          {QStringLiteral("min_protocol"), SyncProtocol::kProtocol + 1}})
                                    .toJson(QJsonDocument::Compact);
        QTcpServer county;
        QVERIFY(county.listen(QHostAddress::LocalHost));
        QStringList paths;
        connect(&county, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = county.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, body, &paths] {
                    buffer->append(socket->readAll());
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    paths << QString::fromLatin1(buffer->split(' ').value(1));
                    socket->write("HTTP/1.1 426 Upgrade Required\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });

        Workstation w;
        const qint64 pending = SyncClient(w.db).pendingCount();
        const qint64 audit = w.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const QString credential = m_dir.filePath(QStringLiteral("fake.credential"));
        {
            QFile f(credential);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("credential_id"), QStringLiteral("c")},
                                              {QStringLiteral("secret"), QStringLiteral("s")},
                                              {QStringLiteral("scope"), QStringLiteral("township")}})
                        .toJson());
        }
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(JINGBAN_CLI_PATH),
                  {QStringLiteral("sync"), QStringLiteral("--db"), w.path, QStringLiteral("--server"),
                   QStringLiteral("http://127.0.0.1:%1").arg(county.serverPort()), QStringLiteral("--credential"), credential});
        QVERIFY(cli.waitForStarted());
        // The fake county answers from this thread's event loop.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
        const QString out = QString::fromUtf8(cli.readAll());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(out.contains(QString::fromUtf8(message)), qPrintable(out));
        // It asked hello once and stopped: no push, no pull, nothing retried.
        QCOMPARE(paths.size(), 1);
        QVERIFY2(paths.first().startsWith(QStringLiteral("/api/v1/hello?protocol=%1").arg(SyncProtocol::kProtocol)),
                 qPrintable(paths.join(QLatin1Char(' '))));
        QCOMPARE(SyncClient(w.db).pendingCount(), pending);
        QCOMPARE(SyncClient(w.db).cursor(), 0);
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    }
};

QTEST_GUILESS_MAIN(TestSyncUpgrade)
#include "tst_syncupgrade.moc"
