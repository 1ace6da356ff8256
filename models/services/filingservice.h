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
    // The checks file() (or, given filingId, correct()) makes, without
    // writing anything, and also that the person is enrolled and paid for the
    // diagnosis year or later: the form shows them beside the fields as the
    // clerk types and saves only when there are none. (file() does not yet
    // refuse an unenrolled person: tests/services/tst_roles files for one.)
    Validation validate(const NewFiling &filing, const QString &filingId = {}) const;
    // Attaches a scan of the evidence (JPEG, PNG or PDF, at most
    // maxAttachmentBytes()) to a filing not yet submitted; stored with its
    // SHA-256. The audit entry leaves the content out.
    Result<QVariantMap> attach(const QString &filingId, const QString &fileName, const QString &mimeType,
                               const QByteArray &content);
    static qint64 maxAttachmentBytes() { return 10 * 1024 * 1024; }
    static QStringList attachmentMimeTypes();
    // Township review (初审): approve, or return to the clerk with a reason.
    Validation review(const QString &filingId, bool approve, const QString &reason = {});
    // A returned filing, corrected by the clerk, goes back to 'reported'.
    Validation correct(const QString &filingId, const NewFiling &corrected);
    // Submission to the county (上报) of reviewed filings, all or none.
    Validation submit(const QStringList &filingIds);
    // County certification (认定) in a batch: all or none.
    Validation certify(const QStringList &filingIds, const QDate &validFrom, const QDate &validTo);
    Validation reject(const QStringList &filingIds, const QString &reason);
    Validation revoke(const QString &filingId, const QString &reason);
    // Certified filings whose validity ended before today become 'expired'.
    Result<int> expireDue(const QDate &today);

    // The checks file(), correct() and each step of the workflow make, over
    // the whole filing row that would stand: `changes` on top of `current`
    // (a sync conflict's resolution). Person and maker stay; the township's
    // fields pass file()'s checks when they change; the county's decisions
    // are the county's; a return, rejection or revocation has its reason, a
    // certification its dates; and no step is taken by the user who filed.
    Validation checkFilingChange(const QVariantMap &current, QVariantMap &changes) const;
    static const QStringList &statuses();

private:
    Validation checkEnrollment(const NewFiling &f) const;
    Validation checkFiling(const NewFiling &f, const QString &ignoreFilingId, QString *townshipId) const;
    // Moves each filing from one of `from` to `to` in one transaction.
    Validation transition(const QStringList &filingIds, const QStringList &from, const QString &action,
                          const std::function<QVariantMap(const QVariantMap &row)> &changes, bool makerMayNot);
    ChangeWriter &m_writer;
};
