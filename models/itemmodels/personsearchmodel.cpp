#include "personsearchmodel.h"

#include "displayformat.h"
#include "domain/idnumber.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlError>

namespace {
// Above every character SQLite's BINARY collation can meet after a prefix,
// so [prefix, prefix + kTop) is exactly "begins with prefix".
const QString &top()
{
    static const QString t = [] {
        const char32_t c = 0x10FFFF;
        return QString::fromUcs4(&c, 1);
    }();
    return t;
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

const char *kSelect =
    "SELECT p.rowid, %1, p.id, p.name, p.sex, p.birth_date, p.id_number, v.name, h.code, h.id, h.township_id, p.status "
    "FROM person p JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id ";
} // namespace

PersonSearchModel::PersonSearchModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void PersonSearchModel::setViewer(const SessionUser &viewer)
{
    m_viewer = viewer;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, IdNumberColumn), index(m_rows.size() - 1, IdNumberColumn));
}

PersonSearchModel::Mode PersonSearchModel::modeFor(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return Mode::None;
    static const QRegularExpression full(QStringLiteral("^(\\d{17}[\\dXx]|\\d{15})$"));
    static const QRegularExpression prefix(QStringLiteral("^\\d{1,17}[Xx]?$"));
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]+$"));
    if (full.match(text).hasMatch())
        return Mode::IdNumberExact;
    if (prefix.match(text).hasMatch())
        return Mode::IdNumberPrefix;
    if (letters.match(text).hasMatch())
        return Mode::InitialsPrefix;
    if (hasHan(text))
        return Mode::NamePrefix;
    return Mode::None;
}

void PersonSearchModel::setSearchText(const QString &raw)
{
    beginResetModel();
    m_rows.clear();
    m_text = raw;
    m_mode = modeFor(raw);
    m_key = raw.trimmed();
    switch (m_mode) {
    case Mode::IdNumberExact:
        if (m_key.size() == 15) {
            // A legacy number is stored in its 18-character form.
            const auto id = IdNumber::parse(m_key);
            m_key = id ? id->text() : QString();
        }
        m_key = m_key.toUpper();
        break;
    case Mode::IdNumberPrefix:
    case Mode::InitialsPrefix:
        m_key = m_key.toUpper();
        break;
    case Mode::NamePrefix:
    case Mode::None:
        break;
    }
    m_atEnd = m_mode == Mode::None || m_key.isEmpty();
    if (!m_atEnd)
        m_rows = readPage();
    m_fetching = true;   // no fetchMore() from the reset's own signal handlers
    endResetModel();
    m_fetching = false;
}

