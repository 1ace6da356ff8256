#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// What the demo county needs from the published policy documents
// (resources/policies/*.json, compiled in at :/policies): the contribution
// amounts per tier, how each subsidized category's personal amount is paid,
// and the special-outpatient disease catalogue. Read here with QJsonDocument
// so the demo depends on the policy format, not on the engine's classes.
// No amount is written in C++: a year without a policy is an error.
struct DemoPolicy
{
    struct Tier
    {
        int tier = 1;
        qint64 personalFen = 0;
        qint64 subsidyFen = 0;
    };
    struct Subsidy
    {
        QString category;   // poverty, dibao, tekun, near_poor
        QString mode;       // full, share, fixed
        int shareBp = 0;
        qint64 fixedFen = 0;
    };
    struct Disease
    {
        QString code;
        QString name;
        int category = 0;
        bool povertyOnly = false;
    };

    QString id;
    QString name;
    int schemeYear = 0;
    QByteArray document;   // the bytes as published
    QString sha256;        // hex SHA-256 of document
    QList<Tier> tiers;
    QList<Subsidy> subsidies;
    QList<Disease> diseases;

    const Tier *tier(int t) const;
    // [policy §contributions] The part of the tier's personal contribution
    // the state pays for a person of these categories: the most favourable.
    qint64 subsidizedFen(int tier, bool poverty, bool dibao, bool tekun, bool nearPoor) const;
};

class DemoPolicies
{
public:
    // Reads every policy under dir (default the compiled-in ones).
    bool load(const QString &dir = QStringLiteral(":/policies"));
    QString error() const { return m_error; }
    const QList<DemoPolicy> &all() const { return m_policies; }
    // The policy in force for a scheme year: the newest one published for
    // that year or before, or nullptr.
    const DemoPolicy *forYear(int schemeYear) const;

private:
    QList<DemoPolicy> m_policies;
    QString m_error;
};
