#include "policyparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <initializer_list>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PolicyParser", text); }

QString at(const QString &path, const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }
QString at(const QString &path, qsizetype index) { return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'); }

// Reads typed fields and collects one error per bad field.
class Reader
{
public:
    Validation errors;

    void fail(const QString &field, const QString &message) { errors.add(field, field + QStringLiteral(": ") + message); }

    // Every object may carry "source" (where a figure comes from), "note" and
    // "name" (a display name, one string or one per language: PolicyName).
    void checkKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString k = it.key();
            if (k == QLatin1String("name")) {
                bool ok = false;
                PolicyName::fromJson(it.value(), &ok);
                if (!ok)
                    fail(at(path, k), tr("must be a string or an object of names by language, such as {\"zh_CN\": …, \"en\": …}"));
                continue;
            }
            if (k == QLatin1String("source") || k == QLatin1String("note")) {
                if (!it.value().isString())
                    fail(at(path, k), tr("must be a string"));
                continue;
            }
            bool known = false;
            for (const char *a : allowed)
                known = known || k == QLatin1String(a);
            if (!known)
                fail(at(path, k), tr("is not a field of the policy format"));
        }
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return QJsonObject();
        if (!v.isObject()) {
            fail(at(path, QLatin1String(key)), v.isUndefined() ? tr("is missing") : tr("must be an object"));
            return QJsonObject();
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return QJsonArray();
        if (!v.isArray()) {
            fail(at(path, QLatin1String(key)), v.isUndefined() ? tr("is missing") : tr("must be an array"));
            return QJsonArray();
        }
        return v.toArray();
    }

    QJsonObject element(const QJsonArray &a, qsizetype i, const QString &path)
    {
        if (!a[i].isObject()) {
            fail(at(path, i), tr("must be an object"));
            return QJsonObject();
        }
        return a[i].toObject();
    }

    QString string(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString() || v.toString().isEmpty()) {
            fail(at(path, QLatin1String(key)), v.isUndefined() ? tr("is missing") : tr("must be a non-empty string"));
            return QString();
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool def)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        if (!v.isBool()) {
            fail(at(path, QLatin1String(key)), tr("must be true or false"));
            return def;
        }
        return v.toBool();
    }

    qint64 integerValue(const QJsonValue &v, const QString &field, qint64 min, qint64 max)
    {
        const qint64 n = v.toInteger(min - 1);
        if (!v.isDouble() || double(n) != v.toDouble()) {
            fail(field, v.isUndefined() ? tr("is missing") : tr("must be a whole number"));
            return min;
        }
        if (n < min || n > max) {
            fail(field, tr("must be between %1 and %2").arg(min).arg(max));
            return min;
        }
        return n;
    }

    qint64 integer(const QJsonObject &o, const QString &path, const char *key, qint64 min, qint64 max,
                   std::optional<qint64> def = std::nullopt)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && def)
            return *def;
        return integerValue(v, at(path, QLatin1String(key)), min, max);
    }

    static constexpr qint64 maxFen = qint64(1) << 50; // far above any amount; keeps fen × bp inside 64 bits

    qint64 fen(const QJsonObject &o, const QString &path, const char *key, std::optional<qint64> def = std::nullopt)
    {
        return integer(o, path, key, 0, maxFen, def);
    }
    // An optional limit: absent or null is "none" (-1).
    qint64 optionalFen(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return -1;
        return integerValue(v, at(path, QLatin1String(key)), 0, maxFen);
    }
    int ratio(const QJsonObject &o, const QString &path, const char *key, std::optional<qint64> def = std::nullopt)
    {
        return int(integer(o, path, key, 0, 10000, def));
    }

    // {"1": fen, "2": fen} for each of the policy's tiers, or one integer for all.
    TierAmounts tierAmounts(const QJsonObject &o, const QString &path, const char *key, const QList<int> &tiers,
                            bool required)
    {
        TierAmounts t;
        const QJsonValue v = o.value(QLatin1String(key));
        const QString field = at(path, QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(field, tr("is missing"));
            return t;
        }
        if (v.isDouble()) {
            t.setAll(integerValue(v, field, 0, maxFen));
            return t;
        }
        if (!v.isObject()) {
            fail(field, tr("must be an amount in fen or an object of amounts by tier"));
            return t;
        }
        const QJsonObject byTier = v.toObject();
        for (auto it = byTier.begin(); it != byTier.end(); ++it) {
            bool ok = false;
            const int tier = it.key().toInt(&ok);
            if (!ok || !tiers.contains(tier))
                fail(at(field, it.key()), tr("is not a tier of this policy"));
        }
        for (int tier : tiers)
            t.set(tier, integerValue(byTier.value(QString::number(tier)), at(field, QString::number(tier)), 0, maxFen));
        return t;
    }

    template<typename Parse>
    quint32 codeMask(const QJsonValue &v, const QString &field, Parse parse)
    {
        if (v.isUndefined())
            return 0;
        if (!v.isArray() || v.toArray().isEmpty()) {
            fail(field, tr("must be a non-empty array of codes"));
            return 0;
        }
        quint32 mask = 0;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const auto code = parse(a[i].toString());
            if (!a[i].isString() || !code)
                fail(at(field, i), tr("is not a known code: %1").arg(a[i].toVariant().toString()));
            else
                mask |= ClaimCodes::bit(*code);
        }
        return mask;
    }
    quint32 kinds(const QJsonObject &o, const QString &path, const char *key, bool required = false)
    {
        if (required && !o.contains(QLatin1String(key)))
            fail(at(path, QLatin1String(key)), tr("is missing"));
        return codeMask(o.value(QLatin1String(key)), at(path, QLatin1String(key)), &ClaimCodes::kind);
    }
    quint32 levels(const QJsonObject &o, const QString &path, const char *key, bool required = false)
    {
        if (required && !o.contains(QLatin1String(key)))
            fail(at(path, QLatin1String(key)), tr("is missing"));
        return codeMask(o.value(QLatin1String(key)), at(path, QLatin1String(key)), &ClaimCodes::level);
    }
    quint32 categories(const QJsonObject &o, const QString &path, const char *key, bool required = false)
    {
        if (required && !o.contains(QLatin1String(key)))
            fail(at(path, QLatin1String(key)), tr("is missing"));
        return codeMask(o.value(QLatin1String(key)), at(path, QLatin1String(key)), &ClaimCodes::category);
    }
    PersonCategory category(const QJsonObject &o, const QString &path, const char *key)
    {
        const QString s = string(o, path, key);
        const auto c = ClaimCodes::category(s);
        if (!s.isEmpty() && !c)
            fail(at(path, QLatin1String(key)), tr("is not a known person category: %1").arg(s));
        return c.value_or(PersonCategory::Poverty);
    }
    ClaimKind kind(const QJsonObject &o, const QString &path, const char *key)
    {
        const QString s = string(o, path, key);
        const auto c = ClaimCodes::kind(s);
        if (!s.isEmpty() && !c)
            fail(at(path, QLatin1String(key)), tr("is not a known claim kind: %1").arg(s));
        return c.value_or(ClaimKind::Inpatient);
    }

    PolicyCondition condition(const QJsonObject &o, const QString &path, const QList<int> &tiers, bool required = true)
    {
        PolicyCondition c;
        const QJsonValue v = o.value(QStringLiteral("when"));
        const QString field = at(path, QStringLiteral("when"));
        if (v.isUndefined() && !required)
            return c;
        if (!v.isObject()) {
            fail(field, v.isUndefined() ? tr("is missing") : tr("must be an object"));
            return c;
        }
        const QJsonObject w = v.toObject();
        checkKeys(w, field, {"kinds", "levels", "locations", "referrals", "tiers", "categories", "repeat_admission"});
        c.kinds = kinds(w, field, "kinds");
        c.levels = levels(w, field, "levels");
        c.locations = codeMask(w.value(QStringLiteral("locations")), at(field, QStringLiteral("locations")), &ClaimCodes::location);
        c.referrals = codeMask(w.value(QStringLiteral("referrals")), at(field, QStringLiteral("referrals")), &ClaimCodes::referral);
        c.categories = categories(w, field, "categories");
        if (w.contains(QStringLiteral("tiers"))) {
            const QJsonArray a = w.value(QStringLiteral("tiers")).toArray();
            if (a.isEmpty())
                fail(at(field, QStringLiteral("tiers")), tr("must be a non-empty array of tiers"));
            for (qsizetype i = 0; i < a.size(); ++i) {
                const int t = int(integerValue(a[i], at(at(field, QStringLiteral("tiers")), i), 1, TierAmounts::maxTier));
                if (!tiers.contains(t))
                    fail(at(at(field, QStringLiteral("tiers")), i), tr("is not a tier of this policy"));
                c.tiers |= quint32(1) << t;
            }
        }
        if (w.contains(QStringLiteral("repeat_admission")))
            c.repeatAdmission = boolean(w, field, "repeat_admission", false) ? 1 : 0;
        return c;
    }

    QList<RatioAdjustment> ratioAdjustments(const QJsonObject &o, const QString &path, const QList<int> &tiers)
    {
        QList<RatioAdjustment> list;
        const QString field = at(path, QStringLiteral("ratio_adjustments"));
        const QJsonArray a = array(o, path, "ratio_adjustments", false);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = at(field, i);
            const QJsonObject e = element(a, i, field);
            checkKeys(e, p, {"when", "points_bp"});
            RatioAdjustment r;
            r.name = PolicyName::fromJson(e.value(QStringLiteral("name")));
            r.when = condition(e, p, tiers);
            r.pointsBp = int(integer(e, p, "points_bp", -10000, 10000));
            list << r;
        }
        return list;
    }

    QList<PolicyRow> rows(const QJsonObject &o, const QString &path, const QList<int> &tiers)
    {
        QList<PolicyRow> list;
        const QString field = at(path, QStringLiteral("rows"));
        const QJsonArray a = array(o, path, "rows");
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = at(field, i);
            const QJsonObject e = element(a, i, field);
            checkKeys(e, p, {"when", "deductible_fen", "ratio_bp"});
            PolicyRow r;
            r.name = PolicyName::fromJson(e.value(QStringLiteral("name")));
            r.when = condition(e, p, tiers);
            r.deductibleFen = fen(e, p, "deductible_fen", 0);
            r.ratioBp = ratio(e, p, "ratio_bp");
            list << r;
        }
        return list;
    }

    QList<ControlRule> controlRules(const QJsonObject &o, const QString &path, const char *key, const char *aboveKey,
                                    const QList<int> &tiers)
    {
        QList<ControlRule> list;
        const QString field = at(path, QLatin1String(key));
        const QJsonArray a = array(o, path, key, false);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = at(field, i);
            const QJsonObject e = element(a, i, field);
            checkKeys(e, p, {"when", aboveKey});
            ControlRule r;
            r.name = PolicyName::fromJson(e.value(QStringLiteral("name")));
            r.when = condition(e, p, tiers, false);
            r.above = fen(e, p, aboveKey);
            list << r;
        }
        return list;
    }
};

} // namespace

