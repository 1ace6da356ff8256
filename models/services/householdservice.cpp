#include "householdservice.h"

#include "domain/idnumber.h"
#include "domain/pinyininitials.h"

#include <QRegularExpression>
#include <QSqlQuery>

const QStringList &HouseholdService::relations()
{
    static const QStringList r = {QStringLiteral("self"),   QStringLiteral("spouse"),     QStringLiteral("son"),
                                  QStringLiteral("daughter"), QStringLiteral("parent"), QStringLiteral("grandchild"),
                                  QStringLiteral("sibling"), QStringLiteral("other")};
    return r;
}

QString HouseholdService::whereIs(const QSqlDatabase &db, const QString &idNumber)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.name, h.code, v.name, t.name FROM person p "
                             "JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id "
                             "JOIN township t ON t.id = h.township_id WHERE p.id_number = ? AND p.deleted = 0"));
    q.addBindValue(idNumber);
    if (q.exec() && q.next())
        return tr("%1, household %2, %3, %4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                   q.value(3).toString());
    return {};
}

Result<QVariantMap> HouseholdService::createHousehold(const NewHousehold &h)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    const auto village = m_writer.load(QStringLiteral("village"), h.villageId);
    if (!village) {
        v.add(QStringLiteral("village_id"), tr("Village: no such village."));
        return Result<QVariantMap>(v);
    }
    const QString townshipId = village->value(QStringLiteral("township_id")).toString();
    v.append(m_writer.requireTownship(townshipId));
    static const QRegularExpression codeRe(QStringLiteral("^[0-9A-Za-z-]{1,32}$"));
    if (!codeRe.match(h.code).hasMatch())
        v.add(QStringLiteral("code"), tr("Household code: 1 to 32 letters, digits or '-'."));
    static const QRegularExpression phoneRe(QStringLiteral("^(\\d{11}|\\d{3,4}-?\\d{7,8})?$"));
    if (!phoneRe.match(h.phone).hasMatch())
        v.add(QStringLiteral("phone"), tr("Phone: 11 digits for a mobile, or area code and number."));
    if (!v.ok())
        return Result<QVariantMap>(v);
    auto r = m_writer.insertAlone(QStringLiteral("household"),
                                  {{QStringLiteral("township_id"), townshipId}, {QStringLiteral("village_id"), h.villageId},
                                   {QStringLiteral("code"), h.code}, {QStringLiteral("address"), h.address.trimmed()},
                                   {QStringLiteral("phone"), h.phone}},
                                  QStringLiteral("household.create"));
    if (!r && r.errorText().contains(QLatin1String("UNIQUE")))
        return Result<QVariantMap>::failure(QStringLiteral("code"), tr("Household code: %1 exists in this township.").arg(h.code));
    return r;
}

Result<QVariantMap> HouseholdService::addPerson(const NewPerson &p)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    const auto household = m_writer.load(QStringLiteral("household"), p.householdId);
    if (!household || household->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("household_id"), tr("Household: no such household."));
        return Result<QVariantMap>(v);
    }
    v.append(m_writer.requireTownship(household->value(QStringLiteral("township_id")).toString()));
    const auto id = IdNumber::parse(p.idNumber);
    if (!id)
        v.append(id.errors());
    else {
        const QString where = whereIs(m_writer.database(), id->text());
        if (!where.isEmpty())
            v.add(QStringLiteral("id_number"), tr("Id number: %1 is already registered: %2.").arg(id->text(), where));
    }
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        v.add(QStringLiteral("name"), tr("Name: required."));
    else if (name.size() > 30)
        v.add(QStringLiteral("name"), tr("Name: at most 30 characters."));
    if (!relations().contains(p.relation))
        v.add(QStringLiteral("relation"), tr("Relation to head: %1 is not a known relation.").arg(p.relation));
    const bool isHead = p.relation == QLatin1String("self");
    if (isHead && !household->value(QStringLiteral("head_person_id")).toString().isEmpty())
        v.add(QStringLiteral("relation"), tr("Relation to head: this household has a head already."));
    static const QRegularExpression phoneRe(QStringLiteral("^(\\d{11}|\\d{3,4}-?\\d{7,8})?$"));
    if (!phoneRe.match(p.phone).hasMatch())
        v.add(QStringLiteral("phone"), tr("Phone: 11 digits for a mobile, or area code and number."));
    if (!v.ok())
        return Result<QVariantMap>(v);

    QVariantMap row;
    v = m_writer.transact([&] {
        auto r = m_writer.insert(QStringLiteral("person"),
                                 {{QStringLiteral("household_id"), p.householdId},
                                  {QStringLiteral("id_number"), id->text()},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("name_initials"), PinyinInitials::of(name)},
                                  {QStringLiteral("sex"), id->sexCode()},
                                  {QStringLiteral("birth_date"), id->birthDate().toString(Qt::ISODate)},
                                  {QStringLiteral("relation"), p.relation},
                                  {QStringLiteral("poverty"), p.poverty ? 1 : 0},
                                  {QStringLiteral("dibao"), p.dibao ? 1 : 0},
                                  {QStringLiteral("tekun"), p.tekun ? 1 : 0},
                                  {QStringLiteral("near_poor"), p.nearPoor ? 1 : 0},
                                  {QStringLiteral("status"), QStringLiteral("active")},
                                  {QStringLiteral("phone"), p.phone}},
                                 QStringLiteral("person.add"));
        if (!r)
            return r.errors();
        row = r.value();
        if (isHead) {
            auto h = m_writer.update(QStringLiteral("household"), p.householdId,
                                     {{QStringLiteral("head_person_id"), row.value(QStringLiteral("id"))}},
                                     QStringLiteral("household.head"));
            if (!h)
                return h.errors();
        }
        return Validation();
    });
    if (!v.ok())
        return Result<QVariantMap>(v);
    return row;
}

Validation HouseholdService::recordDeath(const QString &personId, const QDate &deathDate)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    const auto person = m_writer.load(QStringLiteral("person"), personId);
    if (!person) {
        v.add(QStringLiteral("person_id"), tr("Person: no such person."));
        return v;
    }
    const auto household = m_writer.load(QStringLiteral("household"), person->value(QStringLiteral("household_id")).toString());
    if (household)
        v.append(m_writer.requireTownship(household->value(QStringLiteral("township_id")).toString()));
    if (!deathDate.isValid())
        v.add(QStringLiteral("death_date"), tr("Date of death: not a date."));
    else if (deathDate > QDate::currentDate())
        v.add(QStringLiteral("death_date"), tr("Date of death: in the future."));
    else if (deathDate < QDate::fromString(person->value(QStringLiteral("birth_date")).toString(), Qt::ISODate))
        v.add(QStringLiteral("death_date"), tr("Date of death: before the date of birth."));
    if (person->value(QStringLiteral("status")).toString() == QLatin1String("dead"))
        v.add(QStringLiteral("status"), tr("This person's death is recorded already."));
    if (!v.ok())
        return v;
    return m_writer.updateAlone(QStringLiteral("person"), personId,
                                 {{QStringLiteral("status"), QStringLiteral("dead")},
                                  {QStringLiteral("death_date"), deathDate.toString(Qt::ISODate)}},
                                 QStringLiteral("person.death"));
}
