#include "specialoutpatientlimitmodel.h"

#include "displayformat.h"
#include "domain/money.h"
#include "services/policyservice.h"
#include "services/settlementinputs.h"

#include <QSqlQuery>

SpecialOutpatientLimitModel::SpecialOutpatientLimitModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

bool SpecialOutpatientLimitModel::setPerson(const QString &personId, const QDate &onDate)
{
    beginResetModel();
    m_lines.clear();
    m_note.clear();
    m_year = onDate.year();
    bool ok = true;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Valid on the day as the engine reads it (SettlementInputs::personFacts).
    q.prepare(QStringLiteral("SELECT id, disease_code, valid_from, valid_to FROM filing WHERE person_id = ? "
                             "AND status = 'certified' AND deleted = 0 AND valid_from <= ? "
                             "AND (valid_to IS NULL OR valid_to >= ?) ORDER BY disease_code, valid_from"));
    const QString day = onDate.toString(Qt::ISODate);
    q.addBindValue(personId);
    q.addBindValue(day);
    q.addBindValue(day);
    if (!q.exec()) {
        ok = false;
    } else {
        while (q.next()) {
            Line l;
            l.filingId = q.value(0).toString();
            l.diseaseCode = q.value(1).toString();
            l.validFrom = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            l.validTo = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            m_lines.append(l);
        }
    }

    if (ok && !m_lines.isEmpty()) {
        const auto facts = SettlementInputs::personFacts(m_db, personId, m_year, onDate);
        const auto policy = PolicyService::forYear(m_db, m_year);
        if (!policy)
            m_note = tr("No policy is published for %1: the yearly limits are not known.").arg(m_year);
        else if (facts && !facts->enrolled)
            m_note = tr("Not enrolled and paid for %1: special-outpatient claims of that year are refused.").arg(m_year);

        // Basic paid per disease in the year; a reversal is a settlement with
        // the amounts negated, so the sum nets it out.
        QSqlQuery used(m_db);
        used.prepare(QStringLiteral(
            "SELECT COALESCE(SUM(s.basic_fen), 0) FROM claim c JOIN settlement s ON s.claim_id = c.id AND s.deleted = 0 "
            "WHERE c.person_id = ? AND c.scheme_year = ? AND c.kind = 'special_outpatient' AND c.disease_code = ? "
            "AND c.deleted = 0"));
        for (Line &l : m_lines) {
            used.addBindValue(personId);
            used.addBindValue(m_year);
            used.addBindValue(l.diseaseCode);
            if (used.exec() && used.next())
                l.usedFen = used.value(0).toLongLong();
            else
                ok = false;
            if (!policy || !facts)
                continue;
            const SpecialDisease *d = policy->disease(l.diseaseCode);
            if (!d)
                continue;
            l.diseaseName = d->name;
            // [policy §special outpatient] the poverty limit, where set, for registered poverty persons.
            const bool poverty = facts->has(PersonCategory::Poverty);
            const TierAmounts &limit = poverty && d->povertyLimitFen.isSet() ? d->povertyLimitFen : d->limitFen;
            if (limit.isSet() && facts->enrolled) {
                l.hasLimit = true;
                l.limitFen = limit.forTier(facts->tier);
                l.remainingFen = qMax<qint64>(0, l.limitFen - l.usedFen);
            }
        }
    }
    if (!ok) {
        m_lines.clear();
        m_note = tr("The certifications cannot be read.");
    }
    endResetModel();
    return ok;
}

int SpecialOutpatientLimitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SpecialOutpatientLimitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpecialOutpatientLimitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
    const int c = index.column();
    const bool money = c == LimitColumn || c == UsedColumn || c == RemainingColumn;
    switch (role) {
    case DiseaseCodeRole: return l.diseaseCode;
    case FilingIdRole: return l.filingId;
    case FenRole:
        if (c == UsedColumn)
            return l.usedFen;
        if (c == LimitColumn && l.hasLimit)
            return l.limitFen;
        if (c == RemainingColumn && l.hasLimit)
            return l.remainingFen;
        return {};
    case Qt::TextAlignmentRole:
        return money ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (Column(c)) {
        case DiseaseColumn:
            return l.diseaseName.isEmpty() ? l.diseaseCode : QStringLiteral("%1 %2").arg(l.diseaseCode, l.diseaseName);
        case ValidFromColumn: return DisplayFormat::date(l.validFrom);
        case ValidToColumn:
            //: a certification with no end date
            return l.validTo.isValid() ? DisplayFormat::date(l.validTo) : tr("open-ended");
        //: special-outpatient limit: the policy sets no yearly limit (or it is not known)
        case LimitColumn: return l.hasLimit ? Money(l.limitFen).toDisplayString() : tr("none");
        case UsedColumn: return Money(l.usedFen).toDisplayString();
        case RemainingColumn: return l.hasLimit ? Money(l.remainingFen).toDisplayString() : QStringLiteral("—");
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant SpecialOutpatientLimitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    //: special-outpatient limits of a person: the certified disease
    case DiseaseColumn: return tr("Certified disease");
    case ValidFromColumn: return tr("Valid from");
    case ValidToColumn: return tr("Valid to");
    //: the disease's yearly limit (年度限额) for this person
    case LimitColumn: return tr("Yearly limit");
    //: basic insurance paid against the limit so far this scheme year
    case UsedColumn: return tr("Used this year");
    //: what is left of the yearly limit
    case RemainingColumn: return tr("Remaining");
    case ColumnCount: break;
    }
    return {};
}
