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
#include <QUrlQuery>
#include <QCoreApplication>

namespace {
const char *kUsage = "usage: jingban-cli sync --db FILE --server URL --credential FILE [--batch N] [--page N] [--ca FILE]\n";

// One HTTP request, sent (the answer is awaited by receive()).
QNetworkReply *send(QNetworkAccessManager &nam, const QUrl &base, const QString &bearer, const QString &method,
                    const QString &pathAndQuery, const QJsonObject &body)
{
    QUrl url = base.resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    request.setRawHeader("Jingban-Protocol", QByteArray::number(SyncProtocol::kProtocol));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(60000);
    return method == QLatin1String("POST") ? nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))
                                           : nam.get(request);
}

// Waits (with the request's timeout) for the answer of a sent request.
SyncHttpResponse receive(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
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

// The transport of jingban-cli sync. A pull only reads (section 1.2 of
// docs/sync-protocol.md), so when a page says more follow, the next page
// is asked for at once: the county builds it while this replica applies
// the one just received. A request other than the one foreseen drops it.
class Transport
{
public:
    Transport(QNetworkAccessManager &nam, const QUrl &base, const QString &bearer) : m_nam(nam), m_base(base), m_bearer(bearer) {}
    ~Transport() { drop(); }

    SyncHttpResponse operator()(const QString &method, const QString &path, const QJsonObject &body)
    {
        QNetworkReply *reply = nullptr;
        if (m_next && method == QLatin1String("GET") && path == m_nextPath)
            std::swap(reply, m_next);
        drop();
        if (!reply)
            reply = send(m_nam, m_base, m_bearer, method, path, body);
        const SyncHttpResponse r = receive(reply);
        if (method == QLatin1String("GET") && path.startsWith(QLatin1String("/api/v1/pull?")) && r.status == 200
            && r.body.value(QStringLiteral("more")).toBool()) {
            const QUrlQuery query(QUrl(path).query());
            m_nextPath = QStringLiteral("/api/v1/pull?cursor=%1&limit=%2")
                             .arg(r.body.value(QStringLiteral("cursor")).toInteger())
                             .arg(query.queryItemValue(QStringLiteral("limit")));
            m_next = send(m_nam, m_base, m_bearer, method, m_nextPath, {});
            // Let the request leave now, not when this thread next waits.
            QCoreApplication::processEvents();
        }
        return r;
    }

private:
    void drop()
    {
        if (m_next) {
            m_next->abort();
            m_next->deleteLater();
            m_next = nullptr;
        }
    }
    QNetworkAccessManager &m_nam;
    QUrl m_base;
    QString m_bearer;
    QNetworkReply *m_next = nullptr;
    QString m_nextPath;
};
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
        Transport transport(nam, base, bearer);
        const auto report = SyncRunner::run(
            client,
            [&](const QString &method, const QString &path, const QJsonObject &body) { return transport(method, path, body); },
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
