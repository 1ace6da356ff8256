#pragma once

#include <QtGlobal>
#include <array>

// An amount in fen that may differ by contribution tier: {"1": 20000000, "2":
// 25000000} in the policy, or one integer for every tier. Lookup is an array
// index, so the hot path never searches.
class TierAmounts
{
public:
    static constexpr int maxTier = 9; // tiers are numbered 1..maxTier

    bool isSet() const { return m_set; }
    qint64 forTier(int tier) const { return tier >= 1 && tier <= maxTier ? m_fen[std::size_t(tier)] : 0; }
    void set(int tier, qint64 fen)
    {
        m_fen[std::size_t(tier)] = fen;
        m_set = true;
    }
    void setAll(qint64 fen)
    {
        m_fen.fill(fen);
        m_set = true;
    }

private:
    std::array<qint64, maxTier + 1> m_fen{};
    bool m_set = false;
};
