#pragma once

#include "clicommand.h"

// jingban-cli check --db FILE [--quick]: integrity, foreign keys, schema
// version, audit chain and row counts of a replica.
class CheckCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return QStringLiteral("check a database: integrity, foreign keys, schema version, audit chain, counts"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};
