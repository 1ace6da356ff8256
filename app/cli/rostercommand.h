#pragma once

#include "clicommand.h"

// jingban-cli roster import|export|overlap: the roster (花名册) without a
// window. See docs/roster-import.md.
class RosterCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("roster"); }
    QString summary() const override { return QStringLiteral("import or export a roster (xlsx/csv); list overlaps with another insurance's list"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    int runImport(const QStringList &args, QTextStream &out, QTextStream &err);
    int runExport(const QStringList &args, QTextStream &out, QTextStream &err);
    int runOverlap(const QStringList &args, QTextStream &out, QTextStream &err);
};
