#pragma once

// The main() that the end-to-end sync suites share. Apart from pgcluster.h,
// which bench_sync uses too and so must not need Qt Test.

#include "pgcluster.h"

#include <QTest>

// The main() of an end-to-end suite: the suite on SQLite, then on a
// throwaway PostgreSQL cluster (Suite(spec, why, absent) skips with the
// reason when there is none). Returns the failures of both.
template <typename Suite>
int runOnSqliteThenPostgres(int argc, char **argv, const QString &databaseName)
{
    int failures = 0;
    {
        Suite sqlite(QStringLiteral("sqlite"));
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    PgCluster cluster;
    QString why;
    QString spec;
    const bool absent = PgCluster::binDir().isEmpty() || !PgCluster::driverAvailable();
    if (cluster.start(&why)) {
        spec = cluster.createDatabase(databaseName);
        if (spec.isEmpty())
            why = QStringLiteral("the test cluster started but no database could be created");
    }
    {
        Suite postgres(spec, why, absent);
        failures += QTest::qExec(&postgres, argc, argv);
    }
    cluster.stop();
    return failures;
}
