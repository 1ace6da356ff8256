#include "enrollmentservice.h"

#include "domain/money.h"
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

QString EnrollmentService::enrolledIn(const QSqlDatabase &db, const QString &idNumber, int schemeYear,
                                     const QString &enrollmentId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT h.code FROM enrollment e JOIN person p ON p.id = e.person_id "
                             "JOIN household h ON h.id = p.household_id "
                             "WHERE p.id_number = ? AND e.scheme_year = ? AND e.deleted = 0 "
                             "AND e.status IN ('pending', 'paid') AND e.id <> ?"));
    q.addBindValue(idNumber);
    q.addBindValue(schemeYear);
    q.addBindValue(enrollmentId.isEmpty() ? QStringLiteral("-") : enrollmentId);   // NULL would match nothing
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

quint32 EnrollmentService::categoriesOf(const QVariantMap &p)
{
    quint32 categories = 0;
    if (p.value(QStringLiteral("poverty")).toInt()) categories |= ClaimCodes::bit(PersonCategory::Poverty);
    if (p.value(QStringLiteral("dibao")).toInt()) categories |= ClaimCodes::bit(PersonCategory::Dibao);
    if (p.value(QStringLiteral("tekun")).toInt()) categories |= ClaimCodes::bit(PersonCategory::Tekun);
    if (p.value(QStringLiteral("near_poor")).toInt()) categories |= ClaimCodes::bit(PersonCategory::NearPoor);
    return categories;
}

Validation EnrollmentService::checkEnrollmentChange(const QVariantMap &current, QVariantMap &changes) const
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    auto value = [&](const char *column) {
        const QString key = QLatin1String(column);
        return changes.contains(key) ? changes.value(key) : current.value(key);
    };
    auto differs = [&](const char *column) { return value(column).toString() != current.value(QLatin1String(column)).toString(); };
    for (const char *column : {"person_id", "scheme_year", "receipt_id"})
        if (differs(column))
            v.add(QLatin1String(column), tr("An enrollment keeps its person, year and receipt; void the receipt and enroll again."));
    const auto person = m_writer.load(QStringLiteral("person"), current.value(QStringLiteral("person_id")).toString());
    if (!person) {
        v.add(QStringLiteral("person_id"), tr("Person: no such person."));
        return v;
    }
    const auto household = m_writer.load(QStringLiteral("household"), person->value(QStringLiteral("household_id")).toString());
    if (household)
        v.append(m_writer.requireTownship(household->value(QStringLiteral("township_id")).toString()));
    const QString name = person->value(QStringLiteral("name")).toString();
    const int year = current.value(QStringLiteral("scheme_year")).toInt();

    static const QStringList statuses = {QStringLiteral("pending"), QStringLiteral("paid"), QStringLiteral("refunded"),
                                         QStringLiteral("voided")};
    const QString status = value("status").toString();
    if (!statuses.contains(status))
        v.add(QStringLiteral("status"), tr("Status: %1 is not pending, paid, refunded or voided.").arg(status));
    const bool live = value("deleted").toInt() == 0 && (status == QLatin1String("pending") || status == QLatin1String("paid"));
    const bool wasLive = current.value(QStringLiteral("deleted")).toInt() == 0
                         && QStringList{QStringLiteral("pending"), QStringLiteral("paid")}.contains(current.value(QStringLiteral("status")).toString());
    if (live && !wasLive) {
        if (person->value(QStringLiteral("status")).toString() != QLatin1String("active"))
            v.add(QStringLiteral("status"), tr("Members: %1 is not an active member (dead or moved out).").arg(name));
        const QString enrolled = enrolledIn(m_writer.database(), person->value(QStringLiteral("id_number")).toString(), year,
                                            current.value(QStringLiteral("id")).toString());
        if (!enrolled.isEmpty())
            v.add(QStringLiteral("status"), tr("Members: %1 is enrolled for %2 already (household %3).").arg(name).arg(year).arg(enrolled));
    }

    // The amounts are the policy's for the tier and the person's categories.
    if (differs("tier") || differs("personal_fen") || differs("subsidized_fen") || differs("subsidy_fen")) {
        const auto policy = PolicyService::forYear(m_writer.database(), year);
        if (!policy) {
            v.append(policy.errors());
            return v;
        }
        const int tier = value("tier").toInt();
        if (!policy->hasTier(tier)) {
            v.add(QStringLiteral("tier"), tr("Tier: the %1 policy has no tier %2.").arg(year).arg(value("tier").toString()));
            return v;
        }
        const qint64 full = policy->personalContributionFen(tier, 0);
        const qint64 pays = policy->personalContributionFen(tier, categoriesOf(*person));
        const QList<std::tuple<const char *, QString, qint64>> amounts = {
            {"personal_fen", tr("Personal contribution"), pays},
            {"subsidized_fen", tr("Paid by the state"), full - pays},
            {"subsidy_fen", tr("Government subsidy"), policy->governmentSubsidyFen(tier)}};
        for (const auto &[column, label, fen] : amounts)
            if (value(column).toLongLong() != fen)
                v.add(QLatin1String(column), tr("%1: the %2 policy makes it %3 for %4 in tier %5, not %6.")
                                                 .arg(label).arg(year).arg(Money(fen).toDisplayString(), name)
                                                 .arg(tier).arg(Money(value(column).toLongLong()).toDisplayString()));
        const QString receiptId = current.value(QStringLiteral("receipt_id")).toString();
        if (v.ok() && differs("personal_fen") && !receiptId.isEmpty()) {
            const auto receipt = m_writer.load(QStringLiteral("receipt"), receiptId);
            v.add(QStringLiteral("personal_fen"), tr("Personal contribution: receipt %1 lists the amount paid; void it and enroll again.")
                                                      .arg(receipt ? receipt->value(QStringLiteral("serial")).toString() : receiptId));
        }
    }
    return v;
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
        const QString enrolled = enrolledIn(m_writer.database(), p->value(QStringLiteral("id_number")).toString(), schemeYear);
        if (!enrolled.isEmpty())
            v.add(QStringLiteral("members"), tr("Members: %1 is enrolled for %2 already (household %3).")
                                                 .arg(name).arg(schemeYear).arg(enrolled));
        const quint32 categories = categoriesOf(*p);
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
