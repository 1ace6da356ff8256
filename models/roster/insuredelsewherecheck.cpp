#include "insuredelsewherecheck.h"

#include "itemmodels/householdenrollmentmodel.h"
#include "tablefilewriter.h"

#include "rostercolumnmapping.h"

#include "domain/idnumber.h"

#include <QSqlQuery>
#include <QVariant>

Result<InsuredElsewhereCheck::Report> InsuredElsewhereCheck::check(const QSqlDatabase &db, const QString &path,
                                                                   int schemeYear, const QString &townshipId)
{
    auto sheet = SpreadsheetReader::read(path);
    if (!sheet)
        return sheet.errors();
    return check(db, sheet.value(), schemeYear, townshipId);
}

Result<InsuredElsewhereCheck::Report> InsuredElsewhereCheck::check(const QSqlDatabase &db,
                                                                   const SpreadsheetReader::Sheet &sheet, int schemeYear,
                                                                   const QString &townshipId)
{
    using R = Result<Report>;
    // The header: the first of the first ten rows that has an id number column.
    int headerIndex = -1;
    RosterColumnMapping mapping;
    for (int i = 0; i < std::min<qsizetype>(10, sheet.rows.size()); ++i) {
        mapping = RosterColumnMapping::guess(sheet.rows[i].cells);
        if (mapping.column(RosterColumnMapping::IdNumber) >= 0) {
            headerIndex = i;
            break;
        }
    }
    if (headerIndex < 0)
        return R::failure(QStringLiteral("mapping"), tr("The list has no 公民身份号码 (id number) column in its first rows."));
    const int idColumn = mapping.column(RosterColumnMapping::IdNumber);
    const int nameColumn = mapping.column(RosterColumnMapping::Name);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.name, h.code, v.name, t.name, e.status, h.township_id, h.id FROM person p "
        "JOIN enrollment e ON e.person_id = p.id AND e.scheme_year = ? AND e.deleted = 0 "
        "JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id "
        "JOIN township t ON t.id = h.township_id WHERE p.id_number = ? AND p.deleted = 0"));
    Report report;
    for (qsizetype i = headerIndex + 1; i < sheet.rows.size(); ++i) {
        const auto &row = sheet.rows[i];
        ++report.listed;
        const auto id = IdNumber::parse(row.cell(idColumn));
        if (!id) {
            ++report.unreadable;
            report.badLines << row.line;
            continue;
        }
        q.addBindValue(schemeYear);
        q.addBindValue(id->text());
        if (!q.exec())
            return R::failure(QStringLiteral("database"), tr("The enrollments cannot be read."));
        while (q.next()) {
            if (!townshipId.isEmpty() && q.value(5).toString() != townshipId)
                continue;
            report.overlaps.append({row.line, id->text(), row.cell(nameColumn).trimmed(), q.value(0).toString(),
                                    q.value(6).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString()});
        }
    }
    return report;
}

QStringList InsuredElsewhereCheck::headers()
{
    return {tr("Line on the list"), tr("Id number"), tr("Name on the list"), tr("Name enrolled"), tr("Household code"),
            tr("Village"), tr("Township"), tr("Enrollment")};
}

Validation InsuredElsewhereCheck::write(const QString &path, const Report &report)
{
    TableFileWriter writer(path);
    Validation v = writer.open(headers(), {}, tr("Insured elsewhere"));
    for (const Overlap &o : report.overlaps) {
        if (!v.ok())
            return v;
        v = writer.addRow({o.line, o.idNumber, o.listName, o.name, o.householdCode, o.village, o.township,
                           HouseholdEnrollmentModel::statusLabel(o.enrollmentStatus)});
    }
    return v.ok() ? writer.close() : v;
}
