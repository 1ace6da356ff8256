#include "replicasummarymodel.h"

#include "displayformat.h"
#include "domain/money.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

QString filingStatusLabel(const QString &s)
{
    if (s == QLatin1String("reported")) return ReplicaSummaryModel::tr("Reported by the village");
    if (s == QLatin1String("returned")) return ReplicaSummaryModel::tr("Returned for correction");
    if (s == QLatin1String("reviewed")) return ReplicaSummaryModel::tr("Reviewed by the township");
    if (s == QLatin1String("submitted")) return ReplicaSummaryModel::tr("Submitted to the county");
    if (s == QLatin1String("certified")) return ReplicaSummaryModel::tr("Certified");
    if (s == QLatin1String("rejected")) return ReplicaSummaryModel::tr("Rejected");
    if (s == QLatin1String("expired")) return ReplicaSummaryModel::tr("Expired");
    if (s == QLatin1String("revoked")) return ReplicaSummaryModel::tr("Revoked");
    return s;
}

QString claimStatusLabel(const QString &s)
{
    if (s == QLatin1String("entered")) return ReplicaSummaryModel::tr("Entered, awaiting review");
    if (s == QLatin1String("returned")) return ReplicaSummaryModel::tr("Returned for correction");
    if (s == QLatin1String("settled")) return ReplicaSummaryModel::tr("Settled");
    if (s == QLatin1String("reversed")) return ReplicaSummaryModel::tr("Reversed");
    return s;
}

QString claimKindLabel(const QString &s)
{
    if (s == QLatin1String("inpatient")) return ReplicaSummaryModel::tr("Inpatient");
    if (s == QLatin1String("general_outpatient")) return ReplicaSummaryModel::tr("General outpatient");
    if (s == QLatin1String("special_outpatient")) return ReplicaSummaryModel::tr("Special outpatient");
    return s;
}

QString enrollmentStatusLabel(const QString &s)
{
    if (s == QLatin1String("pending")) return ReplicaSummaryModel::tr("not yet paid");
    if (s == QLatin1String("paid")) return ReplicaSummaryModel::tr("paid");
    if (s == QLatin1String("refunded")) return ReplicaSummaryModel::tr("refunded");
    if (s == QLatin1String("voided")) return ReplicaSummaryModel::tr("voided");
    return s;
}
} // namespace

