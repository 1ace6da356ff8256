#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// One place that formats dates and counts for the screen, so that zh_CN
// shows 2024年3月1日 everywhere and English shows 1 Mar 2024. Follows the
// default QLocale, which main() sets to the user's language.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    static QString date(const QDate &date);
    static QString dateTime(const QDateTime &utc);   // shown in local time
    static QString count(qint64 n);
};
