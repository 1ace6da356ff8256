#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// The sync conflicts of this replica in plain words: what kind of record,
// which one, who changed it here and why the county did not take it. Open
// ones by default (a handful at most); the resolved ones on request.
class SyncConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DetectedColumn, WhatColumn, RecordColumn, MakerColumn, ReasonColumn, StatusColumn, ColumnCount };
    // True for an open conflict (the view shows it marked).
    static constexpr int HighlightRole = Qt::UserRole + 1;

    explicit SyncConflictModel(const QSqlDatabase &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setShowResolved(bool show);
    QString conflictId(int row) const;
    int rowOf(const QString &conflictId) const;
    int openCount() const;

public slots:
    void reload();

private:
    struct Line
    {
        QString id, detectedAt, entity, record, maker, reason, status, resolution;
    };
    QSqlDatabase m_db;
    QVector<Line> m_lines;
    bool m_showResolved = false;
};
