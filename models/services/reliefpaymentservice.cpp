#include "reliefpaymentservice.h"

#include "numberseries.h"

#include <QRegularExpression>
#include <QSqlQuery>

QString ReliefPaymentService::statusLabel(const QString &status)
{
    //: relief payment batch status: waiting for a reviewer
    if (status == QLatin1String("requested")) return tr("Awaiting approval");
    //: relief payment batch status
    if (status == QLatin1String("paid")) return tr("Paid");
    //: relief payment batch status
    if (status == QLatin1String("rejected")) return tr("Rejected");
    return status;
}

Result<QVariantMap> ReliefPaymentService::request(ReliefList::Query query)
{
    using R = Result<QVariantMap>;
    Validation v = m_writer.require(Permission::EnterClaims);
    if (m_writer.user().townshipId.isEmpty())
        v.add(QStringLiteral("township_id"), tr("Relief is paid by a township: sign in with a township account."));
    if (query.schemeYear < 2000 || query.schemeYear > 2100)
        v.add(QStringLiteral("scheme_year"), tr("Scheme year: not a valid year."));
    if (!v.ok())
        return R(v);
    query.townshipId = m_writer.user().townshipId;
    query.batchId.clear();
    if (!query.villageId.isEmpty()) {
        const auto village = m_writer.load(QStringLiteral("village"), query.villageId);
        if (!village || village->value(QStringLiteral("township_id")).toString() != query.townshipId)
            return R::failure(QStringLiteral("village_id"), tr("Village: not a village of your township."));
    }
    QVariantMap batch;
    v = m_writer.transact([&] {
        // Read inside the transaction: what is listed is what gets the lines.
        const auto rows = ReliefList::load(m_writer.database(), query);
        if (!rows)
            return rows.errors();
        const ReliefList::Totals t = ReliefList::totals(rows.value());
        if (rows->isEmpty()) {
            Validation e;
            e.add(QStringLiteral("period"), tr("Period: there is no unpaid relief in this period and village."));
            return e;
        }
        int lines = 0;
        for (const ReliefList::Row &r : rows.value())
            lines += int(r.settlementIds.size() + r.adjustmentIds.size());
        auto b = m_writer.insert(QStringLiteral("relief_batch"),
                                 {{QStringLiteral("township_id"), query.townshipId},
                                  {QStringLiteral("serial"), NumberSeries::next(m_writer.database(), NumberSeries::ReliefBatch, query.townshipId, query.schemeYear)},
                                  {QStringLiteral("village_id"), query.villageId.isEmpty() ? QVariant() : QVariant(query.villageId)},
                                  {QStringLiteral("scheme_year"), query.schemeYear},
                                  {QStringLiteral("period_from"), query.from.toString(Qt::ISODate)},
                                  {QStringLiteral("period_to"), query.to.toString(Qt::ISODate)},
                                  {QStringLiteral("line_count"), lines},
                                  {QStringLiteral("assistance_fen"), t.assistanceFen},
                                  {QStringLiteral("relief_fen"), t.reliefFen},
                                  {QStringLiteral("total_fen"), t.totalFen()},
                                  {QStringLiteral("status"), QStringLiteral("requested")},
                                  {QStringLiteral("requested_by"), m_writer.user().id},
                                  {QStringLiteral("requested_at"), m_writer.now()}},
                                 QStringLiteral("relief_batch.request"));
        if (!b)
            return b.errors();
        batch = b.value();
        const QString batchId = batch.value(QStringLiteral("id")).toString();
        for (const ReliefList::Row &r : rows.value()) {
            for (int pass = 0; pass < 2; ++pass) {
                const QStringList &ids = pass == 0 ? r.settlementIds : r.adjustmentIds;
                const auto &amounts = pass == 0 ? r.settlementAmounts : r.adjustmentAmounts;
                for (int i = 0; i < ids.size(); ++i) {
                    auto l = m_writer.insert(QStringLiteral("relief_batch_line"),
                                             {{QStringLiteral("batch_id"), batchId},
                                              {QStringLiteral("township_id"), query.townshipId},
                                              {QStringLiteral("person_id"), r.personId},
                                              {QStringLiteral("settlement_id"), pass == 0 ? QVariant(ids.at(i)) : QVariant()},
                                              {QStringLiteral("adjustment_id"), pass == 1 ? QVariant(ids.at(i)) : QVariant()},
                                              {QStringLiteral("assistance_fen"), amounts.at(i).first},
                                              {QStringLiteral("relief_fen"), amounts.at(i).second}},
                                             QStringLiteral("relief_batch.line"));
                    if (!l)
                        return l.errors();
                }
            }
        }
        return Validation();
    });
    if (!v.ok())
        return R(v);
    return batch;
}

