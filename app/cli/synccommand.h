#pragma once

#include "clicommand.h"

// jingban-cli sync --db FILE --server URL --credential FILE
// Push, then pull until nothing is left; exit 0 only when both sides agree.
class SyncCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override
    {
        return QStringLiteral("sync --db FILE --server URL --credential FILE: sync once with the county server");
    }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};
