#include "displayformat.h"

#include <QLocale>

QString DisplayFormat::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString DisplayFormat::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString DisplayFormat::count(qint64 n)
{
    return QLocale().toString(n);
}
