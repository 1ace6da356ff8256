#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// The language of the user interface: zh_CN (the users' language, the
// default) or en. apply() installs the program's translation (embedded by
// the jingban executable under :/i18n) and Qt's own, and sets the default
// QLocale so dates and numbers follow.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)
public:
    static QString defaultCode() { return QStringLiteral("zh_CN"); }
    // The setting key in local_setting.
    static QString settingKey() { return QStringLiteral("language"); }
    // (code, name in that language), for pickers.
    static QList<QPair<QString, QString>> choices();
    // "zh_CN" or "en" for what a user or a setting may write ("zh", "en_US",
    // "zh-CN"...), or an empty string if unknown.
    static QString normalize(const QString &code);
    // Installs the translators for code; false if the program's own
    // translation could not be loaded (the interface then shows English).
    static bool apply(const QString &code);
    static QString current();
};
