#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

// Every enrollment of a household's members, newest scheme year first: the
// household card's history (tier, personal contribution, the part the
// state paid for a subsidized person, the government subsidy, status and
// receipt). Read only.
class HouseholdEnrollmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { YearColumn, NameColumn, TierColumn, PersonalColumn, SubsidizedColumn, SubsidyColumn, StatusColumn,
                  ReceiptColumn, PaidAtColumn, ColumnCount };
    enum Roles { EnrollmentIdRole = Qt::UserRole + 1, ReceiptIdRole, FenRole };

    explicit HouseholdEnrollmentModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void load(const QString &householdId);
    void reload() { load(m_householdId); }

    static QString statusLabel(const QString &code);
    static QString tierLabel(int tier);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        int year = 0;
        QString name;
        int tier = 0;
        qint64 personal = 0;
        qint64 subsidized = 0;
        qint64 subsidy = 0;
        QString status;
        QString receiptId;
        QString receiptSerial;
        QString receiptStatus;
        QString paidAt;
    };
    QSqlDatabase m_db;
    QString m_householdId;
    QVector<Row> m_rows;
};
