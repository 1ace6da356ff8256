#pragma once

#include "dashboardfigures.h"
#include "domain/sessionuser.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// The rows behind a dashboard bar or slice where no list screen shows them
// already (claims and filings open in their own list models): the
// residents of a village with their enrollment, the receipts of a day or a
// month, the poverty persons with their year, the claims that reached a
// relief cap. Read-only and read whole (a village, a month of a township);
// ValueRole gives amounts in fen, and total() sums a column, so a test can
// set the list beside the figure it stands behind.
class DashboardDetailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Text, Count, Fen, Bp, Date, YesNo };
    enum Roles { ValueRole = Qt::UserRole + 1, PersonIdRole };

    // Columns of the residents list.
    enum ResidentColumn { ResidentName, ResidentIdNumber, ResidentHousehold, ResidentVillage, ResidentEnrolled,
                          ResidentTier, ResidentPersonal };
    enum ReceiptColumn { ReceiptSerial, ReceiptIssued, ReceiptHousehold, ReceiptHead, ReceiptVillage, ReceiptChannel,
                         ReceiptAmount };
    enum PovertyColumn { PovertyName, PovertyIdNumber, PovertyVillage, PovertyClaims, PovertyTotal, PovertyBasic,
                         PovertyCritical, PovertyAssistance, PovertyRelief, PovertyOutOfPocket, PovertyCoverage };
    enum CapColumn { CapSlip, CapName, CapIdNumber, CapKind, CapDischarge, CapTotal, CapRelief, CapOutOfPocket };

    explicit DashboardDetailModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent = nullptr);

    // The residents of a village (township scope) or of a township (county
    // scope, areaId a township id) in the year, with their enrollment.
    bool loadResidents(const DashboardScope &scope, const QString &areaId);
    // The receipts counted on the local days from..to (inclusive).
    bool loadReceipts(const DashboardScope &scope, const QDate &from, const QDate &to);
    // The registered poverty persons with settled claims in the year.
    bool loadPovertyPersons(const DashboardScope &scope);
    // The settled claims of a kind on which a relief cap was reached.
    bool loadReliefCapClaims(const DashboardScope &scope, const QString &kind);

    QString errorText() const { return m_error; }
    qint64 total(int column) const;
    // How many rows have "yes" in a YesNo column.
    qint64 countYes(int column) const;
    QString personId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        QString header;
        Kind kind;
    };
    struct Row
    {
        QString personId;
        QVector<QVariant> values;
    };
    bool load(const QVector<Column> &columns, class QSqlQuery &q, int personIdColumn, int townshipColumn,
              const QList<int> &idNumberColumns);
    QString idNumberFor(const QString &idNumber, const QString &townshipId) const;

    QSqlDatabase m_db;
    SessionUser m_viewer;
    QVector<Column> m_columns;
    QVector<Row> m_rows;
    QString m_error;
};
