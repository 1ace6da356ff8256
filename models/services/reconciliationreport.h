#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Daily reconciliation of contributions (缴费日对账), per village and day
// of a township, over a range of days (the counter's local days):
//   - receipts issued that day: count, persons enrolled on them, personal
//     contributions paid, the part the state paid for subsidized persons,
//     the government subsidy, and the amount by payment channel;
//   - receipts voided or refunded that day (the day the reviewer approved
//     it): count and amount, by channel;
//   - the cash total: cash taken on receipts issued that day less cash
//     handed back on receipts voided or refunded that day.
// Every figure is summed in SQL over integer fen, so the report agrees to
// the fen with the receipts: the personal contributions of a day and
// village equal the totals of its receipts (checked by agrees()).
class ReconciliationReport
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationReport)
public:
    struct Line
    {
        QDate day;
        QString villageId;
        QString village;
        qint64 receiptsIssued = 0;
        qint64 persons = 0;
        qint64 personalFen = 0;      // sum of the enrollments' personal contributions
        qint64 subsidizedFen = 0;    // paid by the state for subsidized persons
        qint64 subsidyFen = 0;       // government subsidy
        qint64 issuedFen = 0;        // sum of the receipts' totals
        qint64 cashFen = 0;          // of issuedFen, in cash
        qint64 bankFen = 0;
        qint64 mobileFen = 0;
        qint64 receiptsVoided = 0;   // voided or refunded that day
        qint64 voidedFen = 0;
        qint64 voidedCashFen = 0;
        qint64 cashTotalFen() const { return cashFen - voidedCashFen; }
        qint64 netFen() const { return issuedFen - voidedFen; }
        Line &operator+=(const Line &o);
    };

    // townshipId empty: every township (county roles).
    static QList<Line> compute(const QSqlDatabase &db, const QString &townshipId, const QDate &from, const QDate &to);
    static Line total(const QList<Line> &lines);
    // Every line's personal contributions equal its receipts' totals.
    static bool agrees(const QList<Line> &lines);

    static QStringList headers();
    // Writes the lines and a total row to .xlsx or .csv (TableFileWriter).
    static Validation write(const QString &path, const QList<Line> &lines);
};
