#pragma once

#include "changewriter.h"

#include <QDate>

// Special-outpatient filings (门诊慢特病备案) and their workflow:
// reported → reviewed (or returned) → submitted → certified or rejected.
// The user who filed may never review, submit or certify the same filing.
class FilingService
{
    Q_DECLARE_TR_FUNCTIONS(FilingService)
public:
    struct NewFiling
    {
        QString personId;
        QString diseaseCode;
        QString institutionId;
        QDate diagnosisDate;
        QString evidenceKind;   // inpatient_record | outpatient_record_with_test
        QString note;
    };

    explicit FilingService(ChangeWriter &writer) : m_writer(writer) {}

    Result<QVariantMap> file(const NewFiling &filing);
    // Township review (初审): approve, or return to the clerk with a reason.
    Validation review(const QString &filingId, bool approve, const QString &reason = {});

private:
    ChangeWriter &m_writer;
};
