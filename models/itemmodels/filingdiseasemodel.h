#pragma once

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

// The county's disease catalogue (病种目录) of the newest published scheme
// year, for the filing form's disease field: a few dozen rows, read once.
// Diseases open to registered poverty persons only are offered only when
// setPovertyPerson(true); the service refuses them for anyone else anyway.
class FilingDiseaseModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1, NameRole, InitialsRole, CategoryRole, PovertyOnlyRole };
    struct Disease
    {
        QString code, name, initials;
        int category = 0;
        bool povertyOnly = false;
    };

    explicit FilingDiseaseModel(const QSqlDatabase &db, QObject *parent = nullptr);
    void reload();
    void setPovertyPerson(bool poverty);
    bool povertyPerson() const { return m_poverty; }

    // Rows whose code equals text (one row), else whose code, name or pinyin
    // initials contain it (case-insensitive), in catalogue order.
    QList<int> match(const QString &text) const;
    int rowOfCode(const QString &code) const;
    const Disease &at(int row) const { return m_rows.at(row); }
    // The catalogue name of a code (all rows, whoever the person is).
    QString nameOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();
    QSqlDatabase m_db;
    bool m_poverty = false;
    QVector<Disease> m_all;
    QVector<Disease> m_rows;
};
