#include "localsettings.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

QString LocalSettings::value(const QSqlDatabase &db, const QString &key, const QString &fallback)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM local_setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool LocalSettings::setValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO local_setting(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

QString LocalSettings::workstationId(const QSqlDatabase &db)
{
    QString id = value(db, QStringLiteral("workstation_id"));
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setValue(db, QStringLiteral("workstation_id"), id);
    }
    return id;
}
