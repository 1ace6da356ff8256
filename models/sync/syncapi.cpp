#include "syncapi.h"

#include "syncprotocol.h"

#include "storage/migrator.h"

#include <QJsonDocument>

int SyncApi::schema()
{
    return Migrator::latestVersion();
}

SyncHttpResponse SyncApi::error(int status, const QString &code, const QString &message)
{
    return {status, {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}};
}

SyncHttpResponse SyncApi::hello(const QUrlQuery &query) const
{
    bool okProtocol = false, okSchema = false;
    const int protocol = query.queryItemValue(QStringLiteral("protocol")).toInt(&okProtocol);
    const int clientSchema = query.queryItemValue(QStringLiteral("schema")).toInt(&okSchema);
    if (!okProtocol || !okSchema)
        return error(400, QStringLiteral("bad_request"), tr("hello needs the client's protocol and schema numbers."));
    if (protocol < SyncProtocol::kMinProtocol || clientSchema < kMinClientSchema) {
        SyncHttpResponse r = error(426, QStringLiteral("upgrade_required"),
                                   tr("This workstation's Jingban speaks sync protocol %1 (schema %2); the county server "
                                      "needs protocol %3 and schema %4 at least. Install the newer Jingban, then sync again.")
                                       .arg(protocol)
                                       .arg(clientSchema)
                                       .arg(SyncProtocol::kMinProtocol)
                                       .arg(kMinClientSchema));
        r.body.insert(QStringLiteral("min_protocol"), SyncProtocol::kMinProtocol);
        r.body.insert(QStringLiteral("min_schema"), kMinClientSchema);
        return r;
    }
    if (protocol > SyncProtocol::kProtocol || clientSchema > schema())
        return error(426, QStringLiteral("upgrade_required"),
                     tr("This workstation's Jingban (protocol %1, schema %2) is newer than the county server "
                        "(protocol %3, schema %4). The county must upgrade jingban-county first.")
                         .arg(protocol)
                         .arg(clientSchema)
                         .arg(SyncProtocol::kProtocol)
                         .arg(schema()));
    return {200,
            {{QStringLiteral("server"), QStringLiteral("jingban-county")},
             {QStringLiteral("server_version"), QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("0.1.0") : QCoreApplication::applicationVersion()},
             {QStringLiteral("protocol"), SyncProtocol::kProtocol},
             {QStringLiteral("min_protocol"), SyncProtocol::kMinProtocol},
             {QStringLiteral("schema"), schema()},
             {QStringLiteral("min_schema"), kMinClientSchema},
             {QStringLiteral("county_code"), m_countyCode}}};
}

SyncHttpResponse SyncApi::handle(const QString &method, const QString &path, const QUrlQuery &query,
                                 const QString &authorization, const QString &protocolHeader, const QByteArray &body)
{
    static const QStringList known = {QStringLiteral("/api/v1/hello"), QStringLiteral("/api/v1/push"),
                                      QStringLiteral("/api/v1/pull"), QStringLiteral("/api/v1/digest")};
    if (!known.contains(path))
        return error(404, QStringLiteral("not_found"), tr("No such API path: %1").arg(path));
    const bool isPush = path.endsWith(QLatin1String("/push"));
    if (method != (isPush ? QLatin1String("POST") : QLatin1String("GET")))
        return error(405, QStringLiteral("method_not_allowed"), tr("%1 takes %2.").arg(path, isPush ? QStringLiteral("POST") : QStringLiteral("GET")));
    if (path.endsWith(QLatin1String("/hello")))
        return hello(query);

    const auto credential = m_store.authenticate(authorization);
    if (!credential)
        return error(401, QStringLiteral("unauthorized"), tr("The workstation credential is unknown, wrong or revoked."));
    bool okProtocol = false;
    const int protocol = protocolHeader.toInt(&okProtocol);
    if (!okProtocol || protocol < SyncProtocol::kMinProtocol || protocol > SyncProtocol::kProtocol)
        return error(426, QStringLiteral("upgrade_required"),
                     tr("Sync protocol %1 is not spoken here (the county server speaks %2 to %3).")
                         .arg(protocolHeader)
                         .arg(SyncProtocol::kMinProtocol)
                         .arg(SyncProtocol::kProtocol));

    if (isPush) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return error(400, QStringLiteral("bad_request"), tr("The push body is not a JSON object."));
        const int clientSchema = doc.object().value(QStringLiteral("schema")).toInt(-1);
        if (clientSchema != -1 && (clientSchema < kMinClientSchema || clientSchema > schema()))
            return error(426, QStringLiteral("upgrade_required"),
                         tr("Schema %1 is not accepted (the county server accepts %2 to %3).")
                             .arg(clientSchema)
                             .arg(kMinClientSchema)
                             .arg(schema()));
        const auto answer = m_store.push(*credential, doc.object());
        if (!answer) {
            const QString field = answer.errors().errors().value(0).field;
            if (field == QLatin1String("too_large"))
                return error(413, QStringLiteral("too_large"), answer.errorText());
            if (field == QLatin1String("request"))
                return error(400, QStringLiteral("bad_request"), answer.errorText());
            return error(500, QStringLiteral("server_error"), answer.errorText());
        }
        return {200, *answer};
    }
    if (path.endsWith(QLatin1String("/pull"))) {
        bool okCursor = false, okLimit = true;
        const qint64 cursor = query.queryItemValue(QStringLiteral("cursor")).toLongLong(&okCursor);
        int limit = SyncProtocol::kDefaultPullLimit;
        if (query.hasQueryItem(QStringLiteral("limit")))
            limit = query.queryItemValue(QStringLiteral("limit")).toInt(&okLimit);
        if (!okCursor || !okLimit)
            return error(400, QStringLiteral("bad_request"), tr("pull needs a cursor number and an optional limit number."));
        const auto page = m_store.pull(*credential, cursor, limit);
        if (!page)
            return error(page.errors().hasField(QStringLiteral("request")) ? 400 : 500,
                         page.errors().hasField(QStringLiteral("request")) ? QStringLiteral("bad_request")
                                                                           : QStringLiteral("server_error"),
                         page.errorText());
        return {200, *page};
    }
    return {200, m_store.digest(*credential)};
}
