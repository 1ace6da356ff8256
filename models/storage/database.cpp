#include "database.h"

#include "migrator.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

Result<QSqlDatabase> Database::openRaw(const QString &path, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return Result<QSqlDatabase>::failure(QStringLiteral("database"),
                                             tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    const char *pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                             "PRAGMA busy_timeout=5000", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"};
    for (const char *p : pragmas) {
        if (!q.exec(QLatin1String(p)))
            return Result<QSqlDatabase>::failure(QStringLiteral("database"),
                                                 tr("Cannot configure the database %1: %2").arg(path, q.lastError().text()));
    }
    return db;
}

Result<QSqlDatabase> Database::open(const QString &path, const QString &connectionName)
{
    auto opened = openRaw(path, connectionName);
    if (!opened)
        return opened;
    QSqlDatabase db = opened.value();
    const auto migrated = Migrator::migrate(db);
    if (!migrated) {
        db.close();
        return Result<QSqlDatabase>(migrated.errors());
    }
    return db;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

sqlite3 *Database::handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

int Database::schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

void Database::configureSqlite()
{
    // Only possible before SQLite initializes; later it returns SQLITE_MISUSE
    // and changes nothing, which is harmless.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
