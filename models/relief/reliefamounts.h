#pragma once

#include <QtGlobal>

// The amounts of one settled claim (or the sum of several) per layer, in fen.
struct ReliefAmounts
{
    qint64 totalFen = 0;
    qint64 inScopeFen = 0;
    qint64 deductibleFen = 0;
    qint64 basicFen = 0;
    qint64 criticalFen = 0;
    qint64 assistanceFen = 0;
    qint64 reliefFen = 0;
    qint64 outOfPocketFen = 0;

    qint64 paidFen() const { return basicFen + criticalFen + assistanceFen + reliefFen; }
    void add(const ReliefAmounts &o)
    {
        totalFen += o.totalFen;
        inScopeFen += o.inScopeFen;
        deductibleFen += o.deductibleFen;
        basicFen += o.basicFen;
        criticalFen += o.criticalFen;
        assistanceFen += o.assistanceFen;
        reliefFen += o.reliefFen;
        outOfPocketFen += o.outOfPocketFen;
    }
    bool sameLayers(const ReliefAmounts &o) const
    {
        return inScopeFen == o.inScopeFen && basicFen == o.basicFen && criticalFen == o.criticalFen
               && assistanceFen == o.assistanceFen && reliefFen == o.reliefFen && outOfPocketFen == o.outOfPocketFen;
    }
    // Combined coverage ratio (综合保障率): paid / total cost in basis points,
    // rounded half up in integers; 0 when nothing was spent.
    static int ratioBp(qint64 partFen, qint64 wholeFen)
    {
        if (wholeFen <= 0)
            return 0;
        return int((partFen * 20000 + wholeFen) / (2 * wholeFen));
    }
    int coverageBp() const { return ratioBp(paidFen(), totalFen); }
};
