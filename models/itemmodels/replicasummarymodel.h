#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <functional>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

// What the replica holds for one area of work, as (item, figure) rows read
// straight from the tables: the honest content of each main-window page
// until the screen of that area lands. Scoped to one township when
// townshipId is set (a township user), else the whole replica. Nothing is
// read until refresh(), so that a window can hold one per page and read
// only the page shown (counting a county's replica takes a moment).
class ReplicaSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Section { Enrollment, SpecialOutpatient, Claims, Relief, Dashboard, Sync };
    enum Column { ItemColumn, FigureColumn, ColumnCount };
    enum Roles { SortValueRole = Qt::UserRole + 1 };

    ReplicaSummaryModel(const QSqlDatabase &db, Section section, const QString &townshipId, QObject *parent = nullptr);

    Section section() const { return m_section; }
    void refresh();
    bool isLoaded() const { return m_loaded; }

    // Pending outbox operations and the time of the last sync (invalid if
    // never synced): for the status bar as well.
    static qint64 pendingOperations(const QSqlDatabase &db);
    static QDateTime lastSync(const QSqlDatabase &db);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QString item;
        QString figure;
        qint64 value = 0;
    };
    void addCount(const QString &item, const QString &sql, const QVariantList &binds = {});
    void addGrouped(const QString &itemPattern, const QString &sql, const std::function<QString(const QString &)> &label,
                    const QVariantList &binds = {});
    void addMoney(const QString &item, const QString &sql, const QVariantList &binds = {});
    void addText(const QString &item, const QString &text);
    QVariantList scope() const { return m_townshipId.isEmpty() ? QVariantList() : QVariantList{m_townshipId}; }

    QSqlDatabase m_db;
    Section m_section;
    QString m_townshipId;
    QVector<Line> m_lines;
    bool m_loaded = false;
};
