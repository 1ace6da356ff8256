#pragma once

#include "domain/result.h"
#include "domain/sessionuser.h"
#include "engine/claiminput.h"
#include "engine/personfacts.h"
#include "engine/policy.h"
#include "engine/settlementresult.h"
#include "engine/yeartodate.h"

#include <QDate>
#include <QObject>
#include <QSqlDatabase>
#include <optional>

// What the claim form needs to know besides what the clerk types: the
// person (household, categories, enrollment, certifications), the policy of
// the claim's scheme year and the person's year-to-date totals. They are
// read when the person or the year changes, so that settling the unsaved
// claim on every keystroke (settle()) is the pure engine and nothing else.
class ClaimEntryModel : public QObject
{
    Q_OBJECT
public:
    struct Person
    {
        QString id, name, idNumber, sex, householdId, householdCode, village, townshipId, status;
        QDate deathDate;
        QStringList categories;   // codes: poverty, dibao, tekun, near_poor
    };
    struct Certified
    {
        QString code, name;
    };

    ClaimEntryModel(const QSqlDatabase &db, const SessionUser &user, QObject *parent = nullptr);

    // Loads the person; false (and no person) if there is none.
    bool setPerson(const QString &personId);
    void clearPerson();
    bool hasPerson() const { return m_person.has_value(); }
    const Person &person() const { return *m_person; }
    // The day that decides the scheme year and which certifications are valid.
    void setClaimDate(const QDate &date);
    QDate claimDate() const { return m_date; }

    // The context for the claim date; empty errors() when it is complete.
    const Validation &contextErrors() const { return m_errors; }
    bool hasPolicy() const { return m_policy.has_value(); }
    const Policy &policy() const { return *m_policy; }
    const PersonFacts &facts() const { return m_facts; }
    const YearToDate &yearToDate() const { return m_ytd; }
    // Enrollment of the scheme year: "paid", "pending", ..., empty if none.
    QString enrollmentStatus() const { return m_enrollmentStatus; }
    QList<Certified> certified() const;
    QString diseaseName(const QString &code) const;

    // The engine on an unsaved claim, with the person's facts and totals.
    Result<SettlementResult> settle(const ClaimInput &claim) const;

    // Remaining yearly amounts before this claim; -1 for "no limit".
    qint64 basicCapLeftFen() const;
    qint64 criticalCapLeftFen() const;
    qint64 reliefCapLeftFen(ClaimKind kind) const;

signals:
    void contextChanged();

private:
    void reloadContext();

    QSqlDatabase m_db;
    SessionUser m_user;
    std::optional<Person> m_person;
    QDate m_date;
    int m_year = 0;
    std::optional<Policy> m_policy;
    PersonFacts m_facts;
    YearToDate m_ytd;
    QString m_enrollmentStatus;
    Validation m_errors;
};
