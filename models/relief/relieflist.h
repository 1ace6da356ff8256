#pragma once

#include "domain/result.h"
#include "reliefamounts.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

// The relief list (救助发放花名册) of a township for a period and a village:
// one row per person with the medical assistance and health poverty relief
// of their settled claims (and approved adjustments) in the period, the
// household and the bank account if known. Unpaid items are those on no
// live payment batch line; a batch's own list is the lines it paid.
class ReliefList
{
    Q_DECLARE_TR_FUNCTIONS(ReliefList)
public:
    struct Query
    {
        QString townshipId;      // empty: every township (county roles)
        QString villageId;       // empty: every village
        int schemeYear = 0;
        QDate from;              // settlement (or adjustment approval) date, inclusive
        QDate to;
        QString batchId;         // set: the lines of this batch instead of the unpaid items
    };

    struct Row
    {
        QString personId;
        QString name;
        QString idNumber;
        QString townshipId;
        QString householdId;
        QString householdCode;
        QString headName;
        QString village;
        QString bankName;
        QString accountNo;
        QString holderName;
        int claims = 0;
        qint64 assistanceFen = 0;
        qint64 reliefFen = 0;
        QStringList settlementIds;
        QStringList adjustmentIds;
        // Per item (settlement or adjustment id → amounts), for the payment lines.
        QList<QPair<qint64, qint64>> settlementAmounts;   // assistance, relief per settlementIds entry
        QList<QPair<qint64, qint64>> adjustmentAmounts;

        qint64 totalFen() const { return assistanceFen + reliefFen; }
    };

    static Result<QList<Row>> load(const QSqlDatabase &db, const Query &query);

    struct Totals
    {
        int persons = 0;
        int claims = 0;
        qint64 assistanceFen = 0;
        qint64 reliefFen = 0;
        qint64 totalFen() const { return assistanceFen + reliefFen; }
    };
    static Totals totals(const QList<Row> &rows);
};
