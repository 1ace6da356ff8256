#include "synccommand.h"

#include "storage/database.h"
#include "sync/syncrunner.h"
#include "sync/syncprotocol.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace {
const char *kUsage = "usage: jingban-cli sync --db FILE --server URL --credential FILE [--batch N] [--page N] [--ca FILE]\n";

// One blocking HTTP request with a timeout.
SyncHttpResponse httpRequest(QNetworkAccessManager &nam, const QUrl &base, const QString &bearer, const QString &method,
                             const QString &pathAndQuery, const QJsonObject &body)
{
    QUrl url = base.resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    request.setRawHeader("Jingban-Protocol", QByteArray::number(SyncProtocol::kProtocol));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(60000);
    QNetworkReply *reply = method == QLatin1String("POST")
                               ? nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))
                               : nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    SyncHttpResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    r.body = QJsonDocument::fromJson(data).object();
    if (r.status == 0 || (r.body.isEmpty() && r.status != 200))
        r.body.insert(QStringLiteral("message"), reply->errorString());
    if (r.status == 200 && r.body.isEmpty())
        r.status = 0;   // a cut answer: retry
    reply->deleteLater();
    return r;
}
} // namespace

int SyncCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString dbPath, server, credentialPath, caPath;
    int batch = 500, page = 500;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (i + 1 >= args.size()) {
            err << "sync: option '" << a << "' needs a value\n" << kUsage;
            return 2;
        }
        if (a == QLatin1String("--db"))
            dbPath = args[++i];
        else if (a == QLatin1String("--server"))
            server = args[++i];
        else if (a == QLatin1String("--credential"))
            credentialPath = args[++i];
        else if (a == QLatin1String("--batch"))
            batch = args[++i].toInt();
        else if (a == QLatin1String("--page"))
            page = args[++i].toInt();
        else if (a == QLatin1String("--ca"))
            caPath = args[++i];
        else {
            err << "sync: unknown option '" << a << "'\n" << kUsage;
            return 2;
        }
    }
    if (dbPath.isEmpty() || credentialPath.isEmpty() || batch < 1 || batch > 1000 || page < 1 || page > 5000) {
        err << "sync: --db and --credential are required; --batch 1..1000, --page 1..5000\n" << kUsage;
        return 2;
    }
    QFile credentialFile(credentialPath);
    if (!credentialFile.open(QIODevice::ReadOnly)) {
        err << "sync: cannot read the credential file " << credentialPath << '\n';
        return 2;
    }
    const QJsonObject credential = QJsonDocument::fromJson(credentialFile.readAll()).object();
    const QString bearer = credential.value(QStringLiteral("credential_id")).toString() + QLatin1Char('.')
                           + credential.value(QStringLiteral("secret")).toString();
    if (server.isEmpty())
        server = credential.value(QStringLiteral("server")).toString();
    const QUrl base(server);
    if (bearer.size() < 3 || !base.isValid() || base.scheme().isEmpty()) {
        err << "sync: the credential file has no credential_id and secret, or no --server URL was given\n";
        return 2;
    }

    if (!caPath.isEmpty()) {
        // A county with its own certificate authority (or a self-signed
        // certificate): trust it besides the system's.
        const auto certificates = QSslCertificate::fromPath(caPath, QSsl::Pem);
        if (certificates.isEmpty()) {
            err << "sync: --ca " << caPath << " holds no PEM certificate\n";
            return 2;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(certificates);
        QSslConfiguration::setDefaultConfiguration(tls);
    }

    const QString connection = QStringLiteral("jingban-cli-sync");
    int code = 0;
    {
        auto opened = Database::open(dbPath, connection);
        if (!opened) {
            err << "sync: " << opened.errorText() << '\n';
            return 1;
        }
        QNetworkAccessManager nam;
        SyncClient client(opened.value());
        const auto report = SyncRunner::run(
            client,
            [&](const QString &method, const QString &path, const QJsonObject &body) {
                return httpRequest(nam, base, bearer, method, path, body);
            },
            batch, page);
        out << "sync: pushed " << report.pushed << " (" << report.applied << " applied, " << report.duplicates
            << " already applied, " << report.rejected << " rejected, " << report.conflicts << " conflicts), pulled "
            << report.pulled << ", cursor " << report.cursor << '\n';
        for (const QString &p : report.problems)
            err << "sync: " << p << '\n';
        if (!report.completed) {
            err << "sync: stopped: " << report.error << '\n';
            code = 1;
        } else if (!report.agree) {
            err << "sync: this replica and the county do not agree\n";
            code = 1;
        } else {
            out << "sync: this replica and the county agree\n";
        }
    }
    Database::close(connection);
    return code;
}