Validation ReliefPaymentService::approve(const QString &batchId)
{
    Validation v = m_writer.require(Permission::ApproveClaims);
    const auto batch = m_writer.load(QStringLiteral("relief_batch"), batchId);
    if (!batch || batch->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("batch_id"), tr("Relief batch: no such batch."));
        return v;
    }
    v.append(m_writer.requireTownship(batch->value(QStringLiteral("township_id")).toString()));
    if (batch->value(QStringLiteral("status")).toString() != QLatin1String("requested"))
        v.add(QStringLiteral("status"), tr("Relief batch %1 is %2; only a batch awaiting approval can be approved.")
                                            .arg(batch->value(QStringLiteral("serial")).toString(),
                                                 statusLabel(batch->value(QStringLiteral("status")).toString())));
    v.append(m_writer.requireNotMaker(batch->value(QStringLiteral("requested_by")).toString()));
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        auto r = m_writer.update(QStringLiteral("relief_batch"), batchId,
                                 {{QStringLiteral("status"), QStringLiteral("paid")},
                                  {QStringLiteral("approved_by"), m_writer.user().id},
                                  {QStringLiteral("approved_at"), m_writer.now()}},
                                 QStringLiteral("relief_batch.pay"), batch->value(QStringLiteral("version")).toLongLong());
        return r ? Validation() : r.errors();
    });
}

Validation ReliefPaymentService::reject(const QString &batchId, const QString &reason)
{
    Validation v = m_writer.require(Permission::ApproveClaims);
    const auto batch = m_writer.load(QStringLiteral("relief_batch"), batchId);
    if (!batch || batch->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("batch_id"), tr("Relief batch: no such batch."));
        return v;
    }
    v.append(m_writer.requireTownship(batch->value(QStringLiteral("township_id")).toString()));
    if (batch->value(QStringLiteral("status")).toString() != QLatin1String("requested"))
        v.add(QStringLiteral("status"), tr("Relief batch %1 is %2; only a batch awaiting approval can be rejected.")
                                            .arg(batch->value(QStringLiteral("serial")).toString(),
                                                 statusLabel(batch->value(QStringLiteral("status")).toString())));
    v.append(m_writer.requireNotMaker(batch->value(QStringLiteral("requested_by")).toString()));
    if (reason.trimmed().isEmpty())
        v.add(QStringLiteral("reason"), tr("Reason: say why the batch is rejected."));
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        auto r = m_writer.update(QStringLiteral("relief_batch"), batchId,
                                 {{QStringLiteral("status"), QStringLiteral("rejected")},
                                  {QStringLiteral("approved_by"), m_writer.user().id},
                                  {QStringLiteral("approved_at"), m_writer.now()},
                                  {QStringLiteral("reason"), reason.trimmed()}},
                                 QStringLiteral("relief_batch.reject"), batch->value(QStringLiteral("version")).toLongLong());
        if (!r)
            return r.errors();
        // The lines are freed: the claims appear on the unpaid list again.
        QSqlQuery q(m_writer.database());
        q.prepare(QStringLiteral("SELECT id FROM relief_batch_line WHERE batch_id = ? AND deleted = 0"));
        q.addBindValue(batchId);
        QStringList ids;
        if (q.exec())
            while (q.next())
                ids << q.value(0).toString();
        for (const QString &id : ids) {
            auto t = m_writer.tombstone(QStringLiteral("relief_batch_line"), id, QStringLiteral("relief_batch.line_free"));
            if (!t)
                return t.errors();
        }
        return Validation();
    });
}

