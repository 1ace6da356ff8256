#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the first sheet of an .xlsx workbook (QuaZip + QXmlStreamReader) or
// a .csv file (UTF-8 with or without BOM, else GBK) into rows of strings.
// Each row keeps the line a clerk sees: the spreadsheet row number for XLSX
// (the cells' `r` references), the line where the record starts for CSV.
// Rows with no text at all are skipped; trailing empty cells are dropped.
class SpreadsheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
public:
    enum class Format { Csv, Xlsx };

    struct Row
    {
        int line = 0;
        QStringList cells;
        QString cell(int column) const { return column >= 0 && column < cells.size() ? cells.at(column) : QString(); }
    };

    struct Sheet
    {
        Format format = Format::Csv;
        QString encoding;   // "UTF-8", "GBK" or "xlsx"
        QList<Row> rows;    // the header row, if any, is rows.first()
    };

    // The format from the file name (.xlsx, .csv or .txt); nullopt for others.
    static std::optional<Format> formatOf(const QString &path);

    // Reads the whole file. An unreadable file (missing, not a workbook,
    // damaged zip, malformed XML, unknown format) is an error on field "file".
    static Result<Sheet> read(const QString &path);

    // The parts, for tests and for other readers of such files.
    static Result<Sheet> readCsv(const QByteArray &bytes);
    static Result<Sheet> readXlsx(const QString &path);
    // "UTF-8" if bytes are valid UTF-8 (a BOM is allowed), else "GBK".
    static QString detectEncoding(const QByteArray &bytes);
    // "C12" → column 2 (zero-based), -1 if not a cell reference.
    static int columnOfReference(QStringView reference);
    // "C12" → 12, 0 if none.
    static int rowOfReference(QStringView reference);
};
