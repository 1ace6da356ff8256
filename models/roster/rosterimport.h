#pragma once

#include "rostercolumnmapping.h"
#include "spreadsheetreader.h"

#include "domain/result.h"
#include "domain/sessionuser.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

// Imports a roster (花名册) of households and persons into the signed-in
// user's township. A screen drives it in steps:
//
//   RosterImport import(db, user);
//   import.open(path);                  // unreadable file → error
//   import.headers(); import.mapping(); // the column-mapping step
//   import.setMapping(m);               // the clerk's choices
//   import.preview();                   // every bad row with a reason; nothing written
//   import.run(progress);               // the good rows in ONE transaction
//   import.rememberMapping();           // next time guess() proposes the same
//
// Households are keyed by 户编号 within the township and created as needed;
// a person already in the replica in the same household with the same data
// is "unchanged", so importing the same file twice writes nothing the
// second time. Every write goes through ChangeWriter (row, audit, outbox).
// Reason codes are listed in docs/roster-import.md.
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)
public:
    struct BadRow
    {
        int line = 0;        // as the clerk sees it in the file
        QString reason;      // a code from reasonCodes()
        QString message;     // translated, names the field and the problem
    };

    struct Summary
    {
        int rows = 0;            // data rows in the file (the header not counted)
        int imported = 0;        // persons added or updated (0 in a preview: see the planned counts)
        int unchanged = 0;       // persons the replica holds already, identical
        QList<BadRow> bad;       // sorted by line
        int newHouseholds = 0;   // planned (preview) or written (run)
        int newPersons = 0;
        int updatedPersons = 0;  // categories or phone changed
        bool cancelled = false;  // run() was cancelled: nothing was written
        qint64 elapsedMs = 0;
    };

    // Called on the caller's thread with the rows handled so far; return
    // false to cancel (run() then rolls everything back). A screen may call
    // QCoreApplication::processEvents() inside it.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    RosterImport(const QSqlDatabase &db, const SessionUser &user);

    // Reads the file. The header is the first of the first ten rows in
    // which at least three standard (or remembered) headers are found, else
    // the first row. The mapping is guessed from the headers.
    Validation open(const QString &path);
    // Takes rows already read (the header row first), as open() does after reading.
    void setSheet(const SpreadsheetReader::Sheet &sheet);

    const QStringList &headers() const { return m_headers; }
    int headerLine() const { return m_headerLine; }
    qint64 rowCount() const { return m_rows.size(); }
    const QList<SpreadsheetReader::Row> &rows() const { return m_rows; }
    QString encoding() const { return m_encoding; }

    const RosterColumnMapping &mapping() const { return m_mapping; }
    void setMapping(const RosterColumnMapping &mapping) { m_mapping = mapping; }
    // Stores the mapping for these headers in local_setting.
    bool rememberMapping() const;

    // Checks every row against the file and the replica; writes nothing.
    // Errors (not bad rows): permission, no township, required columns unmapped.
    Result<Summary> preview(const Progress &progress = {});
    // Checks again inside one transaction and writes the good rows. On
    // cancel the transaction is rolled back and Summary::cancelled is set.
    Result<Summary> run(const Progress &progress = {});

    // The reason codes, in the order rows are checked.
    static const QStringList &reasonCodes();

private:
    struct Plan;
    Validation checkSetup() const;
    Summary analyze(Plan &plan, const Progress &progress, bool *cancelled) const;
    Validation write(Plan &plan, Summary &summary, const Progress &progress, bool *cancelled) const;

    QSqlDatabase m_db;
    SessionUser m_user;
    QStringList m_headers;
    int m_headerLine = 0;
    QString m_encoding;
    QList<SpreadsheetReader::Row> m_rows;
    RosterColumnMapping m_mapping;
};
