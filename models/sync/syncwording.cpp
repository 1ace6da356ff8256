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
    // The words of the record's own screen, so a reviewer recognises the field.
    static const QHash<QString, const char *> words = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("id_number"), QT_TR_NOOP("Id number")},
        {QStringLiteral("name_initials"), QT_TR_NOOP("Pinyin initials")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("relation"), QT_TR_NOOP("Relation to the head")},
        {QStringLiteral("poverty"), QT_TR_NOOP("Registered poverty")},
        {QStringLiteral("dibao"), QT_TR_NOOP("Dibao")},
        {QStringLiteral("tekun"), QT_TR_NOOP("Tekun")},
        {QStringLiteral("near_poor"), QT_TR_NOOP("Near poor")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("death_date"), QT_TR_NOOP("Date of death")},
        {QStringLiteral("township_id"), QT_TR_NOOP("Township")},
        {QStringLiteral("village_id"), QT_TR_NOOP("Village")},
        {QStringLiteral("household_id"), QT_TR_NOOP("Household")},
        {QStringLiteral("head_person_id"), QT_TR_NOOP("Head of household")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Person")},
        {QStringLiteral("institution_id"), QT_TR_NOOP("Institution")},
        {QStringLiteral("receipt_id"), QT_TR_NOOP("Receipt")},
        {QStringLiteral("claim_id"), QT_TR_NOOP("Claim")},
        {QStringLiteral("filing_id"), QT_TR_NOOP("Filing")},
        {QStringLiteral("policy_id"), QT_TR_NOOP("Policy")},
        {QStringLiteral("scheme_year"), QT_TR_NOOP("Scheme year")},
        {QStringLiteral("tier"), QT_TR_NOOP("Tier")},
        {QStringLiteral("personal_fen"), QT_TR_NOOP("Personal contribution")},
        {QStringLiteral("subsidized_fen"), QT_TR_NOOP("Paid by the state")},
        {QStringLiteral("subsidy_fen"), QT_TR_NOOP("Government subsidy")},
        {QStringLiteral("paid_at"), QT_TR_NOOP("Paid at")},
        {QStringLiteral("serial"), QT_TR_NOOP("Receipt number")},
        {QStringLiteral("channel"), QT_TR_NOOP("Payment channel")},
        {QStringLiteral("issued_at"), QT_TR_NOOP("Issued at")},
        {QStringLiteral("change_reason"), QT_TR_NOOP("Reason for the change")},
        {QStringLiteral("change_requested_by"), QT_TR_NOOP("Change asked by")},
        {QStringLiteral("change_approved_by"), QT_TR_NOOP("Change approved by")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("level"), QT_TR_NOOP("Institution level")},
        {QStringLiteral("location"), QT_TR_NOOP("Where care happened")},
        {QStringLiteral("referral"), QT_TR_NOOP("Referral")},
        {QStringLiteral("admission"), QT_TR_NOOP("Admission date")},
        {QStringLiteral("discharge"), QT_TR_NOOP("Discharge date")},
        {QStringLiteral("disease_code"), QT_TR_NOOP("Disease")},
        {QStringLiteral("total_fen"), QT_TR_NOOP("Total cost")},
        {QStringLiteral("self_paid_fen"), QT_TR_NOOP("Fully self-paid")},
        {QStringLiteral("category_b_copay_fen"), QT_TR_NOOP("Category-B co-payment")},
        {QStringLiteral("accident"), QT_TR_NOOP("Accidental injury")},
        {QStringLiteral("third_party_liable"), QT_TR_NOOP("Third party liable")},
        {QStringLiteral("created_by"), QT_TR_NOOP("Entered by")},
        {QStringLiteral("approved_by"), QT_TR_NOOP("Approved by")},
        {QStringLiteral("approved_at"), QT_TR_NOOP("Approved at")},
        {QStringLiteral("diagnosis_date"), QT_TR_NOOP("Diagnosis date")},
        {QStringLiteral("evidence_kind"), QT_TR_NOOP("Evidence")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("valid_from"), QT_TR_NOOP("Valid from")},
        {QStringLiteral("valid_to"), QT_TR_NOOP("Valid to")},
        {QStringLiteral("reviewed_by"), QT_TR_NOOP("Reviewed by")},
        {QStringLiteral("reviewed_at"), QT_TR_NOOP("Reviewed at")},
        {QStringLiteral("submitted_by"), QT_TR_NOOP("Submitted by")},
        {QStringLiteral("submitted_at"), QT_TR_NOOP("Submitted at")},
        {QStringLiteral("decided_by"), QT_TR_NOOP("Decided by")},
        {QStringLiteral("decided_at"), QT_TR_NOOP("Decided at")},
        {QStringLiteral("slip_no"), QT_TR_NOOP("Slip number")},
        {QStringLiteral("policy_sha256"), QT_TR_NOOP("Policy fingerprint")},
        {QStringLiteral("in_scope_fen"), QT_TR_NOOP("In-scope cost")},
        {QStringLiteral("deductible_fen"), QT_TR_NOOP("Deductible")},
        {QStringLiteral("basic_fen"), QT_TR_NOOP("Basic insurance")},
        {QStringLiteral("critical_fen"), QT_TR_NOOP("Critical-illness insurance")},
        {QStringLiteral("assistance_fen"), QT_TR_NOOP("Medical assistance")},
        {QStringLiteral("relief_fen"), QT_TR_NOOP("Health poverty relief")},
        {QStringLiteral("out_of_pocket_fen"), QT_TR_NOOP("Out-of-pocket")},
        {QStringLiteral("refused"), QT_TR_NOOP("Refused because")},
        {QStringLiteral("flags"), QT_TR_NOOP("Flags")},
        {QStringLiteral("reverses_settlement_id"), QT_TR_NOOP("Reverses slip")},
        {QStringLiteral("settled_at"), QT_TR_NOOP("Settled at")},
        {QStringLiteral("settled_by"), QT_TR_NOOP("Settled by")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Name")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("login"), QT_TR_NOOP("Sign-in name")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("poverty_only"), QT_TR_NOOP("Poverty persons only")},
        {QStringLiteral("file_name"), QT_TR_NOOP("File name")},
        {QStringLiteral("mime_type"), QT_TR_NOOP("File type")},
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
