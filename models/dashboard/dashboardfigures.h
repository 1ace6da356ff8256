#pragma once

#include <QDate>
#include <QString>
#include <QVector>

// The values the dashboard shows, as plain figures in integer fen and
// counts (no widgets, no floating point). DashboardQueries computes them.

// Whose figures: one township, or the whole county (townshipId empty), for
// one scheme year.
struct DashboardScope
{
    QString townshipId;
    int year = 0;
};

// A ratio in basis points, rounded half up; 0 when there is nothing to divide.
inline qint64 dashboardRatioBp(qint64 part, qint64 whole)
{
    return whole > 0 ? (part * 10000 + whole / 2) / whole : 0;
}

// Persons of a village (or, for the whole county, of a township) who live
// there in the year, and those of them enrolled and paid for it.
struct EnrollmentArea
{
    QString id;      // village id (township scope) or township id (county scope)
    QString name;
    qint64 persons = 0;
    qint64 enrolled = 0;
    qint64 rateBp() const { return dashboardRatioBp(enrolled, persons); }
};

// Contributions of the scheme year collected on one local day (or in one
// month: day is its first day): receipts kept (not voided or refunded).
struct ContributionPeriod
{
    QDate day;
    qint64 receipts = 0;
    qint64 fen = 0;
};

// Claims discharged in one month of the year and settled, with every layer
// summed over their settlements.
struct ClaimMonth
{
    int month = 0;   // 1..12
    qint64 claims = 0;
    qint64 totalFen = 0;
    qint64 basicFen = 0;
    qint64 criticalFen = 0;
    qint64 assistanceFen = 0;
    qint64 reliefFen = 0;
    qint64 outOfPocketFen = 0;
    qint64 fundFen() const { return basicFen + criticalFen + assistanceFen + reliefFen; }
};

// Filings with one status or of one disease.
struct FilingCount
{
    QString code;    // status or disease code
    QString name;    // disease name (empty for a status)
    qint64 filings = 0;
};

// The settled claims of registered poverty persons discharged in the year:
// combined coverage ratio = all layers / total cost; out-of-pocket share =
// out-of-pocket / total cost.
struct PovertyCoverage
{
    qint64 persons = 0;
    qint64 claims = 0;
    qint64 totalFen = 0;
    qint64 basicFen = 0;
    qint64 criticalFen = 0;
    qint64 assistanceFen = 0;
    qint64 reliefFen = 0;
    qint64 outOfPocketFen = 0;
    qint64 paidFen() const { return basicFen + criticalFen + assistanceFen + reliefFen; }
    qint64 coverageBp() const { return dashboardRatioBp(paidFen(), totalFen); }
    qint64 outOfPocketBp() const { return dashboardRatioBp(outOfPocketFen, totalFen); }
};

// Settled claims of the year whose settlement says a yearly relief cap was
// reached (flag relief_cap_reached), by claim kind.
struct ReliefCapCount
{
    QString kind;
    qint64 persons = 0;
    qint64 claims = 0;
};
