#include "democommand.h"

#include "demo/democountygenerator.h"

#include <QFileInfo>
#include <QLocale>

namespace {
const char *kUsage = "usage: jingban-cli demo --db FILE --scale small|township|county [--seed N]\n";
}

int DemoCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString path, scaleName = QStringLiteral("small");
    quint64 seed = 1;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--db") && hasValue)
            path = args[++i];
        else if (a == QLatin1String("--scale") && hasValue)
            scaleName = args[++i];
        else if (a == QLatin1String("--seed") && hasValue) {
            bool ok = false;
            seed = args[++i].toULongLong(&ok);
            if (!ok) {
                err << "demo: --seed must be a non-negative integer, not '" << args[i] << "'\n" << kUsage;
                return 2;
            }
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << kUsage;
            return 0;
        } else {
            err << "demo: unknown or incomplete option '" << a << "'\n" << kUsage;
            return 2;
        }
    }
    if (path.isEmpty()) {
        err << "demo: --db FILE is required\n" << kUsage;
        return 2;
    }
    const auto scale = DemoCountyGenerator::scaleFromName(scaleName);
    if (!scale) {
        err << "demo: --scale must be small, township or county, not '" << scaleName << "'\n";
        return 2;
    }
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        err << "demo: " << path << " exists and is not empty; the demo county is written only into a new file. "
            << "Remove it or choose another path.\n";
        return 2;
    }

    out << "demo: writing the " << scaleName << " demo county (seed " << seed << ") into " << path << '\n';
    out.flush();
    DemoCountyGenerator generator({*scale, seed});
    generator.setProgress([&](const QString &line) {
        out << "  " << line << '\n';
        out.flush();
    });
    const auto result = generator.generate(path);
    if (!result) {
        err << "demo: " << result.errorText() << '\n';
        return 1;
    }
    const QLocale c = QLocale::c();
    out << "demo: done in " << QString::number(result->elapsedMs / 1000.0, 'f', 1) << " s, "
        << c.toString(result->totalRows) << " rows (each with its audit entry and outbox operation)\n";
    for (const auto &[table, count] : result->rows)
        out << "  " << table.leftJustified(12) << c.toString(count).rightJustified(12) << '\n';
    out << "logins: county.admin, certifier; first township: admin, clerk, reviewer; others: admin02, clerk02, ...; "
        << "password: " << DemoCountyGenerator::demoPassword() << '\n';
    return 0;
}
