#include "syncwording.h"

#include <QHash>

QString SyncWording::entity(const QString &entity)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("township"), QT_TR_NOOP("Township")},
        {QStringLiteral("village"), QT_TR_NOOP("Village")},
        {QStringLiteral("institution"), QT_TR_NOOP("Institution")},
        {QStringLiteral("household"), QT_TR_NOOP("Household")},
        {QStringLiteral("person"), QT_TR_NOOP("Person")},
        {QStringLiteral("policy"), QT_TR_NOOP("Policy")},
        {QStringLiteral("disease"), QT_TR_NOOP("Disease")},
        {QStringLiteral("receipt"), QT_TR_NOOP("Receipt")},
        {QStringLiteral("enrollment"), QT_TR_NOOP("Enrollment")},
        {QStringLiteral("filing"), QT_TR_NOOP("Special-outpatient filing")},
        {QStringLiteral("filing_attachment"), QT_TR_NOOP("Filing attachment")},
        {QStringLiteral("claim"), QT_TR_NOOP("Claim")},
        {QStringLiteral("settlement"), QT_TR_NOOP("Settlement")},
        {QStringLiteral("app_user"), QT_TR_NOOP("User account")},
        {QStringLiteral("settlement_adjustment"), QT_TR_NOOP("Settlement adjustment")},
        {QStringLiteral("relief_batch"), QT_TR_NOOP("Relief payment batch")},
        {QStringLiteral("relief_batch_line"), QT_TR_NOOP("Relief payment line")},
        {QStringLiteral("bank_account"), QT_TR_NOOP("Bank account")},
    };
    const char *w = words.value(entity);
    return w ? tr(w) : entity;
}

QString SyncWording::operation(const QString &op)
{
    if (op == QLatin1String("insert"))
        //: kind of change waiting to be sent
        return tr("New");
    if (op == QLatin1String("update"))
        //: kind of change waiting to be sent
        return tr("Changed");
    if (op == QLatin1String("delete"))
        //: kind of change waiting to be sent
        return tr("Deleted");
    return op;
}

QString SyncWording::field(const QString &column)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("id_number"), QT_TR_NOOP("Id number")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("relation"), QT_TR_NOOP("Relation to the head")},
        {QStringLiteral("poverty"), QT_TR_NOOP("Registered poverty")},
        {QStringLiteral("dibao"), QT_TR_NOOP("Dibao")},
        {QStringLiteral("tekun"), QT_TR_NOOP("Tekun")},
        {QStringLiteral("near_poor"), QT_TR_NOOP("Near poor")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("death_date"), QT_TR_NOOP("Date of death")},
        {QStringLiteral("scheme_year"), QT_TR_NOOP("Scheme year")},
        {QStringLiteral("tier"), QT_TR_NOOP("Tier")},
        {QStringLiteral("personal_fen"), QT_TR_NOOP("Personal contribution (fen)")},
        {QStringLiteral("total_fen"), QT_TR_NOOP("Total cost (fen)")},
        {QStringLiteral("self_paid_fen"), QT_TR_NOOP("Fully self-paid (fen)")},
        {QStringLiteral("admission"), QT_TR_NOOP("Admission")},
        {QStringLiteral("discharge"), QT_TR_NOOP("Discharge")},
        {QStringLiteral("serial"), QT_TR_NOOP("Serial number")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Name")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("deleted"), QT_TR_NOOP("Deleted")},
    };
    const char *w = words.value(column);
    return w ? tr(w) : column;
}

QString SyncWording::record(const QString &entity, const QJsonObject &row, const QString &rowId)
{
    Q_UNUSED(entity)
    for (const QString &key : {QStringLiteral("code"), QStringLiteral("serial"), QStringLiteral("name"),
                               QStringLiteral("display_name"), QStringLiteral("file_name")}) {
        const QString value = row.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    return rowId.left(8);
}

bool SyncWording::isSystemColumn(const QString &column)
{
    return column == QLatin1String("id") || column == QLatin1String("version") || column == QLatin1String("updated_at")
           || column == QLatin1String("updated_by") || column == QLatin1String("workstation_id");
}
