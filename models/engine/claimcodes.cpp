#include "claimcodes.h"

#include <array>

namespace {

const std::array<const char *, ClaimCodes::kindCount> kinds = {
    "inpatient", "general_outpatient", "special_outpatient"};
const std::array<const char *, ClaimCodes::levelCount> levels = {
    "village", "township", "county", "city", "province"};
const std::array<const char *, ClaimCodes::locationCount> locations = {
    "in_county", "in_city", "in_province", "out_of_province"};
const std::array<const char *, ClaimCodes::referralCount> referrals = {
    "none", "referred", "downward"};
const std::array<const char *, ClaimCodes::categoryCount> categories = {
    "poverty", "dibao", "tekun", "near_poor"};

template<typename E, std::size_t N>
std::optional<E> find(const std::array<const char *, N> &names, const QString &code)
{
    for (std::size_t i = 0; i < N; ++i)
        if (code == QLatin1String(names[i]))
            return E(i);
    return std::nullopt;
}

} // namespace

std::optional<ClaimKind> ClaimCodes::kind(const QString &code) { return find<ClaimKind>(kinds, code); }
std::optional<InstitutionLevel> ClaimCodes::level(const QString &code) { return find<InstitutionLevel>(levels, code); }
std::optional<CareLocation> ClaimCodes::location(const QString &code) { return find<CareLocation>(locations, code); }
std::optional<Referral> ClaimCodes::referral(const QString &code) { return find<Referral>(referrals, code); }
std::optional<PersonCategory> ClaimCodes::category(const QString &code) { return find<PersonCategory>(categories, code); }

QString ClaimCodes::code(ClaimKind v) { return QLatin1String(kinds[std::size_t(v)]); }
QString ClaimCodes::code(InstitutionLevel v) { return QLatin1String(levels[std::size_t(v)]); }
QString ClaimCodes::code(CareLocation v) { return QLatin1String(locations[std::size_t(v)]); }
QString ClaimCodes::code(Referral v) { return QLatin1String(referrals[std::size_t(v)]); }
QString ClaimCodes::code(PersonCategory v) { return QLatin1String(categories[std::size_t(v)]); }
