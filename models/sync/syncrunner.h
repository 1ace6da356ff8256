#pragma once

#include "syncapi.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <functional>

// One request of the sync API: method, path with query, body (for POST).
// Returns status 0 when no answer came (connection refused, cut, timeout).
using SyncTransport = std::function<SyncHttpResponse(const QString &method, const QString &pathAndQuery,
                                                     const QJsonObject &body)>;

// A whole sync over any transport: hello, push until the outbox is empty,
// pull until nothing is left, then compare digests. Every request is retried
// a few times when no answer or a 5xx came (all requests are idempotent).
class SyncRunner
{
    Q_DECLARE_TR_FUNCTIONS(SyncRunner)
public:
    struct Report
    {
        bool completed = false;   // every step ran
        bool agree = false;       // nothing pending and the digests match
        int pushed = 0;
        int applied = 0;
        int duplicates = 0;
        int rejected = 0;
        int conflicts = 0;
        int pulled = 0;           // rows written from the county
        qint64 cursor = 0;
        QStringList problems;     // rejections, conflicts, differences
        QString error;            // why it stopped, in words
    };

    static Report run(SyncClient &client, const SyncTransport &transport, int pushBatch = 500, int pullLimit = 500,
                      int attempts = 3);
};
