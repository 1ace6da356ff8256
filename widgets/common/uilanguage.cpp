#include "uilanguage.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
QString g_current;
} // namespace

QList<QPair<QString, QString>> UiLanguage::choices()
{
    // Each language is named in itself, so that anyone can find their own.
    return {{QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")}, {QStringLiteral("en"), QStringLiteral("English")}};
}

QString UiLanguage::normalize(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("zh_cn") || c == QLatin1String("zh") || c == QLatin1String("zh_hans"))
        return QStringLiteral("zh_CN");
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    return {};
}

bool UiLanguage::apply(const QString &requested)
{
    const QString code = normalize(requested).isEmpty() ? defaultCode() : normalize(requested);
    if (g_app) {
        QCoreApplication::removeTranslator(g_app);
        delete g_app;
        g_app = nullptr;
    }
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt);
        delete g_qt;
        g_qt = nullptr;
    }
    QLocale::setDefault(code == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                       : QLocale(QLocale::English, QLocale::UnitedStates));
    g_current = code;
    bool ok = true;
    if (code != QLatin1String("en")) {
        g_qt = new QTranslator;
        if (g_qt->load(QStringLiteral("qt_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
        else {
            delete g_qt;
            g_qt = nullptr;
        }
    }
    g_app = new QTranslator;
    if (g_app->load(QStringLiteral(":/i18n/jingban_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(g_app);
    else {
        delete g_app;
        g_app = nullptr;
        ok = code == QLatin1String("en");
    }
    return ok;
}

QString UiLanguage::current()
{
    return g_current.isEmpty() ? defaultCode() : g_current;
}