QVector<PersonSearchModel::Row> PersonSearchModel::readPage()
{
    QVector<Row> rows;
    QString keyColumn;
    QString where;
    switch (m_mode) {
    case Mode::IdNumberExact:
        keyColumn = QStringLiteral("p.id_number");
        where = QStringLiteral("WHERE p.id_number = :key AND p.deleted = 0 ");
        break;
    case Mode::IdNumberPrefix:
        keyColumn = QStringLiteral("p.id_number");
        where = QStringLiteral("WHERE p.id_number >= :lo AND p.id_number < :hi AND p.deleted = 0 ");
        break;
    case Mode::NamePrefix:
        keyColumn = QStringLiteral("p.name");
        where = QStringLiteral("WHERE p.name >= :lo AND p.name < :hi AND p.deleted = 0 ");
        break;
    case Mode::InitialsPrefix:
        keyColumn = QStringLiteral("p.name_initials");
        where = QStringLiteral("WHERE p.name_initials >= :lo AND p.name_initials < :hi AND p.deleted = 0 ");
        break;
    case Mode::None:
        m_atEnd = true;
        return rows;
    }
    const bool after = !m_rows.isEmpty();
    if (after)
        where += QStringLiteral("AND (%1, p.rowid) > (:lastKey, :lastRowid) ").arg(keyColumn);
    const QString sql = QString::fromLatin1(kSelect).arg(keyColumn) + where
                        + QStringLiteral("ORDER BY %1, p.rowid LIMIT :limit").arg(keyColumn);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_atEnd = true;
        emit queryFailed(q.lastError().text());
        return rows;
    }
    if (m_mode == Mode::IdNumberExact) {
        q.bindValue(QStringLiteral(":key"), m_key);
    } else {
        q.bindValue(QStringLiteral(":lo"), m_key);
        q.bindValue(QStringLiteral(":hi"), m_key + top());
    }
    if (after) {
        q.bindValue(QStringLiteral(":lastKey"), m_rows.constLast().key);
        q.bindValue(QStringLiteral(":lastRowid"), m_rows.constLast().rowid);
    }
    q.bindValue(QStringLiteral(":limit"), m_pageSize);
    if (!q.exec()) {
        m_atEnd = true;
        emit queryFailed(q.lastError().text());
        return rows;
    }
    while (q.next()) {
        Row r;
        r.rowid = q.value(0).toLongLong();
        r.key = q.value(1).toString();
        r.id = q.value(2).toString();
        r.name = q.value(3).toString();
        r.sex = q.value(4).toString();
        r.birthDate = q.value(5).toString();
        r.idNumber = q.value(6).toString();
        r.village = q.value(7).toString();
        r.householdCode = q.value(8).toString();
        r.householdId = q.value(9).toString();
        r.townshipId = q.value(10).toString();
        r.status = q.value(11).toString();
        rows.append(r);
    }
    m_atEnd = rows.size() < m_pageSize;
    return rows;
}

QString PersonSearchModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

bool PersonSearchModel::maySeeIdNumber(const SessionUser &viewer, const QString &personTownshipId)
{
    if (!viewer.isValid() || RoleInfo::isCountyRole(viewer.role))
        return false;
    return !viewer.townshipId.isEmpty() && viewer.townshipId == personTownshipId;
}

QString PersonSearchModel::sexLabel(const QString &code)
{
    if (code == QLatin1String("M"))
        return tr("Male");
    if (code == QLatin1String("F"))
        return tr("Female");
    return code;
}

QString PersonSearchModel::statusLabel(const QString &code)
{
    if (code == QLatin1String("active"))
        //: person status: on the register
        return tr("Active");
    if (code == QLatin1String("dead"))
        return tr("Deceased");
    if (code == QLatin1String("moved_out"))
        return tr("Moved out");
    return code;
}

int PersonSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case SexColumn: return sexLabel(r.sex);
        case BirthDateColumn: return DisplayFormat::date(QDate::fromString(r.birthDate, Qt::ISODate));
        case IdNumberColumn: return maySeeIdNumber(m_viewer, r.townshipId) ? r.idNumber : IdNumber::masked(r.idNumber);
        case VillageColumn: return r.village;
        case HouseholdColumn: return r.householdCode;
        case StatusColumn: return statusLabel(r.status);
        }
        break;
    case PersonIdRole: return r.id;
    case HouseholdIdRole: return r.householdId;
    case TownshipIdRole: return r.townshipId;
    case FullIdNumberRole: return maySeeIdNumber(m_viewer, r.townshipId) ? r.idNumber : QString();
    default: break;
    }
    return {};
}

QVariant PersonSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case SexColumn: return tr("Sex");
    case BirthDateColumn: return tr("Date of birth");
    case IdNumberColumn: return tr("Id number");
    case VillageColumn: return tr("Village");
    case HouseholdColumn: return tr("Household code");
    case StatusColumn: return tr("Status");
    }
    return {};
}

bool PersonSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PersonSearchModel::fetchMore(const QModelIndex &parent)
{
    // Views and the model tester may ask again while rows are going in.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    const QVector<Row> more = readPage();
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows += more;
        endInsertRows();
    }
    m_fetching = false;
}
