#include "householdservice.h"

#include "domain/idnumber.h"
#include "domain/pinyininitials.h"

#include <QRegularExpression>
#include <QSqlQuery>

bool HouseholdService::isPhone(const QString &phone)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{11}|\\d{3,4}-?\\d{7,8})?$"));
    return re.match(phone).hasMatch();
}

bool HouseholdService::isHouseholdCode(const QString &code)
{
    static const QRegularExpression codeRe(QStringLiteral("^[0-9A-Za-z-]{1,32}$"));
    return codeRe.match(code).hasMatch();
}

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
    if (!isHouseholdCode(h.code))
        v.add(QStringLiteral("code"), tr("Household code: 1 to 32 letters, digits or '-'."));
    if (!isPhone(h.phone))
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
    return insertPerson(p, QStringLiteral("person.add"));
}

Result<QVariantMap> HouseholdService::insertPerson(const NewPerson &p, const QString &action)
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
    if (!isPhone(p.phone))
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
                                 action);
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
    const auto person = m_writer.loadPersonToChange(personId, v);
    if (!person)
        return v;
    v.append(checkDeathDate(deathDate, *person));
    if (person->value(QStringLiteral("status")).toString() == QLatin1String("dead"))
        v.add(QStringLiteral("status"), tr("This person's death is recorded already."));
    if (!v.ok())
        return v;
    return m_writer.updateAlone(QStringLiteral("person"), personId,
                                 {{QStringLiteral("status"), QStringLiteral("dead")},
                                  {QStringLiteral("death_date"), deathDate.toString(Qt::ISODate)}},
                                 QStringLiteral("person.death"));
}

Validation HouseholdService::checkDeathDate(const QDate &deathDate, const QVariantMap &person)
{
    Validation v;
    if (!deathDate.isValid())
        v.add(QStringLiteral("death_date"), tr("Date of death: not a date."));
    else if (deathDate > QDate::currentDate())
        v.add(QStringLiteral("death_date"), tr("Date of death: in the future."));
    else if (deathDate < QDate::fromString(person.value(QStringLiteral("birth_date")).toString(), Qt::ISODate))
        v.add(QStringLiteral("death_date"), tr("Date of death: before the date of birth."));
    return v;
}

Validation HouseholdService::moveMember(const QString &personId, const QString &toHouseholdId, const QString &relation)
{
    return movePerson(personId, toHouseholdId, relation, QStringLiteral("person.move"));
}

Validation HouseholdService::movePerson(const QString &personId, const QString &toHouseholdId, const QString &relation,
                                        const QString &action)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    const auto person = m_writer.load(QStringLiteral("person"), personId);
    if (!person || person->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("person_id"), tr("Person: no such person."));
        return v;
    }
    const QString fromId = person->value(QStringLiteral("household_id")).toString();
    const auto from = m_writer.load(QStringLiteral("household"), fromId);
    const auto to = m_writer.load(QStringLiteral("household"), toHouseholdId);
    if (!to || to->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("household_id"), tr("Household: no such household to move to."));
        return v;
    }
    if (from)
        v.append(m_writer.requireTownship(from->value(QStringLiteral("township_id")).toString()));
    v.append(m_writer.requireTownship(to->value(QStringLiteral("township_id")).toString()));
    if (toHouseholdId == fromId)
        v.add(QStringLiteral("household_id"), tr("Household: %1 is in this household already.")
                                                  .arg(person->value(QStringLiteral("name")).toString()));
    if (person->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        v.add(QStringLiteral("status"), tr("Only a live member can move; %1 is not.").arg(person->value(QStringLiteral("name")).toString()));
    if (!relations().contains(relation))
        v.add(QStringLiteral("relation"), tr("Relation to head: %1 is not a known relation.").arg(relation));
    const bool becomesHead = relation == QLatin1String("self");
    if (becomesHead && !to->value(QStringLiteral("head_person_id")).toString().isEmpty())
        v.add(QStringLiteral("relation"), tr("Relation to head: household %1 has a head already.")
                                              .arg(to->value(QStringLiteral("code")).toString()));
    const bool wasHead = from && from->value(QStringLiteral("head_person_id")).toString() == personId;
    v.append(requireHeadHandedOver(*person, from));
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        auto r = m_writer.update(QStringLiteral("person"), personId,
                                 {{QStringLiteral("household_id"), toHouseholdId}, {QStringLiteral("relation"), relation}},
                                 action, person->value(QStringLiteral("version")).toLongLong());
        if (!r)
            return r.errors();
        if (wasHead) {
            auto h = m_writer.update(QStringLiteral("household"), fromId, {{QStringLiteral("head_person_id"), QVariant()}},
                                     QStringLiteral("household.head"), from->value(QStringLiteral("version")).toLongLong());
            if (!h)
                return h.errors();
        }
        if (becomesHead) {
            auto h = m_writer.update(QStringLiteral("household"), toHouseholdId, {{QStringLiteral("head_person_id"), personId}},
                                     QStringLiteral("household.head"), to->value(QStringLiteral("version")).toLongLong());
            if (!h)
                return h.errors();
        }
        return Validation();
    });
}

