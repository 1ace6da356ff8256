#include "householdcardmodel.h"

#include "displayformat.h"
#include "domain/idnumber.h"
#include "householdmembersmodel.h"
#include "personsearchmodel.h"
#include "services/changewriter.h"

#include <QSqlQuery>

HouseholdCardModel::HouseholdCardModel(const QSqlDatabase &db, const SessionUser &viewer, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(viewer)
{
}

bool HouseholdCardModel::load(const QString &id)
{
    const QString householdId = id;   // id may be m_household.id, cleared below
    beginResetModel();
    m_household = {};
    m_saved.clear();
    m_members.clear();
    m_pendingMembers.clear();
    m_pendingDeaths.clear();
    m_pendingMoves.clear();
    m_pendingEdits.clear();
    m_pendingMoveOuts.clear();
    m_pendingHouseholdEdit.reset();
    m_pendingHead.clear();
    m_pendingOldHeadRelation.clear();
    QSqlQuery h(m_db);
    h.prepare(QStringLiteral("SELECT h.id, h.code, h.township_id, t.name, h.village_id, v.name, h.address, h.phone, "
                             "h.head_person_id, hp.name FROM household h JOIN village v ON v.id = h.village_id "
                             "JOIN township t ON t.id = h.township_id LEFT JOIN person hp ON hp.id = h.head_person_id "
                             "WHERE h.id = ? AND h.deleted = 0"));
    h.addBindValue(householdId);
    if (!h.exec() || !h.next()) {
        endResetModel();
        emit pendingChanged();
        return false;
    }
    m_household = {h.value(0).toString(), h.value(1).toString(), h.value(2).toString(), h.value(3).toString(),
                   h.value(4).toString(), h.value(5).toString(), h.value(6).toString(), h.value(7).toString(),
                   h.value(8).toString(), h.value(9).toString()};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, relation, id_number, sex, birth_date, poverty, dibao, tekun, near_poor, "
                             "status, death_date, phone FROM person WHERE household_id = ? AND deleted = 0 "
                             "ORDER BY relation <> 'self', birth_date, rowid"));
    q.addBindValue(m_household.id);
    if (q.exec()) {
        while (q.next()) {
            Member m;
            m.id = q.value(0).toString();
            m.name = q.value(1).toString();
            m.relation = q.value(2).toString();
            m.idNumber = q.value(3).toString();
            m.sex = q.value(4).toString();
            m.birthDate = q.value(5).toString();
            m.categories = HouseholdMembersModel::categoriesLabel(q.value(6).toBool(), q.value(7).toBool(),
                                                                  q.value(8).toBool(), q.value(9).toBool());
            m.poverty = q.value(6).toBool();
            m.dibao = q.value(7).toBool();
            m.tekun = q.value(8).toBool();
            m.nearPoor = q.value(9).toBool();
            m.status = q.value(10).toString();
            m.deathDate = q.value(11).toString();
            m.phone = q.value(12).toString();
            m_saved.append(m);
        }
    }
    m_members = m_saved;
    endResetModel();
    emit pendingChanged();
    return true;
}

std::optional<HouseholdCardModel::Household> HouseholdCardModel::findByCode(const QSqlDatabase &db, const QString &townshipId,
                                                                          const QString &code)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT h.id, h.code, COALESCE(hp.name, '') FROM household h "
                             "LEFT JOIN person hp ON hp.id = h.head_person_id "
                             "WHERE h.township_id = ? AND h.code = ? AND h.deleted = 0"));
    q.addBindValue(townshipId);
    q.addBindValue(code.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    Household h;
    h.id = q.value(0).toString();
    h.code = q.value(1).toString();
    h.townshipId = townshipId;
    h.headName = q.value(2).toString();
    return h;
}

