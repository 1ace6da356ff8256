#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// "Open the demo county" of the first-run setup: runs jingban-cli demo
// (installed beside jingban) into a new file, then puts that file in place
// of the empty replica and opens it.
class DemoRunner
{
    Q_DECLARE_TR_FUNCTIONS(DemoRunner)
public:
    static QString cliPath();
    static bool available();
    // The replica at path must have no account (first run); it is replaced.
    // cli defaults to cliPath().
    static Result<QSqlDatabase> replaceWithDemo(const QString &path, const QString &connectionName,
                                                const QString &cli = {});
};
