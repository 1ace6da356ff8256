#include "migrator.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = re.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({m.captured(1).toInt(), m.captured(2), f.readAll()});
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion()
{
    const auto list = available();
    return list.isEmpty() ? 0 : list.last().version;
}

static QString sqliteError(sqlite3 *h)
{
    return QString::fromUtf8(sqlite3_errmsg(h));
}

Result<int> Migrator::migrate(QSqlDatabase &db, int targetVersion)
{
    const int latest = latestVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    int current = Database::schemaVersion(db);
    if (current < 0)
        return Result<int>::failure(QStringLiteral("database"), tr("Cannot read the schema version of the database."));
    if (current > latest)
        return Result<int>::failure(
            QStringLiteral("database"),
            tr("This database has schema version %1, made by a newer Jingban; this program knows version %2 at most. "
               "Install the newer program to open it.")
                .arg(current)
                .arg(latest));

    sqlite3 *h = Database::handle(db);
    if (!h)
        return Result<int>::failure(QStringLiteral("database"), tr("The database is not an SQLite database."));

    for (const Migration &m : available()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        // Multi-statement SQL goes through sqlite3_exec: QSqlQuery runs one
        // statement only. The version is set inside the same transaction.
        const QByteArray script = "BEGIN IMMEDIATE;\n" + m.sql + "\nPRAGMA user_version = "
                                  + QByteArray::number(m.version) + ";\nCOMMIT;";
        char *message = nullptr;
        if (sqlite3_exec(h, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString error = message ? QString::fromUtf8(message) : sqliteError(h);
            sqlite3_free(message);
            sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
            return Result<int>::failure(QStringLiteral("database"),
                                        tr("Migration %1 (%2) failed, nothing of it was applied: %3")
                                            .arg(m.version)
                                            .arg(m.name, error));
        }
        current = m.version;
    }
    return current;
}
