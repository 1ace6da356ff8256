#pragma once

#include "householdreliefyear.h"

#include <QAbstractTableModel>

// Every settled claim of a household's year, member by member in the order
// they were settled, with every layer in force; the relief explanation is
// the tooltip and ExplanationRole.
class ReliefClaimsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PersonColumn, SlipColumn, KindColumn, DateColumn, TotalColumn, InScopeColumn, BasicColumn, CriticalColumn,
        AssistanceColumn, ReliefColumn, OutOfPocketColumn, NoteColumn, ColumnCount
    };
    enum Roles { ExplanationRole = Qt::UserRole + 1, ClaimIdRole, FenRole };

    explicit ReliefClaimsModel(QObject *parent = nullptr);

    void setYear(const HouseholdReliefYear &year);
    const ReliefClaimLine *line(int row) const;
    QString personName(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString person;
        ReliefClaimLine line;
    };
    QList<Row> m_rows;
};
