#include "storage/database.h"
#include "storage/migrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

class TestMigrations : public QObject
{
    Q_OBJECT
private:
    static QString pragma(const QSqlDatabase &db, const char *name)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        return q.next() ? q.value(0).toString() : QString();
    }
    static QStringList tables(const QSqlDatabase &db)
    {
        QStringList list;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            list << q.value(0).toString();
        return list;
    }

private slots:
    void migratesFreshDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.db"));
        {
            auto db = Database::open(path, QStringLiteral("fresh"));
            QVERIFY2(db.ok(), qPrintable(db.errorText()));
            QCOMPARE(Database::schemaVersion(db.value()), Migrator::latestVersion());
            QVERIFY(Migrator::latestVersion() >= 1);
            QCOMPARE(pragma(db.value(), "journal_mode"), QStringLiteral("wal"));
            QCOMPARE(pragma(db.value(), "synchronous"), QStringLiteral("2"));   // FULL
            QCOMPARE(pragma(db.value(), "foreign_keys"), QStringLiteral("1"));
            const QStringList t = tables(db.value());
            for (const char *name : {"township", "village", "institution", "household", "person", "enrollment",
                                     "receipt", "disease", "filing", "claim", "settlement", "policy", "app_user",
                                     "audit_log", "sync_outbox", "sync_state"})
                QVERIFY2(t.contains(QLatin1String(name)), name);
        }
        Database::close(QStringLiteral("fresh"));
        // Opening again applies nothing and keeps the version.
        auto again = Database::open(path, QStringLiteral("again"));
        QVERIFY(again.ok());
        QCOMPARE(Database::schemaVersion(again.value()), Migrator::latestVersion());
        again = Result<QSqlDatabase>(Validation());
        Database::close(QStringLiteral("again"));
    }

    void migratesStepByStep()
    {
        QTemporaryDir dir;
        {
            auto raw = Database::openRaw(dir.filePath(QStringLiteral("steps.db")), QStringLiteral("steps"));
            QVERIFY(raw.ok());
            QSqlDatabase db = raw.value();
            QCOMPARE(Database::schemaVersion(db), 0);
            const auto migrations = Migrator::available();
            int previous = 0;
            for (const auto &m : migrations) {
                QVERIFY2(m.version == previous + 1, "migrations are numbered without gaps");
                auto r = Migrator::migrate(db, m.version);
                QVERIFY2(r.ok(), qPrintable(r.errorText()));
                QCOMPARE(r.value(), m.version);
                QCOMPARE(Database::schemaVersion(db), m.version);
                previous = m.version;
            }
        }
        Database::close(QStringLiteral("steps"));
    }

    void failedMigrationLeavesNothing()
    {
        QTemporaryDir dir;
        {
            auto raw = Database::openRaw(dir.filePath(QStringLiteral("broken.db")), QStringLiteral("broken"));
            QVERIFY(raw.ok());
            QSqlDatabase db = raw.value();
            // A table in the way makes migration 1 fail half-way.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE person (x)")));
            auto r = Migrator::migrate(db);
            QVERIFY(!r.ok());
            QVERIFY(r.errorText().contains(QLatin1String("nothing of it was applied")));
            QCOMPARE(Database::schemaVersion(db), 0);
            QCOMPARE(tables(db), QStringList{QStringLiteral("person")});
        }
        Database::close(QStringLiteral("broken"));
    }

    void refusesDatabaseOfNewerProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            auto raw = Database::openRaw(path, QStringLiteral("newer"));
            QVERIFY(raw.ok());
            QSqlQuery q(raw.value());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)));
        }
        Database::close(QStringLiteral("newer"));
        auto db = Database::open(path, QStringLiteral("newer2"));
        QVERIFY(!db.ok());
        QVERIFY2(db.errorText().contains(QLatin1String("newer Jingban")), qPrintable(db.errorText()));
        Database::close(QStringLiteral("newer2"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
