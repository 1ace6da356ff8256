#pragma once

#include "syncserverstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

// An HTTP answer of the sync API: status code and JSON body.
struct SyncHttpResponse
{
    int status = 0;       // 0: no answer (the transport failed)
    QJsonObject body;
    bool ok() const { return status == 200; }
    QString message() const { return body.value(QStringLiteral("message")).toString(); }
};

// The routes of /api/v1 over a SyncServerStore, independent of the HTTP
// library (server/ hands requests in; tests call it directly).
class SyncApi
{
    Q_DECLARE_TR_FUNCTIONS(SyncApi)
public:
    // 9: the relief tables are synced (an older replica would stop at the
    // first pulled adjustment as "unknown kind"; it is told to upgrade instead).
    static constexpr int kMinClientSchema = 9;

    explicit SyncApi(SyncServerStore &store, QString countyCode = {}) : m_store(store), m_countyCode(std::move(countyCode)) {}

    SyncHttpResponse handle(const QString &method, const QString &path, const QUrlQuery &query,
                            const QString &authorization, const QString &protocolHeader, const QByteArray &body);

    static SyncHttpResponse error(int status, const QString &code, const QString &message);
    // Client schema: the replica schema this program writes.
    static int schema();

private:
    SyncHttpResponse hello(const QUrlQuery &query) const;

    SyncServerStore &m_store;
    QString m_countyCode;
};
