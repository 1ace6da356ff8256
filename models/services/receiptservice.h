#pragma once

#include "changewriter.h"

#include <QDateTime>

// Contribution receipts after they are issued (缴费票据作废/退费).
//
// A receipt is voided (a mistake found at the counter: the money is handed
// back and the receipt cancelled) or refunded (the money returned later, for
// example to a person found insured elsewhere) only in two steps:
//   1. a user who may edit households requests it, with a reason;
//   2. another user with ApproveRefunds (a reviewer or the township
//      administrator) approves it (maker–checker), or rejects it back to
//      issued.
// On approval the receipt becomes voided or refunded and every enrollment
// on it voided or refunded and tombstoned, so the members may enroll again
// for the year (one live enrollment per person and year); the receipt still
// lists them. A receipt is
// never deleted and its serial number is never given to another receipt.
class ReceiptService
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptService)
public:
    enum class Change { Void, Refund };

    struct Line
    {
        QString personId;
        QString name;
        QString idNumber;
        QString relation;
        int tier = 0;
        qint64 personalFen = 0;
        qint64 subsidizedFen = 0;
        qint64 subsidyFen = 0;
        QString status;
    };
    // What a printed receipt shows.
    struct Document
    {
        QString id;
        QString serial;
        QString status;
        QString township;
        QString village;
        QString householdCode;
        QString headName;
        QString address;
        int schemeYear = 0;
        QString channel;
        QDateTime issuedAt;   // UTC
        QString clerkName;
        qint64 totalFen = 0;
        QString changeReason;
        QList<Line> lines;
    };

    explicit ReceiptService(ChangeWriter &writer) : m_writer(writer) {}

    Validation request(const QString &receiptId, Change change, const QString &reason);
    Validation approve(const QString &receiptId);
    Validation reject(const QString &receiptId, const QString &reason);

    static std::optional<Document> load(const QSqlDatabase &db, const QString &receiptId);
    static QString statusLabel(const QString &status);
    static QString channelLabel(const QString &channel);

private:
    ChangeWriter &m_writer;
};
