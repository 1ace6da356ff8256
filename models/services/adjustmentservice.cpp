#include "adjustmentservice.h"

#include "relief/policycorrection.h"

#include <QSqlQuery>

QString AdjustmentService::statusLabel(const QString &status)
{
    //: adjustment status: waiting for a reviewer
    if (status == QLatin1String("proposed")) return tr("Awaiting approval");
    //: adjustment status
    if (status == QLatin1String("approved")) return tr("Approved");
    //: adjustment status
    if (status == QLatin1String("rejected")) return tr("Rejected");
    return status;
}

Result<QStringList> AdjustmentService::propose(int schemeYear, const QString &reason)
{
    using R = Result<QStringList>;
    Validation v = m_writer.require(Permission::EnterClaims);
    const QString townshipId = m_writer.user().townshipId;
    if (townshipId.isEmpty())
        v.add(QStringLiteral("township_id"), tr("Adjustments are proposed by a township: sign in with a township account."));
    if (reason.trimmed().isEmpty())
        v.add(QStringLiteral("reason"), tr("Reason: say which correction the adjustments follow."));
    else if (reason.trimmed().size() > 200)
        v.add(QStringLiteral("reason"), tr("Reason: at most 200 characters."));
    if (!v.ok())
        return R(v);
    QStringList written;
    v = m_writer.transact([&] {
        const auto preview = PolicyCorrection::preview(m_writer.database(), townshipId, schemeYear);
        if (!preview)
            return preview.errors();
        for (const PolicyCorrection::Change &c : preview->changes) {
            if (c.pending)
                continue;
            auto a = m_writer.insert(
                QStringLiteral("settlement_adjustment"),
                {{QStringLiteral("township_id"), townshipId},
                 {QStringLiteral("claim_id"), c.claimId},
                 {QStringLiteral("settlement_id"), c.settlementId},
                 {QStringLiteral("person_id"), c.personId},
                 {QStringLiteral("scheme_year"), schemeYear},
                 {QStringLiteral("from_policy_id"), c.fromPolicyId},
                 {QStringLiteral("policy_id"), preview->policyId},
                 {QStringLiteral("policy_sha256"), preview->policySha256},
                 {QStringLiteral("basic_delta_fen"), c.after.basicFen - c.before.basicFen},
                 {QStringLiteral("critical_delta_fen"), c.after.criticalFen - c.before.criticalFen},
                 {QStringLiteral("assistance_delta_fen"), c.after.assistanceFen - c.before.assistanceFen},
                 {QStringLiteral("relief_delta_fen"), c.after.reliefFen - c.before.reliefFen},
                 {QStringLiteral("out_of_pocket_delta_fen"), c.after.outOfPocketFen - c.before.outOfPocketFen},
                 {QStringLiteral("flags"), c.afterFlags},
                 {QStringLiteral("status"), QStringLiteral("proposed")},
                 {QStringLiteral("reason"), reason.trimmed()},
                 {QStringLiteral("created_by"), m_writer.user().id},
                 {QStringLiteral("created_at"), m_writer.now()}},
                QStringLiteral("adjustment.propose"));
            if (!a)
                return a.errors();
            written << a->value(QStringLiteral("id")).toString();
        }
        if (written.isEmpty()) {
            Validation e;
            e.add(QStringLiteral("policy"), tr("Nothing to adjust: the newest policy changes no settled claim that has "
                                               "no adjustment waiting."));
            return e;
        }
        return Validation();
    });
    if (!v.ok())
        return R(v);
    return written;
}

Validation AdjustmentService::approve(const QStringList &adjustmentIds)
{
    return decide(adjustmentIds, true, {});
}

Validation AdjustmentService::reject(const QStringList &adjustmentIds, const QString &reason)
{
    return decide(adjustmentIds, false, reason);
}

Validation AdjustmentService::decide(const QStringList &adjustmentIds, bool approve, const QString &reason)
{
    Validation v = m_writer.require(Permission::ApproveClaims);
    if (adjustmentIds.isEmpty())
        v.add(QStringLiteral("adjustment_id"), tr("Adjustments: choose at least one."));
    if (!approve && reason.trimmed().isEmpty())
        v.add(QStringLiteral("reason"), tr("Reason: say why the adjustments are rejected."));
    QList<QVariantMap> rows;
    for (const QString &id : adjustmentIds) {
        const auto a = m_writer.load(QStringLiteral("settlement_adjustment"), id);
        if (!a || a->value(QStringLiteral("deleted")).toInt()) {
            v.add(QStringLiteral("adjustment_id"), tr("Adjustment: no such adjustment."));
            continue;
        }
        v.append(m_writer.requireTownship(a->value(QStringLiteral("township_id")).toString()));
        if (a->value(QStringLiteral("status")).toString() != QLatin1String("proposed"))
            v.add(QStringLiteral("status"), tr("The adjustment of claim %1 is %2; only one awaiting approval can be decided.")
                                                .arg(a->value(QStringLiteral("claim_id")).toString(),
                                                     statusLabel(a->value(QStringLiteral("status")).toString())));
        // Maker–checker: whoever proposed an adjustment may not decide it.
        v.append(m_writer.requireNotMaker(a->value(QStringLiteral("created_by")).toString()));
        const auto claim = m_writer.load(QStringLiteral("claim"), a->value(QStringLiteral("claim_id")).toString());
        if (approve && (!claim || claim->value(QStringLiteral("status")).toString() != QLatin1String("settled")))
            v.add(QStringLiteral("status"), tr("The claim of this adjustment is no longer settled; reject the adjustment."));
        rows.append(a.value());
    }
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        for (const QVariantMap &a : rows) {
            QVariantMap changes = {{QStringLiteral("status"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
                                   {QStringLiteral("approved_by"), m_writer.user().id},
                                   {QStringLiteral("approved_at"), m_writer.now()}};
            if (!approve)
                changes.insert(QStringLiteral("reason"), reason.trimmed());
            auto r = m_writer.update(QStringLiteral("settlement_adjustment"), a.value(QStringLiteral("id")).toString(), changes,
                                     approve ? QStringLiteral("adjustment.approve") : QStringLiteral("adjustment.reject"),
                                     a.value(QStringLiteral("version")).toLongLong());
            if (!r)
                return r.errors();
        }
        return Validation();
    });
}
