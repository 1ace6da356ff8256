#pragma once

#include "domain/result.h"
#include "domain/sessionuser.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <functional>

class QSqlQuery;

// Special-outpatient filings by status, township, village and disease,
// oldest first (the order they wait in), paged in lazily
// (canFetchMore/fetchMore) with keyset paging on the filing's rowid so a
// later page costs what the first did. Every filter value is bound. The
// review list, the returned list and the county's batch certification are
// this model with different filters.
class FilingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PersonColumn, IdNumberColumn, VillageColumn, DiseaseColumn, InstitutionColumn, DiagnosisColumn,
        EvidenceColumn, StatusColumn, ReasonColumn, ValidToColumn, ColumnCount
    };
    enum Roles { FilingIdRole = Qt::UserRole + 1, StatusRole, CreatedByRole, PersonIdRole, DiseaseCodeRole };

    struct Filter
    {
        QStringList statuses;   // empty: every status
        QString townshipId;     // empty: every township
        QString villageId;      // empty: every village
        QString diseaseCode;    // empty: every disease
        QDate validToBy;        // valid: only those whose validity ends on or before it (expiring soon)
        QDate diagnosedFrom;    // valid: only those diagnosed on or after it (the dashboard's year)
        QDate diagnosedTo;      // valid: only those diagnosed on or before it
    };

    explicit FilingListModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setViewer(const SessionUser &viewer) { m_viewer = viewer; }
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    // How many filings the filter matches (not only the rows read so far).
    qint64 totalCount() const;

    // Writes every filing the filter matches (not only the rows read so far)
    // to .xlsx or .csv, chosen by the file name: the list's columns and
    // headers, id numbers masked as on screen, dates as yyyy-MM-dd so a
    // spreadsheet sorts them. Returns the number of rows written; progress
    // (rows done) may return false to cancel, and then no file is left.
    Result<qint64> exportTo(const QString &path, const std::function<bool(qint64 done)> &progress = {}) const;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    QString filingId(int row) const;
    int rowOfFiling(const QString &filingId) const;

    // Translated words of the filing vocabulary, for every filing screen.
    static QString statusLabel(const QString &code);
    static QString evidenceLabel(const QString &code);
    // (id, name) of the villages of a township (all townships: empty id) and
    // of the townships, for the filters.
    static QList<QPair<QString, QString>> villages(const QSqlDatabase &db, const QString &townshipId);
    static QList<QPair<QString, QString>> townships(const QSqlDatabase &db);

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
        QString id, status, personId, personName, idNumber, townshipId, village, diseaseCode, diseaseName,
            institution, diagnosisDate, evidenceKind, reason, validTo, createdBy;
    };
    QString whereClause() const;
    QString matchesSql() const;
    QString selectSql() const;
    void bindFilter(QSqlQuery &q) const;
    static Row readRow(const QSqlQuery &q);
    QString cellText(const Row &r, Column column) const;
    QVector<Row> readPage();

    QSqlDatabase m_db;
    SessionUser m_viewer;
    Filter m_filter;
    int m_pageSize = 200;
    bool m_atEnd = true;
    bool m_busy = false;
    QVector<Row> m_rows;
};
