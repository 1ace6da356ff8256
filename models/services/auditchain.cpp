#include "auditchain.h"

#include <QSqlQuery>
#include <QVariant>
#include <cstring>
#include <sodium.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define JINGBAN_SHA_NI 1
#endif

#ifdef JINGBAN_SHA_NI
// SHA-256 with the x86 SHA extensions (SHA-NI), used when the processor has
// them: several times faster than libsodium's portable code, and the same
// function (tests/demo checks it against QCryptographicHash for every length
// up to a few blocks). After Intel's reference code for the instructions.
namespace {
alignas(16) const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

__attribute__((target("sha,sse4.1,ssse3"))) void blocks(uint32_t state[8], const unsigned char *data, size_t n)
{
    const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);          // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);    // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);  // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);        // CDGH
    for (; n > 0; --n, data += 64) {
        const __m128i abef = state0, cdgh = state1;
        __m128i m[4];
        for (int i = 0; i < 4; ++i)
            m[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), mask);
        for (int i = 0; i < 16; ++i) {
            __m128i msg = _mm_add_epi32(m[i & 3], _mm_load_si128(reinterpret_cast<const __m128i *>(&K[4 * i])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            if (i >= 3 && i < 15) {
                const __m128i t = _mm_alignr_epi8(m[i & 3], m[(i - 1) & 3], 4);
                m[(i + 1) & 3] = _mm_sha256msg2_epu32(_mm_add_epi32(m[(i + 1) & 3], t), m[i & 3]);
            }
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
            if (i >= 1 && i < 13)
                m[(i - 1) & 3] = _mm_sha256msg1_epu32(m[(i - 1) & 3], m[i & 3]);
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}
bool shaNiAvailable()
{
    static const bool yes = [] {
        unsigned a, b, c, d;
        if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
            return false;
        if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
            return false;
        return (b & (1u << 29)) != 0;   // SHA
    }();
    return yes;
}

void shaNiHash(const unsigned char *data, size_t size, unsigned char digest[32])
{
    uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const size_t full = size / 64;
    blocks(state, data, full);
    unsigned char tail[128] = {};
    const size_t rest = size - full * 64;
    std::memcpy(tail, data + full * 64, rest);
    tail[rest] = 0x80;
    const size_t tailBlocks = rest + 1 + 8 <= 64 ? 1 : 2;
    const uint64_t bits = uint64_t(size) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailBlocks * 64 - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    blocks(state, tail, tailBlocks);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = static_cast<unsigned char>(state[i] >> 24);
        digest[4 * i + 1] = static_cast<unsigned char>(state[i] >> 16);
        digest[4 * i + 2] = static_cast<unsigned char>(state[i] >> 8);
        digest[4 * i + 3] = static_cast<unsigned char>(state[i]);
    }
}
} // namespace
#endif

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::hashOf(const QString &prevHash, const AuditEntry &e)
{
    // Fields separated by the unit separator, which no field contains.
    const QChar us(0x1f);
    const QString canonical = prevHash + us + QString::number(e.seq) + us + e.at + us + e.userId + us
                              + e.workstationId + us + e.action + us + e.entity + us + e.rowId + us + e.beforeJson
                              + us + e.afterJson;
    const QByteArray bytes = canonical.toUtf8();
    char hex[64];
    sha256Hex(bytes.constData(), bytes.size(), hex);
    return QString::fromLatin1(hex, 64);
}

void AuditChain::sha256Hex(const char *bytes, qsizetype size, char *hex)
{
    // SHA-256 is the same function whoever computes it: SHA-NI where the
    // processor has it, else libsodium's (about twice as fast as
    // QCryptographicHash's here), which matters for a county of entries
    // written in bulk and for verify.
    unsigned char digest[crypto_hash_sha256_BYTES];
#ifdef JINGBAN_SHA_NI
    if (shaNiAvailable()) {
        shaNiHash(reinterpret_cast<const unsigned char *>(bytes), size_t(size), digest);
    } else
#endif
    {
        static const bool ready = sodium_init() >= 0;
        Q_UNUSED(ready);
        crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes), static_cast<unsigned long long>(size));
    }
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < int(crypto_hash_sha256_BYTES); ++i) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 0x0f];
    }
}

namespace {
bool isInteger(const QVariant &v, qint64 value)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong() == value;
    default:
        return false;
    }
}
} // namespace

void AuditChain::leaveOutStated(const AuditEntry &e, QVariantMap &after)
{
    auto dropIf = [&after](const QString &column, auto &&same) {
        const auto it = after.constFind(column);
        if (it != after.cend() && same(it.value()))
            after.remove(column);
    };
    // The same text as the entry states; a user the entry leaves empty is a NULL updated_by.
    auto sameText = [](const QString &stated, bool emptyIsNull) {
        return [stated, emptyIsNull](const QVariant &v) {
            if (stated.isEmpty())
                return emptyIsNull && v.isNull();
            return v.typeId() == QMetaType::QString && v.toString() == stated;
        };
    };
    dropIf(QStringLiteral("id"), sameText(e.rowId, false));
    dropIf(QStringLiteral("updated_at"), sameText(e.at, false));
    dropIf(QStringLiteral("updated_by"), sameText(e.userId, true));
    dropIf(QStringLiteral("workstation_id"), sameText(e.workstationId, false));
    if (e.beforeJson.isEmpty()) {
        dropIf(QStringLiteral("version"), [](const QVariant &v) { return isInteger(v, 1); });
        dropIf(QStringLiteral("deleted"), [](const QVariant &v) { return isInteger(v, 0); });
    }
}

QJsonObject AuditChain::withStated(QJsonObject after, const QString &rowId, const QString &at, const QString &userId,
                                   const QString &workstationId, bool insert)
{
    auto fill = [&after](const QString &column, const QJsonValue &value) {
        if (!after.contains(column))
            after.insert(column, value);
    };
    fill(QStringLiteral("id"), rowId);
    fill(QStringLiteral("updated_at"), at);
    fill(QStringLiteral("updated_by"), userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(userId));
    fill(QStringLiteral("workstation_id"), workstationId);
    if (insert) {
        fill(QStringLiteral("version"), 1);
        fill(QStringLiteral("deleted"), 0);
    }
    return after;
}

QString AuditChain::lastHash(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return genesisHash();
}

AuditChain::Report AuditChain::verify(const QSqlDatabase &db)
{
    Report report;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, user_id, workstation_id, action, entity, row_id, before_json, "
                               "after_json, hash FROM audit_log ORDER BY seq"))) {
        report.firstBadSeq = 0;
        report.problem = tr("The audit log cannot be read.");
        return report;
    }
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.userId = q.value(2).toString();
        e.workstationId = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.rowId = q.value(6).toString();
        e.beforeJson = q.value(7).toString();
        e.afterJson = q.value(8).toString();
        const QString storedHash = q.value(9).toString();
        ++report.entries;
        if (e.seq != expectedSeq) {
            report.firstBadSeq = e.seq;
            report.problem = tr("Audit entry %1 follows entry %2: entries are missing.").arg(e.seq).arg(expectedSeq - 1);
            return report;
        }
        const QString h = hashOf(prev, e);
        if (h != storedHash) {
            report.firstBadSeq = e.seq;
            report.problem = tr("Audit entry %1 (%2 %3 %4) was altered after it was written.")
                                 .arg(e.seq)
                                 .arg(e.action, e.entity, e.rowId);
            return report;
        }
        prev = h;
        ++expectedSeq;
    }
    return report;
}
