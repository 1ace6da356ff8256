#pragma once

#include "dashboardfigures.h"
#include "dashboardtablemodel.h"

#include <QCoreApplication>

// Fills a DashboardTableModel with the figures of one chart: the headers,
// the rows with their keys, and the summary line under the table.
class DashboardTables
{
    Q_DECLARE_TR_FUNCTIONS(DashboardTables)
public:
    // Columns of the enrollment table (after the area's name).
    enum EnrollmentColumn { PersonsColumn = 1, EnrolledColumn, RateColumn };
    enum ContributionColumn { ReceiptsColumn = 1, CollectedColumn };
    enum ClaimColumn { ClaimsColumn = 1, TotalColumn, BasicColumn, CriticalColumn, AssistanceColumn, ReliefColumn,
                       OutOfPocketColumn, FundColumn };
    enum FilingColumn { FilingsColumn = 1 };
    enum PovertyColumn { AmountColumn = 1, ShareColumn };
    enum ReliefCapColumn { CapPersonsColumn = 1, CapClaimsColumn };

    static void enrollment(DashboardTableModel *model, const QVector<EnrollmentArea> &areas, bool byTownship);
    // Keys are the days (or the months' first days) as QDate.
    static void contributions(DashboardTableModel *model, const QVector<ContributionPeriod> &periods, bool monthly);
    // Keys are the months 1..12.
    static void claims(DashboardTableModel *model, int year, const QVector<ClaimMonth> &months);
    static void filingsByStatus(DashboardTableModel *model, const QVector<FilingCount> &counts);
    static void filingsByDisease(DashboardTableModel *model, const QVector<FilingCount> &counts);
    // Rows are the layers (basic, critical, assistance, relief) and the out-of-pocket.
    static void poverty(DashboardTableModel *model, const PovertyCoverage &coverage);
    static void reliefCaps(DashboardTableModel *model, const QVector<ReliefCapCount> &counts);

    // "2024年3月" / "Mar 2024".
    static QString monthLabel(const QDate &firstDay);
    static QString layerLabel(const QString &layer);
};
