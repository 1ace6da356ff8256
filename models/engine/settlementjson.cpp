#include "settlementjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString fieldOf(const QString &prefix, const char *key) { return prefix + QLatin1Char('.') + QLatin1String(key); }

template<typename E>
E readCode(const QJsonObject &o, const QString &prefix, const char *key, std::optional<E> (*parse)(const QString &),
           Validation &v, const char *what)
{
    const QJsonValue value = o.value(QLatin1String(key));
    const auto code = parse(value.toString());
    if (!value.isString() || !code) {
        const QString field = fieldOf(prefix, key);
        v.add(field, value.isUndefined()
                         ? SettlementJson::tr("%1 is missing.").arg(field)
                         : SettlementJson::tr("%1 is not a known %2: %3").arg(field, QLatin1String(what),
                                                                              QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
        return E(0);
    }
    return *code;
}

qint64 readFen(const QJsonObject &o, const QString &prefix, const char *key, Validation &v)
{
    const QJsonValue value = o.value(QLatin1String(key));
    const qint64 n = value.toInteger(0);
    if (!value.isDouble() || double(n) != value.toDouble() || qAbs(value.toDouble()) > 9.0e15) {
        const QString field = fieldOf(prefix, key);
        v.add(field, value.isUndefined() ? SettlementJson::tr("%1 is missing.").arg(field)
                                         : SettlementJson::tr("%1 must be a whole number of fen.").arg(field));
        return 0;
    }
    return n;
}

} // namespace

QDate SettlementJson::readDate(const QJsonValue &value)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString s = value.toString();
    if (!value.isString() || !shape.match(s).hasMatch())
        return QDate();
    return QDate::fromString(s, Qt::ISODate);
}

Result<PersonFacts> SettlementJson::readPerson(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return Result<PersonFacts>::failure(field, tr("%1 must be an object.").arg(field));
    const QJsonObject o = value.toObject();
    Validation v;
    PersonFacts p;

    const QJsonValue cats = o.value(QStringLiteral("categories"));
    if (!cats.isUndefined() && !cats.isNull() && !cats.isArray())
        v.add(fieldOf(field, "categories"), tr("%1 must be an array.").arg(fieldOf(field, "categories")));
    const QJsonArray ca = cats.toArray();
    for (qsizetype i = 0; i < ca.size(); ++i) {
        const auto c = ClaimCodes::category(ca[i].toString());
        if (!c) {
            const QString f = fieldOf(field, "categories") + QStringLiteral("[%1]").arg(i);
            v.add(f, tr("%1 is not a known person category: %2").arg(f, ca[i].toVariant().toString()));
        } else {
            p.categories |= ClaimCodes::bit(*c);
        }
    }

    const QJsonValue tier = o.value(QStringLiteral("tier"));
    if (!tier.isDouble() || tier.toDouble() != double(tier.toInt()) || tier.toInt() < 1)
        v.add(fieldOf(field, "tier"), tr("%1 must be a tier number (1, 2, ...).").arg(fieldOf(field, "tier")));
    else
        p.tier = tier.toInt();

    const QJsonValue cert = o.value(QStringLiteral("certified"));
    if (!cert.isUndefined() && !cert.isNull() && !cert.isArray())
        v.add(fieldOf(field, "certified"), tr("%1 must be an array of disease codes.").arg(fieldOf(field, "certified")));
    const QJsonArray cl = cert.toArray();
    for (qsizetype i = 0; i < cl.size(); ++i) {
        if (!cl[i].isString()) {
            const QString f = fieldOf(field, "certified") + QStringLiteral("[%1]").arg(i);
            v.add(f, tr("%1 must be a disease code.").arg(f));
        } else {
            p.certified << cl[i].toString();
        }
    }

    const QJsonValue enrolled = o.value(QStringLiteral("enrolled"));
    if (!enrolled.isBool())
        v.add(fieldOf(field, "enrolled"), tr("%1 must be true or false.").arg(fieldOf(field, "enrolled")));
    p.enrolled = enrolled.toBool();

    const QJsonValue death = o.value(QStringLiteral("death_date"));
    if (!death.isUndefined() && !death.isNull()) {
        p.deathDate = readDate(death);
        if (!p.deathDate.isValid())
            v.add(fieldOf(field, "death_date"), tr("%1 must be null or a date YYYY-MM-DD.").arg(fieldOf(field, "death_date")));
    }
    if (!v.ok())
        return v;
    return p;
}

