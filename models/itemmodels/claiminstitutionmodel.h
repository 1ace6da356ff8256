#pragma once

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

// The designated institutions for the claim form's institution field: a
// county has a few hundred, so they are read once. A clerk types the code,
// part of the name or the pinyin initials; match() finds them, and the
// completer filters on SearchRole (code, name and initials together).
class ClaimInstitutionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, CodeRole, NameRole, LevelRole, LocationRole, SearchRole };
    struct Institution
    {
        QString id, code, name, initials, level, location;
    };

    explicit ClaimInstitutionModel(const QSqlDatabase &db, QObject *parent = nullptr);
    void reload();

    // Rows whose code equals text (one row), else whose code, name or
    // initials contain it (case-insensitive), in list order.
    QList<int> match(const QString &text) const;
    int rowOfId(const QString &id) const;
    const Institution &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QVector<Institution> m_rows;
};
