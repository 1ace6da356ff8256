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

    // The checks enrollAndPay makes, over the whole enrollment row that
    // would stand: `changes` on top of `current` (a sync conflict's
    // resolution). Person, year and receipt stay; a live enrollment is the
    // person's only one of the year and the person is living; the tier is
    // the policy's and the amounts are what the policy makes them for the
    // person's categories, and they still agree with the receipt.
    Validation checkEnrollmentChange(const QVariantMap &current, QVariantMap &changes) const;
    // The household code where a person with this id number is enrolled for
    // the year (pending or paid), or empty; enrollmentId is left out.
    static QString enrolledIn(const QSqlDatabase &db, const QString &idNumber, int schemeYear,
                              const QString &enrollmentId = {});
    // The subsidized categories of a person row as the policy's bits.
    static quint32 categoriesOf(const QVariantMap &person);

private:
    ChangeWriter &m_writer;
};
