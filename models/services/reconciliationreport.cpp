#include "reconciliationreport.h"

#include "roster/tablefilewriter.h"

#include <QDateTime>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

ReconciliationReport::Line &ReconciliationReport::Line::operator+=(const Line &o)
{
    receiptsIssued += o.receiptsIssued;
    persons += o.persons;
    personalFen += o.personalFen;
    subsidizedFen += o.subsidizedFen;
    subsidyFen += o.subsidyFen;
    issuedFen += o.issuedFen;
    cashFen += o.cashFen;
    bankFen += o.bankFen;
    mobileFen += o.mobileFen;
    receiptsVoided += o.receiptsVoided;
    voidedFen += o.voidedFen;
    voidedCashFen += o.voidedCashFen;
    return *this;
}

namespace {
QString utcStart(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}
}

QList<ReconciliationReport::Line> ReconciliationReport::compute(const QSqlDatabase &db, const QString &townshipId,
                                                                 const QDate &from, const QDate &to)
{
    // Times are stored in UTC; the counter's day is local. The offset of the
    // first day holds for the range (no daylight saving in China).
    const int offset = from.startOfDay().offsetFromUtc();
    const QString shift = QStringLiteral("%1%2 seconds").arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+')).arg(qAbs(offset));
    const QString start = utcStart(from);
    const QString end = utcStart(to.addDays(1));
    const QString township = townshipId.isEmpty() ? QString() : QStringLiteral(" AND r.township_id = ?");

    QMap<QPair<QDate, QString>, Line> lines;
    auto lineFor = [&](const QString &day, const QString &villageId, const QString &village) -> Line & {
        const QDate d = QDate::fromString(day, Qt::ISODate);
        Line &l = lines[{d, village + QChar(0x1f) + villageId}];
        l.day = d;
        l.villageId = villageId;
        l.village = village;
        return l;
    };
    auto run = [&](const QString &sql, const std::function<void(QSqlQuery &)> &row) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(shift);
        q.addBindValue(start);
        q.addBindValue(end);
        if (!townshipId.isEmpty())
            q.addBindValue(townshipId);
        if (!q.exec()) {
            qWarning("ReconciliationReport: %s", qPrintable(q.lastError().text()));
            return;
        }
        while (q.next())
            row(q);
    };

    // Receipts issued, by day and village.
    run(QStringLiteral("SELECT date(r.issued_at, ?) AS day, v.id, v.name, COUNT(*), SUM(r.total_fen), "
                       "SUM(CASE WHEN r.channel = 'cash' THEN r.total_fen ELSE 0 END), "
                       "SUM(CASE WHEN r.channel = 'bank' THEN r.total_fen ELSE 0 END), "
                       "SUM(CASE WHEN r.channel = 'mobile' THEN r.total_fen ELSE 0 END) "
                       "FROM receipt r JOIN household h ON h.id = r.household_id JOIN village v ON v.id = h.village_id "
                       "WHERE r.deleted = 0 AND r.issued_at >= ? AND r.issued_at < ?")
            + township + QStringLiteral(" GROUP BY day, v.id"),
        [&](QSqlQuery &q) {
            Line &l = lineFor(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            l.receiptsIssued = q.value(3).toLongLong();
            l.issuedFen = q.value(4).toLongLong();
            l.cashFen = q.value(5).toLongLong();
            l.bankFen = q.value(6).toLongLong();
            l.mobileFen = q.value(7).toLongLong();
        });
    // The enrollments on those receipts (those of a voided receipt are
    // tombstoned by ReceiptService, but still belong to its issue day).
    run(QStringLiteral("SELECT date(r.issued_at, ?) AS day, v.id, v.name, COUNT(*), SUM(e.personal_fen), "
                       "SUM(e.subsidized_fen), SUM(e.subsidy_fen) "
                       "FROM receipt r JOIN enrollment e ON e.receipt_id = r.id "
                       "JOIN household h ON h.id = r.household_id JOIN village v ON v.id = h.village_id "
                       "WHERE r.deleted = 0 AND r.issued_at >= ? AND r.issued_at < ?")
            + township + QStringLiteral(" GROUP BY day, v.id"),
        [&](QSqlQuery &q) {
            Line &l = lineFor(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            l.persons = q.value(3).toLongLong();
            l.personalFen = q.value(4).toLongLong();
            l.subsidizedFen = q.value(5).toLongLong();
            l.subsidyFen = q.value(6).toLongLong();
        });
    // Receipts voided or refunded: a receipt does not change after that, so
    // its updated_at is the moment the reviewer approved it.
    run(QStringLiteral("SELECT date(r.updated_at, ?) AS day, v.id, v.name, COUNT(*), SUM(r.total_fen), "
                       "SUM(CASE WHEN r.channel = 'cash' THEN r.total_fen ELSE 0 END) "
                       "FROM receipt r JOIN household h ON h.id = r.household_id JOIN village v ON v.id = h.village_id "
                       "WHERE r.deleted = 0 AND r.status IN ('voided', 'refunded') AND r.updated_at >= ? AND r.updated_at < ?")
            + township + QStringLiteral(" GROUP BY day, v.id"),
        [&](QSqlQuery &q) {
            Line &l = lineFor(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            l.receiptsVoided = q.value(3).toLongLong();
            l.voidedFen = q.value(4).toLongLong();
            l.voidedCashFen = q.value(5).toLongLong();
        });
    return lines.values();
}

ReconciliationReport::Line ReconciliationReport::total(const QList<Line> &lines)
{
    Line t;
    for (const Line &l : lines)
        t += l;
    return t;
}

bool ReconciliationReport::agrees(const QList<Line> &lines)
{
    for (const Line &l : lines)
        if (l.personalFen != l.issuedFen)
            return false;
    return true;
}

QStringList ReconciliationReport::headers()
{
    return {tr("Date"), tr("Village"), tr("Receipts issued"), tr("Persons enrolled"), tr("Personal contributions (yuan)"),
            tr("Paid by the state (yuan)"), tr("Government subsidy (yuan)"), tr("Receipts total (yuan)"),
            tr("Cash (yuan)"), tr("Bank card (yuan)"), tr("Mobile payment (yuan)"), tr("Receipts voided or refunded"),
            tr("Voided or refunded (yuan)"), tr("Cash total (yuan)")};
}

Validation ReconciliationReport::write(const QString &path, const QList<Line> &lines)
{
    TableFileWriter out(path);
    Validation v = out.open(headers(), {4, 5, 6, 7, 8, 9, 10, 12, 13}, tr("Reconciliation"));
    if (!v.ok())
        return v;
    auto cells = [](const QString &day, const QString &village, const Line &l) {
        return QVariantList{day, village, l.receiptsIssued, l.persons, l.personalFen, l.subsidizedFen, l.subsidyFen,
                            l.issuedFen, l.cashFen, l.bankFen, l.mobileFen, l.receiptsVoided, l.voidedFen,
                            l.cashTotalFen()};
    };
    for (const Line &l : lines) {
        v = out.addRow(cells(l.day.toString(Qt::ISODate), l.village, l));
        if (!v.ok())
            return v;
    }
    v = out.addRow(cells(tr("Total"), QString(), total(lines)));
    if (!v.ok())
        return v;
    return out.close();
}
