#include "enrollmentservice.h"

#include "engine/claimcodes.h"
#include "numberseries.h"
#include "policyservice.h"

#include <QSqlQuery>

const QStringList &EnrollmentService::channels()
{
    static const QStringList c = {QStringLiteral("cash"), QStringLiteral("bank"), QStringLiteral("mobile"),
                                  QStringLiteral("subsidy")};
    return c;
}

Result<QVariantMap> EnrollmentService::enrollAndPay(const QString &householdId, const QStringList &personIds,
                                                    int schemeYear, int tier, const QString &channel)
{
    using R = Result<QVariantMap>;
    Validation v = m_writer.require(Permission::EditHouseholds);
    const auto household = m_writer.load(QStringLiteral("household"), householdId);
    if (!household) {
        v.add(QStringLiteral("household_id"), tr("Household: no such household."));
        return R(v);
    }
    const QString townshipId = household->value(QStringLiteral("township_id")).toString();
    v.append(m_writer.requireTownship(townshipId));
    if (!channels().contains(channel))
        v.add(QStringLiteral("channel"), tr("Payment channel: %1 is not one of cash, bank, mobile, subsidy.").arg(channel));
    if (personIds.isEmpty())
        v.add(QStringLiteral("members"), tr("Members: pick at least one member to enroll."));
    const auto policy = PolicyService::forYear(m_writer.database(), schemeYear);
    if (!policy) {
        v.append(policy.errors());
        return R(v);
    }
    if (!policy->hasTier(tier))
        v.add(QStringLiteral("tier"), tr("Tier: the %1 policy has no tier %2.").arg(schemeYear).arg(tier));

    struct Line { QString personId; qint64 personal; qint64 subsidized; };
    QList<Line> lines;
    qint64 total = 0;
    for (const QString &id : personIds) {
        const auto p = m_writer.load(QStringLiteral("person"), id);
        if (!p || p->value(QStringLiteral("household_id")).toString() != householdId) {
            v.add(QStringLiteral("members"), tr("Members: %1 is not a member of this household.").arg(id));
            continue;
        }
        const QString name = p->value(QStringLiteral("name")).toString();
        if (p->value(QStringLiteral("status")).toString() != QLatin1String("active"))
            v.add(QStringLiteral("members"), tr("Members: %1 is not an active member (dead or moved out).").arg(name));
        QSqlQuery q(m_writer.database());
        q.prepare(QStringLiteral("SELECT h.code FROM enrollment e JOIN person p ON p.id = e.person_id "
                                 "JOIN household h ON h.id = p.household_id "
                                 "WHERE p.id_number = ? AND e.scheme_year = ? AND e.deleted = 0 "
                                 "AND e.status IN ('pending', 'paid')"));
        q.addBindValue(p->value(QStringLiteral("id_number")));
        q.addBindValue(schemeYear);
        if (q.exec() && q.next())
            v.add(QStringLiteral("members"), tr("Members: %1 is enrolled for %2 already (household %3).")
                                                 .arg(name).arg(schemeYear).arg(q.value(0).toString()));
        quint32 categories = 0;
        if (p->value(QStringLiteral("poverty")).toInt()) categories |= ClaimCodes::bit(PersonCategory::Poverty);
        if (p->value(QStringLiteral("dibao")).toInt()) categories |= ClaimCodes::bit(PersonCategory::Dibao);
        if (p->value(QStringLiteral("tekun")).toInt()) categories |= ClaimCodes::bit(PersonCategory::Tekun);
        if (p->value(QStringLiteral("near_poor")).toInt()) categories |= ClaimCodes::bit(PersonCategory::NearPoor);
        const qint64 full = policy->personalContributionFen(tier, 0);
        const qint64 pays = policy->personalContributionFen(tier, categories);
        lines.append({id, pays, full - pays});
        total += pays;
    }
    if (!v.ok())
        return R(v);

    QVariantMap receipt;
    v = m_writer.transact([&] {
        auto r = m_writer.insert(QStringLiteral("receipt"),
                                 {{QStringLiteral("township_id"), townshipId},
                                  {QStringLiteral("serial"), NumberSeries::next(m_writer.database(), NumberSeries::Receipt, townshipId, schemeYear)},
                                  {QStringLiteral("household_id"), householdId},
                                  {QStringLiteral("scheme_year"), schemeYear},
                                  {QStringLiteral("total_fen"), total},
                                  {QStringLiteral("channel"), total == 0 ? QStringLiteral("subsidy") : channel},
                                  {QStringLiteral("status"), QStringLiteral("issued")},
                                  {QStringLiteral("issued_at"), m_writer.now()},
                                  {QStringLiteral("created_by"), m_writer.user().id}},
                                 QStringLiteral("receipt.issue"));
        if (!r)
            return r.errors();
        receipt = r.value();
        for (const Line &l : lines) {
            auto e = m_writer.insert(QStringLiteral("enrollment"),
                                     {{QStringLiteral("person_id"), l.personId},
                                      {QStringLiteral("scheme_year"), schemeYear},
                                      {QStringLiteral("tier"), tier},
                                      {QStringLiteral("personal_fen"), l.personal},
                                      {QStringLiteral("subsidized_fen"), l.subsidized},
                                      {QStringLiteral("subsidy_fen"), policy->governmentSubsidyFen(tier)},
                                      {QStringLiteral("status"), QStringLiteral("paid")},
                                      {QStringLiteral("receipt_id"), receipt.value(QStringLiteral("id"))},
                                      {QStringLiteral("paid_at"), m_writer.now()}},
                                     QStringLiteral("enrollment.pay"));
            if (!e)
                return e.errors();
        }
        return Validation();
    });
    if (!v.ok())
        return R(v);
    return receipt;
}
