#pragma once

#include <QString>

// Argon2id password hashes in libsodium's self-describing string form
// ($argon2id$v=19$m=...,t=...,p=...$salt$hash).
class PasswordHasher
{
public:
    enum class Strength { Interactive, Moderate };
    // Interactive cost by default: a clerk signs in many times a day on a
    // modest PC. Returns an empty string if hashing failed (out of memory).
    static QString hash(const QString &password, Strength strength = Strength::Interactive);
    static bool verify(const QString &storedHash, const QString &password);
    // True when the hash was made with weaker parameters than Interactive now asks.
    static bool needsRehash(const QString &storedHash);
};
