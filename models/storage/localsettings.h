#pragma once

#include <QSqlDatabase>
#include <QString>

// Settings of this replica that never sync (workstation id, language, the
// township this workstation serves), in table local_setting.
class LocalSettings
{
public:
    static QString value(const QSqlDatabase &db, const QString &key, const QString &fallback = {});
    static bool setValue(const QSqlDatabase &db, const QString &key, const QString &value);
    // This replica's workstation id, created on first use.
    static QString workstationId(const QSqlDatabase &db);
};
