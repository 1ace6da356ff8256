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

    static const QStringList &relations();
    // Where the live person with this id number is, in words, or empty.
    static QString whereIs(const QSqlDatabase &db, const QString &idNumber);

private:
    ChangeWriter &m_writer;
};
