#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <optional>

// Writes a deterministic synthetic county into a new replica: townships,
// villages, institutions of every level and location, households with heads
// and relations consistent with ages, realistic names, valid and unique id
// numbers, poverty/dibao/tekun/near-poor persons, enrollments and receipts
// over several scheme years (amounts from the published policies), the
// disease catalogue, filings in every workflow state, a year of claims
// (settled through the policy engine, the latest ones awaiting review) and
// the demo accounts. Every row goes through BulkWriter, so it has its audit
// entry (hash chain intact) and outbox operation. The same seed gives the
// same database, byte for byte in every table.
class DemoCountyGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoCountyGenerator)
public:
    enum class Scale { Small, Township, County };
    static std::optional<Scale> scaleFromName(const QString &name);
    static QString scaleName(Scale scale);

    struct Options
    {
        Scale scale = Scale::Small;
        quint64 seed = 1;
    };

    struct Stats
    {
        QList<QPair<QString, qint64>> rows;      // per table, in writing order
        QList<QPair<QString, qint64>> phaseMs;   // per phase
        qint64 totalRows = 0;
        qint64 elapsedMs = 0;
    };

    // Demo accounts: every one has this password (see docs/cli.md).
    static QString demoPassword() { return QStringLiteral("demo1234"); }
    // GB/T 2260-style code of the demo county (fictional county in province 34).
    static QString countyCode() { return QStringLiteral("341599"); }
    static QString countyName() { return QStringLiteral("示范县"); }
    static QList<int> schemeYears() { return {2022, 2023, 2024}; }
    static int claimYear() { return 2024; }
    // Claims discharged in the claim year's last this many days are left
    // 'entered' (the review queue); all earlier ones are approved and settled
    // through the policy engine.
    static int reviewBacklogDays() { return 10; }

    explicit DemoCountyGenerator(Options options) : m_options(options) {}
    // Called with one line of progress per phase.
    void setProgress(std::function<void(const QString &)> progress) { m_progress = std::move(progress); }

    // path must not exist or be empty. On failure the file is removed.
    Result<Stats> generate(const QString &path);

private:
    Options m_options;
    std::function<void(const QString &)> m_progress;
};
