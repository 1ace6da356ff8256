#include "makerchecker.h"

namespace {

const QStringList kSyncColumns = {QStringLiteral("version"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                  QStringLiteral("workstation_id")};

// Values compared as text, NULL and "" alike: a stored row's types (a
// typed NULL, PostgreSQL's integers) differ from those of pushed JSON.
bool same(const QVariant &a, const QVariant &b)
{
    return a.toString() == b.toString();
}

} // namespace

const MakerChecker::Rule &MakerChecker::adjustment()
{
    static const Rule r{tr("adjustment"), QStringLiteral("created_by"), QStringLiteral("proposed"),
                        {QStringLiteral("approved"), QStringLiteral("rejected")},
                        {QStringLiteral("approved_by"), QStringLiteral("approved_at"), QStringLiteral("reason")}};
    return r;
}

const MakerChecker::Rule &MakerChecker::reliefBatch()
{
    static const Rule r{tr("relief payment batch"), QStringLiteral("requested_by"), QStringLiteral("requested"),
                        {QStringLiteral("paid"), QStringLiteral("rejected")},
                        {QStringLiteral("approved_by"), QStringLiteral("approved_at"), QStringLiteral("reason")}};
    return r;
}

bool MakerChecker::isDecision(const Rule &rule, const QVariantMap &before, const QVariantMap &after)
{
    const QString status = after.value(QStringLiteral("status")).toString();
    return rule.decided.contains(status) && before.value(QStringLiteral("status")).toString() != status;
}

Validation MakerChecker::check(const Rule &rule, const QVariantMap &before, const QVariantMap &after, const QString &userId)
{
    Validation v;
    const QString status = after.value(QStringLiteral("status")).toString();
    const QString wasStatus = before.value(QStringLiteral("status")).toString();
    const QString approver = after.value(QStringLiteral("approved_by")).toString();
    if (before.isEmpty() || wasStatus == rule.pendingStatus) {
        if (status == rule.pendingStatus) {
            if (!approver.isEmpty())
                v.add(QStringLiteral("approved_by"), tr("A %1 awaiting approval cannot name an approver.").arg(rule.what));
        } else if (before.isEmpty()) {
            v.add(QStringLiteral("status"), tr("A new %1 must await approval first; it is decided afterwards by another user.")
                                                 .arg(rule.what));
        } else if (!rule.decided.contains(status)) {
            v.add(QStringLiteral("status"), tr("Status: %1 is not a status of a %2.").arg(status, rule.what));
        } else if (approver.isEmpty() || approver != userId) {
            v.add(QStringLiteral("approved_by"), tr("The %1 was decided by a user other than the one named as approver.")
                                                     .arg(rule.what));
        } else if (approver == after.value(rule.makerColumn).toString()) {
            v.add(QStringLiteral("approved_by"), tr("The same user made and approved this %1; another user must approve it "
                                                    "(two-person review).")
                                                     .arg(rule.what));
        }
    } else if (!before.isEmpty()) {
        // Already decided: the decision stands as it is (a tombstone aside).
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (!kSyncColumns.contains(it.key()) && it.key() != QLatin1String("deleted") && !same(before.value(it.key()), it.value())) {
                v.add(QStringLiteral("status"), tr("This %1 was decided already; the decision cannot be changed.").arg(rule.what));
                break;
            }
    }
    if (!before.isEmpty() && v.ok()) {
        // A decision changes the decision only: what was proposed is what is decided.
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const QString &c = it.key();
            if (c == QLatin1String("status") || c == QLatin1String("deleted") || kSyncColumns.contains(c)
                || rule.decisionColumns.contains(c))
                continue;
            if (!same(before.value(c), it.value())) {
                v.add(c, tr("The %1's %2 differs from what was proposed; a decision changes only the decision.")
                             .arg(rule.what, c));
                break;
            }
        }
    }
    return v;
}
