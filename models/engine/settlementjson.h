#pragma once

#include "claiminput.h"
#include "personfacts.h"
#include "settlementresult.h"

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

// The JSON shapes of `jingban-cli settle` (docs/policy-format.md §settle):
// person and claim objects in, one result object out. Shared by the CLI, the
// tests and the demo generator so that there is one reading of the contract.
class SettlementJson
{
    Q_DECLARE_TR_FUNCTIONS(SettlementJson)
public:
    // Field names in errors are prefixed with `field`: "person.tier",
    // "claims[2].discharge".
    static Result<PersonFacts> readPerson(const QJsonValue &value, const QString &field = QStringLiteral("person"));
    static Result<ClaimInput> readClaim(const QJsonValue &value, const QString &field);

    // {"id", "in_scope_fen", "deductible_fen", "basic_fen", "critical_fen",
    //  "assistance_fen", "relief_fen", "out_of_pocket_fen", "refused", "flags"},
    // compact, keys in this order.
    static QByteArray resultObject(const QString &claimId, const SettlementResult &result);
    // A JSON string literal, quoted and escaped.
    static QByteArray quoted(const QString &text);

    static QDate readDate(const QJsonValue &value); // strict YYYY-MM-DD; invalid QDate otherwise
};
