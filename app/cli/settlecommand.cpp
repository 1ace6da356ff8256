#include "settlecommand.h"

#include "engine/policyparser.h"
#include "engine/settlementengine.h"
#include "engine/settlementjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

int usage(QTextStream &err)
{
    err << "usage: jingban-cli settle --input FILE\n";
    return 2;
}

int badInput(QTextStream &err, const Validation &v)
{
    for (const FieldError &e : v.errors())
        err << "jingban-cli settle: " << e.field << ": " << e.message << '\n';
    return 2;
}

int badInput(QTextStream &err, const QString &field, const QString &message)
{
    Validation v;
    v.add(field, message);
    return badInput(err, v);
}

} // namespace

QString SettleCommand::name() const { return QStringLiteral("settle"); }

QString SettleCommand::summary() const
{
    return QStringLiteral("settle a person's claims under a policy (--input FILE)");
}

int SettleCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString inputPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--input") && i + 1 < args.size())
            inputPath = args[++i];
        else if (args[i].startsWith(QLatin1String("--input=")))
            inputPath = args[i].mid(8);
        else
            return usage(err);
    }
    if (inputPath.isEmpty())
        return usage(err);

    QFile file(inputPath);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(err, QStringLiteral("input"), QStringLiteral("cannot read %1: %2").arg(inputPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badInput(err, QStringLiteral("input"),
                        QStringLiteral("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return badInput(err, QStringLiteral("input"), QStringLiteral("must be a JSON object"));
    const QJsonObject input = doc.object();

    // policy: an inline object, a file path relative to the input file, or
    // the id of a built-in policy (":/policies/<id>.json").
    const QJsonValue policyValue = input.value(QStringLiteral("policy"));
    Result<Policy> policy = Result<Policy>::failure(QStringLiteral("policy"), QStringLiteral("is missing"));
    if (policyValue.isObject()) {
        policy = PolicyParser::fromJson(policyValue.toObject());
    } else if (policyValue.isString() && !policyValue.toString().isEmpty()) {
        const QString ref = policyValue.toString();
        const QString path = QFileInfo(inputPath).absoluteDir().filePath(ref);
        if (QFileInfo::exists(path))
            policy = PolicyParser::loadFile(path);
        else if (PolicyParser::embeddedIds().contains(ref))
            policy = PolicyParser::loadEmbedded(ref);
        else
            return badInput(err, QStringLiteral("policy"),
                            QStringLiteral("no policy file %1 and no built-in policy %2 (built in: %3)")
                                .arg(path, ref, PolicyParser::embeddedIds().join(QStringLiteral(", "))));
    } else if (!policyValue.isUndefined()) {
        return badInput(err, QStringLiteral("policy"), QStringLiteral("must be a file path, a policy id or a policy object"));
    }
    if (!policy.ok()) {
        Validation v;
        for (const FieldError &e : policy.errors().errors())
            v.add(e.field == QLatin1String("policy") ? e.field : QStringLiteral("policy.") + e.field, e.message);
        return badInput(err, v);
    }

    const Result<PersonFacts> person = SettlementJson::readPerson(input.value(QStringLiteral("person")));
    if (!person.ok())
        return badInput(err, person.errors());
    const QJsonValue claimsValue = input.value(QStringLiteral("claims"));
    if (!claimsValue.isArray())
        return badInput(err, QStringLiteral("claims"), QStringLiteral("must be an array of claims"));
    const QJsonArray claims = claimsValue.toArray();

    // Everything is settled before anything is printed: bad input leaves stdout empty.
    QByteArray results;
    YearToDate ytd;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const QString field = QStringLiteral("claims[%1]").arg(i);
        const Result<ClaimInput> claim = SettlementJson::readClaim(claims[i], field);
        if (!claim.ok())
            return badInput(err, claim.errors());
        const Validation v = SettlementEngine::validate(*policy, *person, *claim);
        if (!v.ok()) {
            Validation named;
            for (const FieldError &e : v.errors())
                named.add(e.field == QLatin1String("tier") ? QStringLiteral("person.tier") : field + QLatin1Char('.') + e.field,
                          e.message);
            return badInput(err, named);
        }
        const SettlementResult r = SettlementEngine::compute(*policy, *person, *claim, ytd);
        ytd = r.yearToDate;
        results += (i ? ",\n    " : "\n    ") + SettlementJson::resultObject(claim->id, r);
    }

    QByteArray text = "{\n  \"policy\": {\"id\": " + SettlementJson::quoted(policy->id) + ", \"sha256\": "
        + SettlementJson::quoted(policy->sha256) + "},\n  \"results\": [";
    text += results;
    text += claims.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    out << QString::fromUtf8(text);
    return 0;
}
