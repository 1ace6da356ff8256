#pragma once

#include "clicommand.h"

#include <memory>
#include <vector>

// The subcommands of jingban-cli, in the order --help lists them.
class CommandRegistry
{
public:
    CommandRegistry();
    std::vector<CliCommand *> commands() const;
    CliCommand *find(const QString &name) const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
