#pragma once

#include "domain/result.h"
#include "domain/sessionuser.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// Claims of the replica (or of one township) by status, period (discharge
// date), kind, village (of the person's household) and institution, newest first, paged in lazily (canFetchMore/fetchMore) with
// keyset paging on the claim's rowid so a later page costs what the first
// did. The amounts are those of the claim's own settlement; totals() sums
// every settlement of the filtered claims, reversals included, so a reversed
// claim adds nothing. The review queue is this model filtered on 'entered'.
class ClaimListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SlipColumn, PersonColumn, IdNumberColumn, VillageColumn, KindColumn, InstitutionColumn, DischargeColumn, TotalColumn,
        BasicColumn, CriticalColumn, AssistanceColumn, ReliefColumn, OutOfPocketColumn, StatusColumn, ColumnCount
    };
    enum Roles { ClaimIdRole = Qt::UserRole + 1, SettlementIdRole, StatusRole, FenRole, CreatedByRole, PersonIdRole };

    struct Filter
    {
        QString townshipId;   // empty: every township
        QString status;       // entered | returned | settled | reversed; empty: all
        QString kind;         // empty: all
        QDate from, to;       // discharge dates, inclusive; invalid: open
        QString villageId;    // the person's household's village; empty: all
        QString institutionId; // empty: all
    };
    struct Totals
    {
        qint64 claims = 0;
        qint64 totalFen = 0, basicFen = 0, criticalFen = 0, assistanceFen = 0, reliefFen = 0, outOfPocketFen = 0;
    };

    explicit ClaimListModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setViewer(const SessionUser &viewer) { m_viewer = viewer; }
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    Totals totals() const;
    // The same sums for any filter on any connection (a worker thread's own:
    // ClaimTotalsWorker); ok is false if the database could not be read (or
    // the query was interrupted).
    static Totals totalsOf(const QSqlDatabase &db, const Filter &filter, bool *ok = nullptr);
    // Every claim of the filter (not only the rows paged in), as the list
    // shows them, with a totals row, to .xlsx or .csv (by the file name);
    // the amounts are written from the fen. Returns the claims written.
    Result<qint64> exportTo(const QString &path) const;
    // The newest discharge date of a township's claims (all townships: empty id); invalid if none.
    static QDate latestDischarge(const QSqlDatabase &db, const QString &townshipId);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    QString claimId(int row) const;
    int rowOfClaim(const QString &claimId) const;

    // Translated words of the claim vocabulary, for every claim screen.
    static QString kindLabel(const QString &code);
    static QString statusLabel(const QString &code);
    static QString levelLabel(const QString &code);
    static QString locationLabel(const QString &code);
    static QString referralLabel(const QString &code);
    static QString categoryLabel(const QString &code);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void queryFailed(const QString &message);

private:
    struct Row
    {
        qint64 rowid = 0;
        QString id, status, kind, discharge, personId, personName, idNumber, townshipId, village, institution, createdBy;
        QString settlementId, slipNo;
        qint64 totalFen = 0;
        QVariant basic, critical, assistance, relief, outOfPocket;
    };
    enum class Use { Page, Totals };
    static QString whereClause(const Filter &filter, Use use);
    static void bindFilter(class QSqlQuery &q, const Filter &filter);
    QVector<Row> readPage();
    QString selectSql() const;
    static QString inForce();
    static Row rowOf(const class QSqlQuery &q);
    QVariant display(const Row &r, int column, bool fen) const;

    QSqlDatabase m_db;
    SessionUser m_viewer;
    Filter m_filter;
    int m_pageSize = 200;
    bool m_atEnd = true;
    bool m_resetting = false;
    QVector<Row> m_rows;
};
