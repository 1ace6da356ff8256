#include "householdenrollmentmodel.h"

#include "displayformat.h"
#include "domain/money.h"

#include <QDateTime>
#include <QSqlQuery>

HouseholdEnrollmentModel::HouseholdEnrollmentModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

QString HouseholdEnrollmentModel::statusLabel(const QString &code)
{
    //: enrollment status
    if (code == QLatin1String("pending")) return tr("Pending");
    //: enrollment status
    if (code == QLatin1String("paid")) return tr("Paid");
    //: enrollment status
    if (code == QLatin1String("refunded")) return tr("Refunded");
    //: enrollment status
    if (code == QLatin1String("voided")) return tr("Voided");
    return code;
}

QString HouseholdEnrollmentModel::tierLabel(int tier)
{
    //: contribution tier, e.g. 一档
    return tr("Tier %1").arg(tier);
}

void HouseholdEnrollmentModel::load(const QString &householdId)
{
    beginResetModel();
    m_householdId = householdId;
    m_rows.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.id, e.scheme_year, p.name, e.tier, e.personal_fen, e.subsidized_fen, e.subsidy_fen, "
                             "e.status, e.receipt_id, r.serial, r.status, e.paid_at "
                             "FROM person p JOIN enrollment e ON e.person_id = p.id LEFT JOIN receipt r ON r.id = e.receipt_id "
                             "WHERE p.household_id = ? AND p.deleted = 0 "
                             "AND (e.deleted = 0 OR e.status IN ('voided', 'refunded')) "
                             "ORDER BY e.scheme_year DESC, p.relation <> 'self', p.birth_date, p.rowid"));
    q.addBindValue(householdId);
    if (q.exec()) {
        while (q.next()) {
            Row r;
            r.id = q.value(0).toString();
            r.year = q.value(1).toInt();
            r.name = q.value(2).toString();
            r.tier = q.value(3).toInt();
            r.personal = q.value(4).toLongLong();
            r.subsidized = q.value(5).toLongLong();
            r.subsidy = q.value(6).toLongLong();
            r.status = q.value(7).toString();
            r.receiptId = q.value(8).toString();
            r.receiptSerial = q.value(9).toString();
            r.receiptStatus = q.value(10).toString();
            r.paidAt = q.value(11).toString();
            m_rows.append(r);
        }
    }
    endResetModel();
}

int HouseholdEnrollmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdEnrollmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdEnrollmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case YearColumn: return QString::number(r.year);
        case NameColumn: return r.name;
        case TierColumn: return tierLabel(r.tier);
        case PersonalColumn: return Money(r.personal).toDisplayString();
        case SubsidizedColumn: return Money(r.subsidized).toDisplayString();
        case SubsidyColumn: return Money(r.subsidy).toDisplayString();
        case StatusColumn: return statusLabel(r.status);
        case ReceiptColumn: return r.receiptSerial;
        case PaidAtColumn: return DisplayFormat::dateTime(QDateTime::fromString(r.paidAt, Qt::ISODateWithMs));
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() >= PersonalColumn && index.column() <= SubsidyColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == EnrollmentIdRole) {
        return r.id;
    } else if (role == ReceiptIdRole) {
        return r.receiptId;
    } else if (role == FenRole) {
        switch (index.column()) {
        case PersonalColumn: return r.personal;
        case SubsidizedColumn: return r.subsidized;
        case SubsidyColumn: return r.subsidy;
        }
    }
    return {};
}

QVariant HouseholdEnrollmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case YearColumn: return tr("Scheme year");
    case NameColumn: return tr("Name");
    case TierColumn: return tr("Tier");
    case PersonalColumn: return tr("Personal contribution");
    //: the personal amount the state paid for a subsidized person (代缴)
    case SubsidizedColumn: return tr("Paid by the state");
    case SubsidyColumn: return tr("Government subsidy");
    case StatusColumn: return tr("Status");
    case ReceiptColumn: return tr("Receipt");
    case PaidAtColumn: return tr("Paid at");
    }
    return {};
}
