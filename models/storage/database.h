#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// The workstation's local replica: one SQLite file in WAL mode with
// synchronous=FULL and foreign keys on, migrated to the program's schema.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // Opens (creating if needed) and migrates the replica at path under the
    // given Qt connection name. Refuses a database made by a newer program.
    // Call first thing in main(), before any database is opened: turns off
    // SQLite's memory statistics, which take a global mutex around every
    // allocation SQLite makes (about a tenth of the CPU of a bulk load).
    static void configureSqlite();

    static Result<QSqlDatabase> open(const QString &path,
                                     const QString &connectionName = QLatin1String(QSqlDatabase::defaultConnection));
    // Opens without migrating (for inspection and the step-by-step migration test).
    static Result<QSqlDatabase> openRaw(const QString &path, const QString &connectionName);
    static void close(const QString &connectionName);

    // The raw SQLite handle behind a QSQLITE connection (for multi-statement
    // migrations and bulk paths).
    static sqlite3 *handle(const QSqlDatabase &db);

    // PRAGMA user_version.
    static int schemaVersion(const QSqlDatabase &db);
};
