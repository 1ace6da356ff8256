#pragma once

#include "changewriter.h"
#include "engine/policy.h"

// Policies in the replica: the county publishes a policy document for a
// scheme year (and corrected versions of it); the catalogue of
// special-outpatient diseases is written from it into table disease.
class PolicyService
{
    Q_DECLARE_TR_FUNCTIONS(PolicyService)
public:
    explicit PolicyService(ChangeWriter &writer) : m_writer(writer) {}

    // Parses and checks the document, then writes it as the next version for
    // its county and scheme year, with its disease catalogue. Publishing the
    // same bytes again changes nothing and returns the existing row.
    Result<QVariantMap> publish(const QByteArray &document);

    // The newest published policy of a scheme year, parsed.
    static Result<Policy> forYear(const QSqlDatabase &db, int schemeYear);
    // A policy by its stored id, as used by a settlement.
    static Result<Policy> byId(const QSqlDatabase &db, const QString &policyId);
    // (id, scheme year, name, policy version) of every live policy, newest year first.
    static QList<QVariantMap> list(const QSqlDatabase &db);

private:
    ChangeWriter &m_writer;
};
