#pragma once

#include <QDate>
#include <QString>
#include <optional>

// The words of a roster file and the codes of the replica: relation to the
// head (本人 → self, …), person categories (低保、特困 → dibao, tekun),
// sex (男/女) and the many ways a date of birth is written.
class RosterVocabulary
{
public:
    struct Categories
    {
        bool poverty = false;
        bool dibao = false;
        bool tekun = false;
        bool nearPoor = false;
        bool operator==(const Categories &) const = default;
    };

    // A relation word → self, spouse, son, daughter, parent, grandchild,
    // sibling or other; nullopt for a word that is not known.
    static std::optional<QString> relationCode(const QString &word);
    // The code → the word a roster uses (self → 本人).
    static QString relationWord(const QString &code);

    // "低保、特困" → dibao and tekun. Separators: 、 , ， ; ； / and spaces.
    // Empty, 无, 普通, 一般 mean none. nullopt if any part is unknown;
    // unknownPart then holds it.
    static std::optional<Categories> categories(const QString &text, QString *unknownPart = nullptr);
    // The flags → "脱贫、低保" (empty for none).
    static QString categoryWords(const Categories &c);

    // 男/M/1 → "M", 女/F/2 → "F"; nullopt otherwise.
    static std::optional<QString> sexCode(const QString &word);
    static QString sexWord(const QString &code);

    // 1990-01-31, 1990/1/31, 1990.1.31, 19900131, 1990年1月31日, with or
    // without a time, or an Excel date serial number (days since 1899-12-30).
    static QDate parseDate(const QString &text);
};
