#pragma once

#include "claimcodes.h"

#include <QDate>
#include <QStringList>

// What the engine needs to know of the insured person for the scheme year.
struct PersonFacts
{
    int tier = 1;
    quint32 categories = 0;  // bit mask of PersonCategory
    QStringList certified;   // special-outpatient disease codes with a valid certification
    bool enrolled = false;   // enrolled and paid for the policy's scheme year
    QDate deathDate;         // invalid: alive

    bool has(PersonCategory c) const { return categories & ClaimCodes::bit(c); }
};
