#include "checkcommand.h"

#include "services/auditchain.h"
#include "services/changewriter.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
const char *kUsage = "usage: jingban-cli check --db FILE [--quick]\n"
                     "  --quick  PRAGMA quick_check instead of the full integrity_check\n";
}

int CheckCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString path;
    bool quick = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            path = args[++i];
        else if (args[i] == QLatin1String("--quick"))
            quick = true;
        else {
            err << "check: unknown or incomplete option '" << args[i] << "'\n" << kUsage;
            return 2;
        }
    }
    if (path.isEmpty()) {
        err << "check: --db FILE is required\n" << kUsage;
        return 2;
    }
    if (!QFileInfo(path).isFile()) {
        err << "check: " << path << " does not exist\n";
        return 2;
    }

    const QString connection = QStringLiteral("jingban-cli-check");
    int problems = 0;
    const QLocale c = QLocale::c();
    auto line = [&](bool ok, const QString &what, const QString &detail) {
        out << (ok ? "  ok       " : "  PROBLEM  ") << what.leftJustified(22) << detail << '\n';
        out.flush();
        if (!ok)
            ++problems;
    };
    {
        auto opened = Database::openRaw(path, connection);
        if (!opened) {
            err << "check: " << opened.errorText() << '\n';
            return 1;
        }
        QSqlDatabase db = opened.value();
        out << "check: " << path << " (" << c.toString(QFileInfo(path).size()) << " bytes)\n";
        QElapsedTimer timer;

        // 1. The file itself.
        timer.start();
        {
            QSqlQuery q(db);
            QStringList messages;
            if (!q.exec(QLatin1String(quick ? "PRAGMA quick_check" : "PRAGMA integrity_check")))
                messages << q.lastError().text();
            while (q.next())
                messages << q.value(0).toString();
            const bool ok = messages == QStringList{QStringLiteral("ok")};
            line(ok, quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"),
                 ok ? QStringLiteral("%1 ms").arg(timer.elapsed())
                    : messages.mid(0, 5).join(QLatin1String("; ")) + (messages.size() > 5 ? QStringLiteral("; …") : QString()));
        }

        // 2. Foreign keys.
        timer.restart();
        {
            QSqlQuery q(db);
            QStringList rows;
            qint64 count = 0;
            const bool ran = q.exec(QStringLiteral("PRAGMA foreign_key_check"));
            while (q.next()) {
                if (++count <= 5)
                    rows << QStringLiteral("%1 row %2 → %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            }
            line(ran && count == 0, QStringLiteral("foreign_key_check"),
                 !ran ? q.lastError().text()
                 : count == 0 ? QStringLiteral("%1 ms").arg(timer.elapsed())
                              : QStringLiteral("%1 dangling references: %2").arg(count).arg(rows.join(QLatin1String("; "))));
        }

        // 3. Schema version.
        {
            const int version = Database::schemaVersion(db), latest = Migrator::latestVersion();
            line(version == latest, QStringLiteral("schema version"),
                 version == latest ? QStringLiteral("%1 (this program's)").arg(version)
                 : version > latest ? QStringLiteral("%1, newer than this program's %2: use a newer program").arg(version).arg(latest)
                                    : QStringLiteral("%1, older than this program's %2: opening it in jingban migrates it").arg(version).arg(latest));
        }

        // 4. The audit chain.
        timer.restart();
        {
            const AuditChain::Report report = AuditChain::verify(db);
            line(report.ok(), QStringLiteral("audit chain"),
                 report.ok() ? QStringLiteral("%1 entries intact, %2 ms").arg(c.toString(report.entries)).arg(timer.elapsed())
                             : QStringLiteral("broken at entry %1: %2").arg(report.firstBadSeq).arg(report.problem));
        }

        // 5. Rows per table (tombstones apart for synced tables).
        out << "  rows:\n";
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery q(db);
            // Table names come from sqlite_master, not from input.
            const bool synced = ChangeWriter::isSyncedEntity(table);
            q.exec(synced ? QStringLiteral("SELECT COUNT(*), COALESCE(SUM(deleted), 0) FROM \"%1\"").arg(table)
                          : QStringLiteral("SELECT COUNT(*), 0 FROM \"%1\"").arg(table));
            q.next();
            const qint64 n = q.value(0).toLongLong(), deleted = q.value(1).toLongLong();
            out << "    " << table.leftJustified(20) << c.toString(n).rightJustified(12)
                << (deleted ? QStringLiteral("  (%1 tombstones)").arg(c.toString(deleted)) : QString()) << '\n';
        }
        out << (problems == 0 ? "check: all good\n" : "check: problems found\n");
    }
    Database::close(connection);
    return problems == 0 ? 0 : 1;
}
