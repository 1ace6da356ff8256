#include "numberseries.h"

#include "storage/localsettings.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kSetting = QStringLiteral("workstation_number");

struct Shape
{
    const char *table;
    const char *column;
    const char *lead;   // before the year
    int digits;         // of the running number
};

Shape shape(NumberSeries::Kind kind)
{
    switch (kind) {
    case NumberSeries::Receipt: return {"receipt", "serial", "", 7};
    case NumberSeries::Slip: return {"settlement", "slip_no", "", 6};
    case NumberSeries::ReliefBatch: return {"relief_batch", "serial", "JZ", 4};
    }
    return {"receipt", "serial", "", 7};
}
} // namespace

int NumberSeries::workstationNumber(const QSqlDatabase &db)
{
    bool ok = false;
    const int n = LocalSettings::value(db, kSetting).toInt(&ok);
    return ok && isValidNumber(n) ? n : 0;
}

bool NumberSeries::setWorkstationNumber(const QSqlDatabase &db, int number)
{
    return LocalSettings::setValue(db, kSetting, QString::number(isValidNumber(number) ? number : 0));
}

QString NumberSeries::lastNumberSql(Kind kind, bool numbered)
{
    const Shape s = shape(kind);
    // Ranges rather than LIKE: SQLite's LIKE is case-insensitive and cannot
    // use the index's BINARY order. '-' < '.' < '0', so a series prefix
    // "2024-03-" is bounded above by "2024-03." and no plain number
    // "2024-03…" falls inside it. The plain series shares its range with the
    // numbered ones and is told apart by its length; a replica without a
    // workstation number holds no numbered rows of its own township unless it
    // synced with an old credential, so the reverse index walk stops at once.
    return QStringLiteral("SELECT MAX(%2) FROM %1 WHERE township_id = ? AND %2 > ? AND %2 < ?%3")
        .arg(QLatin1String(s.table), QLatin1String(s.column),
             numbered ? QString() : QStringLiteral(" AND length(%1) = ?").arg(QLatin1String(s.column)));
}

QString NumberSeries::next(const QSqlDatabase &db, Kind kind, const QString &townshipId, int year)
{
    return next(db, kind, townshipId, year, workstationNumber(db));
}

QString NumberSeries::next(const QSqlDatabase &db, Kind kind, const QString &townshipId, int year, int workstationNumber)
{
    const Shape s = shape(kind);
    const bool numbered = isValidNumber(workstationNumber);
    QString prefix = QLatin1String(s.lead) + QString::number(year) + QLatin1Char('-');
    if (numbered)
        prefix += QStringLiteral("%1-").arg(workstationNumber, 2, 10, QLatin1Char('0'));
    QString upper = prefix;
    upper.back() = QLatin1Char('.');
    QSqlQuery q(db);
    q.prepare(lastNumberSql(kind, numbered));
    q.addBindValue(townshipId);
    q.addBindValue(prefix);
    q.addBindValue(upper);
    if (!numbered)
        q.addBindValue(int(prefix.size()) + s.digits);
    const QString last = q.exec() && q.next() ? q.value(0).toString() : QString();
    const int following = last.isEmpty() ? 1 : last.mid(prefix.size()).toInt() + 1;
    return prefix + QStringLiteral("%1").arg(following, s.digits, 10, QLatin1Char('0'));
}
