#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

// The closed vocabularies of a claim and a person, as the policy format and
// `jingban-cli settle` spell them (docs/policy-format.md §codes). Each enum
// value is a bit position so that policy conditions are pre-built bit masks.
enum class ClaimKind : quint8 { Inpatient, GeneralOutpatient, SpecialOutpatient };
enum class InstitutionLevel : quint8 { Village, Township, County, City, Province };
enum class CareLocation : quint8 { InCounty, InCity, InProvince, OutOfProvince };
enum class Referral : quint8 { None, Referred, Downward };
enum class PersonCategory : quint8 { Poverty, Dibao, Tekun, NearPoor };

class ClaimCodes
{
public:
    static constexpr int kindCount = 3;
    static constexpr int levelCount = 5;
    static constexpr int locationCount = 4;
    static constexpr int referralCount = 3;
    static constexpr int categoryCount = 4;

    template<typename E>
    static constexpr quint32 bit(E e) { return quint32(1) << quint32(e); }

    static std::optional<ClaimKind> kind(const QString &code);
    static std::optional<InstitutionLevel> level(const QString &code);
    static std::optional<CareLocation> location(const QString &code);
    static std::optional<Referral> referral(const QString &code);
    static std::optional<PersonCategory> category(const QString &code);

    static QString code(ClaimKind v);
    static QString code(InstitutionLevel v);
    static QString code(CareLocation v);
    static QString code(Referral v);
    static QString code(PersonCategory v);
};