Result<QVariantMap> HouseholdService::marryIn(const NewPerson &spouse)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    if (spouse.relation == QLatin1String("self"))
        v.add(QStringLiteral("relation"), tr("Relation to head: a member who marries in is not the head; change the head after."));
    if (!v.ok())
        return Result<QVariantMap>(v);
    const auto id = IdNumber::parse(spouse.idNumber);
    std::optional<QVariantMap> existing;
    if (id) {
        QSqlQuery q(m_writer.database());
        q.prepare(QStringLiteral("SELECT id FROM person WHERE id_number = ? AND deleted = 0"));
        q.addBindValue(id->text());
        if (q.exec() && q.next())
            existing = m_writer.load(QStringLiteral("person"), q.value(0).toString());
    }
    if (!existing)
        return insertPerson(spouse, QStringLiteral("person.marry_in"));
    // Already insured here: the same person moves in, nothing is duplicated.
    const QString personId = existing->value(QStringLiteral("id")).toString();
    v = movePerson(personId, spouse.householdId, spouse.relation, QStringLiteral("person.marry_in"));
    if (!v.ok())
        return Result<QVariantMap>(v);
    return *m_writer.load(QStringLiteral("person"), personId);
}

Validation HouseholdService::changeHead(const QString &householdId, const QString &newHeadPersonId,
                                        const QString &oldHeadRelation)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    const auto household = m_writer.load(QStringLiteral("household"), householdId);
    if (!household || household->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("household_id"), tr("Household: no such household."));
        return v;
    }
    v.append(m_writer.requireTownship(household->value(QStringLiteral("township_id")).toString()));
    const auto head = m_writer.load(QStringLiteral("person"), newHeadPersonId);
    if (!head || head->value(QStringLiteral("deleted")).toInt()
        || head->value(QStringLiteral("household_id")).toString() != householdId) {
        v.add(QStringLiteral("person_id"), tr("New head: not a member of this household."));
        return v;
    }
    if (head->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        v.add(QStringLiteral("person_id"), tr("New head: %1 is not a live member.").arg(head->value(QStringLiteral("name")).toString()));
    const QString oldHeadId = household->value(QStringLiteral("head_person_id")).toString();
    if (oldHeadId == newHeadPersonId)
        v.add(QStringLiteral("person_id"), tr("New head: %1 is the head already.").arg(head->value(QStringLiteral("name")).toString()));
    std::optional<QVariantMap> oldHead;
    if (!oldHeadId.isEmpty())
        oldHead = m_writer.load(QStringLiteral("person"), oldHeadId);
    const bool oldHeadStays = oldHead && !oldHead->value(QStringLiteral("deleted")).toInt()
                              && oldHead->value(QStringLiteral("household_id")).toString() == householdId;
    if (oldHeadStays && (!relations().contains(oldHeadRelation) || oldHeadRelation == QLatin1String("self")))
        v.add(QStringLiteral("relation"), tr("Relation of the former head: pick the relation to the new head."));
    if (!v.ok())
        return v;
    return m_writer.transact([&] {
        if (oldHeadStays) {
            auto o = m_writer.update(QStringLiteral("person"), oldHeadId, {{QStringLiteral("relation"), oldHeadRelation}},
                                     QStringLiteral("person.relation"), oldHead->value(QStringLiteral("version")).toLongLong());
            if (!o)
                return o.errors();
        }
        auto n = m_writer.update(QStringLiteral("person"), newHeadPersonId, {{QStringLiteral("relation"), QStringLiteral("self")}},
                                 QStringLiteral("person.relation"), head->value(QStringLiteral("version")).toLongLong());
        if (!n)
            return n.errors();
        auto h = m_writer.update(QStringLiteral("household"), householdId, {{QStringLiteral("head_person_id"), newHeadPersonId}},
                                 QStringLiteral("household.head_change"), household->value(QStringLiteral("version")).toLongLong());
        return h ? Validation() : h.errors();
    });
}

