#pragma once

#include "policy.h"

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// Reads the policy format of docs/policy-format.md (schema:
// resources/policy.schema.json) into a Policy, checking every field. Errors
// name the field by its path in the document, e.g. "inpatient.rows[2].ratio_bp".
class PolicyParser
{
    Q_DECLARE_TR_FUNCTIONS(PolicyParser)
public:
    // sha256 = hex SHA-256 of `bytes`.
    static Result<Policy> parse(const QByteArray &bytes);
    // sha256 = hex SHA-256 of the compact serialization
    // (QJsonDocument::Compact) of `object`.
    static Result<Policy> fromJson(const QJsonObject &object);
    static Result<Policy> loadFile(const QString &path);
    // A policy compiled into the program: ":/policies/<id>.json".
    static Result<Policy> loadEmbedded(const QString &id);
    static QStringList embeddedIds();

    static QString sha256Hex(const QByteArray &bytes);

private:
    static Result<Policy> build(const QJsonObject &object, const QString &sha256);
};
