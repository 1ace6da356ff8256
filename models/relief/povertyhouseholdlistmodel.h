#pragma once

#include "domain/sessionuser.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// Households with at least one registered poverty person, in the viewer's
// township (county roles: all), filtered by household code, the head's name
// or pinyin initials. At most limit() rows: the clerk narrows by typing.
class PovertyHouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, HeadColumn, VillageColumn, PovertyColumn, MembersColumn, ColumnCount };
    enum Roles { HouseholdIdRole = Qt::UserRole + 1 };

    PovertyHouseholdListModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void reload();
    QString householdId(int row) const;
    int rowOfHousehold(const QString &householdId) const;
    static int limit() { return 500; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id, code, head, village;
        int poverty = 0, members = 0;
    };
    QSqlDatabase m_db;
    SessionUser m_viewer;
    QString m_filter;
    QList<Row> m_rows;
};