Validation HouseholdService::requireHeadHandedOver(const QVariantMap &person, const std::optional<QVariantMap> &household) const
{
    Validation v;
    const QString personId = person.value(QStringLiteral("id")).toString();
    if (!household || household->value(QStringLiteral("head_person_id")).toString() != personId)
        return v;
    QSqlQuery q(m_writer.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM person WHERE household_id = ? AND id <> ? AND deleted = 0 "
                             "AND status = 'active'"));
    q.addBindValue(household->value(QStringLiteral("id")));
    q.addBindValue(personId);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        v.add(QStringLiteral("person_id"), tr("%1 is the head of a household with other members: change the head first.")
                                               .arg(person.value(QStringLiteral("name")).toString()));
    return v;
}

Validation HouseholdService::editPerson(const QString &personId, const NewPerson &values)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    const auto person = m_writer.loadPersonToChange(personId, v);
    if (!person)
        return v;
    QVariantMap changes = {{QStringLiteral("id_number"), values.idNumber},
                           {QStringLiteral("name"), values.name},
                           {QStringLiteral("relation"), values.relation},
                           {QStringLiteral("phone"), values.phone},
                           {QStringLiteral("poverty"), values.poverty ? 1 : 0},
                           {QStringLiteral("dibao"), values.dibao ? 1 : 0},
                           {QStringLiteral("tekun"), values.tekun ? 1 : 0},
                           {QStringLiteral("near_poor"), values.nearPoor ? 1 : 0}};
    v.append(checkPersonChange(*person, changes));
    if (!v.ok() || changes.isEmpty())
        return v;
    return m_writer.updateAlone(QStringLiteral("person"), personId, changes, QStringLiteral("person.edit"),
                                person->value(QStringLiteral("version")).toLongLong());
}

