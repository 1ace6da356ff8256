#pragma once

#include "domain/sessionuser.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

// The person search of the main window: finds live persons over the whole
// replica by
//   - a full 18-character id number (exact; a 15-digit legacy number is
//     converted first),
//   - an id-number prefix (digits, optionally ending in X),
//   - a name prefix (any text with a Han character), or
//   - a pinyin-initials prefix (Latin letters only, e.g. "zsf" for 张三丰),
// and pages the results in lazily (canFetchMore/fetchMore), pageSize() rows
// at a time. Every query is prepared with bound values and reads one of the
// indexes person_id_number_live, person_name or person_initials as a range,
// with keyset paging on (key, rowid) so that a later page costs what the
// first one did.
//
// Id numbers are shown whole only where the viewer needs them at the
// counter: a township user (clerk, reviewer, township administrator) sees
// the whole number of persons of their own township; everyone else, and
// county roles, see it masked (3601**********1234). See maySeeIdNumber().
class PersonSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SexColumn, BirthDateColumn, IdNumberColumn, VillageColumn, HouseholdColumn, StatusColumn, ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1, HouseholdIdRole, TownshipIdRole, FullIdNumberRole };
    enum class Mode { None, IdNumberExact, IdNumberPrefix, NamePrefix, InitialsPrefix };
    Q_ENUM(Mode)

    explicit PersonSearchModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setViewer(const SessionUser &viewer);
    const SessionUser &viewer() const { return m_viewer; }

    // Starts a new search; an empty or unusable text clears the results.
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    Mode mode() const { return m_mode; }
    static Mode modeFor(const QString &text);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    QString personId(int row) const;
    static bool maySeeIdNumber(const SessionUser &viewer, const QString &personTownshipId);
    static QString sexLabel(const QString &code);
    static QString statusLabel(const QString &code);

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
        QString key;
        QString id;
        QString name;
        QString sex;
        QString birthDate;
        QString idNumber;
        QString village;
        QString householdCode;
        QString householdId;
        QString townshipId;
        QString status;
    };
    QVector<Row> readPage();

    QSqlDatabase m_db;
    SessionUser m_viewer;
    QString m_text;
    QString m_key;     // normalised search key
    Mode m_mode = Mode::None;
    int m_pageSize = 100;
    bool m_atEnd = true;
    bool m_fetching = false;
    QVector<Row> m_rows;
};
