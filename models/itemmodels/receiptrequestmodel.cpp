#include "receiptrequestmodel.h"

#include "displayformat.h"
#include "domain/money.h"
#include "services/receiptservice.h"

#include <QDateTime>
#include <QSqlQuery>

ReceiptRequestModel::ReceiptRequestModel(const QSqlDatabase &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

bool ReceiptRequestModel::load(const QString &townshipId)
{
    beginResetModel();
    m_townshipId = townshipId;
    m_rows.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT r.id, r.serial, r.status, h.code, COALESCE(hp.name, ''), COALESCE(v.name, ''), r.scheme_year, r.total_fen, "
        "COALESCE(r.change_reason, ''), COALESCE(r.change_requested_by, ''), COALESCE(u.display_name, r.change_requested_by, ''), "
        "r.updated_at FROM receipt r JOIN household h ON h.id = r.household_id "
        "LEFT JOIN person hp ON hp.id = h.head_person_id LEFT JOIN village v ON v.id = h.village_id "
        "LEFT JOIN app_user u ON u.id = r.change_requested_by "
        "WHERE r.deleted = 0 AND r.status IN ('void_requested', 'refund_requested')");
    if (!townshipId.isEmpty())
        sql += QStringLiteral(" AND r.township_id = ?");
    sql += QStringLiteral(" ORDER BY r.updated_at, r.serial");
    q.prepare(sql);
    if (!townshipId.isEmpty())
        q.addBindValue(townshipId);
    const bool ok = q.exec();
    while (ok && q.next()) {
        Row r;
        r.id = q.value(0).toString();
        r.serial = q.value(1).toString();
        r.status = q.value(2).toString();
        r.householdCode = q.value(3).toString();
        r.headName = q.value(4).toString();
        r.village = q.value(5).toString();
        r.year = q.value(6).toInt();
        r.totalFen = q.value(7).toLongLong();
        r.reason = q.value(8).toString();
        r.requestedBy = q.value(9).toString();
        r.requestedByName = q.value(10).toString();
        r.requestedAt = q.value(11).toString();
        m_rows.append(r);
    }
    endResetModel();
    return ok;
}

QString ReceiptRequestModel::receiptId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ReceiptRequestModel::rowOfReceipt(const QString &receiptId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == receiptId)
            return i;
    return -1;
}

int ReceiptRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReceiptRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiptRequestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ReceiptIdRole: return r.id;
    case StatusRole: return r.status;
    case TotalFenRole: return r.totalFen;
    case RequestedByRole: return r.requestedBy;
    case Qt::TextAlignmentRole:
        return index.column() == TotalColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: return index.column() == ReasonColumn ? QVariant(r.reason) : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SerialColumn: return r.serial;
        case ChangeColumn: return ReceiptService::statusLabel(r.status);
        case HouseholdColumn: return r.headName.isEmpty() ? r.householdCode : QStringLiteral("%1 %2").arg(r.householdCode, r.headName);
        case VillageColumn: return r.village;
        case YearColumn: return r.year;
        case TotalColumn: return Money(r.totalFen).toDisplayString();
        case ReasonColumn: return r.reason;
        case RequestedByColumn: return r.requestedByName;
        case RequestedAtColumn: return DisplayFormat::dateTime(QDateTime::fromString(r.requestedAt, Qt::ISODateWithMs));
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant ReceiptRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    //: receipt number
    case SerialColumn: return tr("Receipt");
    //: what is requested: void or refund
    case ChangeColumn: return tr("Request");
    case HouseholdColumn: return tr("Household");
    case VillageColumn: return tr("Village");
    case YearColumn: return tr("Scheme year");
    case TotalColumn: return tr("Total");
    case ReasonColumn: return tr("Reason");
    case RequestedByColumn: return tr("Requested by");
    case RequestedAtColumn: return tr("Requested at");
    case ColumnCount: break;
    }
    return {};
}
