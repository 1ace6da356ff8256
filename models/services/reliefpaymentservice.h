#pragma once

#include "changewriter.h"
#include "relief/relieflist.h"

// Paying out the relief list (救助发放): a clerk requests payment of a
// period's and village's unpaid relief list as one numbered batch; another
// user who may approve claims approves it (maker–checker) and the batch is
// paid, or rejects it, and its lines are freed for another list. Each line
// is one settled claim or one approved adjustment, so nothing is paid twice.
// Also keeps the bank account a person's relief is paid into.
class ReliefPaymentService
{
    Q_DECLARE_TR_FUNCTIONS(ReliefPaymentService)
public:
    explicit ReliefPaymentService(ChangeWriter &writer) : m_writer(writer) {}

    // The unpaid list of the query (in the user's township) becomes a batch
    // 'requested'; returns the batch row.
    Result<QVariantMap> request(ReliefList::Query query);
    Validation approve(const QString &batchId);
    Validation reject(const QString &batchId, const QString &reason);

    // Sets (or replaces) the person's bank account; empty account number removes it.
    Validation setBankAccount(const QString &personId, const QString &bankName, const QString &accountNo,
                              const QString &holderName);

    static QString statusLabel(const QString &status);
    // Batches of a township and year, newest first: id, serial, village, period_from, period_to,
    // line_count, total_fen, status, requested_by, approved_by (names).
    static QList<QVariantMap> batches(const QSqlDatabase &db, const QString &townshipId, int schemeYear);

private:
    ChangeWriter &m_writer;
};
