#pragma once

#include "domain/result.h"
#include "domain/sessionuser.h"
#include "services/householdservice.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

class ChangeWriter;

// One household for its card: the household's fields and every live
// member, head first, plus the edits made on the card and not yet saved
// (new members, deaths). Pending edits show in the table (PendingRole) and
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

    // Loads the household and drops every pending edit; false if there is none.
    bool load(const QString &householdId);
    void reload() { load(m_household.id); }
    const Household &household() const { return m_household; }
    QString personId(int row) const;
    int rowOfPerson(const QString &personId) const;

    // Pending edits. A new member gets a token, used to take it back.
    int addPendingMember(const HouseholdService::NewPerson &person);
    void removePendingMember(int token);
    void setPendingDeath(const QString &personId, const QDate &date);
    void clearPendingDeath(const QString &personId);
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
        QDate pendingDeath;
    };
    struct PendingMember
    {
        int token;
        HouseholdService::NewPerson person;
    };
    void rebuild();

    QSqlDatabase m_db;
    SessionUser m_viewer;
    Household m_household;
    QVector<Member> m_saved;
    QVector<PendingMember> m_pendingMembers;
    QHash<QString, QDate> m_pendingDeaths;   // person id → date of death
    QVector<Member> m_members;               // what the table shows
    int m_nextToken = 1;
};