QString PolicyParser::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<Policy> PolicyParser::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<Policy>::failure(QStringLiteral("policy"),
                                       tr("The policy is not valid JSON (at byte %1: %2).").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return Result<Policy>::failure(QStringLiteral("policy"), tr("The policy must be a JSON object."));
    return build(doc.object(), sha256Hex(bytes));
}

Result<Policy> PolicyParser::fromJson(const QJsonObject &object)
{
    return build(object, sha256Hex(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

Result<Policy> PolicyParser::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Policy>::failure(QStringLiteral("policy"),
                                       tr("Cannot read the policy file %1: %2").arg(path, file.errorString()));
    return parse(file.readAll());
}

Result<Policy> PolicyParser::loadEmbedded(const QString &id)
{
    if (!embeddedIds().contains(id))
        return Result<Policy>::failure(QStringLiteral("policy"), tr("There is no built-in policy %1.").arg(id));
    return loadFile(QStringLiteral(":/policies/") + id + QStringLiteral(".json"));
}

QStringList PolicyParser::embeddedIds()
{
    QStringList ids;
    const QStringList files = QDir(QStringLiteral(":/policies")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        ids << f.chopped(5);
    return ids;
}

Result<Policy> PolicyParser::build(const QJsonObject &o, const QString &sha256)
{
    Reader rd;
    Policy p;
    p.json = o;
    p.sha256 = sha256;
    const QString root;

    rd.checkKeys(o, root, {"format", "format_version", "id", "county", "scheme_year", "tiers", "person_categories",
                           "contributions", "basic_yearly_cap", "inpatient", "general_outpatient",
                           "special_outpatient", "critical_illness", "medical_assistance", "poverty_relief", "control"});
    if (rd.string(o, root, "format") != QLatin1String("jingban-policy") && o.value(QStringLiteral("format")).isString())
        rd.fail(QStringLiteral("format"), tr("must be \"jingban-policy\""));
    rd.integer(o, root, "format_version", 1, 1);
    p.id = rd.string(o, root, "id");
    // The policy's own name is stored with every published version: one string.
    p.name = rd.string(o, root, "name", false);
    p.county = rd.string(o, root, "county");
    p.schemeYear = int(rd.integer(o, root, "scheme_year", 1990, 2200));

    const QJsonArray tiers = rd.array(o, root, "tiers");
    if (tiers.isEmpty() && o.value(QStringLiteral("tiers")).isArray())
        rd.fail(QStringLiteral("tiers"), tr("must list at least one tier"));
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const int t = int(rd.integerValue(tiers[i], at(QStringLiteral("tiers"), i), 1, TierAmounts::maxTier));
        if (p.tierList.contains(t))
            rd.fail(at(QStringLiteral("tiers"), i), tr("is listed twice"));
        p.tierList << t;
        p.tiers |= quint32(1) << t;
    }
    const QList<int> &tl = p.tierList;
    p.categories = rd.categories(o, root, "person_categories", true);

    // contributions
    {
        const QString path = QStringLiteral("contributions");
        const QJsonObject c = rd.object(o, root, "contributions");
        rd.checkKeys(c, path, {"tiers", "subsidized", "multiple_categories"});
        const QJsonArray ct = rd.array(c, path, "tiers");
        for (qsizetype i = 0; i < ct.size(); ++i) {
            const QString ep = at(at(path, QStringLiteral("tiers")), i);
            const QJsonObject e = rd.element(ct, i, at(path, QStringLiteral("tiers")));
            rd.checkKeys(e, ep, {"tier", "personal_fen", "subsidy_fen"});
            ContributionTier t;
            t.tier = int(rd.integer(e, ep, "tier", 1, TierAmounts::maxTier));
            if (!tl.contains(t.tier))
                rd.fail(at(ep, QStringLiteral("tier")), tr("is not a tier of this policy"));
            t.personalFen = rd.fen(e, ep, "personal_fen");
            t.subsidyFen = rd.fen(e, ep, "subsidy_fen");
            p.contributionTiers << t;
        }
        for (int t : tl) {
            bool found = false;
            for (const ContributionTier &x : p.contributionTiers)
                found = found || x.tier == t;
            if (!found)
                rd.fail(at(path, QStringLiteral("tiers")), tr("has no entry for tier %1").arg(t));
        }
        const QJsonArray sub = rd.array(c, path, "subsidized", false);
        for (qsizetype i = 0; i < sub.size(); ++i) {
            const QString ep = at(at(path, QStringLiteral("subsidized")), i);
            const QJsonObject e = rd.element(sub, i, at(path, QStringLiteral("subsidized")));
            rd.checkKeys(e, ep, {"category", "mode", "fixed_fen", "share_bp"});
            SubsidyRule s;
            s.category = rd.category(e, ep, "category");
            const QString mode = rd.string(e, ep, "mode");
            if (mode == QLatin1String("full")) {
                s.mode = SubsidyRule::Mode::Full;
            } else if (mode == QLatin1String("fixed")) {
                s.mode = SubsidyRule::Mode::Fixed;
                s.fixedFen = rd.fen(e, ep, "fixed_fen");
            } else if (mode == QLatin1String("share")) {
                s.mode = SubsidyRule::Mode::Share;
                s.shareBp = rd.ratio(e, ep, "share_bp");
            } else if (!mode.isEmpty()) {
                rd.fail(at(ep, QStringLiteral("mode")), tr("must be full, fixed or share"));
            }
            p.subsidies << s;
        }
        const QString multiple = rd.string(c, path, "multiple_categories", false);
        if (!multiple.isEmpty() && multiple != QLatin1String("most_favourable"))
            rd.fail(at(path, QStringLiteral("multiple_categories")), tr("must be most_favourable"));
    }

    // basic_yearly_cap
    {
        const QString path = QStringLiteral("basic_yearly_cap");
        const QJsonObject c = rd.object(o, root, "basic_yearly_cap");
        rd.checkKeys(c, path, {"applies_to", "cap_fen"});
        p.basicCap.appliesTo = rd.kinds(c, path, "applies_to", true);
        p.basicCap.capFen = rd.tierAmounts(c, path, "cap_fen", tl, true);
    }

    // inpatient
    {
        const QString path = QStringLiteral("inpatient");
        const QJsonObject c = rd.object(o, root, "inpatient");
        rd.checkKeys(c, path, {"covered_levels", "deductible_basis", "rows", "deductible_adjustments", "ratio_adjustments"});
        InpatientPolicy &ip = p.inpatient;
        ip.coveredLevels = rd.levels(c, path, "covered_levels", true);
        const QString basis = rd.string(c, path, "deductible_basis");
        if (basis == QLatin1String("per_year"))
            ip.deductiblePerYear = true;
        else if (!basis.isEmpty() && basis != QLatin1String("per_admission"))
            rd.fail(at(path, QStringLiteral("deductible_basis")), tr("must be per_admission or per_year"));
        ip.rows = rd.rows(c, path, tl);
        const QString dpath = at(path, QStringLiteral("deductible_adjustments"));
        const QJsonArray da = rd.array(c, path, "deductible_adjustments", false);
        for (qsizetype i = 0; i < da.size(); ++i) {
            const QString ep = at(dpath, i);
            const QJsonObject e = rd.element(da, i, dpath);
            rd.checkKeys(e, ep, {"when", "factor_bp"});
            DeductibleAdjustment a;
            a.name = PolicyName::fromJson(e.value(QStringLiteral("name")));
            a.when = rd.condition(e, ep, tl);
            a.factorBp = rd.ratio(e, ep, "factor_bp");
            ip.deductibleAdjustments << a;
        }
        ip.ratioAdjustments = rd.ratioAdjustments(c, path, tl);
    }

    // general_outpatient
    {
        const QString path = QStringLiteral("general_outpatient");
        const QJsonObject c = rd.object(o, root, "general_outpatient");
        rd.checkKeys(c, path, {"covered_levels", "rows", "ratio_adjustments", "per_visit_limit_fen", "yearly_limit_fen"});
        GeneralOutpatientPolicy &gp = p.generalOutpatient;
        gp.coveredLevels = rd.levels(c, path, "covered_levels", true);
        gp.rows = rd.rows(c, path, tl);
        gp.ratioAdjustments = rd.ratioAdjustments(c, path, tl);
        gp.perVisitLimitFen = rd.optionalFen(c, path, "per_visit_limit_fen");
        gp.yearlyLimitFen = rd.tierAmounts(c, path, "yearly_limit_fen", tl, false);
    }

    // special_outpatient
    {
        const QString path = QStringLiteral("special_outpatient");
        const QJsonObject c = rd.object(o, root, "special_outpatient");
        rd.checkKeys(c, path, {"covered_levels", "categories", "ratio_adjustments", "diseases"});
        SpecialOutpatientPolicy &sp = p.specialOutpatient;
        sp.coveredLevels = rd.levels(c, path, "covered_levels");
        const QString cpath = at(path, QStringLiteral("categories"));
        const QJsonArray cats = rd.array(c, path, "categories");
        for (qsizetype i = 0; i < cats.size(); ++i) {
            const QString ep = at(cpath, i);
            const QJsonObject e = rd.element(cats, i, cpath);
            rd.checkKeys(e, ep, {"category", "yearly_deductible_fen", "ratio_bp", "limit_fen", "poverty_limit_fen"});
            SpecialCategory sc;
            sc.category = int(rd.integer(e, ep, "category", 1, 999));
            for (const SpecialCategory &x : sp.categories)
                if (x.category == sc.category)
                    rd.fail(at(ep, QStringLiteral("category")), tr("is listed twice"));
            sc.name = PolicyName::fromJson(e.value(QStringLiteral("name")));
            sc.yearlyDeductibleFen = rd.fen(e, ep, "yearly_deductible_fen", 0);
            sc.ratioBp = rd.ratio(e, ep, "ratio_bp");
            sc.limitFen = rd.tierAmounts(e, ep, "limit_fen", tl, false);
            sc.povertyLimitFen = rd.tierAmounts(e, ep, "poverty_limit_fen", tl, false);
            sp.categories << sc;
        }
        sp.ratioAdjustments = rd.ratioAdjustments(c, path, tl);
        const QString dpath = at(path, QStringLiteral("diseases"));
        const QJsonArray ds = rd.array(c, path, "diseases");
        for (qsizetype i = 0; i < ds.size(); ++i) {
            const QString ep = at(dpath, i);
            const QJsonObject e = rd.element(ds, i, dpath);
            rd.checkKeys(e, ep, {"code", "category", "poverty_only", "open_to", "ratio_bp", "limit_fen", "poverty_limit_fen"});
            SpecialDisease d;
            d.code = rd.string(e, ep, "code");
            d.name = rd.string(e, ep, "name");
            d.category = int(rd.integer(e, ep, "category", 1, 999));
            d.categoryIndex = -1;
            for (qsizetype k = 0; k < sp.categories.size(); ++k)
                if (sp.categories[k].category == d.category)
                    d.categoryIndex = int(k);
            if (d.categoryIndex < 0) {
                if (e.contains(QStringLiteral("category")))
                    rd.fail(at(ep, QStringLiteral("category")), tr("is not one of special_outpatient.categories"));
                continue;
            }
            const SpecialCategory &sc = sp.categories[d.categoryIndex];
            d.openTo = rd.categories(e, ep, "open_to");
            if (rd.boolean(e, ep, "poverty_only", false))
                d.openTo |= ClaimCodes::bit(PersonCategory::Poverty);
            d.ratioBp = rd.ratio(e, ep, "ratio_bp", sc.ratioBp);
            d.limitFen = e.contains(QStringLiteral("limit_fen")) ? rd.tierAmounts(e, ep, "limit_fen", tl, true) : sc.limitFen;
            d.povertyLimitFen = e.contains(QStringLiteral("poverty_limit_fen"))
                ? rd.tierAmounts(e, ep, "poverty_limit_fen", tl, true)
                : (e.contains(QStringLiteral("limit_fen")) ? TierAmounts() : sc.povertyLimitFen);
            if (sp.diseaseIndex.contains(d.code))
                rd.fail(at(ep, QStringLiteral("code")), tr("%1 is listed twice").arg(d.code));
            sp.diseaseIndex.insert(d.code, int(sp.diseases.size()));
            sp.diseases << d;
        }
    }

    // critical_illness
    {
        const QString path = QStringLiteral("critical_illness");
        const QJsonObject c = rd.object(o, root, "critical_illness");
        rd.checkKeys(c, path, {"applies_to", "basis", "yearly_cap_fen", "schedules"});
        CriticalIllnessPolicy &ci = p.criticalIllness;
        ci.appliesTo = rd.kinds(c, path, "applies_to", true);
        const QString basis = rd.string(c, path, "basis");
        if (!basis.isEmpty() && basis != QLatin1String("in_scope_minus_basic"))
            rd.fail(at(path, QStringLiteral("basis")), tr("must be in_scope_minus_basic"));
        ci.yearlyCapFen = rd.optionalFen(c, path, "yearly_cap_fen");
        const QString spath = at(path, QStringLiteral("schedules"));
        const QJsonArray ss = rd.array(c, path, "schedules");
        for (qsizetype i = 0; i < ss.size(); ++i) {
            const QString ep = at(spath, i);
            const QJsonObject e = rd.element(ss, i, spath);
            rd.checkKeys(e, ep, {"when", "threshold_fen", "segments"});
            CriticalSchedule s;
            s.name = PolicyName::fromJson(e.value(QStringLiteral("name")));
            s.when = rd.condition(e, ep, tl, false);
            s.thresholdFen = rd.fen(e, ep, "threshold_fen");
            const QString gpath = at(ep, QStringLiteral("segments"));
            const QJsonArray gs = rd.array(e, ep, "segments");
            if (gs.isEmpty() && e.value(QStringLiteral("segments")).isArray())
                rd.fail(gpath, tr("must have at least one segment"));
            for (qsizetype k = 0; k < gs.size(); ++k) {
                const QString gp = at(gpath, k);
                const QJsonObject g = rd.element(gs, k, gpath);
                rd.checkKeys(g, gp, {"from_fen", "to_fen", "ratio_bp"});
                CriticalSegment seg;
                seg.fromFen = rd.fen(g, gp, "from_fen");
                seg.toFen = rd.optionalFen(g, gp, "to_fen");
                seg.ratioBp = rd.ratio(g, gp, "ratio_bp");
                const qint64 expectedFrom = s.segments.isEmpty() ? 0 : s.segments.last().toFen;
                if (!s.segments.isEmpty() && expectedFrom < 0)
                    rd.fail(gp, tr("follows an unbounded segment"));
                else if (seg.fromFen != expectedFrom)
                    rd.fail(at(gp, QStringLiteral("from_fen")), tr("must be %1, where the segment before ends").arg(expectedFrom));
                if (seg.toFen >= 0 && seg.toFen <= seg.fromFen)
                    rd.fail(at(gp, QStringLiteral("to_fen")), tr("must be above from_fen"));
                s.segments << seg;
            }
            ci.schedules << s;
        }
    }

    // medical_assistance
    {
        const QString path = QStringLiteral("medical_assistance");
        const QJsonObject c = rd.object(o, root, "medical_assistance");
        rd.checkKeys(c, path, {"applies_to", "choice", "rules"});
        MedicalAssistancePolicy &ma = p.medicalAssistance;
        ma.appliesTo = rd.kinds(c, path, "applies_to", true);
        const QString choice = rd.string(c, path, "choice", false);
        if (!choice.isEmpty() && choice != QLatin1String("most_favourable"))
            rd.fail(at(path, QStringLiteral("choice")), tr("must be most_favourable"));
        const QString rpath = at(path, QStringLiteral("rules"));
        const QJsonArray rs = rd.array(c, path, "rules");
        for (qsizetype i = 0; i < rs.size(); ++i) {
            const QString ep = at(rpath, i);
            const QJsonObject e = rd.element(rs, i, rpath);
            rd.checkKeys(e, ep, {"category", "threshold_fen", "ratio_bp", "yearly_cap_fen"});
            AssistanceRule r;
            r.category = rd.category(e, ep, "category");
            r.thresholdFen = rd.fen(e, ep, "threshold_fen", 0);
            r.ratioBp = rd.ratio(e, ep, "ratio_bp");
            r.yearlyCapFen = rd.optionalFen(e, ep, "yearly_cap_fen");
            ma.rules << r;
        }
    }

    // poverty_relief
    {
        const QString path = QStringLiteral("poverty_relief");
        const QJsonObject c = rd.object(o, root, "poverty_relief");
        rd.checkKeys(c, path, {"categories", "applies_to", "share_caps", "out_of_pocket_ceilings", "ceiling_choice",
                               "relief_ratio_bp", "yearly_caps"});
        PovertyReliefPolicy &pr = p.povertyRelief;
        pr.categories = rd.categories(c, path, "categories", true);
        pr.appliesTo = rd.kinds(c, path, "applies_to", true);
        // [policy §poverty relief] share caps, yearly out-of-pocket ceilings, or both; at least one of them.
        const bool hasCeilings = c.contains(QStringLiteral("out_of_pocket_ceilings"));
        if (!c.contains(QStringLiteral("share_caps")) && !hasCeilings)
            rd.fail(at(path, QStringLiteral("share_caps")),
                    tr("is missing (give share_caps, out_of_pocket_ceilings or both)"));
        const QString spath = at(path, QStringLiteral("share_caps"));
        const QJsonArray ss = rd.array(c, path, "share_caps", false);
        for (qsizetype i = 0; i < ss.size(); ++i) {
            const QString ep = at(spath, i);
            const QJsonObject e = rd.element(ss, i, spath);
            rd.checkKeys(e, ep, {"when", "share_bp", "of"});
            ReliefShareCap s;
            s.name = PolicyName::fromJson(e.value(QStringLiteral("name")));
            s.when = rd.condition(e, ep, tl, false);
            s.shareBp = rd.ratio(e, ep, "share_bp");
            const QString of = rd.string(e, ep, "of", false);
            if (of == QLatin1String("total"))
                s.of = ReliefShareCap::Of::Total;
            else if (!of.isEmpty() && of != QLatin1String("in_scope"))
                rd.fail(at(ep, QStringLiteral("of")), tr("must be in_scope or total"));
            pr.shareCaps << s;
        }
        const QString opath = at(path, QStringLiteral("out_of_pocket_ceilings"));
        const QJsonArray os = rd.array(c, path, "out_of_pocket_ceilings", false);
        if (hasCeilings && os.isEmpty() && c.value(QStringLiteral("out_of_pocket_ceilings")).isArray())
            rd.fail(opath, tr("must have at least one ceiling"));
        for (qsizetype i = 0; i < os.size(); ++i) {
            const QString ep = at(opath, i);
            const QJsonObject e = rd.element(os, i, opath);
            rd.checkKeys(e, ep, {"when", "ceiling_fen", "of"});
            ReliefOutOfPocketCeiling oc;
            oc.name = PolicyName::fromJson(e.value(QStringLiteral("name")));
            oc.when = rd.condition(e, ep, tl, false);
            oc.ceilingFen = rd.fen(e, ep, "ceiling_fen");
            const QString of = rd.string(e, ep, "of");
            if (of == QLatin1String("total"))
                oc.of = ReliefOutOfPocketCeiling::Of::Total;
            else if (!of.isEmpty() && of != QLatin1String("in_scope"))
                rd.fail(at(ep, QStringLiteral("of")), tr("must be in_scope or total"));
            pr.outOfPocketCeilings << oc;
        }
        const QString choice = rd.string(c, path, "ceiling_choice", false);
        if (choice == QLatin1String("highest_of_year"))
            pr.ceilingChoice = PovertyReliefPolicy::CeilingChoice::HighestOfYear;
        else if (!choice.isEmpty() && choice != QLatin1String("this_claim"))
            rd.fail(at(path, QStringLiteral("ceiling_choice")), tr("must be this_claim or highest_of_year"));
        if (!choice.isEmpty() && !hasCeilings)
            rd.fail(at(path, QStringLiteral("ceiling_choice")), tr("is given without out_of_pocket_ceilings"));
        pr.reliefRatioBp = rd.ratio(c, path, "relief_ratio_bp", 10000);
        const QString ypath = at(path, QStringLiteral("yearly_caps"));
        const QJsonArray ys = rd.array(c, path, "yearly_caps", false);
        for (qsizetype i = 0; i < ys.size(); ++i) {
            const QString ep = at(ypath, i);
            const QJsonObject e = rd.element(ys, i, ypath);
            rd.checkKeys(e, ep, {"kind", "cap_fen"});
            const ClaimKind k = rd.kind(e, ep, "kind");
            pr.yearlyCapFen[std::size_t(k)] = rd.fen(e, ep, "cap_fen");
        }
    }

    // control
    {
        const QString path = QStringLiteral("control");
        const QJsonObject c = rd.object(o, root, "control", false);
        rd.checkKeys(c, path, {"verification", "long_stay", "high_cost"});
        p.control.verification = rd.controlRules(c, path, "verification", "total_above_fen", tl);
        p.control.longStay = rd.controlRules(c, path, "long_stay", "days_above", tl);
        p.control.highCost = rd.controlRules(c, path, "high_cost", "total_above_fen", tl);
    }

    if (!rd.errors.ok())
        return rd.errors;
    return p;
}
