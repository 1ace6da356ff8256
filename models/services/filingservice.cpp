#include "filingservice.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>

Validation FilingService::checkFiling(const NewFiling &f, const QString &ignoreFilingId, QString *townshipId) const
{
    Validation v = m_writer.require(Permission::FileFilings);
    const auto person = m_writer.load(QStringLiteral("person"), f.personId);
    if (!person || person->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("person_id"), tr("Person: no such person."));
    } else {
        const auto household = m_writer.load(QStringLiteral("household"), person->value(QStringLiteral("household_id")).toString());
        *townshipId = household ? household->value(QStringLiteral("township_id")).toString() : QString();
        v.append(m_writer.requireTownship(*townshipId));
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
                                 "AND id <> ? AND status IN ('reported','returned','reviewed','submitted','certified')"));
        q.addBindValue(f.personId);
        q.addBindValue(f.diseaseCode);
        q.addBindValue(ignoreFilingId.isEmpty() ? QStringLiteral("-") : ignoreFilingId);   // NULL would match nothing
        if (q.exec() && q.next())
            v.add(QStringLiteral("disease_code"), tr("Disease: this person has a live filing for %1 already.").arg(f.diseaseCode));
    }
    if (!f.institutionId.isEmpty() && !m_writer.load(QStringLiteral("institution"), f.institutionId))
        v.add(QStringLiteral("institution_id"), tr("Institution: no such institution."));
    return v;
}

Validation FilingService::validate(const NewFiling &f, const QString &filingId) const
{
    QString townshipId;
    Validation v = checkFiling(f, filingId, &townshipId);
    v.append(checkEnrollment(f));
    return v;
}

Validation FilingService::checkEnrollment(const NewFiling &f) const
{
    Validation v;
    if (f.personId.isEmpty() || !f.diagnosisDate.isValid())
        return v;
    // Only an insured person files: paid for the year of the diagnosis or a later one.
    QSqlQuery q(m_writer.database());
    q.prepare(QStringLiteral("SELECT 1 FROM enrollment WHERE person_id = ? AND scheme_year >= ? AND status = 'paid' "
                             "AND deleted = 0 LIMIT 1"));
    q.addBindValue(f.personId);
    q.addBindValue(f.diagnosisDate.year());
    if (q.exec() && !q.next())
        v.add(QStringLiteral("person_id"), tr("Person: not enrolled and paid for %1 or a later year.").arg(f.diagnosisDate.year()));
    return v;
}

const QStringList &FilingService::statuses()
{
    static const QStringList s = {QStringLiteral("reported"), QStringLiteral("returned"),  QStringLiteral("reviewed"),
                                  QStringLiteral("submitted"), QStringLiteral("certified"), QStringLiteral("rejected"),
                                  QStringLiteral("expired"),  QStringLiteral("revoked")};
    return s;
}