Result<ClaimInput> SettlementJson::readClaim(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return Result<ClaimInput>::failure(field, tr("%1 must be an object.").arg(field));
    const QJsonObject o = value.toObject();
    Validation v;
    ClaimInput c;

    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty())
        v.add(fieldOf(field, "id"), tr("%1 must be a non-empty string.").arg(fieldOf(field, "id")));
    c.id = id.toString();
    c.kind = readCode<ClaimKind>(o, field, "kind", &ClaimCodes::kind, v, "claim kind");
    c.level = readCode<InstitutionLevel>(o, field, "level", &ClaimCodes::level, v, "institution level");
    c.location = readCode<CareLocation>(o, field, "location", &ClaimCodes::location, v, "location");
    c.referral = readCode<Referral>(o, field, "referral", &ClaimCodes::referral, v, "referral");
    for (const char *key : {"admission", "discharge"}) {
        const QDate d = readDate(o.value(QLatin1String(key)));
        if (!d.isValid())
            v.add(fieldOf(field, key), tr("%1 must be a date YYYY-MM-DD.").arg(fieldOf(field, key)));
        (key[0] == 'a' ? c.admission : c.discharge) = d;
    }
    const QJsonValue disease = o.value(QStringLiteral("disease"));
    if (!disease.isUndefined() && !disease.isNull() && !disease.isString())
        v.add(fieldOf(field, "disease"), tr("%1 must be null or a disease code.").arg(fieldOf(field, "disease")));
    c.disease = disease.toString();
    c.totalFen = readFen(o, field, "total_fen", v);
    c.selfPaidFen = readFen(o, field, "self_paid_fen", v);
    c.categoryBCopayFen = readFen(o, field, "category_b_copay_fen", v);
    const QJsonValue accident = o.value(QStringLiteral("accident"));
    if (accident.isObject()) {
        c.accident = true;
        const QJsonValue liable = accident.toObject().value(QStringLiteral("third_party_liable"));
        if (!liable.isBool())
            v.add(fieldOf(field, "accident.third_party_liable"),
                  tr("%1 must be true or false.").arg(fieldOf(field, "accident.third_party_liable")));
        c.thirdPartyLiable = liable.toBool();
    } else if (!accident.isUndefined() && !accident.isNull()) {
        v.add(fieldOf(field, "accident"), tr("%1 must be null or an object.").arg(fieldOf(field, "accident")));
    }
    if (!v.ok())
        return v;
    return c;
}

QByteArray SettlementJson::quoted(const QString &text)
{
    const QByteArray a = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray SettlementJson::resultObject(const QString &claimId, const SettlementResult &r)
{
    QByteArray out;
    out.reserve(256);
    out += "{\"id\": " + quoted(claimId);
    out += ", \"in_scope_fen\": " + QByteArray::number(r.inScopeFen);
    out += ", \"deductible_fen\": " + QByteArray::number(r.deductibleFen);
    out += ", \"basic_fen\": " + QByteArray::number(r.basicFen);
    out += ", \"critical_fen\": " + QByteArray::number(r.criticalFen);
    out += ", \"assistance_fen\": " + QByteArray::number(r.assistanceFen);
    out += ", \"relief_fen\": " + QByteArray::number(r.reliefFen);
    out += ", \"out_of_pocket_fen\": " + QByteArray::number(r.outOfPocketFen);
    out += ", \"refused\": ";
    out += r.isRefused() ? quoted(SettlementResult::refusalCode(r.refused)) : QByteArray("null");
    out += ", \"flags\": [";
    const QStringList flags = r.flagCodes();
    for (qsizetype i = 0; i < flags.size(); ++i)
        out += (i ? ", " : "") + quoted(flags[i]);
    out += "]}";
    return out;
}
