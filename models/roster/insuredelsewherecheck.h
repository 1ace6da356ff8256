#pragma once

#include "spreadsheetreader.h"

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// 重复参保: reads a list of people insured elsewhere (for example the
// employee-insurance list, .csv or .xlsx with at least 公民身份号码 and 姓名
// columns) and lists every person on it who is enrolled in the replica for
// the scheme year, with where the enrollment is.
class InsuredElsewhereCheck
{
    Q_DECLARE_TR_FUNCTIONS(InsuredElsewhereCheck)
public:
    struct Overlap
    {
        int line = 0;             // on the list
        QString idNumber;
        QString listName;         // the name on the list
        QString name;             // the name in the replica
        QString householdId;
        QString householdCode;
        QString village;
        QString township;
        QString enrollmentStatus; // pending, paid, refunded, voided
    };
    struct Report
    {
        int listed = 0;           // data rows on the list
        int unreadable = 0;       // rows whose id number is not valid (see badLines)
        QList<int> badLines;
        QList<Overlap> overlaps;  // in the order of the list
    };

    // townshipId empty: enrollments of every township in the replica.
    static Result<Report> check(const QSqlDatabase &db, const QString &path, int schemeYear, const QString &townshipId = {});
    static Result<Report> check(const QSqlDatabase &db, const SpreadsheetReader::Sheet &sheet, int schemeYear,
                                const QString &townshipId = {});
    // The overlaps as a table (.xlsx or .csv by the file name), one row each.
    static Validation write(const QString &path, const Report &report);
    static QStringList headers();
};
