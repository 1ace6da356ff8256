#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// The outbox's operations for the sync page: those waiting to be sent, or
// those the county refused with its reason. Read a page at a time
// (fetchMore), never counted whole: a county replica may hold millions.
class SyncOutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Filter { Pending, Rejected };
    enum Column { WhenColumn, WhatColumn, ChangeColumn, RecordColumn, ByColumn, ReasonColumn, ColumnCount };

    SyncOutboxModel(const QSqlDatabase &db, Filter filter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 200;
    QString opId(int row) const;

public slots:
    void reload();

private:
    struct Line
    {
        qint64 seq;
        QString opId, createdAt, entity, op, record, by, reason;
    };
    QVector<Line> readPage(qint64 afterSeq) const;

    QSqlDatabase m_db;
    Filter m_filter;
    QVector<Line> m_lines;
    bool m_atEnd = false;
};
