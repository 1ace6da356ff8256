#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Applies the numbered SQL files of resources/sql (compiled in at :/sql) in
// order, each in its own transaction together with the new PRAGMA
// user_version, so a crash leaves the old version or the new one.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QByteArray sql;
    };

    // The migrations this program knows, sorted by version.
    static QList<Migration> available();
    // The newest schema version this program knows.
    static int latestVersion();

    // Migrates up to targetVersion (default: latest). Returns the version now in force.
    static Result<int> migrate(QSqlDatabase &db, int targetVersion = -1);
};
