#include "democountygenerator.h"

#include "bulkwriter.h"
#include "democlaimsettler.h"
#include "demonames.h"
#include "demorandom.h"
#include "domain/idnumber.h"
#include "domain/pinyininitials.h"
#include "engine/policyparser.h"
#include "storage/database.h"
#include "storage/localsettings.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <cstring>
#include <sodium.h>
#include <sqlite3.h>
#include <unordered_map>

namespace {

// Days since 1970-01-01 and back.
constexpr qint64 kJulianEpoch = 2440588;
int dayOf(const QDate &d) { return int(d.toJulianDay() - kJulianEpoch); }
int dayOf(int y, int m, int d) { return dayOf(QDate(y, m, d)); }

// Sizes of the three scales. County: DESIGN.md §Scale and speed.
struct ScaleSpec
{
    int townships;
    int villagesPerTownship;
    int households;
    int claimsPerThousandPersons;   // in the claim year
    int filingsPerTenThousandPersons;
};
ScaleSpec specOf(DemoCountyGenerator::Scale s)
{
    switch (s) {
    case DemoCountyGenerator::Scale::Small: return {1, 10, 860, 1857, 286};
    case DemoCountyGenerator::Scale::Township: return {1, 20, 10000, 1857, 286};
    case DemoCountyGenerator::Scale::County: return {20, 20, 200000, 1857, 286};
    }
    return {1, 10, 860, 1857, 286};
}

struct Township
{
    std::string id, code, name;
    std::string adminId, clerkId, reviewerId;
    std::string healthCentreId;
};

struct Village
{
    std::string id, code, name;
    int township = 0;
    int indexInTownship = 0;
    std::string clinicId;
};

struct Institution
{
    std::string id;
    QString level, location;
    int township = -1;
};

struct Person
{
    std::string id;
    int household = 0;
    int village = 0;
    int township = 0;
    int birthDay = 0;   // days since epoch
    bool male = true;
    bool poverty = false, dibao = false, tekun = false, nearPoor = false;
    quint8 tier[3] = {0, 0, 0};   // per scheme year index; 0 = not enrolled
};

struct Household
{
    std::string id;
    int village = 0;
    int firstPerson = 0;
    int persons = 0;
};

// A policy as the county published it: the document's bytes (stored in the
// policy row) and what PolicyParser read from them (id, sha256, amounts).
struct PublishedPolicy
{
    QByteArray document;
    Policy policy;
};

// Every policy compiled into the program (resources/policies/*.json), by
// scheme year. No amount is written in C++: a year without a policy is an error.
class PublishedPolicies
{
    Q_DECLARE_TR_FUNCTIONS(DemoCountyGenerator)
public:
    Validation load()
    {
        auto failure = [](const QString &message) {
            Validation v;
            v.add(QStringLiteral("policy"), message);
            return v;
        };
        for (const QString &id : PolicyParser::embeddedIds()) {
            QFile f(QStringLiteral(":/policies/%1.json").arg(id));
            if (!f.open(QIODevice::ReadOnly))
                return failure(tr("The published policy %1 cannot be read.").arg(id));
            PublishedPolicy p;
            p.document = f.readAll();
            auto parsed = PolicyParser::parse(p.document);
            if (!parsed)
                return failure(tr("The published policy %1 is not valid: %2").arg(id, parsed.errorText()));
            p.policy = std::move(parsed.value());
            m_all.push_back(std::move(p));
        }
        std::stable_sort(m_all.begin(), m_all.end(), [](const PublishedPolicy &a, const PublishedPolicy &b) {
            return a.policy.schemeYear < b.policy.schemeYear;
        });
        if (m_all.empty())
            return failure(tr("No policy is compiled into the program."));
        return {};
    }
    const std::vector<PublishedPolicy> &all() const { return m_all; }
    // The policy of a scheme year, or nullptr: as PolicyService::forYear,
    // a year has its own policy or none.
    const Policy *forYear(int schemeYear) const
    {
        const Policy *found = nullptr;
        for (const PublishedPolicy &p : m_all)
            if (p.policy.schemeYear == schemeYear)
                found = &p.policy;
        return found;
    }

private:
    std::vector<PublishedPolicy> m_all;
};

quint32 categoriesOf(bool poverty, bool dibao, bool tekun, bool nearPoor)
{
    return (poverty ? ClaimCodes::bit(PersonCategory::Poverty) : 0u) | (dibao ? ClaimCodes::bit(PersonCategory::Dibao) : 0u)
           | (tekun ? ClaimCodes::bit(PersonCategory::Tekun) : 0u)
           | (nearPoor ? ClaimCodes::bit(PersonCategory::NearPoor) : 0u);
}

struct Member
{
    const char *relation;
    bool male;
    int age;
    QString name;
};

std::string utf8(const QString &s) { return s.toStdString(); }

// A deterministic Argon2id hash in libsodium's string form: the salt comes
// from the seed, so two runs write the same app_user rows. All demo accounts
// share the demo password and so this one hash.
std::string demoPasswordHash(const QString &password, quint64 seed)
{
    if (sodium_init() < 0)
        return {};
    unsigned char salt[crypto_pwhash_SALTBYTES];
    DemoRandom r(seed ^ 0x5a17ULL);
    for (unsigned char &b : salt)
        b = static_cast<unsigned char>(r.next());
    unsigned char key[32];
    const QByteArray pw = password.toUtf8();
    const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash(key, sizeof key, pw.constData(), pw.size(), salt, ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    char saltB64[64], keyB64[64];
    sodium_bin2base64(saltB64, sizeof saltB64, salt, sizeof salt, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
    sodium_bin2base64(keyB64, sizeof keyB64, key, sizeof key, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
    char out[256];
    std::snprintf(out, sizeof out, "$argon2id$v=19$m=%zu,t=%llu,p=1$%s$%s", mem / 1024, ops, saltB64, keyB64);
    return out;
}

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(DemoCountyGenerator)
public:
    Builder(const DemoCountyGenerator::Options &o, BulkWriter &w, const DemoNames &names, const PublishedPolicies &policies)
        : m_opt(o), m_spec(specOf(o.scale)), m_w(w), m_names(names), m_policies(policies), m_root(o.seed)
    {
        // The stored spellings of the claim vocabularies, from ClaimCodes.
        for (int i = 0; i < ClaimCodes::kindCount; ++i)
            m_kindCode[size_t(i)] = ClaimCodes::code(ClaimKind(i)).toStdString();
        for (int i = 0; i < ClaimCodes::levelCount; ++i)
            m_levelCode[size_t(i)] = ClaimCodes::code(InstitutionLevel(i)).toStdString();
        for (int i = 0; i < ClaimCodes::locationCount; ++i)
            m_locationCode[size_t(i)] = ClaimCodes::code(CareLocation(i)).toStdString();
        for (int i = 0; i < ClaimCodes::referralCount; ++i)
            m_referralCode[size_t(i)] = ClaimCodes::code(Referral(i)).toStdString();
        // Dates as text, precomputed: 1900-01-01 .. 2030-12-31.
        m_firstDay = dayOf(1900, 1, 1);
        const int last = dayOf(2030, 12, 31);
        m_dateText.reserve(size_t(last - m_firstDay + 1));
        for (int d = m_firstDay; d <= last; ++d)
            m_dateText.push_back(QDate::fromJulianDay(d + kJulianEpoch).toString(Qt::ISODate).toStdString());
    }

    bool declareTables();
    bool accounts();
    bool geography();
    bool catalogue();
    bool townshipUsers();
    bool households();
    bool enrollments();
    bool filings();
    bool claims();

    QList<QPair<QString, qint64>> counts() const
    {
        QList<QPair<QString, qint64>> out;
        for (const auto &[name, count] : m_counts)
            out.append({QString::fromStdString(name), count});
        return out;
    }
    QString error;

private:
    const std::string &date(int day) const { return m_dateText[size_t(day - m_firstDay)]; }
    // ISO 8601 UTC at a business moment (day + seconds into it).
    std::string moment(int day, int seconds) const
    {
        return BulkWriter::isoUtc((qint64(day) * 86400 + seconds) * 1000);
    }
    bool put(int table, const char *action, const std::string &user, const BulkWriter::Value *values)
    {
        if (!m_w.insert(table, action, user, values)) {
            error = QString::fromStdString(m_w.error());
            return false;
        }
        ++m_counts[size_t(table)].second;
        return true;
    }
    int declare(const char *entity, std::vector<std::string> columns, std::string redacted = {})
    {
        const int t = m_w.table(entity, std::move(columns), std::move(redacted));
        if (t >= 0)
            m_counts.push_back({entity, 0});
        return t;
    }
    std::string idNumber(int birthDay, bool male);
    std::string phone(DemoRandom &r)
    {
        static const char second[] = "35789";
        char buf[16];
        std::snprintf(buf, sizeof buf, "1%c%09llu", second[r.below(5)], static_cast<unsigned long long>(r.below(1000000000)));
        return buf;
    }
    const Institution &pickInstitution(DemoRandom &r, InstitutionLevel level, CareLocation location);
    void indexInstitutions();

    const DemoCountyGenerator::Options &m_opt;
    ScaleSpec m_spec;
    BulkWriter &m_w;
    const DemoNames &m_names;
    const PublishedPolicies &m_policies;
    DemoRandom m_root;

    int m_firstDay = 0;
    std::vector<std::string> m_dateText;
    std::vector<std::pair<std::string, qint64>> m_counts;

    int tTownship = -1, tVillage = -1, tInstitution = -1, tUser = -1, tPolicy = -1, tDisease = -1, tHousehold = -1,
        tPerson = -1, tReceipt = -1, tEnrollment = -1, tFiling = -1, tClaim = -1, tSettlement = -1;

    const std::string m_countyCode = DemoCountyGenerator::countyCode().toStdString();
    std::string m_countyAdminId, m_certifierId, m_passwordHash;
    std::vector<Township> m_townships;
    std::vector<Village> m_villages;
    std::vector<Institution> m_institutions;
    // Institutions by level and location (or, when none has both, by location).
    std::vector<const Institution *> m_institutionsAt[ClaimCodes::levelCount][ClaimCodes::locationCount];
    std::array<std::string, ClaimCodes::kindCount> m_kindCode;
    std::array<std::string, ClaimCodes::levelCount> m_levelCode;
    std::array<std::string, ClaimCodes::locationCount> m_locationCode;
    std::array<std::string, ClaimCodes::referralCount> m_referralCode;
    std::vector<Household> m_households;
    std::vector<Person> m_persons;
    std::unordered_map<int, int> m_idSerial;   // (birth day, sex) → next sequence

    struct SpecialPlan
    {
        int person;
        int fromDay;   // first visit
        std::string diseaseCode;
        QString disease;
        int category;
        int validFrom, validTo;   // the certification's, inclusive
    };
    std::vector<SpecialPlan> m_special;   // certified filings valid in the claim year
    std::vector<int> m_slipSerial;
};

bool Builder::declareTables()
{
    tUser = declare("app_user", {"id", "login", "display_name", "role", "township_id", "password_hash", "active"},
                    "password_hash");
    tTownship = declare("township", {"id", "code", "name", "county_code"});
    tVillage = declare("village", {"id", "township_id", "code", "name"});
    tInstitution = declare("institution", {"id", "code", "name", "initials", "level", "location", "township_id"});
    tPolicy = declare("policy", {"id", "county_code", "scheme_year", "policy_version", "name", "sha256", "document",
                                 "published_at"});
    tDisease = declare("disease", {"id", "scheme_year", "code", "name", "initials", "category", "poverty_only"});
    tHousehold = declare("household", {"id", "township_id", "village_id", "code", "head_person_id", "address", "phone"});
    tPerson = declare("person", {"id", "household_id", "id_number", "name", "name_initials", "sex", "birth_date",
                                 "relation", "poverty", "dibao", "tekun", "near_poor", "status", "death_date", "phone"});
    tReceipt = declare("receipt", {"id", "township_id", "serial", "household_id", "scheme_year", "total_fen", "channel",
                                   "status", "issued_at", "created_by", "change_reason", "change_requested_by",
                                   "change_approved_by"});
    tEnrollment = declare("enrollment", {"id", "person_id", "scheme_year", "tier", "personal_fen", "subsidized_fen",
                                         "subsidy_fen", "status", "receipt_id", "paid_at"});
    tFiling = declare("filing", {"id", "township_id", "person_id", "disease_code", "institution_id", "diagnosis_date",
                                 "evidence_kind", "note", "status", "valid_from", "valid_to", "created_by",
                                 "reviewed_by", "reviewed_at", "submitted_by", "submitted_at", "decided_by",
                                 "decided_at", "reason"});
    tClaim = declare("claim", {"id", "township_id", "person_id", "scheme_year", "kind", "institution_id", "level",
                               "location", "referral", "admission", "discharge", "disease_code", "total_fen",
                               "self_paid_fen", "category_b_copay_fen", "accident", "third_party_liable", "status",
                               "created_by", "approved_by", "approved_at", "reason"});
    tSettlement = declare("settlement", {"id", "claim_id", "township_id", "slip_no", "policy_id", "policy_sha256",
                                         "in_scope_fen", "deductible_fen", "basic_fen", "critical_fen",
                                         "assistance_fen", "relief_fen", "out_of_pocket_fen", "refused", "flags",
                                         "reverses_settlement_id", "settled_at", "settled_by"});
    for (int t : {tUser, tTownship, tVillage, tInstitution, tPolicy, tDisease, tHousehold, tPerson, tReceipt,
                  tEnrollment, tFiling, tClaim, tSettlement})
        if (t < 0) {
            error = QString::fromStdString(m_w.error());
            return false;
        }
    return true;
}

bool Builder::accounts()
{
    m_passwordHash = demoPasswordHash(DemoCountyGenerator::demoPassword(), m_opt.seed);
    if (m_passwordHash.empty()) {
        error = tr("The demo password could not be hashed (out of memory).");
        return false;
    }
    using V = BulkWriter::Value;
    // The county administrator sets the county up, as first-run setup does: no user yet.
    m_countyAdminId = m_w.newId();
    // People's names are data, in the county's language whatever the program's.
    const std::string name = "县医保中心管理员";
    const V admin[] = {m_countyAdminId, "county.admin", name, "county_admin", V(), m_passwordHash, 1};
    if (!put(tUser, "demo.user", {}, admin))
        return false;
    m_certifierId = m_w.newId();
    const std::string cert = "县医保中心认定员";
    const V certifier[] = {m_certifierId, "certifier", cert, "county_certifier", V(), m_passwordHash, 1};
    return put(tUser, "demo.user", m_countyAdminId, certifier);
}

bool Builder::geography()
{
    using V = BulkWriter::Value;
    DemoRandom r = m_root.fork(1);
    const std::string county = utf8(DemoCountyGenerator::countyCode());
    const std::string countyName = utf8(DemoCountyGenerator::countyName());
    QStringList townshipParts = m_names.townshipParts();
    m_townships.resize(size_t(m_spec.townships));
    for (int i = 0; i < m_spec.townships; ++i) {
        Township &t = m_townships[size_t(i)];
        const QString part = townshipParts.takeAt(qsizetype(r.below(quint64(townshipParts.size()))));
        t.id = m_w.newId();
        char code[16];
        std::snprintf(code, sizeof code, "%s%03d", county.c_str(), 100 + i + 1);
        t.code = code;
        t.name = utf8(part + (i == 0 || r.chance(0.6) ? QStringLiteral("镇") : QStringLiteral("乡")));
        const V row[] = {t.id, t.code, t.name, county};
        if (!put(tTownship, "demo.township", m_countyAdminId, row))
            return false;
    }
    for (int ti = 0; ti < m_spec.townships; ++ti) {
        QSet<QString> used;
        for (int vi = 0; vi < m_spec.villagesPerTownship; ++vi) {
            Village v;
            v.township = ti;
            v.indexInTownship = vi + 1;
            QString name;
            do {
                name = m_names.villageFirstParts()[qsizetype(r.below(quint64(m_names.villageFirstParts().size())))]
                       + m_names.villageSecondParts()[qsizetype(r.below(quint64(m_names.villageSecondParts().size())))];
            } while (used.contains(name));
            used.insert(name);
            v.id = m_w.newId();
            v.code = m_townships[size_t(ti)].code + (vi + 1 < 10 ? "00" : "0") + std::to_string(vi + 1);
            v.name = utf8(name);
            const V row[] = {v.id, m_townships[size_t(ti)].id, v.code, v.name};
            if (!put(tVillage, "demo.village", m_countyAdminId, row))
                return false;
            m_villages.push_back(std::move(v));
        }
    }

    // Institutions: a clinic per village, a health centre per township, the
    // county's hospitals, and those of the city, the province and beyond.
    int serial = 0;
    auto addInstitution = [&](const QString &name, const char *level, const char *location, int township) {
        Institution in;
        in.id = m_w.newId();
        in.level = QLatin1String(level);
        in.location = QLatin1String(location);
        in.township = township;
        char code[24];
        std::snprintf(code, sizeof code, "H%s%04d", county.c_str(), ++serial);
        const std::string n = utf8(name), initials = utf8(PinyinInitials::of(name));
        const V row[] = {in.id, code, n, initials, level, location,
                         township >= 0 ? V(m_townships[size_t(township)].id) : V()};
        if (!put(tInstitution, "demo.institution", m_countyAdminId, row))
            return false;
        m_institutions.push_back(std::move(in));
        return true;
    };
    for (int ti = 0; ti < m_spec.townships; ++ti) {
        if (!addInstitution(QString::fromStdString(m_townships[size_t(ti)].name) + QStringLiteral("卫生院"), "township",
                            "in_county", ti))
            return false;
        m_townships[size_t(ti)].healthCentreId = m_institutions.back().id;
    }
    for (Village &v : m_villages) {
        if (!addInstitution(QString::fromStdString(v.name) + QStringLiteral("卫生室"), "village", "in_county", v.township))
            return false;
        v.clinicId = m_institutions.back().id;
    }
    for (const DemoNames::Institution &in : m_names.institutions()) {
        const QByteArray level = in.level.toLatin1(), location = in.location.toLatin1();
        const QString name = in.location == QLatin1String("in_county") ? DemoCountyGenerator::countyName() + in.name : in.name;
        if (!addInstitution(name, level.constData(), location.constData(), -1))
            return false;
    }
    indexInstitutions();
    return true;
}

bool Builder::catalogue()
{
    using V = BulkWriter::Value;
    const std::string county = utf8(DemoCountyGenerator::countyCode());
    for (const PublishedPolicy &pp : m_policies.all()) {
        const Policy &p = pp.policy;
        const std::string id = utf8(p.id), name = utf8(p.name), sha = utf8(p.sha256);
        const std::string doc(pp.document.constData(), size_t(pp.document.size()));
        const std::string published = moment(dayOf(p.schemeYear - 1, 12, 15), 2 * 3600);
        const V row[] = {id, county, p.schemeYear, 1, name, sha, doc, published};
        if (!put(tPolicy, "demo.policy", m_countyAdminId, row))
            return false;
    }
    for (int year : DemoCountyGenerator::schemeYears()) {
        const Policy *p = m_policies.forYear(year);
        if (!p) {
            error = tr("No policy is published for scheme year %1; the demo county needs one for every year it covers.")
                        .arg(year);
            return false;
        }
        for (const SpecialDisease &d : p->specialOutpatient.diseases) {
            const std::string id = m_w.newId(), code = utf8(d.code), name = utf8(d.name),
                              initials = utf8(PinyinInitials::of(d.name));
            // [PolicyService::publish] poverty_only: open to some categories only.
            const V row[] = {id, year, code, name, initials, d.category, d.openTo != 0 ? 1 : 0};
            if (!put(tDisease, "demo.disease", m_countyAdminId, row))
                return false;
        }
    }
    return true;
}

bool Builder::townshipUsers()
{
    using V = BulkWriter::Value;
    DemoRandom r = m_root.fork(2);
    for (size_t i = 0; i < m_townships.size(); ++i) {
        Township &t = m_townships[i];
        const std::string suffix = i == 0 ? std::string() : (i + 1 < 10 ? "0" : "") + std::to_string(i + 1);
        struct Account
        {
            const char *login, *role;
            std::string *id;
        } accounts[] = {{"admin", "township_admin", &t.adminId}, {"clerk", "clerk", &t.clerkId},
                        {"reviewer", "reviewer", &t.reviewerId}};
        for (const Account &a : accounts) {
            *a.id = m_w.newId();
            const std::string login = a.login + suffix, name = utf8(m_names.fullName(r, r.chance(0.5)));
            const V row[] = {*a.id, login, name, a.role, t.id, m_passwordHash, 1};
            if (!put(tUser, "demo.user", m_countyAdminId, row))
                return false;
        }
    }
    return true;
}

std::string Builder::idNumber(int birthDay, bool male)
{
    // GB 11643-1999: region, birth date, sequence (odd for men), check character.
    const int key = birthDay * 2 + (male ? 1 : 0);
    auto it = m_idSerial.find(key);
    if (it == m_idSerial.end())
        it = m_idSerial.emplace(key, int(m_root.fork(quint64(key) + 7).below(40))).first;
    const int n = it->second++;
    const int seq = male ? 2 * n + 1 : 2 * n + 2;
    const std::string &d = date(birthDay);
    char first17[32];
    std::snprintf(first17, sizeof first17, "%.6s%.4s%.2s%.2s%03d", m_countyCode.c_str(), d.c_str(), d.c_str() + 5, d.c_str() + 8,
                  seq % 1000);
    const QChar check = IdNumber::checkCharacter(QString::fromLatin1(first17, 17));
    return std::string(first17, 17) + char(check.unicode());
}

bool Builder::households()
{
    using V = BulkWriter::Value;
    DemoRandom r = m_root.fork(3);
    const int refDay = dayOf(2024, 12, 31);
    const size_t villages = m_villages.size();
    m_households.reserve(size_t(m_spec.households));
    m_persons.reserve(size_t(m_spec.households) * 4);
    qint64 povertyPersons = 0;
    std::vector<int> householdSerial(villages, 0);

    static const char *const kGroup[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    for (int h = 0; h < m_spec.households; ++h) {
        // Spread households over villages unevenly, as real villages are.
        const int vi = int((quint64(h) * villages) / quint64(m_spec.households));
        const Village &v = m_villages[size_t(vi)];
        const Township &t = m_townships[size_t(v.township)];

        // Members and their ages; relations follow the ages.
        std::vector<Member> members;
        const bool alone = r.chance(0.012);   // elderly living alone: the tekun candidates
        int headAge = alone ? int(r.range(66, 90)) : std::clamp(int(52 + 13 * r.normal()), 22, 92);
        const bool headMale = alone ? r.chance(0.55) : r.chance(0.82);
        members.push_back({"self", headMale, headAge, {}});
        bool hasSpouse = false;
        if (!alone && r.chance(headAge < 80 ? 0.87 : 0.45)) {
            const int age = std::clamp(headAge + (headMale ? -2 : 2) + int(2.5 * r.normal()), 20, 98);
            members.push_back({"spouse", !headMale, age, {}});
            hasSpouse = true;
        }
        int sonAge = -1;
        if (!alone) {
            const int children = std::min(4, r.poisson(headAge < 45 ? 1.8 : headAge < 65 ? 1.4 : 0.7));
            for (int c = 0; c < children; ++c) {
                const int age = headAge - int(r.range(22, 36)) - c * int(r.range(1, 4));
                if (age < 0)
                    continue;
                if (age > 28 && !r.chance(0.55))
                    continue;   // grown up and moved out
                const bool male = r.chance(0.52);
                members.push_back({male ? "son" : "daughter", male, age, {}});
                if (male && age >= 24 && sonAge < 0)
                    sonAge = age;
            }
            if (sonAge >= 0 && r.chance(0.7)) {
                if (r.chance(0.8))
                    members.push_back({"other", false, std::clamp(sonAge - 2 + int(2 * r.normal()), 20, 90), {}});
                const int grandchildren = 1 + int(r.chance(0.45));
                for (int g = 0; g < grandchildren; ++g) {
                    const int age = sonAge - int(r.range(22, 32)) - g * int(r.range(1, 4));
                    if (age >= 0)
                        members.push_back({"grandchild", r.chance(0.52), age, {}});
                }
            }
            if (headAge <= 62 && r.chance(0.30)) {
                const int parents = r.chance(0.35) ? 2 : 1;
                const bool firstMale = r.chance(0.35);
                for (int p = 0; p < parents; ++p) {
                    const int age = headAge + int(r.range(22, 34)) + p;
                    if (age <= 97)
                        members.push_back({"parent", p == 0 ? firstMale : !firstMale, age, {}});
                }
            }
            if (r.chance(0.025))
                members.push_back({"sibling", r.chance(0.6), std::clamp(headAge + int(r.range(-8, 8)), 16, 95), {}});
        }

        // Names: children take the father's surname; wives, mothers and
        // daughters-in-law keep their own; siblings often share a generation character.
        const QString headSurname = m_names.surname(r);
        QString fatherSurname = headSurname;
        if (!headMale && hasSpouse)
            fatherSurname = m_names.surname(r);
        const QChar generation = r.chance(0.55) ? m_names.givenCharacter(r, true) : QChar();
        const QChar grandGeneration = r.chance(0.5) ? m_names.givenCharacter(r, r.chance(0.5)) : QChar();
        for (Member &m : members) {
            const std::string_view rel(m.relation);
            QString surname;
            QChar gen;
            if (rel == "self" || rel == "sibling")
                surname = headSurname;
            else if (rel == "son" || rel == "daughter") {
                surname = fatherSurname;
                gen = generation;
            } else if (rel == "grandchild") {
                surname = headMale ? headSurname : fatherSurname;
                gen = grandGeneration;
            } else if (rel == "parent")
                surname = m.male ? headSurname : m_names.surname(r);
            else
                surname = m_names.surname(r);
            m.name = surname + m_names.givenName(r, m.male, gen);
        }

        // Categories belong to the household; the poverty share is steered
        // to 5.5% of persons ([DESIGN] 38,000 of 700,000).
        const qint64 personsSoFar = qint64(m_persons.size()) + qint64(members.size());
        const bool poverty = r.chance(povertyPersons < personsSoFar * 55 / 1000 ? 0.09 : 0.02) || (alone && r.chance(0.5));
        const bool tekun = alone;
        const bool dibao = !tekun && r.chance(poverty ? 0.30 : 0.012);
        const bool nearPoor = !poverty && !dibao && !tekun && r.chance(0.018);
        if (poverty)
            povertyPersons += qint64(members.size());

        Household hh;
        hh.id = m_w.newId();
        hh.village = vi;
        hh.firstPerson = int(m_persons.size());
        hh.persons = int(members.size());
        const int serialInVillage = ++householdSerial[size_t(vi)];
        char code[32];
        std::snprintf(code, sizeof code, "%03d-%05d", v.indexInTownship, serialInVillage);
        const std::string address = v.name + kGroup[r.below(6)] + utf8(QStringLiteral("组")) + std::to_string(r.range(1, 80))
                                    + utf8(QStringLiteral("号"));
        const std::string headPhone = phone(r);

        // Persons first in memory (their ids name the head), then rows.
        std::vector<std::string> idNumbers, names, initials;
        const size_t first = m_persons.size();
        for (const Member &m : members) {
            Person p;
            p.id = m_w.newId();
            p.household = int(m_households.size());
            p.village = vi;
            p.township = v.township;
            p.male = m.male;
            p.birthDay = refDay - m.age * 365 - m.age / 4 - int(r.below(365));
            p.poverty = poverty;
            p.dibao = dibao;
            p.tekun = tekun;
            p.nearPoor = nearPoor;
            m_persons.push_back(std::move(p));
        }
        const V hrow[] = {hh.id, t.id, v.id, code, m_persons[first].id, address, headPhone};
        if (!put(tHousehold, "demo.household", t.clerkId, hrow))
            return false;
        for (size_t i = 0; i < members.size(); ++i) {
            const Person &p = m_persons[first + i];
            const Member &m = members[i];
            const std::string idn = idNumber(p.birthDay, p.male), name = utf8(m.name), ini = utf8(PinyinInitials::of(m.name));
            const V row[] = {p.id, hh.id, idn, name, ini, p.male ? "M" : "F", date(p.birthDay), m.relation,
                             p.poverty ? 1 : 0, p.dibao ? 1 : 0, p.tekun ? 1 : 0, p.nearPoor ? 1 : 0, "active", V(),
                             i == 0 ? V(headPhone) : V("")};
            if (!put(tPerson, "demo.person", t.clerkId, row))
                return false;
        }
        m_households.push_back(std::move(hh));
    }
    return true;
}

bool Builder::enrollments()
{
    using V = BulkWriter::Value;
    DemoRandom r = m_root.fork(4);
    const QList<int> years = DemoCountyGenerator::schemeYears();
    static const char *const kChannels[] = {"cash", "mobile", "bank"};
    for (int yi = 0; yi < years.size(); ++yi) {
        const int year = years[yi];
        const Policy *policy = m_policies.forYear(year);
        if (!policy) {
            error = tr("No policy is published for scheme year %1; the demo county needs one for every year it covers.")
                        .arg(year);
            return false;
        }
        std::vector<int> serial(m_townships.size(), 0);
        for (const Household &hh : m_households) {
            const bool subsidizedHousehold = m_persons[size_t(hh.firstPerson)].poverty
                                             || m_persons[size_t(hh.firstPerson)].dibao
                                             || m_persons[size_t(hh.firstPerson)].tekun;
            if (!r.chance(subsidizedHousehold ? 0.998 : 0.965))
                continue;   // this household did not enroll this year
            const int wanted = r.chance(0.12) ? 2 : 1;
            const int tier = policy->hasTier(wanted) ? wanted : 1;
            // [EnrollmentService::enrollAndPay] what the person pays and what
            // the state pays for them, from the policy's contribution rules.
            const qint64 fullFen = policy->personalContributionFen(tier, 0);
            const qint64 subsidyFen = policy->governmentSubsidyFen(tier);
            if (fullFen < 0 || subsidyFen < 0) {
                error = tr("Policy %1 has no contribution tier %2.").arg(policy->id).arg(tier);
                return false;
            }
            // Which members enroll: born by the end of the year, and not
            // insured elsewhere (some work in town and have employee insurance).
            std::vector<int> enrolled;
            qint64 total = 0;
            for (int i = 0; i < hh.persons; ++i) {
                const Person &p = m_persons[size_t(hh.firstPerson + i)];
                if (p.birthDay > dayOf(year, 12, 31) || r.chance(0.012))
                    continue;
                enrolled.push_back(hh.firstPerson + i);
                total += policy->personalContributionFen(tier, categoriesOf(p.poverty, p.dibao, p.tekun, p.nearPoor));
            }
            if (enrolled.empty())
                continue;
            const Village &v = m_villages[size_t(hh.village)];
            const Township &t = m_townships[size_t(v.township)];
            // Contributions for year Y are collected from September to December of Y−1.
            const int payDay = dayOf(year - 1, 9, 1) + int(r.below(120));
            const std::string paidAt = moment(payDay, int(r.range(1 * 3600, 9 * 3600)));
            char serialText[24];
            // [NumberSeries::next] receipt serial YYYY-NNNNNNN per township and year: the plain
            // form of a workstation without a number (a demo replica never synced).
            std::snprintf(serialText, sizeof serialText, "%d-%07d", year, ++serial[size_t(v.township)]);
            const std::string receiptId = m_w.newId();
            const char *channel = total == 0 ? "subsidy" : kChannels[r.chance(0.45) ? 0 : r.chance(0.7) ? 1 : 2];
            const V rec[] = {receiptId, t.id, serialText, hh.id, year, total, channel, "issued", paidAt, t.clerkId,
                             V(), V(), V()};
            if (!put(tReceipt, "demo.receipt", t.clerkId, rec))
                return false;
            for (int pi : enrolled) {
                Person &p = m_persons[size_t(pi)];
                const qint64 pays = policy->personalContributionFen(tier, categoriesOf(p.poverty, p.dibao, p.tekun, p.nearPoor));
                const std::string id = m_w.newId();
                const V row[] = {id, p.id, year, tier, pays, fullFen - pays, subsidyFen, "paid", receiptId, paidAt};
                if (!put(tEnrollment, "demo.enrollment", t.clerkId, row))
                    return false;
                p.tier[yi] = quint8(tier);
            }
        }
    }
    return true;
}

void Builder::indexInstitutions()
{
    for (int l = 0; l < ClaimCodes::levelCount; ++l)
        for (int c = 0; c < ClaimCodes::locationCount; ++c) {
            const QString level = ClaimCodes::code(InstitutionLevel(l)), location = ClaimCodes::code(CareLocation(c));
            std::vector<const Institution *> &fit = m_institutionsAt[l][c];
            fit.clear();
            for (const Institution &in : m_institutions)
                if (in.level == level && in.location == location)
                    fit.push_back(&in);
            if (fit.empty())
                for (const Institution &in : m_institutions)
                    if (in.location == location)
                        fit.push_back(&in);
        }
}

const Institution &Builder::pickInstitution(DemoRandom &r, InstitutionLevel level, CareLocation location)
{
    const std::vector<const Institution *> &fit = m_institutionsAt[size_t(level)][size_t(location)];
    return *fit[r.below(fit.size())];
}

bool Builder::filings()
{
    using V = BulkWriter::Value;
    DemoRandom r = m_root.fork(5);
    const int claimYearIndex = int(DemoCountyGenerator::schemeYears().indexOf(DemoCountyGenerator::claimYear()));
    const Policy *policy = m_policies.forYear(DemoCountyGenerator::claimYear());
    if (!policy)
        return true;   // catalogue() has refused already
    std::vector<const SpecialDisease *> open, povertyOnly;
    for (const SpecialDisease &d : policy->specialOutpatient.diseases)
        (d.openTo != 0 ? povertyOnly : open).push_back(&d);
    if (open.empty())
        return true;   // no catalogue, no filings

    const int refDay = dayOf(2024, 12, 31);
    auto ageFactor = [&](const Person &p) {
        const int age = (refDay - p.birthDay) / 365;
        return age < 30 ? 0.05 : age < 45 ? 0.4 : age < 60 ? 1.3 : 2.6;
    };
    double sum = 0;
    for (const Person &p : m_persons)
        sum += ageFactor(p);
    const double target = double(m_persons.size()) * m_spec.filingsPerTenThousandPersons / 10000.0;

    std::vector<const Institution *> hospitals;
    for (const Institution &in : m_institutions)
        if (in.level == QLatin1String("county") || in.location == QLatin1String("in_city"))
            hospitals.push_back(&in);

    struct StatusWeight
    {
        const char *status;
        int weight;
    };
    static const StatusWeight kStatuses[] = {{"certified", 70}, {"reported", 7}, {"reviewed", 5}, {"submitted", 6},
                                             {"returned", 3},   {"rejected", 5}, {"expired", 2}, {"revoked", 2}};
    const std::string returnedReason = utf8(tr("Evidence incomplete: add the test report.")),
                      rejectedReason = utf8(tr("The diagnosis does not meet the catalogue's criteria.")),
                      revokedReason = utf8(tr("Revoked on review: the criteria are no longer met."));

    for (size_t pi = 0; pi < m_persons.size(); ++pi) {
        const Person &p = m_persons[pi];
        if (!r.chance(target * ageFactor(p) / sum))
            continue;
        const SpecialDisease *d = p.poverty && !povertyOnly.empty() && r.chance(0.25)
                                           ? povertyOnly[r.below(povertyOnly.size())]
                                           : open[r.below(open.size())];
        int w = int(r.below(100));
        const char *status = "certified";
        for (const StatusWeight &s : kStatuses) {
            if (w < s.weight) {
                status = s.status;
                break;
            }
            w -= s.weight;
        }
        const std::string_view st(status);
        const bool pending = st == "reported" || st == "reviewed" || st == "submitted" || st == "returned";
        // Pending ones were filed this autumn; decided ones earlier.
        int created = pending ? dayOf(2024, 10, 1) + int(r.below(85))
                              : st == "expired" ? dayOf(2021, 3, 1) + int(r.below(300))
                                                : dayOf(2021, 3, 1) + int(r.below(1150));
        created = std::max(created, p.birthDay + 30);
        const int diagnosis = std::max(p.birthDay, created - int(r.range(5, 60)));
        const Township &t = m_townships[size_t(p.township)];
        const std::string id = m_w.newId(), code = utf8(d->code);
        const Institution &in = *hospitals[r.below(hospitals.size())];
        const char *evidence = r.chance(0.55) ? "inpatient_record" : "outpatient_record_with_test";
        const int reviewed = created + int(r.range(1, 7)), submitted = reviewed + int(r.range(1, 10)),
                  decided = submitted + int(r.range(5, 30));
        const bool wasReviewed = st != "reported" && st != "returned";
        const bool wasSubmitted = wasReviewed && st != "reviewed";
        const bool wasDecided = wasSubmitted && st != "submitted";
        const bool valid = st == "certified" || st == "expired" || st == "revoked";
        const int validTo = st == "expired"   ? dayOf(2023, 12, 31)
                            : st == "revoked" ? std::min(refDay, decided + int(r.range(60, 400)))
                                              : dayOf(QDate::fromJulianDay(decided + kJulianEpoch).year() + 3, 12, 31);
        const std::string reviewedAt = wasReviewed || st == "returned" ? moment(reviewed, 10 * 3600) : std::string(),
                          submittedAt = wasSubmitted ? moment(submitted, 11 * 3600) : std::string(),
                          decidedAt = wasDecided ? moment(decided, 9 * 3600) : std::string();
        const std::string &reason = st == "returned" ? returnedReason
                                    : st == "rejected" ? rejectedReason
                                    : st == "revoked"  ? revokedReason
                                                       : std::string();
        const V row[] = {id, t.id, p.id, code, in.id, date(diagnosis), evidence, "", status,
                         valid ? V(date(decided)) : V(), valid ? V(date(validTo)) : V(), t.clerkId,
                         wasReviewed || st == "returned" ? V(t.reviewerId) : V(), V::textOrNull(reviewedAt),
                         wasSubmitted ? V(t.adminId) : V(), V::textOrNull(submittedAt),
                         wasDecided ? V(m_certifierId) : V(), V::textOrNull(decidedAt), V::textOrNull(reason)};
        const std::string &writer = wasDecided ? m_certifierId : wasSubmitted ? t.adminId : wasReviewed ? t.reviewerId : t.clerkId;
        if (!put(tFiling, "demo.filing", writer, row))
            return false;
        if (st == "certified" && validTo >= refDay && claimYearIndex >= 0 && p.tier[claimYearIndex])
            m_special.push_back({int(pi), std::max(decided + 1, dayOf(2024, 1, 1)), code, d->code, d->category, decided,
                                 validTo});
    }
    return true;
}

bool Builder::claims()
{
    using V = BulkWriter::Value;
    DemoRandom r = m_root.fork(6);
    const int year = DemoCountyGenerator::claimYear();
    const int yi = int(DemoCountyGenerator::schemeYears().indexOf(year));
    const int yearStart = dayOf(year, 1, 1), yearEnd = dayOf(year, 12, 31);
    const int refDay = yearEnd;
    // The review queue: claims discharged in the last days of the year are
    // still waiting for the township reviewer ('entered'); the rest are
    // approved and settled a few days after discharge.
    const int backlogFrom = yearEnd - DemoCountyGenerator::reviewBacklogDays() + 1;
    const Policy *policy = m_policies.forYear(year);
    if (!policy) {
        error = tr("No policy is published for scheme year %1.").arg(year);
        return false;
    }
    DemoClaimSettler settler(*policy);
    const std::string policyId = utf8(policy->id), policySha = utf8(policy->sha256);
    m_slipSerial.assign(m_townships.size(), 0);

    // Special outpatient visits of the certified: roughly monthly.
    std::unordered_map<int, std::vector<const SpecialPlan *>> special;
    qint64 specialCount = 0;
    for (const SpecialPlan &s : m_special) {
        special[s.person].push_back(&s);
        specialCount += qint64((yearEnd - s.fromDay) / 30.4 * (s.category == 1 ? 0.9 : 0.6));
    }
    qint64 enrolled = 0;
    double inFactorSum = 0, goFactorSum = 0;
    auto age = [&](const Person &p) { return (refDay - p.birthDay) / 365; };
    auto inFactor = [&](const Person &p) {
        const int a = age(p);
        return a < 5 ? 0.9 : a < 18 ? 0.3 : a < 45 ? 0.6 : a < 65 ? 1.1 : 2.2;
    };
    auto goFactor = [&](const Person &p) {
        const int a = age(p);
        return a < 7 ? 1.4 : a < 18 ? 0.6 : a < 45 ? 0.6 : a < 65 ? 1.1 : 1.8;
    };
    for (const Person &p : m_persons)
        if (p.tier[yi]) {
            ++enrolled;
            inFactorSum += inFactor(p);
            goFactorSum += goFactor(p);
        }
    // [DESIGN §Scale] 1,300,000 claims a year for 700,000 persons; about a
    // seventh inpatient, the rest general outpatient besides the special ones.
    const double target = double(m_persons.size()) * m_spec.claimsPerThousandPersons / 1000.0;
    const double inpatientTotal = target * 0.14;
    const double goTotal = std::max(0.0, target - inpatientTotal - double(specialCount));
    const double inMean = enrolled ? inpatientTotal / inFactorSum : 0, goMean = enrolled ? goTotal / goFactorSum : 0;

    struct LevelMix
    {
        InstitutionLevel level;
        CareLocation location;
        int weight;
        double median, sigma;
        int minDays, maxDays;
    };
    using L = InstitutionLevel;
    using C = CareLocation;
    static const LevelMix kInpatient[] = {{L::Township, C::InCounty, 34, 2600, 0.5, 3, 10},
                                          {L::County, C::InCounty, 40, 7000, 0.6, 4, 14},
                                          {L::City, C::InCity, 13, 15000, 0.6, 5, 18},
                                          {L::Province, C::InProvince, 9, 28000, 0.7, 5, 21},
                                          {L::Province, C::OutOfProvince, 4, 36000, 0.8, 5, 24}};

    // One person's claims of the year, made kind by kind, then settled and
    // written in date order.
    struct Draft
    {
        ClaimInput input;
        int admission = 0, discharge = 0;   // days since epoch
        const std::string *institutionId = nullptr;
        const std::string *diseaseCode = nullptr;
    };
    std::vector<Draft> drafts;
    auto draft = [&](ClaimKind kind, InstitutionLevel level, CareLocation location, Referral referral, int admission,
                     int discharge, const std::string &institutionId) -> Draft & {
        Draft &d = drafts.emplace_back();
        d.input.kind = kind;
        d.input.level = level;
        d.input.location = location;
        d.input.referral = referral;
        d.admission = admission;
        d.discharge = discharge;
        d.input.admission = QDate::fromJulianDay(admission + kJulianEpoch);
        d.input.discharge = QDate::fromJulianDay(discharge + kJulianEpoch);
        d.institutionId = &institutionId;
        return d;
    };
    auto costSplit = [&](Draft &d, qint64 total, double selfMax, double catBMax) {
        d.input.totalFen = total;
        d.input.selfPaidFen = qint64(double(total) * r.real() * selfMax);
        d.input.categoryBCopayFen = qint64(double(total) * r.real() * catBMax);
    };

    SettlementResult result;
    for (size_t pi = 0; pi < m_persons.size(); ++pi) {
        const Person &p = m_persons[pi];
        if (!p.tier[yi])
            continue;
        const Village &v = m_villages[size_t(p.village)];
        const Township &t = m_townships[size_t(p.township)];
        const int from = std::max(yearStart, p.birthDay);
        const int span = yearEnd - from + 1;
        drafts.clear();

        // What the engine knows of the person this year, as
        // SettlementInputs::personFacts reads it back from the rows written.
        DemoPersonYear person;
        person.facts.tier = p.tier[yi];
        person.facts.categories = categoriesOf(p.poverty, p.dibao, p.tekun, p.nearPoor);
        person.facts.enrolled = true;   // every enrollment is paid

        // Special outpatient, per certified disease, about monthly.
        if (auto it = special.find(int(pi)); it != special.end()) {
            for (const SpecialPlan *s : it->second) {
                person.certifications.append({s->disease, QDate::fromJulianDay(s->validFrom + kJulianEpoch),
                                              QDate::fromJulianDay(s->validTo + kJulianEpoch)});
                const double every = s->category == 1 ? 30.4 / 0.9 : 30.4 / 0.6;
                for (double day = s->fromDay + r.range(0, 20); day <= yearEnd; day += every * (0.8 + 0.4 * r.real())) {
                    const int pick = int(r.below(10));
                    const InstitutionLevel level = pick < 6 ? L::County : pick < 9 ? L::Township : L::City;
                    const CareLocation location = pick < 9 ? C::InCounty : C::InCity;
                    const std::string &inst = pick < 6 || pick == 9 ? pickInstitution(r, level, location).id : t.healthCentreId;
                    Draft &d = draft(ClaimKind::SpecialOutpatient, level, location, Referral::None, int(day), int(day), inst);
                    d.input.disease = s->disease;
                    d.diseaseCode = &s->diseaseCode;
                    costSplit(d, std::max<qint64>(2000, qint64(r.logNormal(s->category == 1 ? 300000 : 40000, 0.5))), 0.06, 0.05);
                }
            }
        }

        // Inpatient stays.
        const int stays = std::min(6, r.poisson(inMean * inFactor(p)));
        for (int s = 0; s < stays; ++s) {
            int w = int(r.below(100));
            const LevelMix *mix = &kInpatient[0];
            for (const LevelMix &m : kInpatient) {
                mix = &m;
                if (w < m.weight)
                    break;
                w -= m.weight;
            }
            const bool inCounty = mix->location == C::InCounty;
            const Referral referral = inCounty ? (mix->level == L::Township && r.chance(0.05) ? Referral::Downward : Referral::None)
                                               : (r.chance(0.7) ? Referral::Referred : Referral::None);
            int days = int(r.range(mix->minDays, mix->maxDays));
            if (r.chance(0.01))
                days += 25;   // a long stay, for the control indicators
            const int admission = from + int(r.below(quint64(std::max(1, span - days))));
            const bool accident = r.chance(0.015);
            const bool liable = accident && r.chance(0.3);
            const qint64 total = std::max<qint64>(50000, qint64(r.logNormal(mix->median * 100, mix->sigma)));
            const double selfMax = inCounty ? 0.08 : 0.2;
            Draft &d = draft(ClaimKind::Inpatient, mix->level, mix->location, referral, admission,
                             std::min(yearEnd, admission + days),
                             mix->level == L::Township ? t.healthCentreId : pickInstitution(r, mix->level, mix->location).id);
            d.input.accident = accident;
            d.input.thirdPartyLiable = liable;
            costSplit(d, total, selfMax, 0.06);
        }

        // General outpatient visits at the village clinic or the health centre.
        const int visits = r.poisson(goMean * goFactor(p));
        for (int s = 0; s < visits; ++s) {
            const bool village = r.chance(0.65);
            const int day = from + int(r.below(quint64(span)));
            Draft &d = draft(ClaimKind::GeneralOutpatient, village ? L::Village : L::Township, C::InCounty, Referral::None,
                             day, day, village ? v.clinicId : t.healthCentreId);
            costSplit(d, std::max<qint64>(500, qint64(r.logNormal(village ? 4500 : 9000, 0.6))), 0.1, 0.05);
        }

        // Settled in date order, as a reviewer approves them: each a few days
        // after discharge and never before the person's previous one, so that
        // SettlementInputs::yearToDate (settled_at, then slip_no) replays them
        // in the order their year-to-date totals were carried.
        std::stable_sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) {
            return a.discharge != b.discharge ? a.discharge < b.discharge : a.admission < b.admission;
        });
        settler.beginPerson(std::move(person));
        qint64 lastSettledMs = 0;
        for (const Draft &d : drafts) {
            const bool settle = d.discharge < backlogFrom;
            std::string settledAt;
            if (settle) {
                if (!settler.settle(d.input, result)) {
                    error = tr("A demo claim does not pass the engine's checks: %1").arg(settler.error());
                    return false;
                }
                const qint64 ms = (qint64(d.discharge + 1 + int(r.below(5))) * 86400 + r.range(1 * 3600, 9 * 3600)) * 1000;
                lastSettledMs = std::max(ms, lastSettledMs + 60000);
                settledAt = BulkWriter::isoUtc(lastSettledMs);
            }
            const ClaimInput &c = d.input;
            const std::string claimId = m_w.newId();
            const V row[] = {claimId, t.id, p.id, year, m_kindCode[size_t(c.kind)], *d.institutionId,
                             m_levelCode[size_t(c.level)], m_locationCode[size_t(c.location)],
                             m_referralCode[size_t(c.referral)], date(d.admission), date(d.discharge),
                             d.diseaseCode ? V(*d.diseaseCode) : V(), c.totalFen, c.selfPaidFen, c.categoryBCopayFen,
                             c.accident ? 1 : 0, c.thirdPartyLiable ? 1 : 0, settle ? "settled" : "entered", t.clerkId,
                             settle ? V(t.reviewerId) : V(), V::textOrNull(settledAt), V()};
            if (!put(tClaim, "demo.claim", settle ? t.reviewerId : t.clerkId, row))
                return false;
            if (!settle)
                continue;
            // [NumberSeries::next] slip number YYYY-NNNNNN per township and year (plain form).
            char slip[24];
            std::snprintf(slip, sizeof slip, "%d-%06d", year, ++m_slipSerial[size_t(p.township)]);
            const std::string sid = m_w.newId();
            const V srow[] = {sid, claimId, t.id, slip, policyId, policySha, result.inScopeFen, result.deductibleFen,
                              result.basicFen, result.criticalFen, result.assistanceFen, result.reliefFen,
                              result.outOfPocketFen, V::textOrNull(DemoClaimSettler::refusedCode(result.refused)),
                              DemoClaimSettler::flagsText(result.flags), V(), settledAt, t.reviewerId};
            if (!put(tSettlement, "demo.settlement", t.reviewerId, srow))
                return false;
        }
    }
    return true;
}

} // namespace

std::optional<DemoCountyGenerator::Scale> DemoCountyGenerator::scaleFromName(const QString &name)
{
    if (name == QLatin1String("small"))
        return Scale::Small;
    if (name == QLatin1String("township"))
        return Scale::Township;
    if (name == QLatin1String("county"))
        return Scale::County;
    return std::nullopt;
}

QString DemoCountyGenerator::scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Small: return QStringLiteral("small");
    case Scale::Township: return QStringLiteral("township");
    case Scale::County: return QStringLiteral("county");
    }
    return {};
}

