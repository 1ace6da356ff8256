#pragma once

#include "syncapi.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

// The sync API over HTTP(S) with QNetworkAccessManager, one blocking request
// at a time (a local event loop), for a thread that does nothing else while
// it syncs: the workstation's sync worker. Remembers the last answer's
// status so that a failed sync can be told in plain words.
class SyncHttpTransport
{
public:
    // caPem: certificates to trust besides the system's (the county's own authority).
    SyncHttpTransport(const QUrl &base, const QString &bearer, int timeoutMs = 60000, const QByteArray &caPem = {});

    SyncHttpResponse request(const QString &method, const QString &pathAndQuery, const QJsonObject &body);
    int lastStatus() const { return m_lastStatus; }
    QString lastError() const { return m_lastError; }
    // The last request failed because the server's certificate is not trusted.
    bool lastFailedOnCertificate() const { return m_certificateFailed; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_authorization;
    int m_timeoutMs;
    QSslConfiguration m_tls;
    int m_lastStatus = -1;
    QString m_lastError;
    bool m_certificateFailed = false;
};
