#include "synchttptransport.h"

#include "syncprotocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

SyncHttpTransport::SyncHttpTransport(const QUrl &base, const QString &bearer, int timeoutMs, const QByteArray &caPem)
    : m_base(base), m_authorization("Bearer " + bearer.toLatin1()), m_timeoutMs(timeoutMs),
      m_tls(QSslConfiguration::defaultConfiguration())
{
    if (!caPem.isEmpty())
        m_tls.addCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    // The base URL may end in /api/v1 or not: paths are absolute.
    m_base.setPath(QString());
}

SyncHttpResponse SyncHttpTransport::request(const QString &method, const QString &pathAndQuery, const QJsonObject &body)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Jingban-Protocol", QByteArray::number(SyncProtocol::kProtocol));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    if (request.url().scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_tls);
    QNetworkReply *reply = method == QLatin1String("POST")
                               ? m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))
                               : m_nam.get(request);
    bool certificateFailed = false;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&certificateFailed] { certificateFailed = true; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    SyncHttpResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    if (r.status == 0 || (r.body.isEmpty() && r.status != 200))
        r.body.insert(QStringLiteral("message"), reply->errorString());
    if (r.status == 200 && r.body.isEmpty())
        r.status = 0;   // a cut answer: the runner retries
    m_lastStatus = r.status;
    m_lastError = r.status == 0 ? reply->errorString() : QString();
    m_certificateFailed = r.status == 0 && certificateFailed;
    reply->deleteLater();
    return r;
}
