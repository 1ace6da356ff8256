#include "claimreversalservice.h"

#include "numberseries.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace {
std::optional<QVariantMap> oneRow(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    return row;
}
} // namespace

std::optional<QVariantMap> ClaimReversalService::originalSettlement(const QSqlDatabase &db, const QString &claimId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM settlement WHERE claim_id = ? AND reverses_settlement_id IS NULL "
                             "AND deleted = 0 ORDER BY settled_at DESC LIMIT 1"));
    q.addBindValue(claimId);
    return oneRow(q);
}

std::optional<QVariantMap> ClaimReversalService::reversalOf(const QSqlDatabase &db, const QString &settlementId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM settlement WHERE reverses_settlement_id = ? AND deleted = 0 LIMIT 1"));
    q.addBindValue(settlementId);
    return oneRow(q);
}

Result<QVariantMap> ClaimReversalService::reverse(const QString &claimId, const QString &reason,
                                                  const SessionUser &approver)
{
    using R = Result<QVariantMap>;
    Validation v = m_writer.require(Permission::EnterClaims);
    const auto claim = m_writer.load(QStringLiteral("claim"), claimId);
    if (!claim || claim->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("claim_id"), tr("Claim: no such claim."));
        return R(v);
    }
    const QString townshipId = claim->value(QStringLiteral("township_id")).toString();
    v.append(m_writer.requireTownship(townshipId));
    if (claim->value(QStringLiteral("status")).toString() != QLatin1String("settled"))
        v.add(QStringLiteral("status"), tr("Only a settled claim can be reversed."));
    if (reason.trimmed().isEmpty())
        v.add(QStringLiteral("reason"), tr("Reason: required when a settlement is reversed."));
    // [maker–checker] a second user who may approve claims, of the same township.
    if (!approver.isValid())
        v.add(QStringLiteral("approver"), tr("Approver: a second user must approve the reversal."));
    else if (approver.id == m_writer.user().id)
        v.add(QStringLiteral("approver"), tr("Approver: the user who asks for a reversal cannot approve it."));
    else if (!RoleInfo::can(approver.role, Permission::ApproveClaims))
        v.add(QStringLiteral("approver"), tr("Approver: %1 may not approve claims.").arg(approver.displayName));
    else if (!RoleInfo::isCountyRole(approver.role) && approver.townshipId != townshipId)
        v.add(QStringLiteral("approver"), tr("Approver: %1 works for another township.").arg(approver.displayName));
    const auto original = originalSettlement(m_writer.database(), claimId);
    if (claim->value(QStringLiteral("status")).toString() == QLatin1String("settled")) {
        if (!original)
            v.add(QStringLiteral("settlement"), tr("The claim has no settlement to reverse."));
        else if (reversalOf(m_writer.database(), original->value(QStringLiteral("id")).toString()))
            v.add(QStringLiteral("settlement"), tr("The settlement has already been reversed."));
    }
    if (!v.ok())
        return R(v);

    const int year = claim->value(QStringLiteral("scheme_year")).toInt();
    QVariantMap reversing;
    v = m_writer.transact([&] {
        auto negated = [&](const char *column) { return -original->value(QLatin1String(column)).toLongLong(); };
        auto s = m_writer.insert(
            QStringLiteral("settlement"),
            {{QStringLiteral("claim_id"), claimId},
             {QStringLiteral("township_id"), townshipId},
             {QStringLiteral("slip_no"), NumberSeries::next(m_writer.database(), NumberSeries::Slip, townshipId, year)},
             {QStringLiteral("policy_id"), original->value(QStringLiteral("policy_id"))},
             {QStringLiteral("policy_sha256"), original->value(QStringLiteral("policy_sha256"))},
             {QStringLiteral("in_scope_fen"), negated("in_scope_fen")},
             {QStringLiteral("deductible_fen"), negated("deductible_fen")},
             {QStringLiteral("basic_fen"), negated("basic_fen")},
             {QStringLiteral("critical_fen"), negated("critical_fen")},
             {QStringLiteral("assistance_fen"), negated("assistance_fen")},
             {QStringLiteral("relief_fen"), negated("relief_fen")},
             {QStringLiteral("out_of_pocket_fen"), negated("out_of_pocket_fen")},
             {QStringLiteral("refused"), original->value(QStringLiteral("refused"))},
             {QStringLiteral("flags"), QString()},
             {QStringLiteral("reverses_settlement_id"), original->value(QStringLiteral("id"))},
             {QStringLiteral("settled_at"), m_writer.now()},
             {QStringLiteral("settled_by"), approver.id}},
            QStringLiteral("claim.reverse"));
        if (!s)
            return s.errors();
        reversing = s.value();
        auto c = m_writer.update(QStringLiteral("claim"), claimId,
                                 {{QStringLiteral("status"), QStringLiteral("reversed")},
                                  {QStringLiteral("reason"), reason.trimmed()}},
                                 QStringLiteral("claim.reverse"), claim->value(QStringLiteral("version")).toLongLong());
        return c ? Validation() : c.errors();
    });
    if (!v.ok())
        return R(v);
    return reversing;
}
