#pragma once

#include "domain/sessionuser.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

// A person's household: the household's own fields and every live member,
// read-only, head first. Id numbers follow PersonSearchModel's rule.
class HouseholdMembersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RelationColumn, SexColumn, BirthDateColumn, IdNumberColumn, CategoryColumn, StatusColumn, ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1 };

    struct Household
    {
        QString id;
        QString code;
        QString townshipId;
        QString township;
        QString village;
        QString address;
        QString phone;
    };

    HouseholdMembersModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent = nullptr);

    // Loads the household of this person; false if there is no such person.
    bool setPerson(const QString &personId);
    const Household &household() const { return m_household; }
    QString personId() const { return m_personId; }
    int rowOfPerson(const QString &personId) const;

    static QString relationLabel(const QString &code);
    // Subsidized categories in words ("registered poverty, dibao"), or empty.
    static QString categoriesLabel(bool poverty, bool dibao, bool tekun, bool nearPoor);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Member
    {
        QString id;
        QString name;
        QString relation;
        QString sex;
        QString birthDate;
        QString idNumber;
        QString categories;
        QString status;
    };
    QSqlDatabase m_db;
    SessionUser m_viewer;
    QString m_personId;
    Household m_household;
    QVector<Member> m_members;
};
