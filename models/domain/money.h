#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>
#include <optional>

// An amount of money in integer fen (1 yuan = 100 fen). No floating point.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    constexpr qint64 fen() const { return m_fen; }

    // round(fen × bp / 10000), half away from zero, to the fen: the one
    // rounding rule of docs/policy-format.md.
    static constexpr qint64 applyBasisPoints(qint64 fen, qint64 bp)
    {
        const qint64 p = fen * bp;
        return p >= 0 ? (p + 5000) / 10000 : -((-p + 5000) / 10000);
    }

    // "1234.56", "-0.05": plain, for files and JSON.
    QString toYuanString() const;
    // "¥1,234.56": for the screen and printed slips.
    QString toDisplayString() const;
    // 壹仟贰佰叁拾肆元伍角陆分 / 伍拾元整: amounts on receipts and slips.
    QString toChineseCapital() const;

    // Parses "1234", "1234.5", "1,234.56", "¥12.30"; no more than two
    // decimals. nullopt for anything else.
    static std::optional<Money> parseYuan(const QString &text);

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money &operator+=(Money o) { m_fen += o.m_fen; return *this; }
    constexpr Money &operator-=(Money o) { m_fen -= o.m_fen; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    qint64 m_fen = 0;
};
