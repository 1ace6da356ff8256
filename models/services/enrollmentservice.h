#pragma once

#include "changewriter.h"

// Enrollment and contributions (参保登记/缴费): members of one household are
// enrolled for a scheme year and tier, each person's personal amount and
// subsidy come from the policy and their categories, and one numbered
// receipt lists them all.
class EnrollmentService
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentService)
public:
    explicit EnrollmentService(ChangeWriter &writer) : m_writer(writer) {}

    // channel: cash | bank | mobile | subsidy. Returns the receipt row.
    Result<QVariantMap> enrollAndPay(const QString &householdId, const QStringList &personIds, int schemeYear, int tier,
                                     const QString &channel);

    static const QStringList &channels();

private:
    ChangeWriter &m_writer;
};
