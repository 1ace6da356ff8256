#pragma once

#include "sync/synchistory.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// The sync runs of this workstation, newest first.
class SyncHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StartedColumn, TriggerColumn, OutcomeColumn, SentColumn, ReceivedColumn, ProblemsColumn, DetailsColumn, ColumnCount };
    // True for a run that stopped (the view shows it marked).
    static constexpr int HighlightRole = Qt::UserRole + 1;

    explicit SyncHistoryModel(const QSqlDatabase &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    SyncRunRecord run(int row) const { return m_runs.value(row); }

public slots:
    void reload();

private:
    QSqlDatabase m_db;
    QList<SyncRunRecord> m_runs;
};
