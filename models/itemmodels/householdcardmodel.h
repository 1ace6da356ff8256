#pragma once

#include <QSet>

#include "domain/result.h"
#include "domain/sessionuser.h"
#include "services/householdservice.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

class ChangeWriter;

// One household for its card: the household's fields and every live
// member, head first, plus the edits made on the card and not yet saved
// (new members, marriages into the household, deaths, moves to another
// household, a change of head). Pending edits show in the table (PendingRole) and
// are written by save() through HouseholdService, all in one transaction:
// either every edit is saved or none. The card's QUndoStack adds and takes
// back pending edits; nothing reaches the replica before save().
class HouseholdCardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RelationColumn, NameColumn, IdNumberColumn, SexColumn, BirthDateColumn, CategoryColumn, StatusColumn, ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1, PendingRole, ActiveRole, PendingTokenRole };

    struct Household
    {
        QString id;
        QString code;
        QString townshipId;
        QString township;
        QString villageId;
        QString village;
        QString address;
        QString phone;
        QString headPersonId;
        QString headName;
    };

    HouseholdCardModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent = nullptr);

    // A live household of the township by its code (for a move): id, code
    // and head's name filled; nullopt if there is none.
    static std::optional<Household> findByCode(const QSqlDatabase &db, const QString &townshipId, const QString &code);

    // Loads the household and drops every pending edit; false if there is none.
    bool load(const QString &householdId);
    void reload() { load(m_household.id); }
    const Household &household() const { return m_household; }
    QString personId(int row) const;
    int rowOfPerson(const QString &personId) const;

    // Pending edits. A new member gets a token, used to take it back; a
    // marriage is a new member saved through HouseholdService::marryIn.
    int addPendingMember(const HouseholdService::NewPerson &person, bool marriage = false);
    void removePendingMember(int token);
    void setPendingDeath(const QString &personId, const QDate &date);
    void clearPendingDeath(const QString &personId);
    // A saved member moving to another household (its code shown in the status).
    void setPendingMove(const QString &personId, const QString &toHouseholdId, const QString &toCode, const QString &relation);
    void clearPendingMove(const QString &personId);
    // A saved member becoming the head; the current head takes oldHeadRelation.
    void setPendingHead(const QString &newHeadPersonId, const QString &oldHeadRelation);
    void clearPendingHead();
    // Corrections of a saved member (id number, name, relation, categories,
    // phone), saved through HouseholdService::editPerson.
    void setPendingEdit(const QString &personId, const HouseholdService::NewPerson &values);
    void clearPendingEdit(const QString &personId);
    std::optional<HouseholdService::NewPerson> pendingEdit(const QString &personId) const;
    // A saved member's values as the card shows them (a pending edit applied).
    HouseholdService::NewPerson memberValues(const QString &personId) const;
    // A saved member leaving the county's insurance (迁出).
    void setPendingMoveOut(const QString &personId);
    void clearPendingMoveOut(const QString &personId);
    // Village, address and phone of the household; nullopt takes the edit back.
    void setPendingHouseholdEdit(const std::optional<HouseholdService::HouseholdEdit> &edit);
    std::optional<HouseholdService::HouseholdEdit> pendingHouseholdEdit() const { return m_pendingHouseholdEdit; }
    // The household as the card shows it: a pending edit applied.
    Household shownHousehold() const;
    QString pendingHead() const { return m_pendingHead; }
    QString pendingOldHeadRelation() const { return m_pendingOldHeadRelation; }
    // The pending head, or the saved one.
    QString headPersonId() const;
    bool hasPendingChanges() const;
    int pendingCount() const;
    // Writes every pending edit in one transaction, then reloads. On an
    // error nothing is written and the edits stay pending.
    Validation save(ChangeWriter &writer);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void pendingChanged();

private:
    struct Member
    {
        QString id;            // empty for a pending new member
        int token = 0;         // pending new member's token
        QString name;
        QString relation;
        QString idNumber;
        QString sex;
        QString birthDate;
        QString categories;
        QString status;
        QString deathDate;
        bool poverty = false;
        bool dibao = false;
        bool tekun = false;
        bool nearPoor = false;
        QString phone;
        bool edited = false;     // a correction is pending
        bool movesOut = false;   // a move out of the county is pending
        QDate pendingDeath;
        QString movesTo;       // household code, when a move is pending
        bool relationPending = false;
        bool marriage = false;   // a pending new member marrying in
    };
    struct PendingMember
    {
        int token;
        HouseholdService::NewPerson person;
        bool marriage = false;
    };
    struct PendingMove
    {
        QString toHouseholdId;
        QString toCode;
        QString relation;
    };
    void rebuild();

    QSqlDatabase m_db;
    SessionUser m_viewer;
    Household m_household;
    QVector<Member> m_saved;
    QVector<PendingMember> m_pendingMembers;
    QHash<QString, QDate> m_pendingDeaths;   // person id → date of death
    QHash<QString, PendingMove> m_pendingMoves;   // person id → where to
    QHash<QString, HouseholdService::NewPerson> m_pendingEdits;   // person id → corrected values
    QSet<QString> m_pendingMoveOuts;
    std::optional<HouseholdService::HouseholdEdit> m_pendingHouseholdEdit;
    QString m_pendingHead;                   // person id of the new head, or empty
    QString m_pendingOldHeadRelation;
    QVector<Member> m_members;               // what the table shows
    int m_nextToken = 1;
};
