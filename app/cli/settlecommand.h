#pragma once

#include "clicommand.h"

// jingban-cli settle --input FILE: settles a person's claims of one scheme year
// in order, under a policy, and prints every layer (contract in
// docs/policy-format.md §settle).
class SettleCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};