Validation HouseholdService::checkPersonChange(const QVariantMap &current, QVariantMap &changes) const
{
    Validation v;
    const QString personId = current.value(QStringLiteral("id")).toString();
    auto value = [&](const char *column) {
        const QString key = QLatin1String(column);
        return changes.contains(key) ? changes.value(key) : current.value(key);
    };
    // Keeps in changes only what differs from the row as it stands.
    auto changed = [&](const char *column, const QVariant &value) {
        const QString key = QLatin1String(column);
        if (current.value(key).toString() != value.toString())
            changes.insert(key, value);
        else
            changes.remove(key);
    };
    auto flag = [&](const char *column, const QString &label) {
        const QString text = value(column).toString();
        if (text == QLatin1String("1") || text == QLatin1String("true"))
            changed(column, 1);
        else if (text.isEmpty() || text == QLatin1String("0") || text == QLatin1String("false"))
            changed(column, 0);
        else
            v.add(QLatin1String(column), tr("%1: yes or no.").arg(label));
    };

    // The household the person stands in after the change: a live one of the
    // same township (moveMember); a head with other members hands over first.
    const QString oldHouseholdId = current.value(QStringLiteral("household_id")).toString();
    const QString householdId = value("household_id").toString();
    const auto from = m_writer.load(QStringLiteral("household"), oldHouseholdId);
    const auto household = householdId == oldHouseholdId ? from : m_writer.load(QStringLiteral("household"), householdId);
    if (!household || household->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("household_id"), tr("Household: no such household."));
        return v;
    }
    v.append(m_writer.requireTownship(household->value(QStringLiteral("township_id")).toString()));
    if (householdId != oldHouseholdId) {
        if (from && from->value(QStringLiteral("township_id")) != household->value(QStringLiteral("township_id")))
            v.add(QStringLiteral("household_id"), tr("Household: not a household of this person's township."));
        v.append(requireHeadHandedOver(current, from));
    }

    const auto id = IdNumber::parse(value("id_number").toString());
    if (!id) {
        v.append(id.errors());
    } else {
        if (id->text() != current.value(QStringLiteral("id_number")).toString()) {
            const QString where = whereIs(m_writer.database(), id->text());
            if (!where.isEmpty())
                v.add(QStringLiteral("id_number"), tr("Id number: %1 is already registered: %2.").arg(id->text(), where));
        }
        changed("id_number", id->text());
        changed("sex", id->sexCode());
        changed("birth_date", id->birthDate().toString(Qt::ISODate));
    }
    const QString name = value("name").toString().trimmed();
    if (name.isEmpty())
        v.add(QStringLiteral("name"), tr("Name: required."));
    else if (name.size() > 30)
        v.add(QStringLiteral("name"), tr("Name: at most 30 characters."));
    changed("name", name);
    changed("name_initials", PinyinInitials::of(name));

    const QString relation = value("relation").toString();
    const QString who = current.value(QStringLiteral("name")).toString();
    const bool isHead = household->value(QStringLiteral("head_person_id")).toString() == personId;
    if (!relations().contains(relation))
        v.add(QStringLiteral("relation"), tr("Relation to head: %1 is not a known relation.").arg(relation));
    else if (isHead && relation != QLatin1String("self"))
        v.add(QStringLiteral("relation"), tr("Relation to head: %1 is the head; make another member the head instead.").arg(who));
    else if (!isHead && relation == QLatin1String("self"))
        v.add(QStringLiteral("relation"), tr("Relation to head: use Make head to make %1 the head.").arg(who));
    changed("relation", relation);

    const QString phone = value("phone").toString();
    if (!isPhone(phone))
        v.add(QStringLiteral("phone"), tr("Phone: 11 digits for a mobile, or area code and number."));
    changed("phone", phone);
    flag("poverty", tr("Registered poverty"));
    flag("dibao", tr("Dibao"));
    flag("tekun", tr("Tekun"));
    flag("near_poor", tr("Near-poor"));

    // Alive, dead with the date of death (recordDeath), or moved out.
    const QString status = value("status").toString();
    const QString deathText = value("death_date").toString();
    if (status != QLatin1String("active") && status != QLatin1String("dead") && status != QLatin1String("moved_out"))
        v.add(QStringLiteral("status"), tr("Status: %1 is not living, dead or moved out.").arg(status));
    if (status == QLatin1String("dead")) {
        const QVariantMap born = {{QStringLiteral("birth_date"), value("birth_date")}};
        v.append(checkDeathDate(QDate::fromString(deathText, Qt::ISODate), born));
    } else if (!deathText.isEmpty()) {
        v.add(QStringLiteral("death_date"), tr("Date of death: only for a person whose death is recorded."));
    }
    changed("death_date", deathText.isEmpty() ? QVariant() : QVariant(deathText));
    return v;
}

