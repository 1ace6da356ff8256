#pragma once

#include "demo/democlaimsettler.h"
#include "domain/result.h"
#include "householdreliefyear.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <memory>

// Reads a person's or a household's scheme year from the replica and hands
// it to ReliefYearCalculator: the person's facts and certifications, the
// settled and unreversed claims in the order they were settled, with the
// approved adjustments applied, and the policies they were settled with.
class ReliefYearLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReliefYearLoader)
public:
    explicit ReliefYearLoader(const QSqlDatabase &db) : m_db(db) {}

    Result<HouseholdReliefYear> household(const QString &householdId, int schemeYear);
    Result<PersonReliefYear> person(const QString &personId, int schemeYear);

    // The pieces, for the policy-correction preview.
    Result<DemoPersonYear> personYear(const QString &personId, int schemeYear);
    Result<QList<ReliefClaim>> claims(const QString &personId, int schemeYear);
    // A policy by its content hash (cached); nullptr if not in the replica.
    const Policy *policyBySha(const QString &sha256);
    // The newest policy of the year (cached).
    Result<Policy> yearPolicy(int schemeYear);

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<Policy>> m_policies;
};
