#include "clicommand.h"
#include "commandregistry.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char **argv)
{
    Database::configureSqlite();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jingban-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Jingban"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    CommandRegistry registry;

    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("help")) {
        out << "usage: jingban-cli <command> [options]\n\ncommands:\n";
        for (CliCommand *c : registry.commands())
            out << "  " << c->name().leftJustified(10) << c->summary() << '\n';
        return args.size() < 2 ? 2 : 0;
    }
    CliCommand *command = registry.find(args[1]);
    if (!command) {
        err << "jingban-cli: unknown command '" << args[1] << "' (see jingban-cli --help)\n";
        return 2;
    }
    const int code = command->run(args.mid(2), out, err);
    out.flush();
    err.flush();
    return code;
}
