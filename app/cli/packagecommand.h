#pragma once

#include "clicommand.h"

// jingban-cli package key|export|import: sync through signed files when there
// is no network (docs/sync-protocol.md, section 7).
class PackageCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("package"); }
    QString summary() const override
    {
        return QStringLiteral("package key --db FILE | export --db FILE --credential FILE --out PKG | "
                              "import --db FILE --credential FILE --in ANSWER: sync through signed files");
    }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};