Validation FilingService::checkFilingChange(const QVariantMap &current, QVariantMap &changes) const
{
    Validation v;
    auto value = [&](const char *column) {
        const QString key = QLatin1String(column);
        return changes.contains(key) ? changes.value(key).toString() : current.value(key).toString();
    };
    auto differs = [&](const char *column) { return value(column) != current.value(QLatin1String(column)).toString(); };
    const QString filingId = current.value(QStringLiteral("id")).toString();
    if (differs("person_id"))
        v.add(QStringLiteral("person_id"), tr("Person: a filing cannot be moved to another person; file a new one."));
    if (differs("township_id") || differs("created_by"))
        v.add(differs("township_id") ? QStringLiteral("township_id") : QStringLiteral("created_by"),
              tr("A filing keeps its township and the user who filed it."));
    const bool county = RoleInfo::isCountyRole(m_writer.user().role);
    bool townshipFields = false;
    for (const char *column : {"disease_code", "institution_id", "diagnosis_date", "evidence_kind", "note"})
        townshipFields = townshipFields || differs(column);
    if (townshipFields && county) {
        v.add(QStringLiteral("status"), tr("The county decides on submitted filings only, and changes only the decision."));
    } else if (townshipFields) {
        const NewFiling f = {value("person_id"), value("disease_code"), value("institution_id"),
                             QDate::fromString(value("diagnosis_date"), Qt::ISODate), value("evidence_kind"), value("note")};
        QString townshipId;
        v.append(checkFiling(f, filingId, &townshipId));
        v.append(checkEnrollment(f));
        if (changes.contains(QStringLiteral("note")))
            changes.insert(QStringLiteral("note"), f.note.trimmed());
    } else {
        v.append(m_writer.requireTownship(current.value(QStringLiteral("township_id")).toString()));
    }

    const QString status = value("status");
    static const QStringList decisions = {QStringLiteral("certified"), QStringLiteral("rejected"), QStringLiteral("expired"),
                                          QStringLiteral("revoked")};
    if (!statuses().contains(status))
        v.add(QStringLiteral("status"), tr("Status: %1 is not a step of the filing workflow.").arg(status));
    else if (differs("status") && !county && (decisions.contains(status) || decisions.contains(current.value(QStringLiteral("status")).toString())))
        v.add(QStringLiteral("status"), tr("A filing submitted to the county is no longer the township's to change."));
    const bool needsReason = status == QLatin1String("returned") || status == QLatin1String("rejected") || status == QLatin1String("revoked");
    if (needsReason && value("reason").trimmed().isEmpty()) {
        if (status == QLatin1String("returned"))
            v.add(QStringLiteral("reason"), tr("Reason: required when a filing is returned."));
        else if (status == QLatin1String("rejected"))
            v.add(QStringLiteral("reason"), tr("Reason: required when a filing is rejected."));
        else
            v.add(QStringLiteral("reason"), tr("Reason: required when a certification is revoked."));
    }
    if (status == QLatin1String("certified") || status == QLatin1String("expired")) {
        const QDate from = QDate::fromString(value("valid_from"), Qt::ISODate);
        const QDate to = QDate::fromString(value("valid_to"), Qt::ISODate);
        if (!from.isValid())
            v.add(QStringLiteral("valid_from"), tr("Valid from: not a date."));
        if (!value("valid_to").isEmpty() && !to.isValid())
            v.add(QStringLiteral("valid_to"), tr("Valid to: not a date."));
        else if (to.isValid() && from.isValid() && to < from)
            v.add(QStringLiteral("valid_to"), tr("Valid to: before valid from."));
    }
    // Two-person review: the user who filed takes no later step.
    const QString maker = value("created_by");
    for (const char *column : {"reviewed_by", "submitted_by", "decided_by"})
        if (!maker.isEmpty() && value(column) == maker)
            v.add(QLatin1String(column), tr("The user who filed this filing may not review, submit or decide it (two-person review)."));
    return v;
}

