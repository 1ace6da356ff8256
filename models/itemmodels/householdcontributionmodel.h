#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

// Taking a household's contributions for a scheme year: one row per live
// member with what they would pay at the chosen tier, the part the state
// pays for a subsidized person and the government subsidy, all from the
// year's published policy and the member's categories (the same rule as
// EnrollmentService). A member who is dead, moved out or enrolled for the
// year already (anywhere in the replica) cannot be checked, and the row says
// why. Check the members to enroll; totalFen() is what the household pays.
class HouseholdContributionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RelationColumn, CategoryColumn, PersonalColumn, SubsidizedColumn, SubsidyColumn, NoteColumn,
                  ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1, FenRole, EnrollableRole };

    explicit HouseholdContributionModel(const QSqlDatabase &db, QObject *parent = nullptr);

    // Reads the members and the policy; every enrollable member is checked.
    void load(const QString &householdId, int schemeYear, int tier);
    void setTier(int tier);
    int schemeYear() const { return m_year; }
    int tier() const { return m_tier; }
    // Empty, or why nobody can be enrolled (no policy for the year, no such tier).
    QString policyProblem() const { return m_policyProblem; }
    QList<int> tiers() const { return m_tiers; }

    QStringList checkedPersonIds() const;
    void setChecked(const QString &personId, bool checked);
    qint64 totalFen() const;            // what the household pays now
    qint64 subsidizedTotalFen() const;  // what the state pays for subsidized members

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void totalChanged();

private:
    struct Row
    {
        QString id;
        QString name;
        QString relation;
        QString categoryLabel;
        quint32 categories = 0;
        QString note;          // why not enrollable, or empty
        qint64 personal = 0;   // what the person pays
        qint64 subsidized = 0; // what the state pays of the personal amount
        qint64 subsidy = 0;
        bool checked = false;
    };
    void computeAmounts();

    QSqlDatabase m_db;
    QString m_householdId;
    int m_year = 0;
    int m_tier = 1;
    QString m_policyProblem;
    QList<int> m_tiers;
    QVector<Row> m_rows;
};
