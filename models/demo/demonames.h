#pragma once

#include "demorandom.h"

#include <QString>
#include <QStringList>
#include <vector>

// Name lists of the demo county (resources/names/*.txt, compiled in at
// :/names): weighted surnames and given-name characters per sex, parts of
// township and village names, and the institutions outside the townships.
class DemoNames
{
public:
    struct Institution
    {
        QString level;
        QString location;
        QString name;
    };

    bool load(const QString &dir = QStringLiteral(":/names"));
    QString error() const { return m_error; }

    QString surname(DemoRandom &r) const { return m_surnames.pick(r); }
    QChar givenCharacter(DemoRandom &r, bool male) const { return (male ? m_male : m_female).pick(r).at(0); }
    // One character (30%) or two; generation, if not null, is the first of two.
    QString givenName(DemoRandom &r, bool male, QChar generation = QChar()) const;
    QString fullName(DemoRandom &r, bool male) const { return surname(r) + givenName(r, male); }

    const QStringList &townshipParts() const { return m_townships; }
    const QStringList &villageFirstParts() const { return m_villageFirst; }
    const QStringList &villageSecondParts() const { return m_villageSecond; }
    const QList<Institution> &institutions() const { return m_institutions; }

private:
    struct Weighted
    {
        QStringList items;
        std::vector<double> cumulative;
        QString pick(DemoRandom &r) const;
    };
    bool readWeighted(const QString &path, Weighted &out);
    bool readLines(const QString &path, QStringList &out);

    Weighted m_surnames, m_male, m_female;
    QStringList m_townships, m_villageFirst, m_villageSecond;
    QList<Institution> m_institutions;
    QString m_error;
};
