#pragma once

#include "services/conflictresolutionservice.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// One conflict's two versions side by side, a field per row: this
// workstation's edit, the county's version, and the version that will stand
// (the county's to begin with; a reviewer may edit it). Shown in the clerk's
// words (RecordValueFormat), the stored value in the tooltip; the model
// keeps the stored values, which is what the service takes.
class SyncConflictFieldsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, LocalColumn, ServerColumn, StandsColumn, ColumnCount };
    // True for a field whose two versions differ (the view shows it marked).
    static constexpr int HighlightRole = Qt::UserRole + 1;

    explicit SyncConflictFieldsModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setConflict(const std::optional<SyncConflict> &conflict);
    const std::optional<SyncConflict> &conflict() const { return m_conflict; }
    // The "stands" values of the fields shown, column -> value, for
    // ConflictResolutionService::keepEdited (a field not shown stands as it is).
    QVariantMap standingValues() const;
    bool isEdited() const;
    int differingCount() const;
    QString column(int row) const { return m_rows.value(row).column; }
    QString entity() const { return m_conflict ? m_conflict->entity : QString(); }
    // The stored value that stands for a row (not the words shown).
    QString standingValue(int row) const { return m_rows.value(row).stands; }
    int rowOf(const QString &column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A typed value was not taken (not an amount, not a date...): the message names the field.
    void editRefused(const QString &message);

private:
    struct Row
    {
        QString column;
        QString local, server, stands;
        bool differs = false;
    };
    QSqlDatabase m_db;
    std::optional<SyncConflict> m_conflict;
    QVector<Row> m_rows;
};
