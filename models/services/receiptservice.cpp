#include "receiptservice.h"

#include <QSqlQuery>

QString ReceiptService::statusLabel(const QString &status)
{
    //: receipt status
    if (status == QLatin1String("issued")) return tr("Issued");
    //: receipt status: a clerk asked to void it, waiting for a reviewer
    if (status == QLatin1String("void_requested")) return tr("Void requested");
    //: receipt status
    if (status == QLatin1String("voided")) return tr("Voided");
    //: receipt status: a clerk asked to refund it, waiting for a reviewer
    if (status == QLatin1String("refund_requested")) return tr("Refund requested");
    //: receipt status
    if (status == QLatin1String("refunded")) return tr("Refunded");
    return status;
}

QString ReceiptService::channelLabel(const QString &channel)
{
    //: payment channel
    if (channel == QLatin1String("cash")) return tr("Cash");
    //: payment channel
    if (channel == QLatin1String("bank")) return tr("Bank card");
    //: payment channel: WeChat Pay, Alipay and the like
    if (channel == QLatin1String("mobile")) return tr("Mobile payment");
    //: payment channel: the state pays everything
    if (channel == QLatin1String("subsidy")) return tr("Paid by the state");
    return channel;
}

Validation ReceiptService::request(const QString &receiptId, Change change, const QString &reason)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    const auto receipt = m_writer.load(QStringLiteral("receipt"), receiptId);
    if (!receipt || receipt->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("receipt_id"), tr("Receipt: no such receipt."));
        return v;
    }
    v.append(m_writer.requireTownship(receipt->value(QStringLiteral("township_id")).toString()));
    const QString status = receipt->value(QStringLiteral("status")).toString();
    if (status != QLatin1String("issued"))
        v.add(QStringLiteral("status"), tr("Receipt %1 is %2; only an issued receipt can be voided or refunded.")
                                            .arg(receipt->value(QStringLiteral("serial")).toString(), statusLabel(status)));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        v.add(QStringLiteral("change_reason"), tr("Reason: required to void or refund a receipt."));
    else if (why.size() > 200)
        v.add(QStringLiteral("change_reason"), tr("Reason: at most 200 characters."));
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        auto r = m_writer.update(QStringLiteral("receipt"), receiptId,
                                 {{QStringLiteral("status"), change == Change::Void ? QStringLiteral("void_requested")
                                                                                    : QStringLiteral("refund_requested")},
                                  {QStringLiteral("change_reason"), why},
                                  {QStringLiteral("change_requested_by"), m_writer.user().id},
                                  {QStringLiteral("change_approved_by"), QVariant()}},
                                 change == Change::Void ? QStringLiteral("receipt.void_request")
                                                        : QStringLiteral("receipt.refund_request"),
                                 receipt->value(QStringLiteral("version")).toLongLong());
        return r ? Validation() : r.errors();
    });
}

Validation ReceiptService::approve(const QString &receiptId)
{
    Validation v = m_writer.require(Permission::ApproveRefunds);
    const auto receipt = m_writer.load(QStringLiteral("receipt"), receiptId);
    if (!receipt || receipt->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("receipt_id"), tr("Receipt: no such receipt."));
        return v;
    }
    v.append(m_writer.requireTownship(receipt->value(QStringLiteral("township_id")).toString()));
    const QString status = receipt->value(QStringLiteral("status")).toString();
    const bool isVoid = status == QLatin1String("void_requested");
    if (!isVoid && status != QLatin1String("refund_requested")) {
        v.add(QStringLiteral("status"), tr("Receipt %1 is %2; there is no request to approve.")
                                            .arg(receipt->value(QStringLiteral("serial")).toString(), statusLabel(status)));
        return v;
    }
    v.append(m_writer.requireNotMaker(receipt->value(QStringLiteral("change_requested_by")).toString()));
    if (!v.ok())
        return v;
    const QString newStatus = isVoid ? QStringLiteral("voided") : QStringLiteral("refunded");
    return m_writer.transact([&] {
        auto r = m_writer.update(QStringLiteral("receipt"), receiptId,
                                 {{QStringLiteral("status"), newStatus},
                                  {QStringLiteral("change_approved_by"), m_writer.user().id}},
                                 isVoid ? QStringLiteral("receipt.void") : QStringLiteral("receipt.refund"),
                                 receipt->value(QStringLiteral("version")).toLongLong());
        if (!r)
            return r.errors();
        QSqlQuery q(m_writer.database());
        q.prepare(QStringLiteral("SELECT id, version FROM enrollment WHERE receipt_id = ? AND deleted = 0 "
                                 "AND status = 'paid'"));
        q.addBindValue(receiptId);
        if (!q.exec())
            return Result<QVariantMap>::failure(QStringLiteral("database"), tr("The enrollments of the receipt could not be read."))
                .errors();
        QList<QPair<QString, qint64>> enrollments;
        while (q.next())
            enrollments.append({q.value(0).toString(), q.value(1).toLongLong()});
        for (const auto &[id, version] : enrollments) {
            // Tombstoned as well: the person's year is free again (one live
            // enrollment per person and year), while the receipt keeps its lines.
            auto e = m_writer.update(QStringLiteral("enrollment"), id,
                                     {{QStringLiteral("status"), newStatus}, {QStringLiteral("deleted"), 1}},
                                     isVoid ? QStringLiteral("enrollment.void") : QStringLiteral("enrollment.refund"),
                                     version);
            if (!e)
                return e.errors();
        }
        return Validation();
    });
}

