#include "claimentrymodel.h"

#include "engine/settlementengine.h"
#include "services/policyservice.h"
#include "services/settlementinputs.h"

#include <QSqlQuery>

ClaimEntryModel::ClaimEntryModel(const QSqlDatabase &db, const SessionUser &user, QObject *parent)
    : QObject(parent), m_db(db), m_user(user), m_date(QDate::currentDate())
{
}

bool ClaimEntryModel::setPerson(const QString &personId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT p.id, p.name, p.id_number, p.sex, p.household_id, h.code, v.name, h.township_id, "
                             "p.status, p.death_date, p.poverty, p.dibao, p.tekun, p.near_poor "
                             "FROM person p JOIN household h ON h.id = p.household_id "
                             "LEFT JOIN village v ON v.id = h.village_id WHERE p.id = ? AND p.deleted = 0"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next()) {
        clearPerson();
        return false;
    }
    Person p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.idNumber = q.value(2).toString();
    p.sex = q.value(3).toString();
    p.householdId = q.value(4).toString();
    p.householdCode = q.value(5).toString();
    p.village = q.value(6).toString();
    p.townshipId = q.value(7).toString();
    p.status = q.value(8).toString();
    p.deathDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    const char *codes[] = {"poverty", "dibao", "tekun", "near_poor"};
    for (int i = 0; i < 4; ++i)
        if (q.value(10 + i).toInt())
            p.categories << QLatin1String(codes[i]);
    m_person = p;
    m_year = 0; // reload the year's totals for this person
    reloadContext();
    return true;
}

void ClaimEntryModel::clearPerson()
{
    m_person.reset();
    m_facts = PersonFacts();
    m_ytd = YearToDate();
    m_enrollmentStatus.clear();
    m_errors = Validation();
    emit contextChanged();
}

void ClaimEntryModel::setClaimDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    if (m_person)
        reloadContext();
}

void ClaimEntryModel::reloadContext()
{
    m_errors = Validation();
    const int year = m_date.year();
    if (year != m_year || !m_policy) {
        m_year = year;
        auto policy = PolicyService::forYear(m_db, year);
        if (policy)
            m_policy = policy.value();
        else
            m_policy.reset();
        m_ytd = YearToDate();
        m_facts = PersonFacts();
        if (!policy)
            m_errors.append(policy.errors());
    }
    if (m_person && m_policy) {
        // Facts depend on the day (certifications valid on it); totals on the year.
        auto facts = SettlementInputs::personFacts(m_db, m_person->id, m_year, m_date);
        if (facts) {
            m_facts = facts.value();
            auto ytd = SettlementInputs::yearToDate(m_db, m_person->id, m_year, *m_policy, m_facts);
            if (ytd)
                m_ytd = ytd.value();
            else
                m_errors.append(ytd.errors());
        } else {
            m_errors.append(facts.errors());
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT status FROM enrollment WHERE person_id = ? AND scheme_year = ? AND deleted = 0"));
        q.addBindValue(m_person->id);
        q.addBindValue(m_year);
        m_enrollmentStatus = q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    emit contextChanged();
}

QList<ClaimEntryModel::Certified> ClaimEntryModel::certified() const
{
    QList<Certified> list;
    for (const QString &code : m_facts.certified)
        list.append({code, diseaseName(code)});
    return list;
}

QString ClaimEntryModel::diseaseName(const QString &code) const
{
    if (m_policy)
        if (const SpecialDisease *d = m_policy->disease(code))
            return d->name;
    return code;
}

Result<SettlementResult> ClaimEntryModel::settle(const ClaimInput &claim) const
{
    if (!m_errors.ok())
        return Result<SettlementResult>(m_errors);
    if (!m_person)
        return Result<SettlementResult>::failure(QStringLiteral("person_id"), tr("Person: choose the insured person."));
    if (!m_policy)
        return Result<SettlementResult>::failure(QStringLiteral("discharge"),
                                                 tr("Discharge date: no policy is published for %1.").arg(m_year));
    return SettlementEngine::settle(*m_policy, m_facts, claim, m_ytd);
}

qint64 ClaimEntryModel::basicCapLeftFen() const
{
    if (!m_policy || !m_policy->basicCap.capFen.isSet())
        return -1;
    qint64 used = 0;
    for (int k = 0; k < ClaimCodes::kindCount; ++k)
        if (m_policy->basicCap.appliesTo & (quint32(1) << k))
            used += m_ytd.basicFen[std::size_t(k)];
    return qMax<qint64>(0, m_policy->basicCap.capFen.forTier(m_facts.tier) - used);
}

qint64 ClaimEntryModel::criticalCapLeftFen() const
{
    if (!m_policy || m_policy->criticalIllness.yearlyCapFen < 0)
        return -1;
    return qMax<qint64>(0, m_policy->criticalIllness.yearlyCapFen - m_ytd.criticalFen);
}

qint64 ClaimEntryModel::reliefCapLeftFen(ClaimKind kind) const
{
    if (!m_policy)
        return -1;
    const qint64 cap = m_policy->povertyRelief.yearlyCapFen[std::size_t(kind)];
    if (cap < 0)
        return -1;
    return qMax<qint64>(0, cap - m_ytd.reliefFen[std::size_t(kind)]);
}
