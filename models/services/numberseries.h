#pragma once

#include <QSqlDatabase>
#include <QString>

// The printed numbers a workstation issues: receipt serials (票据号),
// settlement slip numbers (结算单号) and relief batch serials (发放批次号).
// Each is the next of its series per township and scheme year. Two
// workstations of one township work offline, so each keeps series of its
// own: the county gives every township workstation a number (1–99, with its
// credential, docs/sync-protocol.md section 3), written after the year —
// 2024-03-0000123, 2024-03-000123, JZ2024-03-0001. A workstation without a
// number (never synced: first run, the demo, a stand-alone replica) writes
// the plain form of one series per township: 2024-0000123, 2024-000123,
// JZ2024-0001.
class NumberSeries
{
public:
    enum Kind { Receipt, Slip, ReliefBatch };
    static constexpr int kMaxWorkstationNumber = 99;

    // The number the county gave this workstation (local_setting
    // workstation_number), 0 when it has none.
    static int workstationNumber(const QSqlDatabase &db);
    // Stores it (in the caller's transaction, if any); false on a database error.
    static bool setWorkstationNumber(const QSqlDatabase &db, int number);
    static bool isValidNumber(int number) { return number >= 1 && number <= kMaxWorkstationNumber; }

    // The next number of this workstation's series for a township and year:
    // one more than the highest of the series the replica holds (its own
    // and, pulled, earlier ones of the same series). Call it inside the
    // transaction that writes the row.
    static QString next(const QSqlDatabase &db, Kind kind, const QString &townshipId, int year);
    static QString next(const QSqlDatabase &db, Kind kind, const QString &townshipId, int year, int workstationNumber);

    // The query next() finds the highest number with (bound: township,
    // lower and upper bound of the series; the plain form also its length).
    // Both are answered from the UNIQUE (township_id, number) index by a
    // range, never a scan of the township (tst_numberseries checks the plan).
    static QString lastNumberSql(Kind kind, bool numbered);
};