Result<DemoCountyGenerator::Stats> DemoCountyGenerator::generate(const QString &path)
{
    using R = Result<Stats>;
    QElapsedTimer total;
    total.start();
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return R::failure(QStringLiteral("db"), tr("%1 exists and is not empty; the demo county is written only into a new file.").arg(path));

    DemoNames names;
    if (!names.load())
        return R::failure(QStringLiteral("names"), tr("The demo name lists cannot be read: %1").arg(names.error()));
    PublishedPolicies policies;
    if (const Validation v = policies.load(); !v.ok())
        return R(v);

    const QString connection = QStringLiteral("jingban-demo-%1").arg(quintptr(this));
    Stats stats;
    Validation failure;
    {
        auto opened = Database::open(path, connection);
        if (!opened)
            return R(opened.errors());
        QSqlDatabase db = opened.value();
        // The workstation that "wrote" the demo county: fixed, so runs match.
        const std::string workstation = DemoRandom(m_options.seed ^ 0x3057ULL).uuid7(qint64(dayOf(2025, 1, 2)) * 86400000);
        LocalSettings::setValue(db, QStringLiteral("workstation_id"), QString::fromStdString(workstation));
        sqlite3 *h = Database::handle(db);

        // A new file that nobody else has open: write it without a journal
        // and without syncing, then return to WAL and synchronous=FULL. A
        // failure removes the file, so no half county is ever left behind.
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode=OFF"));
            q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
            // A small cache: the load only appends, so a big one holds pages
            // that are never read again and leaves a gigabyte to write back
            // at the commit, and a big cache makes a big sorter for each
            // index (cache_size bounds its memory), which sorts in one thread
            // into freshly zeroed memory. With 16 MiB pages leave while they
            // are warm and the sorter spreads over both cores: the county
            // demo is 20 s faster than with 1 GiB.
            q.exec(QStringLiteral("PRAGMA cache_size=-16384"));
            // The sorter of each index spills sorted runs to temporary files,
            // which worker threads sort and merge on both cores; with the
            // workstation's temp_store=MEMORY it sorts alone in one thread and
            // the builds take half as long again. (Only outside a transaction
            // can it change.)
            q.exec(QStringLiteral("PRAGMA temp_store=FILE"));
            // 16 KiB pages for a file of gigabytes: fewer pages to split and
            // write; about a sixth less work than SQLite's default 4 KiB here.
            // The file holds only the empty schema yet, so VACUUM is instant.
            q.exec(QStringLiteral("PRAGMA page_size=16384"));
            q.exec(QStringLiteral("VACUUM"));
        }
        // Simulated clock: the county was loaded on 2025-01-02 from 09:00 Beijing time.
        const qint64 startMs = qint64(dayOf(2025, 1, 2)) * 86400000 + 3600000;
        BulkWriter writer(h, workstation, startMs, m_options.seed * 0x9e3779b97f4a7c15ULL + 11);
        Builder b(m_options, writer, names, policies);
        // The secondary indexes are built after the rows, not kept up to date
        // row by row: SQLite sorts each one once (on both cores), which costs
        // far less than millions of inserts into half-built b-trees. Their
        // definitions come from the schema itself, so the file ends with the
        // very indexes the migrations made, and a unique one that the data
        // broke fails the build of it and so the whole demo.
        QList<QByteArray> deferredIndexes;
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
            QStringList names;
            while (q.next()) {
                names << q.value(0).toString();
                deferredIndexes << q.value(1).toString().toUtf8();
            }
            for (const QString &name : names)
                q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
        }
        // The only triggers of the schema mark a synced table's agreement
        // digest dirty (0007, 0009), and every digest of a new file is dirty
        // already, so for this load they would run millions of times to change
        // nothing. The writer's statements are compiled without them; should
        // the schema ever gain another trigger, or a digest be clean, they stay.
        bool triggersOff = false;
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'sync\\_digest\\_%' ESCAPE '\\') "
                                  "+ (SELECT COUNT(*) FROM sync_digest WHERE dirty = 0)"));
            if (q.next() && q.value(0).toInt() == 0)
                triggersOff = sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr) == SQLITE_OK;
        }
        bool ok = b.declareTables() && writer.resumeChain() && writer.begin();
        writer.startPipeline();
        struct Phase
        {
            const char *name;
            bool (Builder::*run)();
        } phases[] = {{"accounts", &Builder::accounts},          {"geography", &Builder::geography},
                      {"catalogue", &Builder::catalogue},        {"township users", &Builder::townshipUsers},
                      {"households and persons", &Builder::households}, {"enrollments and receipts", &Builder::enrollments},
                      {"filings", &Builder::filings},            {"claims", &Builder::claims}};
        for (const Phase &ph : phases) {
            if (!ok)
                break;
            QElapsedTimer t;
            t.start();
            ok = (b.*ph.run)();
            stats.phaseMs.append({QString::fromLatin1(ph.name), t.elapsed()});
            if (ok && m_progress)
                m_progress(tr("%1: %2 ms (%3 rows so far)").arg(QLatin1String(ph.name)).arg(t.elapsed()).arg(writer.rowsWritten()));
        }
        if (ok && !writer.flush()) {
            ok = false;
            b.error = QString::fromStdString(writer.error());
        }
        if (triggersOff)
            sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
        if (ok) {
            QElapsedTimer t;
            t.start();
            sqlite3_exec(h, "PRAGMA threads=2", nullptr, nullptr, nullptr);
            for (const QByteArray &sql : deferredIndexes) {
                char *msg = nullptr;
                if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &msg) != SQLITE_OK) {
                    b.error = QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(msg ? msg : "?"));
                    sqlite3_free(msg);
                    ok = false;
                    break;
                }
            }
            stats.phaseMs.append({QStringLiteral("indexes"), t.elapsed()});
            if (ok && m_progress)
                m_progress(tr("%1: %2 ms (%3 rows so far)").arg(QLatin1String("indexes")).arg(t.elapsed()).arg(writer.rowsWritten()));
        }
        if (ok) {
            QElapsedTimer t;
            t.start();
            ok = writer.commit();
            if (!ok)
                b.error = QString::fromStdString(writer.error());
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
            q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
            stats.phaseMs.append({QStringLiteral("commit"), t.elapsed()});
            if (m_progress)
                m_progress(tr("%1: %2 ms (%3 rows so far)").arg(QLatin1String("commit")).arg(t.elapsed()).arg(writer.rowsWritten()));
        } else {
            writer.rollback();
        }
        if (!ok)
            failure.add(QStringLiteral("demo"), tr("The demo county could not be written: %1").arg(b.error));
        stats.rows = b.counts();
        stats.totalRows = writer.rowsWritten();
    }
    Database::close(connection);
    if (!failure.ok()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return R(failure);
    }
    stats.elapsedMs = total.elapsed();
    return stats;
}
