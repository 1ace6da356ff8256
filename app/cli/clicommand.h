#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// One subcommand of jingban-cli. Exit codes: 0 success, 1 the work failed
// (for example a check found a problem), 2 bad input or usage.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // args excludes the program and the subcommand name.
    virtual int run(const QStringList &args, QTextStream &out, QTextStream &err) = 0;
};
