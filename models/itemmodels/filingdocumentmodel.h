#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Everything one filing shows on the certification screen's detail pane
// and on the printed filing form (门诊慢特病备案表): the filing, its person,
// household, village, township, disease, institution and the users of
// each step, read in one go.
struct FilingDocument
{
    QString filingId, status, townshipName, villageName, householdCode;
    QString personName, sex, idNumber, personTownshipId;
    QDate birthDate;
    bool poverty = false, dibao = false, tekun = false;
    QString diseaseCode, diseaseName;
    QString institutionName, institutionLevel;
    QDate diagnosisDate;
    QString evidenceKind, note, reason;
    QDate validFrom, validTo;
    QString createdBy, reviewedBy, submittedBy, decidedBy;   // display names
    QString createdAt, reviewedAt, submittedAt, decidedAt;   // ISO 8601 UTC
    int attachments = 0;
};

class FilingDocumentModel
{
    Q_DECLARE_TR_FUNCTIONS(FilingDocumentModel)
public:
    static std::optional<FilingDocument> load(const QSqlDatabase &db, const QString &filingId);
};