Result<QVariantMap> FilingService::file(const NewFiling &f)
{
    QString townshipId;
    Validation v = checkFiling(f, QString(), &townshipId);
    v.append(checkEnrollment(f));
    if (!v.ok())
        return Result<QVariantMap>(v);

    return m_writer.insertAlone(QStringLiteral("filing"),
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
}

QStringList FilingService::attachmentMimeTypes()
{
    return {QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("application/pdf")};
}

Result<QVariantMap> FilingService::attach(const QString &filingId, const QString &fileName, const QString &mimeType,
                                          const QByteArray &content)
{
    Validation v = m_writer.require(Permission::FileFilings);
    const auto filing = m_writer.load(QStringLiteral("filing"), filingId);
    if (!filing) {
        v.add(QStringLiteral("filing_id"), tr("Filing: no such filing."));
        return Result<QVariantMap>(v);
    }
    v.append(m_writer.requireTownship(filing->value(QStringLiteral("township_id")).toString()));
    const QString status = filing->value(QStringLiteral("status")).toString();
    if (status != QLatin1String("reported") && status != QLatin1String("returned"))
        v.add(QStringLiteral("status"), tr("Scans can be attached only before the filing is reviewed."));
    if (!attachmentMimeTypes().contains(mimeType))
        v.add(QStringLiteral("attachment"), tr("Scan: %1 is not an image (JPEG, PNG) or a PDF.").arg(fileName));
    if (content.isEmpty())
        v.add(QStringLiteral("attachment"), tr("Scan: %1 is empty.").arg(fileName));
    else if (content.size() > maxAttachmentBytes())
        v.add(QStringLiteral("attachment"), tr("Scan: %1 is larger than %2 MB.").arg(fileName).arg(maxAttachmentBytes() / (1024 * 1024)));
    if (!v.ok())
        return Result<QVariantMap>(v);
    return m_writer.insertAlone(QStringLiteral("filing_attachment"),
                                 {{QStringLiteral("filing_id"), filingId},
                                  {QStringLiteral("file_name"), QFileInfo(fileName).fileName()},
                                  {QStringLiteral("mime_type"), mimeType},
                                  {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
                                  {QStringLiteral("content"), content}},
                                 QStringLiteral("filing.attach"));
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

Validation FilingService::correct(const QString &filingId, const NewFiling &f)
{
    const auto filing = m_writer.load(QStringLiteral("filing"), filingId);
    if (!filing)
        return Result<int>::failure(QStringLiteral("filing_id"), tr("Filing: no such filing.")).errors();
    QString townshipId;
    Validation v = checkFiling(f, filingId, &townshipId);
    v.append(checkEnrollment(f));
    if (filing->value(QStringLiteral("status")).toString() != QLatin1String("returned"))
        v.add(QStringLiteral("status"), tr("Only a returned filing can be corrected."));
    if (f.personId != filing->value(QStringLiteral("person_id")).toString())
        v.add(QStringLiteral("person_id"), tr("Person: a filing cannot be moved to another person; file a new one."));
    if (!v.ok())
        return v;
    return m_writer.updateAlone(QStringLiteral("filing"), filingId,
                                 {{QStringLiteral("disease_code"), f.diseaseCode},
                                  {QStringLiteral("institution_id"), f.institutionId.isEmpty() ? QVariant() : QVariant(f.institutionId)},
                                  {QStringLiteral("diagnosis_date"), f.diagnosisDate.toString(Qt::ISODate)},
                                  {QStringLiteral("evidence_kind"), f.evidenceKind},
                                  {QStringLiteral("note"), f.note.trimmed()},
                                  {QStringLiteral("status"), QStringLiteral("reported")},
                                  {QStringLiteral("reason"), QVariant()}},
                                 QStringLiteral("filing.correct"), filing->value(QStringLiteral("version")).toLongLong());
}

Validation FilingService::transition(const QStringList &filingIds, const QStringList &from, const QString &action,
                                     const std::function<QVariantMap(const QVariantMap &)> &changes, bool makerMayNot)
{
    Validation v;
    if (filingIds.isEmpty())
        v.add(QStringLiteral("filing_id"), tr("Pick at least one filing."));
    QList<QVariantMap> rows;
    for (const QString &id : filingIds) {
        const auto filing = m_writer.load(QStringLiteral("filing"), id);
        if (!filing) {
            v.add(QStringLiteral("filing_id"), tr("Filing: no such filing (%1).").arg(id));
            continue;
        }
        v.append(m_writer.requireTownship(filing->value(QStringLiteral("township_id")).toString()));
        if (makerMayNot)
            v.append(m_writer.requireNotMaker(filing->value(QStringLiteral("created_by")).toString()));
        const QString status = filing->value(QStringLiteral("status")).toString();
        if (!from.contains(status))
            v.add(QStringLiteral("status"), tr("Filing %1 is %2; this step needs it to be %3.")
                                                .arg(filing->value(QStringLiteral("disease_code")).toString(), status,
                                                     from.join(QLatin1Char('/'))));
        rows.append(*filing);
    }
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        for (const QVariantMap &row : rows) {
            auto r = m_writer.update(QStringLiteral("filing"), row.value(QStringLiteral("id")).toString(), changes(row),
                                     action, row.value(QStringLiteral("version")).toLongLong());
            if (!r)
                return r.errors();
        }
        return Validation();
    });
}

Validation FilingService::submit(const QStringList &filingIds)
{
    Validation v = m_writer.require(Permission::ReviewFilings);
    if (!v.ok())
        return v;
    return transition(filingIds, {QStringLiteral("reviewed")}, QStringLiteral("filing.submit"),
                      [&](const QVariantMap &) {
                          return QVariantMap{{QStringLiteral("status"), QStringLiteral("submitted")},
                                             {QStringLiteral("submitted_by"), m_writer.user().id},
                                             {QStringLiteral("submitted_at"), m_writer.now()}};
                      },
                      true);
}

Validation FilingService::certify(const QStringList &filingIds, const QDate &validFrom, const QDate &validTo)
{
    Validation v = m_writer.require(Permission::CertifyFilings);
    if (!validFrom.isValid())
        v.add(QStringLiteral("valid_from"), tr("Valid from: not a date."));
    if (validTo.isValid() && validFrom.isValid() && validTo < validFrom)
        v.add(QStringLiteral("valid_to"), tr("Valid to: before valid from."));
    if (!v.ok())
        return v;
    return transition(filingIds, {QStringLiteral("submitted")}, QStringLiteral("filing.certify"),
                      [&](const QVariantMap &) {
                          return QVariantMap{{QStringLiteral("status"), QStringLiteral("certified")},
                                             {QStringLiteral("valid_from"), validFrom.toString(Qt::ISODate)},
                                             {QStringLiteral("valid_to"), validTo.isValid() ? QVariant(validTo.toString(Qt::ISODate)) : QVariant()},
                                             {QStringLiteral("decided_by"), m_writer.user().id},
                                             {QStringLiteral("decided_at"), m_writer.now()}};
                      },
                      true);
}

Validation FilingService::reject(const QStringList &filingIds, const QString &reason)
{
    Validation v = m_writer.require(Permission::CertifyFilings);
    if (reason.trimmed().isEmpty())
        v.add(QStringLiteral("reason"), tr("Reason: required when a filing is rejected."));
    if (!v.ok())
        return v;
    return transition(filingIds, {QStringLiteral("submitted")}, QStringLiteral("filing.reject"),
                      [&](const QVariantMap &) {
                          return QVariantMap{{QStringLiteral("status"), QStringLiteral("rejected")},
                                             {QStringLiteral("reason"), reason.trimmed()},
                                             {QStringLiteral("decided_by"), m_writer.user().id},
                                             {QStringLiteral("decided_at"), m_writer.now()}};
                      },
                      true);
}

Validation FilingService::revoke(const QString &filingId, const QString &reason)
{
    Validation v = m_writer.require(Permission::CertifyFilings);
    if (reason.trimmed().isEmpty())
        v.add(QStringLiteral("reason"), tr("Reason: required when a certification is revoked."));
    if (!v.ok())
        return v;
    return transition({filingId}, {QStringLiteral("certified")}, QStringLiteral("filing.revoke"),
                      [&](const QVariantMap &) {
                          return QVariantMap{{QStringLiteral("status"), QStringLiteral("revoked")},
                                             {QStringLiteral("reason"), reason.trimmed()},
                                             {QStringLiteral("decided_by"), m_writer.user().id},
                                             {QStringLiteral("decided_at"), m_writer.now()}};
                      },
                      false);
}

Result<int> FilingService::expireDue(const QDate &today)
{
    Validation v = m_writer.require(Permission::ReviewFilings);
    if (!v.ok() && !RoleInfo::can(m_writer.user().role, Permission::CertifyFilings))
        return Result<int>(v);
    QStringList due;
    QSqlQuery q(m_writer.database());
    const bool county = RoleInfo::isCountyRole(m_writer.user().role);
    q.prepare(county ? QStringLiteral("SELECT id FROM filing WHERE status = 'certified' AND deleted = 0 "
                                      "AND valid_to IS NOT NULL AND valid_to < ?")
                     : QStringLiteral("SELECT id FROM filing WHERE status = 'certified' AND deleted = 0 "
                                      "AND valid_to IS NOT NULL AND valid_to < ? AND township_id = ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    if (!county)
        q.addBindValue(m_writer.user().townshipId);
    if (q.exec())
        while (q.next())
            due << q.value(0).toString();
    if (due.isEmpty())
        return 0;
    v = transition(due, {QStringLiteral("certified")}, QStringLiteral("filing.expire"),
                   [](const QVariantMap &) { return QVariantMap{{QStringLiteral("status"), QStringLiteral("expired")}}; },
                   false);
    if (!v.ok())
        return Result<int>(v);
    return int(due.size());
}
