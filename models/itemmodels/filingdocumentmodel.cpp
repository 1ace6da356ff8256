#include "filingdocumentmodel.h"

#include <QSqlQuery>

std::optional<FilingDocument> FilingDocumentModel::load(const QSqlDatabase &db, const QString &filingId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT f.id, f.status, t.name, v.name, h.code, p.name, p.sex, p.id_number, h.township_id, p.birth_date, "
        "p.poverty, p.dibao, p.tekun, f.disease_code, "
        "(SELECT d.name FROM disease d WHERE d.code = f.disease_code AND d.deleted = 0 ORDER BY d.scheme_year DESC LIMIT 1), "
        "i.name, i.level, f.diagnosis_date, f.evidence_kind, f.note, f.reason, f.valid_from, f.valid_to, "
        "(SELECT display_name FROM app_user WHERE id = f.created_by), "
        "(SELECT display_name FROM app_user WHERE id = f.reviewed_by), "
        "(SELECT display_name FROM app_user WHERE id = f.submitted_by), "
        "(SELECT display_name FROM app_user WHERE id = f.decided_by), "
        "(SELECT MIN(at) FROM audit_log WHERE entity = 'filing' AND row_id = f.id), "
        "f.reviewed_at, f.submitted_at, f.decided_at, "
        "(SELECT COUNT(*) FROM filing_attachment a WHERE a.filing_id = f.id AND a.deleted = 0), "
        "f.created_by, f.reviewed_by, f.submitted_by, f.decided_by "
        "FROM filing f JOIN person p ON p.id = f.person_id JOIN household h ON h.id = p.household_id "
        "LEFT JOIN village v ON v.id = h.village_id LEFT JOIN township t ON t.id = f.township_id "
        "LEFT JOIN institution i ON i.id = f.institution_id WHERE f.id = ?"));
    q.addBindValue(filingId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FilingDocument d;
    int c = 0;
    auto s = [&] { return q.value(c++).toString(); };
    auto date = [&] { return QDate::fromString(q.value(c++).toString(), Qt::ISODate); };
    d.filingId = s();
    d.status = s();
    d.townshipName = s();
    d.villageName = s();
    d.householdCode = s();
    d.personName = s();
    d.sex = s();
    d.idNumber = s();
    d.personTownshipId = s();
    d.birthDate = date();
    d.poverty = q.value(c++).toInt() == 1;
    d.dibao = q.value(c++).toInt() == 1;
    d.tekun = q.value(c++).toInt() == 1;
    d.diseaseCode = s();
    d.diseaseName = s();
    d.institutionName = s();
    d.institutionLevel = s();
    d.diagnosisDate = date();
    d.evidenceKind = s();
    d.note = s();
    d.reason = s();
    d.validFrom = date();
    d.validTo = date();
    d.createdBy = s();
    d.reviewedBy = s();
    d.submittedBy = s();
    d.decidedBy = s();
    d.createdAt = s();
    d.reviewedAt = s();
    d.submittedAt = s();
    d.decidedAt = s();
    d.attachments = q.value(c++).toInt();
    // Users not in this replica (the county's certifier) show by id.
    const QString ids[] = {s(), s(), s(), s()};
    QString *names[] = {&d.createdBy, &d.reviewedBy, &d.submittedBy, &d.decidedBy};
    for (int i = 0; i < 4; ++i)
        if (names[i]->isEmpty())
            *names[i] = ids[i];
    return d;
}
