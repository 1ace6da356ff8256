#pragma once

#include "sync/syncapi.h"

#include <QAbstractHttpServer>

// The HTTP face of SyncApi: every request goes to SyncApi::handle and its
// JSON answer is written back; one structured log line per request.
class CountyServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit CountyServer(SyncApi &api, QObject *parent = nullptr) : QAbstractHttpServer(parent), m_api(api) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SyncApi &m_api;
};
