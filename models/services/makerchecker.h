#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// The two-person rule of a record one user makes and another decides (a
// settlement adjustment, a relief payment batch), checked on the row as
// written. The workstation's services keep it as they write
// (AdjustmentService, ReliefPaymentService: ChangeWriter::requireNotMaker);
// the county checks every pushed row with this, so a decision cannot be
// forged or taken back by a workstation.
class MakerChecker
{
    Q_DECLARE_TR_FUNCTIONS(MakerChecker)
public:
    struct Rule
    {
        QString what;               // for messages: "adjustment", "relief payment batch"
        QString makerColumn;        // created_by / requested_by
        QString pendingStatus;      // proposed / requested
        QStringList decided;        // the statuses a decision sets
        QStringList decisionColumns; // what a decision may change besides status
    };
    static const Rule &adjustment();
    static const Rule &reliefBatch();

    // before: the stored row (empty for a new one); after: the row as it
    // will be stored; userId: who makes the change. A new row waits for a
    // decision; a decision is made once, by a user other than the maker,
    // who is named in approved_by, and changes only the decision.
    static Validation check(const Rule &rule, const QVariantMap &before, const QVariantMap &after, const QString &userId);
    // Whether the change is a decision (the approver's permission applies).
    static bool isDecision(const Rule &rule, const QVariantMap &before, const QVariantMap &after);
};