ReplicaSummaryModel::ReplicaSummaryModel(const QSqlDatabase &db, Section section, const QString &townshipId, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_section(section), m_townshipId(townshipId)
{
}

qint64 ReplicaSummaryModel::pendingOperations(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE pushed_at IS NULL")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QDateTime ReplicaSummaryModel::lastSync(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(QStringLiteral("last_sync_at"));
    if (q.exec() && q.next())
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return {};
}

void ReplicaSummaryModel::addCount(const QString &item, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    m_lines.append({item, DisplayFormat::count(n), n});
}

void ReplicaSummaryModel::addMoney(const QString &item, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    const qint64 fen = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    m_lines.append({item, Money(fen).toDisplayString(), fen});
}

void ReplicaSummaryModel::addGrouped(const QString &itemPattern, const QString &sql,
                                     const std::function<QString(const QString &)> &label, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    bool any = false;
    if (q.exec()) {
        while (q.next()) {
            any = true;
            const qint64 n = q.value(1).toLongLong();
            m_lines.append({itemPattern.arg(label(q.value(0).toString())), DisplayFormat::count(n), n});
        }
    }
    if (!any)
        m_lines.append({itemPattern.arg(tr("(none yet)")), DisplayFormat::count(0), 0});
}

void ReplicaSummaryModel::addText(const QString &item, const QString &text)
{
    m_lines.append({item, text, 0});
}

void ReplicaSummaryModel::refresh()
{
    beginResetModel();
    m_loaded = true;
    m_lines.clear();
    // A plain equality (not "? = '' OR ..."), so that SQLite can start from
    // the township's households (household(township_id, code)) and rows.
    const bool all = m_townshipId.isEmpty();
    const QString hScope = all ? QStringLiteral("1") : QStringLiteral("h.township_id = ?");
    const QString rScope = all ? QStringLiteral("1") : QStringLiteral("township_id = ?");
    switch (m_section) {
    case Section::Enrollment:
        addCount(tr("Households"), QStringLiteral("SELECT COUNT(*) FROM household h WHERE h.deleted = 0 AND ") + hScope, scope());
        addCount(tr("Insured persons on the register"),
                 QStringLiteral("SELECT COUNT(*) FROM person p JOIN household h ON h.id = p.household_id "
                                "WHERE p.deleted = 0 AND p.status = 'active' AND ") + hScope, scope());
        addGrouped(tr("Enrollments %1"),
                   QStringLiteral("SELECT e.scheme_year || ' ' || e.status, COUNT(*) FROM enrollment e "
                                  "JOIN person p ON p.id = e.person_id JOIN household h ON h.id = p.household_id "
                                  "WHERE e.deleted = 0 AND ") + hScope +
                       QStringLiteral(" GROUP BY e.scheme_year, e.status ORDER BY e.scheme_year DESC, e.status"),
                   [](const QString &yearStatus) {
                       const QString year = yearStatus.section(QLatin1Char(' '), 0, 0);
                       const QString status = yearStatus.section(QLatin1Char(' '), 1, 1);
                       return tr("scheme year %1, %2").arg(year, enrollmentStatusLabel(status));
                   },
                   scope());
        addCount(tr("Contribution receipts issued"),
                 QStringLiteral("SELECT COUNT(*) FROM receipt WHERE deleted = 0 AND ") + rScope, scope());
        break;
    case Section::SpecialOutpatient:
        addGrouped(tr("Filings: %1"),
                   QStringLiteral("SELECT status, COUNT(*) FROM filing WHERE deleted = 0 AND ") + rScope +
                       QStringLiteral(" GROUP BY status ORDER BY status"),
                   filingStatusLabel, scope());
        addCount(tr("Diseases in the catalogue"), QStringLiteral("SELECT COUNT(*) FROM disease WHERE deleted = 0"));
        break;
    case Section::Claims:
        addGrouped(tr("Claims: %1"),
                   QStringLiteral("SELECT status, COUNT(*) FROM claim WHERE deleted = 0 AND ") + rScope +
                       QStringLiteral(" GROUP BY status ORDER BY status"),
                   claimStatusLabel, scope());
        addGrouped(tr("Claims by kind: %1"),
                   QStringLiteral("SELECT kind, COUNT(*) FROM claim WHERE deleted = 0 AND ") + rScope +
                       QStringLiteral(" GROUP BY kind ORDER BY kind"),
                   claimKindLabel, scope());
        addCount(tr("Settlements"), QStringLiteral("SELECT COUNT(*) FROM settlement WHERE deleted = 0 AND ") + rScope, scope());
        addMoney(tr("Paid by basic insurance"),
                 QStringLiteral("SELECT COALESCE(SUM(basic_fen), 0) FROM settlement WHERE deleted = 0 AND ") + rScope, scope());
        break;
    case Section::Relief:
        addCount(tr("Registered poverty persons"),
                 QStringLiteral("SELECT COUNT(*) FROM person p JOIN household h ON h.id = p.household_id "
                                "WHERE p.deleted = 0 AND p.poverty = 1 AND ") + hScope, scope());
        addCount(tr("Dibao persons"),
                 QStringLiteral("SELECT COUNT(*) FROM person p JOIN household h ON h.id = p.household_id "
                                "WHERE p.deleted = 0 AND p.dibao = 1 AND ") + hScope, scope());
        addCount(tr("Tekun persons"),
                 QStringLiteral("SELECT COUNT(*) FROM person p JOIN household h ON h.id = p.household_id "
                                "WHERE p.deleted = 0 AND p.tekun = 1 AND ") + hScope, scope());
        addCount(tr("Settlements with health poverty relief"),
                 QStringLiteral("SELECT COUNT(*) FROM settlement WHERE deleted = 0 AND relief_fen > 0 AND ") + rScope, scope());
        addMoney(tr("Health poverty relief paid"),
                 QStringLiteral("SELECT COALESCE(SUM(relief_fen), 0) FROM settlement WHERE deleted = 0 AND ") + rScope, scope());
        addMoney(tr("Medical assistance paid"),
                 QStringLiteral("SELECT COALESCE(SUM(assistance_fen), 0) FROM settlement WHERE deleted = 0 AND ") + rScope, scope());
        break;
    case Section::Dashboard:
        addCount(tr("Townships"), QStringLiteral("SELECT COUNT(*) FROM township WHERE deleted = 0"));
        addCount(tr("Villages"), QStringLiteral("SELECT COUNT(*) FROM village WHERE deleted = 0 AND ") + rScope, scope());
        addCount(tr("Households"), QStringLiteral("SELECT COUNT(*) FROM household h WHERE h.deleted = 0 AND ") + hScope, scope());
        addCount(tr("Persons"),
                 QStringLiteral("SELECT COUNT(*) FROM person p JOIN household h ON h.id = p.household_id "
                                "WHERE p.deleted = 0 AND ") + hScope, scope());
        addCount(tr("Designated institutions"), QStringLiteral("SELECT COUNT(*) FROM institution WHERE deleted = 0"));
        addCount(tr("Filings"), QStringLiteral("SELECT COUNT(*) FROM filing WHERE deleted = 0 AND ") + rScope, scope());
        addCount(tr("Claims"), QStringLiteral("SELECT COUNT(*) FROM claim WHERE deleted = 0 AND ") + rScope, scope());
        addCount(tr("User accounts"), QStringLiteral("SELECT COUNT(*) FROM app_user WHERE deleted = 0 AND active = 1"));
        break;
    case Section::Sync: {
        const qint64 pending = pendingOperations(m_db);
        m_lines.append({tr("Changes waiting to be sent to the county"), DisplayFormat::count(pending), pending});
        addCount(tr("Changes recorded in the outbox"), QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        addCount(tr("Entries in the audit log"), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const QDateTime last = lastSync(m_db);
        addText(tr("Last sync"), last.isValid() ? DisplayFormat::dateTime(last) : tr("Never synced"));
        break;
    }
    }
    endResetModel();
}

int ReplicaSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReplicaSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplicaSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == ItemColumn ? l.item : l.figure;
    if (role == Qt::TextAlignmentRole && index.column() == FigureColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortValueRole)
        return index.column() == ItemColumn ? QVariant(l.item) : QVariant(l.value);
    return {};
}

QVariant ReplicaSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == ItemColumn ? tr("Item") : tr("Figure");
}
