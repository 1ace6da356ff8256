#include "policyname.h"

#include <QJsonObject>
#include <QRegularExpression>

PolicyName::PolicyName(const QString &text)
{
    if (!text.isEmpty())
        m_texts.append({QString(), text});
}

bool PolicyName::isLanguageKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return re.match(key).hasMatch();
}

PolicyName PolicyName::fromJson(const QJsonValue &value, bool *ok)
{
    PolicyName n;
    bool good = true;
    if (value.isString()) {
        n = PolicyName(value.toString());
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        good = !o.isEmpty();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!isLanguageKey(it.key()) || !it.value().isString() || it.value().toString().isEmpty()) {
                good = false;
                continue;
            }
            n.m_texts.append({it.key(), it.value().toString()});
        }
    } else if (!value.isUndefined()) {
        good = false;
    }
    if (ok)
        *ok = good;
    return n;
}

QString PolicyName::text(const QLocale &locale) const
{
    if (m_texts.isEmpty())
        return QString();
    const QString full = locale.name();                 // "zh_CN"
    const QString language = full.section(QLatin1Char('_'), 0, 0); // "zh"
    const auto find = [this](auto match) -> const QString * {
        for (const auto &t : m_texts)
            if (match(t.first))
                return &t.second;
        return nullptr;
    };
    if (const QString *s = find([&](const QString &k) { return k == full; }))
        return *s;
    if (const QString *s = find([&](const QString &k) { return k.section(QLatin1Char('_'), 0, 0) == language; }))
        return *s;
    if (const QString *s = find([](const QString &k) { return k == QLatin1String("en") || k.startsWith(QLatin1String("en_")); }))
        return *s;
    return m_texts.first().second;
}
