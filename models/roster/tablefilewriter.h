#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <memory>

// Writes a table to .xlsx or .csv, chosen by the file name, streaming rows
// in order. Cells are text, except the money columns, which take integer
// fen and show yuan with two decimals (written from the fen as text, so no
// floating point touches the amount).
//
// .csv: UTF-8 with BOM (Excel needs it), CRLF, quoted where needed.
// .xlsx: QuaZip (the zip) + QXmlStreamWriter (SpreadsheetML), inline
// strings by default so memory stays flat; SharedStrings writes a
// sharedStrings.xml as Excel does. libxlsxwriter cannot be used in a
// program that links QuaZip: both export the minizip symbols (zipOpen3, …)
// with different signatures, and libxlsxwriter's calls land in QuaZip's
// copy and crash (see docs/roster-import.md).
class TableFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableFileWriter)
public:
    enum class Strings { Inline, Shared };

    explicit TableFileWriter(const QString &path, Strings strings = Strings::Inline);
    ~TableFileWriter();
    TableFileWriter(const TableFileWriter &) = delete;
    TableFileWriter &operator=(const TableFileWriter &) = delete;

    Validation open(const QStringList &headers, const QSet<int> &moneyColumns = {}, const QString &sheetName = {});
    // A null QVariant or empty text leaves the cell out; integers are number cells.
    Validation addRow(const QVariantList &cells);
    // Finishes the file; until then (and on any error) the file at path is
    // untouched: the work goes to path + ".part", renamed at the end.
    Validation close();

    qint64 rowsWritten() const { return m_rows; }
    static QString csvField(const QString &text);
    // "A", "B", … "AA": the column letters of a zero-based column.
    static QString columnName(int column);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    qint64 m_rows = 0;
};
