#include "countyserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <cstdio>

namespace {
QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    default: return QStringLiteral("OTHER");
    }
}

QString header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(value);
    return {};
}
} // namespace

bool CountyServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const QString method = methodName(request.method());
    const QString path = request.url().path();
    const SyncHttpResponse r = m_api.handle(method, path, request.query(), header(request, "Authorization"),
                                            header(request, "Jingban-Protocol"), request.body());
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QJsonDocument(r.body), static_cast<QHttpServerResponder::StatusCode>(r.status));
    // One JSON line per request (no credentials, no bodies).
    const QJsonObject log = {{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("method"), method},
                             {QStringLiteral("path"), path},
                             {QStringLiteral("status"), r.status},
                             {QStringLiteral("ms"), timer.elapsed()},
                             {QStringLiteral("peer"), socket->peerAddress().toString()}};
    std::fprintf(stderr, "%s\n", QJsonDocument(log).toJson(QJsonDocument::Compact).constData());
    return true;
}

void CountyServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(QJsonDocument(SyncApi::error(404, QStringLiteral("not_found"), QStringLiteral("No such path.")).body),
               QHttpServerResponder::StatusCode::NotFound);
}
