#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

// Exports the roster (花名册: the live members of every household) or the
// paid list (缴费名单: the persons paid for a scheme year, with tier,
// amounts and receipt) to .xlsx or .csv. The roster carries the standard
// import headers, so an exported roster imports again unchanged.
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(RosterExport)
public:
    struct Options
    {
        QString townshipId;   // empty: every township in the replica
        QString villageCode;  // empty: every village
        int paidYear = 0;     // > 0: the paid list of that scheme year
    };

    // Returns the number of person rows written. progress as in RosterImport
    // (return false to cancel; no file is left behind).
    static Result<qint64> write(const QSqlDatabase &db, const QString &path, const Options &options,
                                const std::function<bool(qint64 done)> &progress = {});

    static QStringList rosterHeaders();
    static QStringList paidListHeaders();
};
