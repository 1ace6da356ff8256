#include "auditcommand.h"

#include "services/auditchain.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace {
const char *kUsage = "usage: jingban-cli audit verify --db FILE\n";
}

int AuditCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty() || args[0] != QLatin1String("verify")) {
        err << (args.isEmpty() ? QStringLiteral("audit: which action?") : QStringLiteral("audit: unknown action '%1'").arg(args[0]))
            << '\n' << kUsage;
        return 2;
    }
    QString path;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            path = args[++i];
        else {
            err << "audit verify: unknown or incomplete option '" << args[i] << "'\n" << kUsage;
            return 2;
        }
    }
    if (path.isEmpty()) {
        err << "audit verify: --db FILE is required\n" << kUsage;
        return 2;
    }
    if (!QFileInfo(path).isFile()) {
        err << "audit verify: " << path << " does not exist\n";
        return 2;
    }
    const QString connection = QStringLiteral("jingban-cli-audit");
    int code = 0;
    {
        auto opened = Database::openRaw(path, connection);
        if (!opened) {
            err << "audit verify: " << opened.errorText() << '\n';
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const AuditChain::Report report = AuditChain::verify(opened.value());
        if (report.ok()) {
            out << "audit verify: the chain is intact: " << report.entries << " entries checked in "
                << timer.elapsed() << " ms\n";
        } else {
            err << "audit verify: the chain is broken at entry " << report.firstBadSeq << ": " << report.problem
                << " (" << report.entries << " entries read)\n";
            code = 1;
        }
    }
    Database::close(connection);
    return code;
}
