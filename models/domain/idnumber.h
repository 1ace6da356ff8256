#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// A citizen identity number (公民身份号码) per GB 11643-1999: six digits of
// region, eight of birth date, three of sequence (odd for men), and an
// ISO 7064 MOD 11-2 check character ('X' stands for 10).
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)
public:
    enum class Sex { Male, Female };

    // Parses and checks text. today bounds the birth date. A 15-digit
    // legacy number (born 19YY) is converted to its 18-digit form, and
    // convertedFromLegacy() says so; a lower-case 'x' is read as 'X'.
    static Result<IdNumber> parse(const QString &text, const QDate &today = QDate::currentDate());

    // The check character for the first 17 digits.
    static QChar checkCharacter(QStringView first17);

    const QString &text() const { return m_text; }
    QString regionCode() const { return m_text.left(6); }
    QDate birthDate() const { return m_birthDate; }
    Sex sex() const { return m_sex; }
    QString sexCode() const { return m_sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F"); }
    bool convertedFromLegacy() const { return m_legacy; }

    // "3201**********1234": for lists shown to roles that may not see it whole.
    static QString masked(const QString &text);

private:
    QString m_text;
    QDate m_birthDate;
    Sex m_sex = Sex::Male;
    bool m_legacy = false;
};
