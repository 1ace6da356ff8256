#pragma once

#include <QtGlobal>
#include <optional>
#include <string>

// The seam between the demo county and the policy engine. The generator
// describes each claim it makes as a DemoClaim; a settler, when one is set,
// returns its settlement, and the generator then writes the claim as
// 'settled' (approved by the township reviewer) together with a settlement
// row, both through the bulk write path with audit and outbox.
//
// TODO(engine): once models/engine lands, add EngineClaimSettler here: parse
// the policy in force for claim.schemeYear once, keep YearToDate per person
// (claims arrive person by person, in date order), call
// SettlementEngine::settle and map SettlementResult onto DemoSettlement.
// Until then no settler is set and every claim stays 'entered'.
struct DemoClaim
{
    std::string id;
    std::string personId;
    std::string townshipId;
    int schemeYear = 0;
    int tier = 1;
    bool poverty = false, dibao = false, tekun = false, nearPoor = false;
    std::string birthDate;   // YYYY-MM-DD
    const char *kind = "";   // inpatient, general_outpatient, special_outpatient
    const char *level = "";
    const char *location = "";
    const char *referral = "none";
    std::string admission, discharge;   // YYYY-MM-DD
    std::string diseaseCode;            // special outpatient only
    qint64 totalFen = 0, selfPaidFen = 0, categoryBCopayFen = 0;
    bool accident = false, thirdPartyLiable = false;
};

struct DemoSettlement
{
    std::string policyId;
    std::string policySha256;
    qint64 inScopeFen = 0, deductibleFen = 0, basicFen = 0, criticalFen = 0, assistanceFen = 0, reliefFen = 0,
           outOfPocketFen = 0;
    std::string refused;   // empty: paid
    std::string flags;     // comma-separated flag codes
};

class DemoClaimSettler
{
public:
    virtual ~DemoClaimSettler() = default;
    // The settlement of one claim, or nullopt to leave it 'entered'. Claims of
    // one person come in date order. Must be deterministic.
    virtual std::optional<DemoSettlement> settle(const DemoClaim &claim) = 0;
};
