#include "democlaimsettler.h"

#include <array>
#include <vector>

const PersonFacts &DemoPersonYear::factsOn(const QDate &date)
{
    if (certifications.isEmpty())
        return facts;
    facts.certified.clear();
    for (const Certification &c : certifications)
        if (c.validFrom <= date && (!c.validTo.isValid() || date <= c.validTo) && !facts.certified.contains(c.disease))
            facts.certified << c.disease;
    return facts;
}

void DemoClaimSettler::beginPerson(DemoPersonYear person)
{
    m_person = std::move(person);
    m_ytd = YearToDate();
}

bool DemoClaimSettler::settle(const ClaimInput &claim, SettlementResult &out)
{
    const PersonFacts &facts = m_person.factsOn(claim.discharge);
    const Validation v = SettlementEngine::validate(m_policy, facts, claim);
    if (!v.ok()) {
        m_error = v.text();
        return false;
    }
    SettlementEngine::compute(m_policy, facts, claim, m_ytd, out);
    m_ytd = out.yearToDate;
    return true;
}

const std::string &DemoClaimSettler::refusedCode(RefusalReason reason)
{
    static const auto codes = [] {
        std::array<std::string, 8> c;
        c[size_t(RefusalReason::None)] = std::string();
        for (RefusalReason r : SettlementResult::allRefusals())
            c.at(size_t(r)) = SettlementResult::refusalCode(r).toStdString();
        return c;
    }();
    return codes.at(size_t(reason));
}

const std::string &DemoClaimSettler::flagsText(quint32 flags)
{
    // [ClaimService::approve] flagCodes() in bit order, joined by ','. There
    // are few flags, so every combination is made once.
    static const auto texts = [] {
        quint32 all = 0;
        for (SettlementFlag f : SettlementResult::allFlags())
            all |= f;
        std::vector<std::string> t(size_t(all) + 1);
        for (quint32 m = 0; m <= all; ++m) {
            SettlementResult r;
            r.flags = m;
            t[m] = r.flagCodes().join(QLatin1Char(',')).toStdString();
        }
        return t;
    }();
    return flags < texts.size() ? texts[flags] : texts[0];
}
