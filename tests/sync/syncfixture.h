#pragma once

// A county server store and workstation replicas for the sync tests.
// Header-only: included by tests/sync.

#include "services/auditchain.h"
#include "services/changewriter.h"
#include "services/householdservice.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "sync/syncapi.h"
#include "sync/syncprotocol.h"
#include "sync/syncclient.h"
#include "sync/syncrunner.h"
#include "sync/syncserverstore.h"
#include "testreplica.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <memory>

struct CountyFixture
{
    CountyFixture()
    {
        connection = QUuid::createUuid().toString();
        auto opened = SyncServerStore::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("county.db")), connection);
        if (!opened)
            qFatal("cannot open the county database: %s", qPrintable(opened.errorText()));
        store = std::make_unique<SyncServerStore>(opened.value());
        auto migrated = store->migrate();
        if (!migrated)
            qFatal("cannot migrate the county database: %s", qPrintable(migrated.errorText()));
        api = std::make_unique<SyncApi>(*store, QStringLiteral("360100"));
    }
    ~CountyFixture()
    {
        api.reset();
        store.reset();
        Database::close(connection);
    }
    // Townships 360100101 (东镇) and 360100102 (西镇), a village each, a
    // clerk and a reviewer in the first, a clerk in the second, a credential each.
    void provision()
    {
        { auto t = store->provisionTownship(QStringLiteral("360100"), QStringLiteral("360100101"), QStringLiteral("东镇")); QVERIFY2(t.ok(), qPrintable(t.errorText())); }
        QVERIFY(store->provisionTownship(QStringLiteral("360100"), QStringLiteral("360100102"), QStringLiteral("西镇")).ok());
        auto v1 = store->provisionVillage(QStringLiteral("360100101"), QStringLiteral("360100101001"), QStringLiteral("东村"));
        QVERIFY(v1.ok());
        village1 = v1->value(QStringLiteral("id")).toString();
        township1 = v1->value(QStringLiteral("township_id")).toString();
        auto v2 = store->provisionVillage(QStringLiteral("360100102"), QStringLiteral("360100102001"), QStringLiteral("西村"));
        QVERIFY(v2.ok());
        village2 = v2->value(QStringLiteral("id")).toString();
        QVERIFY(store->provisionUser(QStringLiteral("clerk1"), QStringLiteral("王经办"), QStringLiteral("clerk"),
                                     QStringLiteral("360100101"), QStringLiteral("secret-clerk1")).ok());
        QVERIFY(store->provisionUser(QStringLiteral("reviewer1"), QStringLiteral("李审核"), QStringLiteral("reviewer"),
                                     QStringLiteral("360100101"), QStringLiteral("secret-reviewer1")).ok());
        QVERIFY(store->provisionUser(QStringLiteral("clerk2"), QStringLiteral("赵经办"), QStringLiteral("clerk"),
                                     QStringLiteral("360100102"), QStringLiteral("secret-clerk2")).ok());
        auto c1 = store->issueCredential(QStringLiteral("township"), QStringLiteral("360100101"), QStringLiteral("东镇 1"));
        QVERIFY(c1.ok());
        bearer1 = c1->bearer();
        auto c2 = store->issueCredential(QStringLiteral("township"), QStringLiteral("360100102"), QStringLiteral("西镇 1"));
        QVERIFY(c2.ok());
        bearer2 = c2->bearer();
    }
    SyncHttpResponse call(const QString &bearer, const QString &method, const QString &pathAndQuery, const QJsonObject &body = {})
    {
        const QUrl url(pathAndQuery);
        return api->handle(method, url.path(), QUrlQuery(url), QStringLiteral("Bearer ") + bearer, QString::number(SyncProtocol::kProtocol),
                           QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    SyncTransport transport(const QString &bearer)
    {
        return [this, bearer](const QString &method, const QString &path, const QJsonObject &body) {
            return call(bearer, method, path, body);
        };
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q(store->database());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QTemporaryDir dir;
    QString connection;
    std::unique_ptr<SyncServerStore> store;
    std::unique_ptr<SyncApi> api;
    QString township1, village1, village2, bearer1, bearer2;
};

// An empty workstation replica (it pulls its township from the county).
struct Workstation
{
    Workstation()
    {
        connection = QUuid::createUuid().toString();
        path = dir.filePath(QStringLiteral("replica.db"));
        auto opened = Database::open(path, connection);
        if (!opened)
            qFatal("cannot open a replica: %s", qPrintable(opened.errorText()));
        db = opened.value();
    }
    ~Workstation()
    {
        db = QSqlDatabase();
        Database::close(connection);
    }
    SessionUser user(const QString &login) const { return UserService::byLogin(db, login).value_or(SessionUser()); }
    qint64 count(const QString &sql) const
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QVariantMap row(const QString &entity, const QString &id) const
    {
        ChangeWriter w(db, {});
        return w.load(entity, id).value_or(QVariantMap());
    }

    QTemporaryDir dir;
    QString connection;
    QString path;
    QSqlDatabase db;
};

inline QString addHousehold(Workstation &w, const SessionUser &user, const QString &village, const QString &code,
                            const QString &idNumber)
{
    ChangeWriter writer(w.db, user);
    HouseholdService households(writer);
    auto h = households.createHousehold({village, code, QStringLiteral("3 号"), {}});
    if (!h) {
        qWarning("household: %s", qPrintable(h.errorText()));
        return {};
    }
    const QString id = h->value(QStringLiteral("id")).toString();
    auto p = households.addPerson({id, idNumber, QStringLiteral("张三"), QStringLiteral("self")});
    if (!p) {
        qWarning("person: %s", qPrintable(p.errorText()));
        return {};
    }
    return id;
}

// Every row whose newest audit entry is a pull: the entry's after_json is
// the row as the replica holds it (the pull writes it from the page, not by
// reading the row back). Returns the rows that differ, empty when none.
inline QStringList pulledAuditsDiffer(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT a.entity, a.row_id, a.after_json, a.at, a.user_id, a.workstation_id, a.before_json IS NULL "
                          "FROM audit_log a WHERE a.action = 'sync.pull' "
                          "AND a.seq = (SELECT MAX(b.seq) FROM audit_log b WHERE b.entity = a.entity AND b.row_id = a.row_id)"));
    while (q.next()) {
        const QString entity = q.value(0).toString();
        QVariantMap row = SyncProtocol::loadRow(db, entity, q.value(1).toString());
        if (entity == QLatin1String("app_user") && row.contains(QStringLiteral("password_hash")))
            row[QStringLiteral("password_hash")] = QStringLiteral("<redacted>");
        if (entity == QLatin1String("filing_attachment"))
            row.remove(QStringLiteral("content"));
        // The audit leaves out what the entry states (AuditChain::leaveOutStated).
        const QJsonObject expected = SyncProtocol::rowToJson(row);
        const QJsonObject logged = AuditChain::withStated(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                                                          q.value(1).toString(), q.value(3).toString(), q.value(4).toString(),
                                                          q.value(5).toString(), q.value(6).toBool());
        if (logged != expected)
            out << QStringLiteral("%1 %2: audit %3, row %4")
                       .arg(entity, q.value(1).toString(), q.value(2).toString(),
                            QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
    }
    return out;
}