Validation ReliefPaymentService::setBankAccount(const QString &personId, const QString &bankName,
                                                const QString &accountNo, const QString &holderName)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    const auto person = m_writer.loadPersonToChange(personId, v);
    if (!person)
        return v;
    const QString account = QString(accountNo).remove(QLatin1Char(' '));
    if (!account.isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{8,30}$"));
        if (!digits.match(account).hasMatch())
            v.add(QStringLiteral("account_no"), tr("Account number: 8 to 30 digits."));
        if (bankName.trimmed().isEmpty())
            v.add(QStringLiteral("bank_name"), tr("Bank: required with an account number."));
        if (holderName.trimmed().isEmpty())
            v.add(QStringLiteral("holder_name"), tr("Account holder: required with an account number."));
    }
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        QSqlQuery q(m_writer.database());
        q.prepare(QStringLiteral("SELECT id, version FROM bank_account WHERE person_id = ? AND deleted = 0"));
        q.addBindValue(personId);
        const bool exists = q.exec() && q.next();
        const QString id = exists ? q.value(0).toString() : QString();
        const qint64 version = exists ? q.value(1).toLongLong() : -1;
        if (account.isEmpty()) {
            if (!exists)
                return Validation();
            auto t = m_writer.tombstone(QStringLiteral("bank_account"), id, QStringLiteral("bank_account.remove"));
            return t ? Validation() : t.errors();
        }
        const QVariantMap values = {{QStringLiteral("person_id"), personId},
                                    {QStringLiteral("bank_name"), bankName.trimmed()},
                                    {QStringLiteral("account_no"), account},
                                    {QStringLiteral("holder_name"), holderName.trimmed()}};
        auto r = exists ? m_writer.update(QStringLiteral("bank_account"), id, values, QStringLiteral("bank_account.change"), version)
                        : m_writer.insert(QStringLiteral("bank_account"), values, QStringLiteral("bank_account.add"));
        return r ? Validation() : r.errors();
    });
}

QList<QVariantMap> ReliefPaymentService::batches(const QSqlDatabase &db, const QString &townshipId, int schemeYear)
{
    QList<QVariantMap> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT b.id, b.serial, COALESCE(v.name, ''), b.period_from, b.period_to, b.line_count, "
                             "b.total_fen, b.status, COALESCE(ru.display_name, b.requested_by), "
                             "COALESCE(au.display_name, b.approved_by, ''), b.village_id, b.reason FROM relief_batch b "
                             "LEFT JOIN village v ON v.id = b.village_id LEFT JOIN app_user ru ON ru.id = b.requested_by "
                             "LEFT JOIN app_user au ON au.id = b.approved_by "
                             "WHERE b.deleted = 0 AND b.scheme_year = ? AND (? = '' OR b.township_id = ?) "
                             "ORDER BY b.serial DESC"));
    q.addBindValue(schemeYear);
    const QString township = townshipId.isNull() ? QStringLiteral("") : townshipId;   // null would bind as NULL
    q.addBindValue(township);
    q.addBindValue(township);
    if (q.exec())
        while (q.next())
            out.append({{QStringLiteral("id"), q.value(0)},
                        {QStringLiteral("serial"), q.value(1)},
                        {QStringLiteral("village"), q.value(2)},
                        {QStringLiteral("period_from"), q.value(3)},
                        {QStringLiteral("period_to"), q.value(4)},
                        {QStringLiteral("line_count"), q.value(5)},
                        {QStringLiteral("total_fen"), q.value(6)},
                        {QStringLiteral("status"), q.value(7)},
                        {QStringLiteral("requested_by"), q.value(8)},
                        {QStringLiteral("approved_by"), q.value(9)},
                        {QStringLiteral("village_id"), q.value(10)},
                        {QStringLiteral("reason"), q.value(11)}});
    return out;
}
