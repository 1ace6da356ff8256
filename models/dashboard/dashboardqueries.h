#pragma once

#include "dashboardfigures.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

// The dashboard's aggregates (统计), each one SQL aggregate over integer fen
// on the replica, read through the covering indexes of 0006_dashboard.sql.
// Every figure is defined as the list behind it would sum it, so the two
// agree to the fen:
//   - enrollment: persons of the area's households living in the year (not
//     deleted, not moved out, not dead before 1 January) and those of them
//     with a paid enrollment for it; by village, or by township for the
//     whole county;
//   - contributions: receipts of the scheme year not voided or refunded, by
//     the counter's local day of issue (as the daily reconciliation counts);
//   - claims: claims discharged in the year and settled, by month of
//     discharge, every settlement of them summed per layer (as the claims
//     list totals them), with their approved adjustments (the amounts in
//     force);
//   - filings: the filings diagnosed in the year, by status and by disease
//     (as the filing list behind them filters them);
//   - poverty: settled claims of registered poverty persons discharged in
//     the year, amounts in force;
//   - relief caps: settled claims of the year whose settlement carries the
//     flag relief_cap_reached, by kind.
class DashboardQueries
{
    Q_DECLARE_TR_FUNCTIONS(DashboardQueries)
public:
    static Result<QVector<EnrollmentArea>> enrollment(const QSqlDatabase &db, const DashboardScope &scope);
    static Result<QVector<ContributionPeriod>> contributionsByDay(const QSqlDatabase &db, const DashboardScope &scope);
    // Adds up days into months (each period's day is the month's first day).
    static QVector<ContributionPeriod> byMonth(const QVector<ContributionPeriod> &days);
    // Twelve months, January first, empty ones included.
    static Result<QVector<ClaimMonth>> claimsByMonth(const QSqlDatabase &db, const DashboardScope &scope);
    static Result<QVector<FilingCount>> filingsByStatus(const QSqlDatabase &db, const DashboardScope &scope);
    // Most filed disease first.
    static Result<QVector<FilingCount>> filingsByDisease(const QSqlDatabase &db, const DashboardScope &scope);
    static Result<PovertyCoverage> povertyCoverage(const QSqlDatabase &db, const DashboardScope &scope);
    static Result<QVector<ReliefCapCount>> reliefCapsReached(const QSqlDatabase &db, const DashboardScope &scope);

    // The scheme years with a published policy, newest first.
    static QList<int> schemeYears(const QSqlDatabase &db);
    // (id, name) of the townships, by code.
    static QList<QPair<QString, QString>> townships(const QSqlDatabase &db);

    // The first and last day of the year as stored ('2024-01-01').
    static QString yearStart(int year);
    static QString yearEnd(int year);
    // The SQLite date() modifier that turns a stored UTC time into the
    // counter's local day ('+28800 seconds').
    static QString localDayShift(int year);
};
