#include "money.h"

#include <QRegularExpression>

QString Money::toYuanString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    QString yuan = QString::number(a / 100);
    for (int i = yuan.size() - 3; i > 0; i -= 3)
        yuan.insert(i, QLatin1Char(','));
    return QStringLiteral("%1¥%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString(), yuan)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toChineseCapital() const
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString smallUnits[] = {QString(), QStringLiteral("拾"), QStringLiteral("佰"), QStringLiteral("仟")};
    static const QString bigUnits[] = {QString(), QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万亿")};

    const bool negative = m_fen < 0;
    const qint64 a = negative ? -m_fen : m_fen;
    qint64 yuan = a / 100;
    const int jiao = int(a / 10 % 10);
    const int fen = int(a % 10);

    QString out;
    if (yuan > 0) {
        // Groups of four digits, lowest first; zeros between non-zero digits
        // collapse into one 零, trailing zeros of a group are dropped.
        QList<int> groups;
        while (yuan > 0) {
            groups.append(int(yuan % 10000));
            yuan /= 10000;
        }
        bool pendingZero = false;
        for (int g = int(groups.size()) - 1; g >= 0; --g) {
            const int group = groups[g];
            if (group == 0) {
                pendingZero = !out.isEmpty();
                continue;
            }
            QString part;
            bool zeroInGroup = false;
            for (int pos = 3; pos >= 0; --pos) {
                int pow = 1;
                for (int k = 0; k < pos; ++k)
                    pow *= 10;
                const int d = group / pow % 10;
                if (d == 0) {
                    zeroInGroup = !part.isEmpty() || !out.isEmpty();
                    continue;
                }
                if (zeroInGroup || pendingZero)
                    part += digits[0];
                zeroInGroup = false;
                pendingZero = false;
                part += digits[d] + smallUnits[pos];
            }
            out += part + bigUnits[g];
            pendingZero = group % 10 == 0;
        }
        out += QStringLiteral("元");
    }
    if (jiao == 0 && fen == 0) {
        if (out.isEmpty())
            out = QStringLiteral("零元");
        out += QStringLiteral("整");
    } else {
        if (jiao > 0)
            out += digits[jiao] + QStringLiteral("角");
        else if (!out.isEmpty())
            out += digits[0];
        if (fen > 0)
            out += digits[fen] + QStringLiteral("分");
        else
            out += QStringLiteral("整");
    }
    return negative ? QStringLiteral("负") + out : out;
}

std::optional<Money> Money::parseYuan(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?$"));
    QString t = text.trimmed();
    if (t.startsWith(QChar(0xA5)) || t.startsWith(QChar(0xFFE5)))
        t = t.mid(1).trimmed();
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString whole = m.captured(2);
    whole.remove(QLatin1Char(','));
    if (whole.size() > 15)
        return std::nullopt;
    QString frac = m.captured(3);
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    const qint64 fen = whole.toLongLong() * 100 + frac.toLongLong();
    return Money(m.captured(1).isEmpty() ? fen : -fen);
}
