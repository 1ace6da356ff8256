#include "commandregistry.h"
#include "auditcommand.h"
#include "checkcommand.h"
#include "democommand.h"
#include "packagecommand.h"
#include "rostercommand.h"
#include "settlecommand.h"
#include "synccommand.h"

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<SettleCommand>());
    m_commands.push_back(std::make_unique<RosterCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<PackageCommand>());
}

std::vector<CliCommand *> CommandRegistry::commands() const
{
    std::vector<CliCommand *> list;
    for (const auto &c : m_commands)
        list.push_back(c.get());
    return list;
}

CliCommand *CommandRegistry::find(const QString &name) const
{
    for (const auto &c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}
