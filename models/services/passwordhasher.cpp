#include "passwordhasher.h"

#include <sodium.h>

namespace {
bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

QString PasswordHasher::hash(const QString &password, Strength strength)
{
    if (!initSodium())
        return {};
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = strength == Strength::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE
                                                                  : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = strength == Strength::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE
                                                      : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, pw.constData(), pw.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!initSodium() || !storedHash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray h = storedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), pw.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    if (!initSodium())
        return false;
    const QByteArray h = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}
