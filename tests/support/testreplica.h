#pragma once

// A fresh replica in a temporary directory with one township, two villages,
// and the users the service tests need. Header-only: included by tests.

#include "services/changewriter.h"
#include "services/geographyservice.h"
#include "services/householdservice.h"
#include "services/userservice.h"
#include "domain/idnumber.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestReplica
{
public:
    TestReplica()
    {
        connection = QUuid::createUuid().toString();
        path = dir.filePath(QStringLiteral("replica.db"));
        auto opened = Database::open(path, connection);
        if (!opened)
            qFatal("cannot open test replica: %s", qPrintable(opened.errorText()));
        db = opened.value();
    }
    ~TestReplica()
    {
        db = QSqlDatabase();
        Database::close(connection);
    }

    // Township 示范镇 with admin, clerk, reviewer; a county admin held in
    // memory only (county accounts are provisioned by the county server).
    void setUpTownship()
    {
        auto admin = UserService::firstRunSetup(
            db, {QStringLiteral("360100"), QStringLiteral("360100101"), QStringLiteral("示范镇")},
            {QStringLiteral("admin"), QStringLiteral("管理员"), Role::TownshipAdmin, {}, QStringLiteral("secret-admin")});
        QVERIFY2(admin.ok(), qPrintable(admin.errorText()));
        townshipAdmin = admin.value();
        townshipId = townshipAdmin.townshipId;
        countyAdmin = {QStringLiteral("county-admin"), QStringLiteral("county"), QStringLiteral("县管理员"),
                       Role::CountyAdmin, {}};
        ChangeWriter county(db, countyAdmin);
        GeographyService geo(county);
        auto v1 = geo.createVillage(townshipId, QStringLiteral("360100101001"), QStringLiteral("东村"));
        QVERIFY2(v1.ok(), qPrintable(v1.errorText()));
        villageId = v1->value(QStringLiteral("id")).toString();
        auto v2 = geo.createVillage(townshipId, QStringLiteral("360100101002"), QStringLiteral("西村"));
        QVERIFY2(v2.ok(), qPrintable(v2.errorText()));
        ChangeWriter adminWriter(db, townshipAdmin);
        UserService users(adminWriter);
        auto c = users.createUser({QStringLiteral("clerk"), QStringLiteral("王经办"), Role::Clerk, townshipId,
                                   QStringLiteral("secret-clerk")});
        QVERIFY2(c.ok(), qPrintable(c.errorText()));
        clerk = *UserService::byLogin(db, QStringLiteral("clerk"));
        auto r = users.createUser({QStringLiteral("reviewer"), QStringLiteral("李审核"), Role::Reviewer, townshipId,
                                   QStringLiteral("secret-reviewer")});
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        reviewer = *UserService::byLogin(db, QStringLiteral("reviewer"));
    }

    qint64 count(const QString &table) const
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QTemporaryDir dir;
    QString connection;
    QString path;
    QSqlDatabase db;
    QString townshipId;
    QString villageId;
    SessionUser townshipAdmin;
    SessionUser countyAdmin;
    SessionUser clerk;
    SessionUser reviewer;
};

// Valid id numbers for tests: region 360102, the given birth date and sequence.
inline QString testIdNumber(const QString &birth, int sequence)
{
    const QString first17 = QStringLiteral("360102") + birth + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}
