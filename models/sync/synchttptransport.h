#pragma once

#include "syncapi.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

// The sync API over HTTP(S) with QNetworkAccessManager, one blocking request
// at a time (a local event loop), for a thread that does nothing else while
// it syncs: the workstation's sync worker. Remembers the last answer's
// status so that a failed sync can be told in plain words.
class SyncHttpTransport
{
public:
    SyncHttpTransport(const QUrl &base, const QString &bearer, int timeoutMs = 60000);

    SyncHttpResponse request(const QString &method, const QString &pathAndQuery, const QJsonObject &body);
    int lastStatus() const { return m_lastStatus; }
    QString lastError() const { return m_lastError; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_authorization;
    int m_timeoutMs;
    int m_lastStatus = -1;
    QString m_lastError;
};
