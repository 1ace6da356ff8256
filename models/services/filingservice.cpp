#include "filingservice.h"

#include <QSqlQuery>

Result<QVariantMap> FilingService::file(const NewFiling &f)
{
    Validation v = m_writer.require(Permission::FileFilings);
    const auto person = m_writer.load(QStringLiteral("person"), f.personId);
    QString townshipId;
    if (!person || person->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("person_id"), tr("Person: no such person."));
    } else {
        const auto household = m_writer.load(QStringLiteral("household"), person->value(QStringLiteral("household_id")).toString());
        townshipId = household ? household->value(QStringLiteral("township_id")).toString() : QString();
        v.append(m_writer.requireTownship(townshipId));
    }
    if (!f.diagnosisDate.isValid())
        v.add(QStringLiteral("diagnosis_date"), tr("Diagnosis date: not a date."));
    else if (f.diagnosisDate > QDate::currentDate())
        v.add(QStringLiteral("diagnosis_date"), tr("Diagnosis date: in the future."));
    if (f.evidenceKind != QLatin1String("inpatient_record") && f.evidenceKind != QLatin1String("outpatient_record_with_test"))
        v.add(QStringLiteral("evidence_kind"), tr("Evidence: an inpatient record, or an outpatient record with a test report."));
    if (f.diseaseCode.trimmed().isEmpty()) {
        v.add(QStringLiteral("disease_code"), tr("Disease: required."));
    } else if (f.diagnosisDate.isValid()) {
        QSqlQuery q(m_writer.database());
        q.prepare(QStringLiteral("SELECT poverty_only FROM disease WHERE code = ? AND deleted = 0 "
                                 "ORDER BY scheme_year DESC LIMIT 1"));
        q.addBindValue(f.diseaseCode);
        if (!q.exec() || !q.next())
            v.add(QStringLiteral("disease_code"), tr("Disease: %1 is not in the county's catalogue.").arg(f.diseaseCode));
        else if (q.value(0).toInt() == 1 && person && person->value(QStringLiteral("poverty")).toInt() != 1)
            v.add(QStringLiteral("disease_code"), tr("Disease: %1 is open to registered poverty persons only.").arg(f.diseaseCode));
    }
    if (person && v.ok()) {
        QSqlQuery q(m_writer.database());
        q.prepare(QStringLiteral("SELECT status FROM filing WHERE person_id = ? AND disease_code = ? AND deleted = 0 "
                                 "AND status IN ('reported','returned','reviewed','submitted','certified')"));
        q.addBindValue(f.personId);
        q.addBindValue(f.diseaseCode);
        if (q.exec() && q.next())
            v.add(QStringLiteral("disease_code"), tr("Disease: this person has a live filing for %1 already.").arg(f.diseaseCode));
    }
    if (!f.institutionId.isEmpty() && !m_writer.load(QStringLiteral("institution"), f.institutionId))
        v.add(QStringLiteral("institution_id"), tr("Institution: no such institution."));
    if (!v.ok())
        return Result<QVariantMap>(v);

    QVariantMap row;
    v = m_writer.transact([&] {
        auto r = m_writer.insert(QStringLiteral("filing"),
                                 {{QStringLiteral("township_id"), townshipId},
                                  {QStringLiteral("person_id"), f.personId},
                                  {QStringLiteral("disease_code"), f.diseaseCode},
                                  {QStringLiteral("institution_id"), f.institutionId.isEmpty() ? QVariant() : QVariant(f.institutionId)},
                                  {QStringLiteral("diagnosis_date"), f.diagnosisDate.toString(Qt::ISODate)},
                                  {QStringLiteral("evidence_kind"), f.evidenceKind},
                                  {QStringLiteral("note"), f.note.trimmed()},
                                  {QStringLiteral("status"), QStringLiteral("reported")},
                                  {QStringLiteral("created_by"), m_writer.user().id}},
                                 QStringLiteral("filing.report"));
        if (!r)
            return r.errors();
        row = r.value();
        return Validation();
    });
    if (!v.ok())
        return Result<QVariantMap>(v);
    return row;
}

Validation FilingService::review(const QString &filingId, bool approve, const QString &reason)
{
    Validation v = m_writer.require(Permission::ReviewFilings);
    const auto filing = m_writer.load(QStringLiteral("filing"), filingId);
    if (!filing) {
        v.add(QStringLiteral("filing_id"), tr("Filing: no such filing."));
        return v;
    }
    v.append(m_writer.requireTownship(filing->value(QStringLiteral("township_id")).toString()));
    v.append(m_writer.requireNotMaker(filing->value(QStringLiteral("created_by")).toString()));
    if (filing->value(QStringLiteral("status")).toString() != QLatin1String("reported"))
        v.add(QStringLiteral("status"), tr("Only a reported filing can be reviewed; this one is %1.")
                                            .arg(filing->value(QStringLiteral("status")).toString()));
    if (!approve && reason.trimmed().isEmpty())
        v.add(QStringLiteral("reason"), tr("Reason: required when a filing is returned."));
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        QVariantMap changes = {{QStringLiteral("status"), approve ? QStringLiteral("reviewed") : QStringLiteral("returned")},
                               {QStringLiteral("reviewed_by"), m_writer.user().id},
                               {QStringLiteral("reviewed_at"), m_writer.now()},
                               {QStringLiteral("reason"), approve ? QVariant() : QVariant(reason.trimmed())}};
        auto r = m_writer.update(QStringLiteral("filing"), filingId, changes,
                                 approve ? QStringLiteral("filing.approve") : QStringLiteral("filing.return"),
                                 filing->value(QStringLiteral("version")).toLongLong());
        return r ? Validation() : r.errors();
    });
}