Validation ReceiptService::reject(const QString &receiptId, const QString &reason)
{
    Validation v = m_writer.require(Permission::ApproveRefunds);
    const auto receipt = m_writer.load(QStringLiteral("receipt"), receiptId);
    if (!receipt || receipt->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("receipt_id"), tr("Receipt: no such receipt."));
        return v;
    }
    v.append(m_writer.requireTownship(receipt->value(QStringLiteral("township_id")).toString()));
    const QString status = receipt->value(QStringLiteral("status")).toString();
    if (status != QLatin1String("void_requested") && status != QLatin1String("refund_requested"))
        v.add(QStringLiteral("status"), tr("Receipt %1 is %2; there is no request to reject.")
                                            .arg(receipt->value(QStringLiteral("serial")).toString(), statusLabel(status)));
    v.append(m_writer.requireNotMaker(receipt->value(QStringLiteral("change_requested_by")).toString()));
    if (reason.trimmed().isEmpty())
        v.add(QStringLiteral("change_reason"), tr("Reason: say why the request is rejected."));
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        auto r = m_writer.update(QStringLiteral("receipt"), receiptId,
                                 {{QStringLiteral("status"), QStringLiteral("issued")},
                                  {QStringLiteral("change_reason"), reason.trimmed()},
                                  {QStringLiteral("change_approved_by"), QVariant()}},
                                 QStringLiteral("receipt.change_reject"),
                                 receipt->value(QStringLiteral("version")).toLongLong());
        return r ? Validation() : r.errors();
    });
}

std::optional<ReceiptService::Document> ReceiptService::load(const QSqlDatabase &db, const QString &receiptId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.id, r.serial, r.status, t.name, v.name, h.code, hp.name, h.address, r.scheme_year, "
                             "r.channel, r.issued_at, COALESCE(u.display_name, r.created_by), r.total_fen, r.change_reason "
                             "FROM receipt r JOIN household h ON h.id = r.household_id JOIN village v ON v.id = h.village_id "
                             "JOIN township t ON t.id = r.township_id LEFT JOIN person hp ON hp.id = h.head_person_id "
                             "LEFT JOIN app_user u ON u.id = r.created_by WHERE r.id = ?"));
    q.addBindValue(receiptId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Document d;
    d.id = q.value(0).toString();
    d.serial = q.value(1).toString();
    d.status = q.value(2).toString();
    d.township = q.value(3).toString();
    d.village = q.value(4).toString();
    d.householdCode = q.value(5).toString();
    d.headName = q.value(6).toString();
    d.address = q.value(7).toString();
    d.schemeYear = q.value(8).toInt();
    d.channel = q.value(9).toString();
    d.issuedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    d.clerkName = q.value(11).toString();
    d.totalFen = q.value(12).toLongLong();
    d.changeReason = q.value(13).toString();
    QSqlQuery l(db);
    l.prepare(QStringLiteral("SELECT p.id, p.name, p.id_number, p.relation, e.tier, e.personal_fen, e.subsidized_fen, "
                             "e.subsidy_fen, e.status FROM enrollment e JOIN person p ON p.id = e.person_id "
                             "WHERE e.receipt_id = ? ORDER BY p.relation <> 'self', p.birth_date, p.rowid"));
    l.addBindValue(receiptId);
    if (l.exec()) {
        while (l.next())
            d.lines.append({l.value(0).toString(), l.value(1).toString(), l.value(2).toString(), l.value(3).toString(),
                            l.value(4).toInt(), l.value(5).toLongLong(), l.value(6).toLongLong(), l.value(7).toLongLong(),
                            l.value(8).toString()});
    }
    return d;
}
