#pragma once

#include "domain/sessionuser.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

// The households of a township for the enrollment page, filtered by
// village, by a subsidized category of any live member, and by "not yet
// paid for year Y" (no member's enrollment for Y is paid), and optionally
// by a household-code or head-name prefix. Rows arrive lazily
// (canFetchMore/fetchMore), pageSize() at a time, with keyset paging on the
// household code: the township's index household(township_id, code) gives
// the order, so a later page costs what the first one did.
class HouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, VillageColumn, HeadColumn, HeadIdNumberColumn, MembersColumn, CategoryColumn, PaidColumn,
                  AddressColumn, PhoneColumn, ColumnCount };
    enum Roles { HouseholdIdRole = Qt::UserRole + 1 };
    enum class Category { Any, Poverty, Dibao, Tekun, NearPoor };

    struct Filter
    {
        QString villageId;            // empty: every village
        Category category = Category::Any;
        bool unpaidOnly = false;      // only households with no paid enrollment for year
        QString text;                 // household-code, head-name or head-initials prefix
    };

    HouseholdListModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent = nullptr);

    // The township listed; empty lists every township (county roles).
    void setTownship(const QString &townshipId);
    QString townshipId() const { return m_townshipId; }
    // The scheme year of the "paid" column and of the unpaid filter.
    void setYear(int year);
    int year() const { return m_year; }
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Reads the first page again (after a change).
    void refresh();
    // Households that pass the filter, all pages together.
    qint64 totalCount() const;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    QString householdId(int row) const;
    int rowOfHousehold(const QString &householdId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString categoryLabel(Category category);
    // (id, name) of the live villages of a township (every township if empty), by code.
    static QList<QPair<QString, QString>> villages(const QSqlDatabase &db, const QString &townshipId);

private:
    struct Row
    {
        QString id;
        QString code;
        QString village;
        QString townshipId;
        QString head;
        QString headIdNumber;
        QString address;
        QString phone;
        int members = 0;
        int categories = 0;   // bits: 1 poverty, 2 dibao, 4 tekun, 8 near-poor
        int paid = 0;
    };
    // The WHERE clause after "h.deleted = 0" and its values, in order.
    QString whereClause(QVariantList &values) const;
    QVector<Row> readPage(const QString &afterCode, const QString &afterId) const;

    QSqlDatabase m_db;
    SessionUser m_viewer;
    QString m_townshipId;
    int m_year = 0;
    Filter m_filter;
    QVector<Row> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;   // no fetchMore() from inside a reset or an insertion
    int m_pageSize = 200;
};
