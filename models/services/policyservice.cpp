#include "policyservice.h"

#include "domain/pinyininitials.h"
#include "engine/policyparser.h"

#include <QDateTime>
#include <QSqlQuery>

Result<QVariantMap> PolicyService::publish(const QByteArray &document)
{
    Validation v = m_writer.require(Permission::PublishPolicy);
    const auto policy = PolicyParser::parse(document);
    if (!policy)
        v.append(policy.errors());
    if (!v.ok())
        return Result<QVariantMap>(v);

    QSqlQuery q(m_writer.database());
    q.prepare(QStringLiteral("SELECT id FROM policy WHERE sha256 = ? AND deleted = 0"));
    q.addBindValue(policy->sha256);
    if (q.exec() && q.next())
        return *m_writer.load(QStringLiteral("policy"), q.value(0).toString());

    QVariantMap row;
    v = m_writer.transact([&] {
        QSqlQuery last(m_writer.database());
        last.prepare(QStringLiteral("SELECT COALESCE(MAX(policy_version), 0) FROM policy WHERE county_code = ? AND scheme_year = ?"));
        last.addBindValue(policy->county);
        last.addBindValue(policy->schemeYear);
        const int version = last.exec() && last.next() ? last.value(0).toInt() + 1 : 1;
        // The first version keeps the document's id; corrections get a suffix
        // so that settlements keep pointing at the version they used.
        const QString id = version == 1 ? policy->id : QStringLiteral("%1-v%2").arg(policy->id).arg(version);
        auto p = m_writer.insert(QStringLiteral("policy"),
                                 {{QStringLiteral("id"), id},
                                  {QStringLiteral("county_code"), policy->county},
                                  {QStringLiteral("scheme_year"), policy->schemeYear},
                                  {QStringLiteral("policy_version"), version},
                                  {QStringLiteral("name"), policy->name},
                                  {QStringLiteral("sha256"), policy->sha256},
                                  {QStringLiteral("document"), QString::fromUtf8(document)},
                                  {QStringLiteral("published_at"), m_writer.now()}},
                                 QStringLiteral("policy.publish"));
        if (!p)
            return p.errors();
        row = p.value();
        for (const SpecialDisease &d : policy->specialOutpatient.diseases) {
            QSqlQuery existing(m_writer.database());
            existing.prepare(QStringLiteral("SELECT id FROM disease WHERE scheme_year = ? AND code = ?"));
            existing.addBindValue(policy->schemeYear);
            existing.addBindValue(d.code);
            const QVariantMap values = {{QStringLiteral("scheme_year"), policy->schemeYear},
                                        {QStringLiteral("code"), d.code},
                                        {QStringLiteral("name"), d.name},
                                        {QStringLiteral("initials"), PinyinInitials::of(d.name)},
                                        {QStringLiteral("category"), d.category},
                                        {QStringLiteral("poverty_only"), d.openTo != 0 ? 1 : 0},
                                        {QStringLiteral("deleted"), 0}};
            auto r = existing.exec() && existing.next()
                         ? m_writer.update(QStringLiteral("disease"), existing.value(0).toString(), values,
                                           QStringLiteral("disease.update"))
                         : m_writer.insert(QStringLiteral("disease"), values, QStringLiteral("disease.add"));
            if (!r)
                return r.errors();
        }
        return Validation();
    });
    if (!v.ok())
        return Result<QVariantMap>(v);
    return row;
}

static Result<Policy> parseStored(QSqlQuery &q, const QString &what)
{
    if (!q.exec() || !q.next())
        return Result<Policy>::failure(QStringLiteral("policy"), PolicyService::tr("No policy is published for %1.").arg(what));
    return PolicyParser::parse(q.value(0).toString().toUtf8());
}

Result<Policy> PolicyService::forYear(const QSqlDatabase &db, int schemeYear)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT document FROM policy WHERE scheme_year = ? AND deleted = 0 "
                             "ORDER BY policy_version DESC LIMIT 1"));
    q.addBindValue(schemeYear);
    return parseStored(q, tr("scheme year %1").arg(schemeYear));
}

Result<Policy> PolicyService::byId(const QSqlDatabase &db, const QString &policyId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT document FROM policy WHERE id = ?"));
    q.addBindValue(policyId);
    return parseStored(q, policyId);
}

QList<QVariantMap> PolicyService::list(const QSqlDatabase &db)
{
    QList<QVariantMap> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, scheme_year, name, policy_version, sha256, published_at FROM policy "
                          "WHERE deleted = 0 ORDER BY scheme_year DESC, policy_version DESC"));
    while (q.next())
        out.append({{QStringLiteral("id"), q.value(0)},
                    {QStringLiteral("scheme_year"), q.value(1)},
                    {QStringLiteral("name"), q.value(2)},
                    {QStringLiteral("policy_version"), q.value(3)},
                    {QStringLiteral("sha256"), q.value(4)},
                    {QStringLiteral("published_at"), q.value(5)}});
    return out;
}
