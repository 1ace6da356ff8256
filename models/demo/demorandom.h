#pragma once

#include <QtGlobal>
#include <cmath>
#include <cstdint>
#include <string>

// The demo county's only source of chance: xoshiro256** seeded through
// splitmix64, so that the same seed gives the same county on every machine
// (no std::uniform_*_distribution, whose results differ between libraries).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed = 1) { reseed(seed); }

    void reseed(quint64 seed)
    {
        quint64 x = seed;
        for (auto &s : m_s) {
            x += 0x9e3779b97f4a7c15ULL;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }

    // A generator for one part of the county (households, claims...), so
    // that changing one part does not change the others.
    DemoRandom fork(quint64 stream) const { return DemoRandom(m_s[0] ^ (stream * 0x9e3779b97f4a7c15ULL) ^ m_s[3]); }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform in [0, n).
    quint64 below(quint64 n) { return n == 0 ? 0 : quint64(real() * double(n)); }
    // Uniform in [lo, hi].
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo + 1))); }
    bool chance(double p) { return real() < p; }
    // Standard normal (Box–Muller; std::log and std::cos are exact enough
    // to be the same on every IEEE machine we build for).
    double normal()
    {
        double u = real();
        if (u < 1e-300)
            u = 1e-300;
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * real());
    }
    // Log-normal with the given median.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    // Poisson by inversion (small means only).
    int poisson(double mean)
    {
        const double l = std::exp(-mean);
        int k = 0;
        double p = real();
        double cdf = l, term = l;
        while (p > cdf && k < 200) {
            ++k;
            term *= mean / k;
            cdf += term;
        }
        return k;
    }

    // A version 7 UUID (RFC 9562): 48 bits of milliseconds, then random bits
    // from this generator. Keys made in time order insert at the end of the
    // B-trees, which is what makes a county of rows fast to write.
    std::string uuid7(qint64 ms)
    {
        const quint64 a = next();
        const quint64 b = next();
        unsigned char bytes[16];
        for (int i = 0; i < 6; ++i)
            bytes[i] = static_cast<unsigned char>(quint64(ms) >> (40 - 8 * i));
        bytes[6] = static_cast<unsigned char>(0x70 | (a & 0x0f));
        bytes[7] = static_cast<unsigned char>(a >> 8);
        bytes[8] = static_cast<unsigned char>(0x80 | ((a >> 16) & 0x3f));
        for (int i = 9; i < 16; ++i)
            bytes[i] = static_cast<unsigned char>(b >> (8 * (i - 9)));
        static const char hex[] = "0123456789abcdef";
        std::string s;
        s.reserve(36);
        for (int i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                s.push_back('-');
            s.push_back(hex[bytes[i] >> 4]);
            s.push_back(hex[bytes[i] & 0x0f]);
        }
        return s;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};
