#pragma once

#include "demo/democlaimsettler.h"
#include "domain/result.h"
#include "householdreliefyear.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <memory>

// Reads persons' scheme years from the replica and hands them to
// ReliefYearCalculator: the persons' facts and certifications, the settled
// and unreversed claims in the order they were settled, with the approved
// adjustments applied, and the policies they were settled with.
//
// One load reads a whole set of persons (a person, a household, every
// poverty person of a township or of the county) with one statement per
// kind of row, the set given as a subquery: a county's 38,000 poverty
// persons are four statements, not four per person. The claims are read in
// the order they lie in the file and put back in settlement order here.
class ReliefYearLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReliefYearLoader)
public:
    explicit ReliefYearLoader(const QSqlDatabase &db) : m_db(db) {}

    // Whose years a load reads: a SELECT of person ids and its bound values.
    struct Scope
    {
        QString personsSql;
        QVariantList binds;

        static Scope person(const QString &personId);
        static Scope household(const QString &householdId);
        // Every registered poverty person; townshipId empty: the whole county.
        static Scope poverty(const QString &townshipId = {});
        // Everyone with a settled claim of the year entered in the township
        // (empty: anywhere), as the policy-correction preview goes through them.
        static Scope settledClaims(int schemeYear, const QString &townshipId = {});
    };

    // The rows of one load, before the calculator.
    struct Loaded
    {
        QStringList personIds;                        // every live person of the scope, by id
        QHash<QString, DemoPersonYear> persons;
        QHash<QString, QList<ReliefClaim>> claims;    // settlement order; absent: no settled claim
    };

    Result<Loaded> load(const Scope &scope, int schemeYear);
    // Every person of the scope with their year computed, by person id.
    // explain = false leaves the explanations empty (batch recomputes).
    Result<QList<PersonReliefYear>> years(const Scope &scope, int schemeYear, bool explain = true);

    Result<HouseholdReliefYear> household(const QString &householdId, int schemeYear);
    Result<PersonReliefYear> person(const QString &personId, int schemeYear);

    // The pieces, for the policy-correction preview.
    Result<DemoPersonYear> personYear(const QString &personId, int schemeYear);
    Result<QList<ReliefClaim>> claims(const QString &personId, int schemeYear);
    // A policy by its content hash (cached); nullptr if not in the replica.
    const Policy *policyBySha(const QString &sha256);
    // The newest policy of the year (cached).
    Result<Policy> yearPolicy(int schemeYear);

    // The statements of a load, in the order load() runs them, with the
    // values each binds: the benchmark runs the same through the SQLite C API.
    // sqlite = false: SQL common to SQLite and PostgreSQL (the county server
    // recomputes a pushed adjustment with this loader), without the rowid
    // access path that makes a county-sized replica's load fast.
    struct Statement
    {
        QString sql;
        QVariantList binds;
    };
    static QList<Statement> statements(const Scope &scope, int schemeYear, bool sqlite = true);

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<Policy>> m_policies;
};
