#pragma once

#include "personreliefyear.h"

#include <QString>

// A registered poverty household's scheme year (for the relief screen): its
// members, each with their year of settled claims, and the household's
// totals and combined coverage ratio.
struct HouseholdReliefYear
{
    struct Member
    {
        QString personId;
        QString name;
        QString idNumber;
        QString relation;
        bool poverty = false;
        bool dibao = false;
        bool tekun = false;
        int tier = 0;              // 0: not enrolled for the year
        bool enrolled = false;     // enrolled and paid
        PersonReliefYear year;
    };

    QString householdId;
    QString code;
    QString village;
    QString headName;
    QString address;
    int schemeYear = 0;
    QString policyId;              // the year's newest policy (its caps are shown)
    QList<Member> members;
    ReliefAmounts totals;

    int coverageBp() const { return totals.coverageBp(); }
    int claimCount() const
    {
        int n = 0;
        for (const Member &m : members)
            n += int(m.year.lines.size());
        return n;
    }
};
