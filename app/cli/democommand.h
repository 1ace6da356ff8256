#pragma once

#include "clicommand.h"

// jingban-cli demo --db FILE --scale small|township|county [--seed N]
class DemoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return QStringLiteral("write a deterministic synthetic county into a new database"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};
