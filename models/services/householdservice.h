#pragma once

#include "changewriter.h"

#include <QDate>

// Households and their members. Every member's id number is checked per
// GB 11643-1999 and may be live only once in the whole replica.
class HouseholdService
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdService)
public:
    struct NewHousehold
    {
        QString villageId;
        QString code;      // 户编号, unique per township
        QString address;
        QString phone;
    };
    struct NewPerson
    {
        QString householdId;
        QString idNumber;
        QString name;
        QString relation;  // self, spouse, son, daughter, parent, grandchild, sibling, other
        bool poverty = false;
        bool dibao = false;
        bool tekun = false;
        bool nearPoor = false;
        QString phone;
    };

    explicit HouseholdService(ChangeWriter &writer) : m_writer(writer) {}

    Result<QVariantMap> createHousehold(const NewHousehold &household);
    // The member with relation "self" becomes the head.
    Result<QVariantMap> addPerson(const NewPerson &person);
    Validation recordDeath(const QString &personId, const QDate &deathDate);
    // Moves a live member to another household of the township (迁户), with
    // the relation to that household's head ("self" only where it has none).
    // A head whose household keeps other live members hands over first
    // (changeHead); a head who leaves alone leaves the household headless.
    Validation moveMember(const QString &personId, const QString &toHouseholdId, const QString &relation);
    // Marriage into the household (婚入): a spouse the replica holds already
    // in another household moves in with the relation given (person.marry_in);
    // one it does not hold is added as a new member, audited the same way.
    Result<QVariantMap> marryIn(const NewPerson &spouse);
    // Makes another live member the head (户主变更); the old head, if still
    // live in the household, takes oldHeadRelation to the new one.
    Validation changeHead(const QString &householdId, const QString &newHeadPersonId, const QString &oldHeadRelation);
    // Corrects a member's id number, name, relation, categories and phone
    // (householdId of values is ignored). Sex, birth date and pinyin
    // initials follow the id number and name. The head stays "self": a new
    // head is made with changeHead. Only what differs is written.
    Validation editPerson(const QString &personId, const NewPerson &values);
    struct HouseholdEdit
    {
        QString villageId;   // a village of the same township
        QString address;
        QString phone;
    };
    Validation editHousehold(const QString &householdId, const HouseholdEdit &edit);

    // The checks editPerson, recordDeath and moveMember make, over the whole
    // row that would stand: `changes` (column -> value) on top of the live
    // person `current`. Adds to changes what follows from them (sex and
    // birth date from the id number, pinyin initials from the name) and
    // drops what equals `current`. A sync conflict's resolution
    // (ConflictResolutionService) passes the same checks.
    Validation checkPersonChange(const QVariantMap &current, QVariantMap &changes) const;
    // The checks editHousehold (and createHousehold's code rule) make, the same way.
    Validation checkHouseholdChange(const QVariantMap &current, QVariantMap &changes) const;
    // A live member leaves the county's resident insurance (迁出): no new
    // enrollment is taken for them; a year already paid keeps its cover.
    // A head with other live members hands over first (changeHead).
    Validation recordMoveOut(const QString &personId);

    static const QStringList &relations();
    // Empty, an 11-digit mobile, or an area code and number.
    static bool isPhone(const QString &phone);
    // 1 to 32 letters, digits or '-'.
    static bool isHouseholdCode(const QString &code);
    // Where the live person with this id number is, in words, or empty.
    static QString whereIs(const QSqlDatabase &db, const QString &idNumber);

private:
    // The head of a household with other live members may not leave it.
    Validation requireHeadHandedOver(const QVariantMap &person, const std::optional<QVariantMap> &household) const;
    // A date of death for this person: a date, not in the future, not before birth.
    static Validation checkDeathDate(const QDate &deathDate, const QVariantMap &person);
    Result<QVariantMap> insertPerson(const NewPerson &person, const QString &action);
    Validation movePerson(const QString &personId, const QString &toHouseholdId, const QString &relation,
                          const QString &action);
    ChangeWriter &m_writer;
};
