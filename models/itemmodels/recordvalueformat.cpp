#include "recordvalueformat.h"

#include "claimlistmodel.h"
#include "claimslipmodel.h"
#include "displayformat.h"
#include "domain/money.h"
#include "domain/role.h"
#include "filinglistmodel.h"
#include "householdenrollmentmodel.h"
#include "householdmembersmodel.h"
#include "personsearchmodel.h"
#include "services/enrollmentservice.h"
#include "services/filingservice.h"
#include "services/householdservice.h"
#include "services/receiptservice.h"
#include "sync/syncwording.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>

namespace {
const QStringList &dateColumns()
{
    static const QStringList c = {QStringLiteral("birth_date"), QStringLiteral("death_date"),     QStringLiteral("admission"),
                                  QStringLiteral("discharge"),  QStringLiteral("diagnosis_date"), QStringLiteral("valid_from"),
                                  QStringLiteral("valid_to")};
    return c;
}

const QStringList &flagColumns()
{
    static const QStringList c = {QStringLiteral("poverty"),  QStringLiteral("dibao"),  QStringLiteral("tekun"),
                                  QStringLiteral("near_poor"), QStringLiteral("accident"), QStringLiteral("third_party_liable"),
                                  QStringLiteral("deleted"),  QStringLiteral("poverty_only"), QStringLiteral("active")};
    return c;
}

// One name or code of another record, or empty when the replica does not have it.
QString lookUp(const QSqlDatabase &db, const QString &sql, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<QPair<QString, QString>> labelled(const QStringList &codes, QString (*label)(const QString &))
{
    QList<QPair<QString, QString>> out;
    for (const QString &c : codes)
        out.append({c, label(c)});
    return out;
}
} // namespace

RecordValueFormat::Kind RecordValueFormat::kind(const QString &entity, const QString &column)
{
    if (!choices(entity, column).isEmpty())
        return flagColumns().contains(column) ? Kind::Flag : Kind::Choice;
    if (column.endsWith(QLatin1String("_fen")))
        return Kind::Money;
    if (dateColumns().contains(column))
        return Kind::Date;
    if (column.endsWith(QLatin1String("_at")))
        return Kind::DateTime;
    if (column.endsWith(QLatin1String("_id")) || column.endsWith(QLatin1String("_by")) || column == QLatin1String("disease_code"))
        return Kind::Reference;
    if (column == QLatin1String("scheme_year") || column == QLatin1String("category") || column == QLatin1String("policy_version")
        || column == QLatin1String("version"))
        return Kind::Number;
    return Kind::Text;
}

QList<QPair<QString, QString>> RecordValueFormat::choices(const QString &entity, const QString &column)
{
    if (flagColumns().contains(column))
        //: a yes/no field of a record
        return {{QStringLiteral("1"), tr("Yes")}, {QStringLiteral("0"), tr("No")}};
    if (column == QLatin1String("relation"))
        return labelled(HouseholdService::relations(), &HouseholdMembersModel::relationLabel);
    if (column == QLatin1String("sex"))
        return labelled({QStringLiteral("M"), QStringLiteral("F")}, &PersonSearchModel::sexLabel);
    if (column == QLatin1String("status")) {
        if (entity == QLatin1String("person"))
            return labelled({QStringLiteral("active"), QStringLiteral("dead"), QStringLiteral("moved_out")}, &PersonSearchModel::statusLabel);
        if (entity == QLatin1String("enrollment"))
            return labelled({QStringLiteral("pending"), QStringLiteral("paid"), QStringLiteral("refunded"), QStringLiteral("voided")},
                            &HouseholdEnrollmentModel::statusLabel);
        if (entity == QLatin1String("receipt"))
            return labelled({QStringLiteral("issued"), QStringLiteral("void_requested"), QStringLiteral("voided"),
                             QStringLiteral("refund_requested"), QStringLiteral("refunded")},
                            &ReceiptService::statusLabel);
        if (entity == QLatin1String("filing"))
            return labelled(FilingService::statuses(), &FilingListModel::statusLabel);
        if (entity == QLatin1String("claim"))
            return labelled({QStringLiteral("entered"), QStringLiteral("returned"), QStringLiteral("settled"), QStringLiteral("reversed")},
                            &ClaimListModel::statusLabel);
        return {};
    }
    if (column == QLatin1String("tier") && entity == QLatin1String("enrollment"))
        return {{QStringLiteral("1"), HouseholdEnrollmentModel::tierLabel(1)}, {QStringLiteral("2"), HouseholdEnrollmentModel::tierLabel(2)}};
    if (column == QLatin1String("channel"))
        return labelled(EnrollmentService::channels(), &ReceiptService::channelLabel);
    if (column == QLatin1String("kind") && entity == QLatin1String("claim"))
        return labelled({QStringLiteral("inpatient"), QStringLiteral("general_outpatient"), QStringLiteral("special_outpatient")},
                        &ClaimListModel::kindLabel);
    if (column == QLatin1String("level"))
        return labelled({QStringLiteral("village"), QStringLiteral("township"), QStringLiteral("county"), QStringLiteral("city"),
                         QStringLiteral("province")},
                        &ClaimListModel::levelLabel);
    if (column == QLatin1String("location"))
        return labelled({QStringLiteral("in_county"), QStringLiteral("in_city"), QStringLiteral("in_province"),
                         QStringLiteral("out_of_province")},
                        &ClaimListModel::locationLabel);
    if (column == QLatin1String("referral"))
        return labelled({QStringLiteral("none"), QStringLiteral("referred"), QStringLiteral("downward")}, &ClaimListModel::referralLabel);
    if (column == QLatin1String("evidence_kind"))
        return labelled({QStringLiteral("inpatient_record"), QStringLiteral("outpatient_record_with_test")}, &FilingListModel::evidenceLabel);
    if (column == QLatin1String("role") && entity == QLatin1String("app_user")) {
        QList<QPair<QString, QString>> out;
        for (Role r : {Role::Clerk, Role::Reviewer, Role::TownshipAdmin, Role::CountyCertifier, Role::CountyAdmin})
            out.append({RoleInfo::code(r), RoleInfo::label(r)});
        return out;
    }
    return {};
}

QString RecordValueFormat::text(const QSqlDatabase &db, const QString &entity, const QString &column, const QString &raw)
{
    if (raw.isEmpty())
        return {};
    switch (kind(entity, column)) {
    case Kind::Flag:
    case Kind::Choice:
        for (const auto &[code, label] : choices(entity, column))
            if (code == raw)
                return label;
        return raw;
    case Kind::Money: {
        bool ok = false;
        const qint64 fen = raw.toLongLong(&ok);
        return ok ? Money(fen).toDisplayString() : raw;
    }
    case Kind::Date: {
        const QDate d = QDate::fromString(raw, Qt::ISODate);
        return d.isValid() ? DisplayFormat::date(d) : raw;
    }
    case Kind::DateTime: {
        QDateTime t = QDateTime::fromString(raw, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(raw, Qt::ISODate);
        return t.isValid() ? DisplayFormat::dateTime(t) : raw;
    }
    case Kind::Reference: {
        QString name;
        if (column.endsWith(QLatin1String("_by")))
            name = lookUp(db, QStringLiteral("SELECT display_name FROM app_user WHERE id = ?"), raw);
        else if (column == QLatin1String("village_id"))
            name = lookUp(db, QStringLiteral("SELECT name FROM village WHERE id = ?"), raw);
        else if (column == QLatin1String("township_id"))
            name = lookUp(db, QStringLiteral("SELECT name FROM township WHERE id = ?"), raw);
        else if (column == QLatin1String("institution_id"))
            name = lookUp(db, QStringLiteral("SELECT name FROM institution WHERE id = ?"), raw);
        else if (column == QLatin1String("household_id"))
            name = lookUp(db, QStringLiteral("SELECT code FROM household WHERE id = ?"), raw);
        else if (column == QLatin1String("person_id") || column == QLatin1String("head_person_id"))
            name = lookUp(db, QStringLiteral("SELECT name FROM person WHERE id = ?"), raw);
        else if (column == QLatin1String("receipt_id"))
            name = lookUp(db, QStringLiteral("SELECT serial FROM receipt WHERE id = ?"), raw);
        else if (column == QLatin1String("reverses_settlement_id"))
            name = lookUp(db, QStringLiteral("SELECT slip_no FROM settlement WHERE id = ?"), raw);
        else if (column == QLatin1String("policy_id"))
            name = lookUp(db, QStringLiteral("SELECT name FROM policy WHERE id = ?"), raw);
        else if (column == QLatin1String("disease_code"))
            name = lookUp(db, QStringLiteral("SELECT name FROM disease WHERE code = ? AND deleted = 0 ORDER BY scheme_year DESC LIMIT 1"), raw);
        if (column == QLatin1String("disease_code"))
            return name.isEmpty() ? raw : tr("%1 (%2)").arg(name, raw);
        //: a record this replica does not hold, shown by the start of its id
        return name.isEmpty() ? tr("unknown (%1…)").arg(raw.left(8)) : name;
    }
    case Kind::Text:
        if (column == QLatin1String("refused"))
            return ClaimSlipModel::refusalText(raw);
        if (column == QLatin1String("flags")) {
            QStringList words;
            for (const QString &code : raw.split(QLatin1Char(','), Qt::SkipEmptyParts))
                words << ClaimSlipModel::flagText(code);
            //: separator between settlement flags
            return words.join(tr("; "));
        }
        return raw;
    case Kind::Number:
        return raw;
    }
    return raw;
}

QString RecordValueFormat::editText(const QString &entity, const QString &column, const QString &raw)
{
    if (kind(entity, column) == Kind::Money && !raw.isEmpty()) {
        bool ok = false;
        const qint64 fen = raw.toLongLong(&ok);
        return ok ? Money(fen).toYuanString() : raw;
    }
    return raw;
}

QString RecordValueFormat::fromEditText(const QString &entity, const QString &column, const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    switch (kind(entity, column)) {
    case Kind::Money: {
        const auto money = Money::parseYuan(t);
        if (!money) {
            *error = tr("%1: \"%2\" is not an amount in yuan, such as 1234.56.").arg(SyncWording::field(column), t);
            return t;
        }
        return QString::number(money->fen());
    }
    case Kind::Date: {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid()) {
            *error = tr("%1: \"%2\" is not a date such as 2024-03-01.").arg(SyncWording::field(column), t);
            return t;
        }
        return d.toString(Qt::ISODate);
    }
    case Kind::Flag:
    case Kind::Choice:
        for (const auto &[code, label] : choices(entity, column))
            if (code == t || label == t)
                return code;
        *error = tr("%1: \"%2\" is not one of the choices.").arg(SyncWording::field(column), t);
        return t;
    default:
        return t;
    }
}

QString RecordValueFormat::record(const QSqlDatabase &db, const QString &entity, const QJsonObject &row, const QString &rowId)
{
    auto text = [&](const char *key) { return row.value(QLatin1String(key)).toString(); };
    auto person = [&] { return lookUp(db, QStringLiteral("SELECT name FROM person WHERE id = ?"), text("person_id")); };
    if (entity == QLatin1String("enrollment")) {
        //: which enrollment: person's name and scheme year
        return tr("%1, %2").arg(person()).arg(row.value(QStringLiteral("scheme_year")).toInteger());
    }
    if (entity == QLatin1String("claim")) {
        //: which claim: person's name and discharge date
        return tr("%1, discharged %2").arg(person(), DisplayFormat::date(QDate::fromString(text("discharge"), Qt::ISODate)));
    }
    if (entity == QLatin1String("filing")) {
        //: which filing: person's name and disease
        return tr("%1, %2").arg(person(), RecordValueFormat::text(db, entity, QStringLiteral("disease_code"), text("disease_code")));
    }
    if (entity == QLatin1String("settlement"))
        return text("slip_no");
    if (entity == QLatin1String("person") && !text("name").isEmpty()) {
        const QString household = lookUp(db, QStringLiteral("SELECT code FROM household WHERE id = ?"), text("household_id"));
        //: which person: name and household code
        return household.isEmpty() ? text("name") : tr("%1 (household %2)").arg(text("name"), household);
    }
    for (const char *key : {"code", "serial", "name", "display_name", "file_name"})
        if (!text(key).isEmpty())
            return text(key);
    return rowId.left(8);
}
