#pragma once

#include "clicommand.h"

// jingban-cli audit verify --db FILE
class AuditCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override { return QStringLiteral("audit verify --db FILE: check the audit log's hash chain"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};
