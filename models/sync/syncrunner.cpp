#include "syncrunner.h"

#include "syncprotocol.h"

#include <QJsonArray>
#include <QThread>

namespace {
SyncHttpResponse request(const SyncTransport &transport, const QString &method, const QString &path,
                         const QJsonObject &body, int attempts)
{
    SyncHttpResponse r;
    for (int i = 0; i < attempts; ++i) {
        r = transport(method, path, body);
        if (r.status != 0 && r.status < 500)
            return r;
        QThread::msleep(static_cast<unsigned long>(100 * (i + 1)));
    }
    return r;
}

QString describe(const SyncHttpResponse &r)
{
    if (r.status == 0)
        return SyncRunner::tr("The county server did not answer: %1").arg(r.message());
    return SyncRunner::tr("The county server answered %1: %2").arg(r.status).arg(r.message());
}
} // namespace

SyncRunner::Report SyncRunner::run(SyncClient &client, const SyncTransport &transport, int pushBatch, int pullLimit,
                                   int attempts)
{
    Report report;
    const SyncHttpResponse hello = request(
        transport, QStringLiteral("GET"),
        QStringLiteral("/api/v1/hello?protocol=%1&schema=%2").arg(SyncProtocol::kProtocol).arg(SyncApi::schema()), {}, attempts);
    if (!hello.ok()) {
        report.error = hello.status == 426 ? hello.message() : describe(hello);
        return report;
    }

    for (;;) {
        const QJsonObject batch = client.buildPush(pushBatch);
        const int size = batch.value(QStringLiteral("ops")).toArray().size();
        if (size == 0)
            break;
        const qint64 before = client.pendingCount();
        const SyncHttpResponse answer = request(transport, QStringLiteral("POST"), QStringLiteral("/api/v1/push"), batch, attempts);
        if (!answer.ok()) {
            report.error = describe(answer);
            return report;
        }
        const auto marked = client.applyPushAnswer(answer.body);
        if (!marked) {
            report.error = marked.errorText();
            return report;
        }
        report.pushed += size;
        report.applied += marked->applied;
        report.duplicates += marked->duplicates;
        report.rejected += marked->rejected;
        report.conflicts += marked->conflicts;
        report.problems += marked->problems;
        if (client.pendingCount() >= before) {
            report.error = tr("The county server answered none of the %1 operations sent.").arg(size);
            return report;
        }
    }

    for (;;) {
        const SyncHttpResponse page = request(
            transport, QStringLiteral("GET"),
            QStringLiteral("/api/v1/pull?cursor=%1&limit=%2").arg(client.cursor()).arg(pullLimit), {}, attempts);
        if (!page.ok()) {
            report.error = describe(page);
            return report;
        }
        const auto applied = client.applyPull(page.body);
        if (!applied) {
            report.error = applied.errorText();
            return report;
        }
        report.pulled += applied->written;
        report.cursor = applied->cursor;
        if (!applied->more)
            break;
    }

    const SyncHttpResponse digest = request(transport, QStringLiteral("GET"), QStringLiteral("/api/v1/digest"), {}, attempts);
    if (!digest.ok()) {
        report.error = describe(digest);
        return report;
    }
    report.completed = true;
    const QStringList differences = SyncClient::differences(client.digest(), digest.body);
    report.problems += differences;
    report.agree = differences.isEmpty() && client.pendingCount() == 0;
    return report;
}