Validation HouseholdService::checkHouseholdChange(const QVariantMap &current, QVariantMap &changes) const
{
    Validation v;
    auto value = [&](const char *column) {
        const QString key = QLatin1String(column);
        return changes.contains(key) ? changes.value(key).toString() : current.value(key).toString();
    };
    const QString householdId = current.value(QStringLiteral("id")).toString();
    const QString townshipId = current.value(QStringLiteral("township_id")).toString();
    v.append(m_writer.requireTownship(townshipId));
    if (value("township_id") != townshipId)
        v.add(QStringLiteral("township_id"), tr("Township: a household stays in its township."));
    const auto village = m_writer.load(QStringLiteral("village"), value("village_id"));
    if (!village || village->value(QStringLiteral("township_id")).toString() != townshipId)
        v.add(QStringLiteral("village_id"), tr("Village: not a village of this household's township."));
    const QString code = value("code");
    if (!isHouseholdCode(code)) {
        v.add(QStringLiteral("code"), tr("Household code: 1 to 32 letters, digits or '-'."));
    } else if (code != current.value(QStringLiteral("code")).toString()) {
        QSqlQuery q(m_writer.database());
        q.prepare(QStringLiteral("SELECT 1 FROM household WHERE township_id = ? AND code = ? AND id <> ?"));
        q.addBindValue(townshipId);
        q.addBindValue(code);
        q.addBindValue(householdId);
        if (q.exec() && q.next())
            v.add(QStringLiteral("code"), tr("Household code: %1 exists in this township.").arg(code));
    }
    if (!isPhone(value("phone")))
        v.add(QStringLiteral("phone"), tr("Phone: 11 digits for a mobile, or area code and number."));
    const QString address = value("address").trimmed();
    if (address.size() > 100)
        v.add(QStringLiteral("address"), tr("Address: at most 100 characters."));
    if (changes.contains(QStringLiteral("address")))
        changes.insert(QStringLiteral("address"), address);
    // The head is a live member of the household; a new one is made with changeHead.
    const QString head = value("head_person_id");
    if (!head.isEmpty() && head != current.value(QStringLiteral("head_person_id")).toString()) {
        const auto person = m_writer.load(QStringLiteral("person"), head);
        if (!person || person->value(QStringLiteral("deleted")).toInt()
            || person->value(QStringLiteral("household_id")).toString() != householdId
            || person->value(QStringLiteral("relation")).toString() != QLatin1String("self"))
            v.add(QStringLiteral("head_person_id"), tr("Head of household: not a member of this household; make a member "
                                                       "the head on the household card."));
    }
    for (auto it = changes.begin(); it != changes.end();)
        it = current.value(it.key()).toString() == it.value().toString() ? changes.erase(it) : std::next(it);
    return v;
}

Validation HouseholdService::editHousehold(const QString &householdId, const HouseholdEdit &edit)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    const auto household = m_writer.load(QStringLiteral("household"), householdId);
    if (!household || household->value(QStringLiteral("deleted")).toInt()) {
        v.add(QStringLiteral("household_id"), tr("Household: no such household."));
        return v;
    }
    QVariantMap changes = {{QStringLiteral("village_id"), edit.villageId},
                           {QStringLiteral("address"), edit.address},
                           {QStringLiteral("phone"), edit.phone}};
    v.append(checkHouseholdChange(*household, changes));
    if (!v.ok() || changes.isEmpty())
        return v;
    return m_writer.updateAlone(QStringLiteral("household"), householdId, changes, QStringLiteral("household.edit"),
                                household->value(QStringLiteral("version")).toLongLong());
}

Validation HouseholdService::recordMoveOut(const QString &personId)
{
    Validation v = m_writer.require(Permission::EditHouseholds);
    std::optional<QVariantMap> household;
    const auto person = m_writer.loadPersonToChange(personId, v, &household);
    if (!person)
        return v;
    if (person->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        v.add(QStringLiteral("status"), tr("Only a live member can move out; %1 is not.").arg(person->value(QStringLiteral("name")).toString()));
    v.append(requireHeadHandedOver(*person, household));
    if (!v.ok())
        return v;
    return m_writer.updateAlone(QStringLiteral("person"), personId, {{QStringLiteral("status"), QStringLiteral("moved_out")}},
                                QStringLiteral("person.move_out"), person->value(QStringLiteral("version")).toLongLong());
}
