#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Sync's technical names in the clerk's words: the kind of record, the kind
// of change, a column, and which record a row is (its code or name).
class SyncWording
{
    Q_DECLARE_TR_FUNCTIONS(SyncWording)
public:
    static QString entity(const QString &entity);
    static QString operation(const QString &op);
    static QString field(const QString &column);
    // "H0001", "张三 (3601…)", or the first characters of the id.
    static QString record(const QString &entity, const QJsonObject &row, const QString &rowId);
    // The columns the sync machinery keeps (not the clerk's data).
    static bool isSystemColumn(const QString &column);
};