void HouseholdCardModel::rebuild()
{
    beginResetModel();
    m_members = m_saved;
    for (Member &m : m_members) {
        if (m_pendingEdits.contains(m.id)) {
            const HouseholdService::NewPerson &e = m_pendingEdits[m.id];
            m.edited = true;
            m.name = e.name.trimmed();
            m.relation = e.relation;
            const auto id = IdNumber::parse(e.idNumber);
            m.idNumber = id ? id->text() : e.idNumber;
            if (id) {
                m.sex = id->sexCode();
                m.birthDate = id->birthDate().toString(Qt::ISODate);
            }
            m.poverty = e.poverty;
            m.dibao = e.dibao;
            m.tekun = e.tekun;
            m.nearPoor = e.nearPoor;
            m.categories = HouseholdMembersModel::categoriesLabel(e.poverty, e.dibao, e.tekun, e.nearPoor);
            m.phone = e.phone;
        }
        m.movesOut = m_pendingMoveOuts.contains(m.id);
        m.pendingDeath = m_pendingDeaths.value(m.id);
        m.movesTo = m_pendingMoves.contains(m.id) ? m_pendingMoves.value(m.id).toCode : QString();
        if (!m_pendingHead.isEmpty() && m.id == m_pendingHead) {
            m.relation = QStringLiteral("self");
            m.relationPending = true;
        } else if (!m_pendingHead.isEmpty() && m.id == m_household.headPersonId) {
            m.relation = m_pendingOldHeadRelation;
            m.relationPending = true;
        }
        if (m_pendingMoves.contains(m.id)) {
            m.relation = m_pendingMoves.value(m.id).relation;   // to the other household's head
            m.relationPending = true;
        }
    }
    for (const PendingMember &p : std::as_const(m_pendingMembers)) {
        Member m;
        m.token = p.token;
        m.marriage = p.marriage;
        m.name = p.person.name.trimmed();
        m.relation = p.person.relation;
        const auto id = IdNumber::parse(p.person.idNumber);
        m.idNumber = id ? id->text() : p.person.idNumber;
        if (id) {
            m.sex = id->sexCode();
            m.birthDate = id->birthDate().toString(Qt::ISODate);
        }
        m.categories = HouseholdMembersModel::categoriesLabel(p.person.poverty, p.person.dibao, p.person.tekun,
                                                              p.person.nearPoor);
        m.status = QStringLiteral("active");
        m_members.append(m);
    }
    endResetModel();
    emit pendingChanged();
}

int HouseholdCardModel::addPendingMember(const HouseholdService::NewPerson &person, bool marriage)
{
    const int token = m_nextToken++;
    m_pendingMembers.append({token, person, marriage});
    m_pendingMembers.last().person.householdId = m_household.id;
    rebuild();
    return token;
}

void HouseholdCardModel::removePendingMember(int token)
{
    for (qsizetype i = 0; i < m_pendingMembers.size(); ++i) {
        if (m_pendingMembers.at(i).token == token) {
            m_pendingMembers.removeAt(i);
            rebuild();
            return;
        }
    }
}

void HouseholdCardModel::setPendingDeath(const QString &personId, const QDate &date)
{
    m_pendingDeaths.insert(personId, date);
    rebuild();
}

void HouseholdCardModel::clearPendingDeath(const QString &personId)
{
    m_pendingDeaths.remove(personId);
    rebuild();
}

void HouseholdCardModel::setPendingMove(const QString &personId, const QString &toHouseholdId, const QString &toCode,
                                        const QString &relation)
{
    m_pendingMoves.insert(personId, {toHouseholdId, toCode, relation});
    rebuild();
}

void HouseholdCardModel::clearPendingMove(const QString &personId)
{
    m_pendingMoves.remove(personId);
    rebuild();
}

void HouseholdCardModel::setPendingEdit(const QString &personId, const HouseholdService::NewPerson &values)
{
    m_pendingEdits.insert(personId, values);
    rebuild();
}

void HouseholdCardModel::clearPendingEdit(const QString &personId)
{
    m_pendingEdits.remove(personId);
    rebuild();
}

std::optional<HouseholdService::NewPerson> HouseholdCardModel::pendingEdit(const QString &personId) const
{
    const auto it = m_pendingEdits.constFind(personId);
    return it == m_pendingEdits.cend() ? std::nullopt : std::optional(it.value());
}

