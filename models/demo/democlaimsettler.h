#pragma once

#include "engine/settlementengine.h"

#include <QDate>
#include <QVarLengthArray>
#include <string>

// What the policy engine needs of one person in one scheme year, with the
// person's certifications, so that the certified diseases can be taken on
// each claim's date exactly as SettlementInputs::personFacts reads them from
// the replica: filings with status 'certified' and valid_from <= date <=
// valid_to (an open valid_to never ends).
struct DemoPersonYear
{
    struct Certification
    {
        QString disease;
        QDate validFrom;
        QDate validTo;   // invalid: no end
    };
    PersonFacts facts;   // tier, categories, enrolled, death date; certified is set by factsOn()
    QVarLengthArray<Certification, 1> certifications;

    // The facts on a claim's date (its discharge, as ClaimService uses).
    const PersonFacts &factsOn(const QDate &date);
};

// Settles the claims of one person and scheme year through the policy
// engine, in the order given, carrying the person's year-to-date totals from
// one claim to the next: the order in which they are settled must be the
// order SettlementInputs::yearToDate replays them in (settled_at, slip_no),
// so that the interactive path later starts from the same totals. Used by
// the demo county and by the engine benchmark's recompute.
class DemoClaimSettler
{
public:
    explicit DemoClaimSettler(const Policy &policy) : m_policy(policy) {}

    const Policy &policy() const { return m_policy; }
    // Starts a person: year-to-date totals back to zero.
    void beginPerson(DemoPersonYear person);
    DemoPersonYear &person() { return m_person; }

    // Validates and settles the person's next claim (SettlementEngine::settle
    // on the facts of the claim's discharge date); the totals then include it.
    // False when the engine refuses the input itself (bad amounts or dates);
    // the reason is in error().
    bool settle(const ClaimInput &claim, SettlementResult &out);
    const YearToDate &yearToDate() const { return m_ytd; }
    const QString &error() const { return m_error; }

    // How ClaimService::approve stores a result: the refusal code (empty when
    // paid) and the flag codes joined by commas.
    static const std::string &refusedCode(RefusalReason reason);
    static const std::string &flagsText(quint32 flags);

private:
    const Policy &m_policy;
    DemoPersonYear m_person;
    YearToDate m_ytd;
    QString m_error;
};
