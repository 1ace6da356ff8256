#include "idnumber.h"

namespace {

const QString kField = QStringLiteral("id_number");

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// Province-level codes of GB/T 2260 (the first two digits of the region).
bool knownProvince(int code)
{
    static const int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    for (int c : codes)
        if (c == code)
            return true;
    return false;
}

} // namespace

QChar IdNumber::checkCharacter(QStringView first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char map[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * weights[i];
    return QLatin1Char(map[sum % 11]);
}

Result<IdNumber> IdNumber::parse(const QString &input, const QDate &today)
{
    using R = Result<IdNumber>;
    QString text = input.trimmed();
    if (text.isEmpty())
        return R::failure(kField, tr("Id number: required."));

    bool legacy = false;
    if (text.size() == 15) {
        if (!allDigits(text))
            return R::failure(kField, tr("Id number: a 15-digit legacy number must be all digits."));
        // GB 11643-1999 §: legacy numbers carry a two-digit year of the 1900s.
        const QDate birth = QDate::fromString(QStringLiteral("19") + text.mid(6, 6), QStringLiteral("yyyyMMdd"));
        if (!birth.isValid())
            return R::failure(kField, tr("Id number: the 15-digit legacy number %1 has no valid birth date, "
                                         "so it cannot be converted; ask for the 18-digit number.").arg(text));
        const QString first17 = text.left(6) + QStringLiteral("19") + text.mid(6);
        text = first17 + checkCharacter(first17);
        legacy = true;
    }

    if (text.size() != 18)
        return R::failure(kField, tr("Id number: must have 18 characters, this one has %1.").arg(text.size()));
    if (text[17] == QLatin1Char('x'))
        text[17] = QLatin1Char('X');
    if (!allDigits(QStringView(text).left(17)))
        return R::failure(kField, tr("Id number: the first 17 characters must be digits."));
    if (!allDigits(QStringView(text).mid(17)) && text[17] != QLatin1Char('X'))
        return R::failure(kField, tr("Id number: the last character must be a digit or X."));
    if (!knownProvince(text.left(2).toInt()) || text.mid(2, 4) == QLatin1String("0000"))
        return R::failure(kField, tr("Id number: %1 is not a region code.").arg(text.left(6)));

    const QDate birth = QDate::fromString(text.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return R::failure(kField, tr("Id number: %1 is not a real date of birth.").arg(text.mid(6, 8)));
    if (birth > today)
        return R::failure(kField, tr("Id number: the date of birth %1 is in the future.").arg(birth.toString(Qt::ISODate)));
    if (birth.year() < 1900)
        return R::failure(kField, tr("Id number: the date of birth %1 is before 1900.").arg(birth.toString(Qt::ISODate)));

    const QChar expected = checkCharacter(QStringView(text).left(17));
    if (text[17] != expected)
        return R::failure(kField, tr("Id number: the check character is %1 but should be %2; "
                                     "a digit was probably mistyped.").arg(text[17]).arg(expected));

    IdNumber id;
    id.m_text = text;
    id.m_birthDate = birth;
    id.m_sex = (text[16].unicode() - '0') % 2 == 1 ? Sex::Male : Sex::Female;
    id.m_legacy = legacy;
    return id;
}

QString IdNumber::masked(const QString &text)
{
    if (text.size() < 10)
        return QString(text.size(), QLatin1Char('*'));
    return text.left(4) + QString(text.size() - 8, QLatin1Char('*')) + text.right(4);
}