HouseholdService::NewPerson HouseholdCardModel::memberValues(const QString &personId) const
{
    HouseholdService::NewPerson p;
    const int row = rowOfPerson(personId);
    if (row < 0)
        return p;
    const Member &m = m_members.at(row);
    p.householdId = m_household.id;
    p.idNumber = m.idNumber;
    p.name = m.name;
    p.relation = m.relation;
    p.poverty = m.poverty;
    p.dibao = m.dibao;
    p.tekun = m.tekun;
    p.nearPoor = m.nearPoor;
    p.phone = m.phone;
    return p;
}

void HouseholdCardModel::setPendingMoveOut(const QString &personId)
{
    m_pendingMoveOuts.insert(personId);
    rebuild();
}

void HouseholdCardModel::clearPendingMoveOut(const QString &personId)
{
    m_pendingMoveOuts.remove(personId);
    rebuild();
}

void HouseholdCardModel::setPendingHouseholdEdit(const std::optional<HouseholdService::HouseholdEdit> &edit)
{
    m_pendingHouseholdEdit = edit;
    rebuild();
}

HouseholdCardModel::Household HouseholdCardModel::shownHousehold() const
{
    Household h = m_household;
    if (!m_pendingHouseholdEdit)
        return h;
    h.address = m_pendingHouseholdEdit->address.trimmed();
    h.phone = m_pendingHouseholdEdit->phone;
    if (h.villageId != m_pendingHouseholdEdit->villageId) {
        h.villageId = m_pendingHouseholdEdit->villageId;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT name FROM village WHERE id = ?"));
        q.addBindValue(h.villageId);
        h.village = q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    return h;
}

void HouseholdCardModel::setPendingHead(const QString &newHeadPersonId, const QString &oldHeadRelation)
{
    m_pendingHead = newHeadPersonId;
    m_pendingOldHeadRelation = oldHeadRelation;
    rebuild();
}

void HouseholdCardModel::clearPendingHead()
{
    m_pendingHead.clear();
    m_pendingOldHeadRelation.clear();
    rebuild();
}

QString HouseholdCardModel::headPersonId() const
{
    return m_pendingHead.isEmpty() ? m_household.headPersonId : m_pendingHead;
}

bool HouseholdCardModel::hasPendingChanges() const
{
    return pendingCount() > 0;
}

int HouseholdCardModel::pendingCount() const
{
    return int(m_pendingMembers.size() + m_pendingDeaths.size() + m_pendingMoves.size() + m_pendingEdits.size()
               + m_pendingMoveOuts.size())
           + (m_pendingHead.isEmpty() ? 0 : 1) + (m_pendingHouseholdEdit ? 1 : 0);
}

Validation HouseholdCardModel::save(ChangeWriter &writer)
{
    if (!hasPendingChanges())
        return {};
    HouseholdService service(writer);
    // One transaction around the service calls: theirs nest inside it.
    Validation v = writer.transact([&] {
        // The head first, so that a former head may move out after.
        if (!m_pendingHead.isEmpty()) {
            Validation h = service.changeHead(m_household.id, m_pendingHead, m_pendingOldHeadRelation);
            if (!h.ok())
                return h;
        }
        if (m_pendingHouseholdEdit) {
            Validation e = service.editHousehold(m_household.id, *m_pendingHouseholdEdit);
            if (!e.ok())
                return e;
        }
        for (auto it = m_pendingEdits.cbegin(); it != m_pendingEdits.cend(); ++it) {
            HouseholdService::NewPerson values = it.value();
            // A head change saved just before decides these two relations.
            if (!m_pendingHead.isEmpty() && it.key() == m_pendingHead)
                values.relation = QStringLiteral("self");
            else if (!m_pendingHead.isEmpty() && it.key() == m_household.headPersonId)
                values.relation = m_pendingOldHeadRelation;
            Validation e = service.editPerson(it.key(), values);
            if (!e.ok())
                return e;
        }
        for (const PendingMember &p : std::as_const(m_pendingMembers)) {
            auto r = p.marriage ? service.marryIn(p.person) : service.addPerson(p.person);
            if (!r)
                return r.errors();
        }
        for (auto it = m_pendingMoves.cbegin(); it != m_pendingMoves.cend(); ++it) {
            Validation m = service.moveMember(it.key(), it.value().toHouseholdId, it.value().relation);
            if (!m.ok())
                return m;
        }
        for (const QString &personId : std::as_const(m_pendingMoveOuts)) {
            Validation o = service.recordMoveOut(personId);
            if (!o.ok())
                return o;
        }
        for (auto it = m_pendingDeaths.cbegin(); it != m_pendingDeaths.cend(); ++it) {
            Validation d = service.recordDeath(it.key(), it.value());
            if (!d.ok())
                return d;
        }
        return Validation();
    });
    if (v.ok())
        reload();
    return v;
}

QString HouseholdCardModel::personId(int row) const
{
    return row >= 0 && row < m_members.size() ? m_members.at(row).id : QString();
}

int HouseholdCardModel::rowOfPerson(const QString &personId) const
{
    for (int i = 0; i < m_members.size(); ++i)
        if (!personId.isEmpty() && m_members.at(i).id == personId)
            return i;
    return -1;
}

int HouseholdCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int HouseholdCardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    const bool pending = m.id.isEmpty() || m.pendingDeath.isValid() || !m.movesTo.isEmpty() || m.relationPending
                         || m.edited || m.movesOut;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RelationColumn: return HouseholdMembersModel::relationLabel(m.relation);
        case NameColumn: return m.name;
        case IdNumberColumn:
            return PersonSearchModel::maySeeIdNumber(m_viewer, m_household.townshipId) || m.id.isEmpty()
                       ? m.idNumber
                       : IdNumber::masked(m.idNumber);
        case SexColumn: return m.sex.isEmpty() ? QString() : PersonSearchModel::sexLabel(m.sex);
        case BirthDateColumn: return DisplayFormat::date(QDate::fromString(m.birthDate, Qt::ISODate));
        case CategoryColumn: return m.categories;
        case StatusColumn:
            if (m.id.isEmpty() && m.marriage)
                //: household card: a marriage into the household entered on the card, not saved yet
                return tr("Marries in (not saved)");
            if (m.id.isEmpty())
                //: household card: a member added on the card, not saved yet
                return tr("New (not saved)");
            if (!m.movesTo.isEmpty())
                //: household card: a move to another household entered on the card, not saved yet
                return tr("Moves to household %1 (not saved)").arg(m.movesTo);
            if (m.movesOut)
                //: household card: a move out of the county entered on the card, not saved yet
                return tr("Moves out (not saved)");
            if (m.pendingDeath.isValid())
                //: household card: a death entered on the card, not saved yet
                return tr("Deceased %1 (not saved)").arg(DisplayFormat::date(m.pendingDeath));
            if (m.status == QLatin1String("dead"))
                return tr("Deceased %1").arg(DisplayFormat::date(QDate::fromString(m.deathDate, Qt::ISODate)));
            if (m.edited)
                //: household card: corrections of a member entered on the card, not saved yet
                return tr("%1, corrected (not saved)").arg(PersonSearchModel::statusLabel(m.status));
            return PersonSearchModel::statusLabel(m.status);
        }
        break;
    case PersonIdRole: return m.id;
    case PendingRole: return pending;
    case ActiveRole:
        return m.status == QLatin1String("active") && !m.pendingDeath.isValid() && m.movesTo.isEmpty() && !m.movesOut;
    case PendingTokenRole: return m.token;
    default: break;
    }
    return {};
}

QVariant HouseholdCardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RelationColumn: return tr("Relation to head");
    case NameColumn: return tr("Name");
    case IdNumberColumn: return tr("Id number");
    case SexColumn: return tr("Sex");
    case BirthDateColumn: return tr("Date of birth");
    case CategoryColumn: return tr("Category");
    case StatusColumn: return tr("Status");
    }
    return {};
}
