#pragma once

#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

// The display name of a policy object (a row, an adjustment, a schedule, a
// rule), in one or several languages. In the policy document "name" is either
// one string (shown in every language) or an object keyed by language:
// {"zh_CN": "县级医院", "en": "county hospital"} (docs/policy-format.md).
// Names are data like every other policy figure; the engine never reads them.
class PolicyName
{
public:
    PolicyName() = default;
    explicit PolicyName(const QString &text);

    // Reads a "name" value; *ok is false for anything but a non-empty string
    // or an object of language keys to non-empty strings.
    static PolicyName fromJson(const QJsonValue &value, bool *ok = nullptr);
    // A language key of the object form: "zh", "zh_CN", "en", "en_GB"…
    static bool isLanguageKey(const QString &key);

    // The text for the locale: the exact language and country, then the same
    // language, then English, then the first one given.
    QString text(const QLocale &locale = QLocale()) const;
    QString text(const QString &language) const { return text(QLocale(language)); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QList<QPair<QString, QString>> texts() const { return m_texts; } // (language, text); "" for the one-string form

private:
    QList<QPair<QString, QString>> m_texts;
};
