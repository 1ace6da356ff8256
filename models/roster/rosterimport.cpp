#include "rosterimport.h"

#include "rostervocabulary.h"

#include "domain/idnumber.h"
#include "domain/pinyininitials.h"
#include "demo/bulkwriter.h"
#include "services/changewriter.h"
#include "services/householdservice.h"
#include "storage/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <sqlite3.h>

namespace {

using Field = RosterColumnMapping::Field;

// A prepared read on the raw handle: the preview looks up every id number
// of the file, and QSqlQuery's per-call overhead would dominate.
class Lookup
{
public:
    Lookup(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr); }
    ~Lookup() { sqlite3_finalize(m_st); }
    Lookup(const Lookup &) = delete;
    Lookup &operator=(const Lookup &) = delete;
    bool ok() const { return m_st != nullptr; }
    // Binds the texts and steps to the first row; false if there is none.
    bool find(std::initializer_list<QString> values)
    {
        sqlite3_reset(m_st);
        int i = 1;
        for (const QString &v : values) {
            const QByteArray b = v.toUtf8();
            sqlite3_bind_text(m_st, i++, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        }
        return sqlite3_step(m_st) == SQLITE_ROW;
    }
    QString text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_st, col)) : QString();
    }
    qint64 integer(int col) const { return sqlite3_column_int64(m_st, col); }

private:
    sqlite3_stmt *m_st = nullptr;
};

// The same rules as HouseholdService (household code, phone, name length).
const QRegularExpression &codePattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z-]{1,32}$"));
    return re;
}
const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{11}|\\d{3,4}-?\\d{7,8})?$"));
    return re;
}

QString clean(const QString &s)
{
    QString t = s.trimmed();
    t.replace(QChar(0x3000), QString());   // full-width spaces from Excel
    return t.trimmed();
}

// Excel shows a long number typed into a number cell as 3.60102E+17 and
// keeps only 15 digits: the id number is lost in the cell, not in the file.
bool looksLikeExcelNumber(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d(\\.\\d+)?[eE]\\+?\\d+$"));
    return re.match(s).hasMatch();
}

} // namespace

struct RosterImport::Plan
{
    enum Action { Bad, Insert, Update, Unchanged };
    struct Row
    {
        int line = 0;
        QString code, headName, name, idNumber, relation, sex, birthDate, villageId, phone;
        RosterVocabulary::Categories categories;
        Action action = Insert;
        QString personId;        // new or existing
        qint64 version = -1;     // of the existing person
        QVariantMap changes;     // for Update
        int household = -1;
    };
    struct Household
    {
        QString code, villageId, id;
        bool exists = false;
        QString headPersonId, headName, headIdNumber;   // the replica's head, if any
        int headRow = -1;                                // the file's head row (index into rows)
        bool setHead = false;                            // existing household gets its head from the file
        QList<int> rows;
    };
    QList<Row> rows;
    QList<Household> households;
    QList<BadRow> bad;
    bool categoriesMapped = false, phoneMapped = false;

    void markBad(int i, const QString &reason, const QString &message)
    {
        rows[i].action = Bad;
        bad.append({rows[i].line, reason, message});
    }
};

const QStringList &RosterImport::reasonCodes()
{
    static const QStringList codes = {
        QStringLiteral("missing_name"),        QStringLiteral("bad_name"),          QStringLiteral("bad_id_number"),
        QStringLiteral("bad_household_code"),  QStringLiteral("unknown_village"),   QStringLiteral("bad_relation"),
        QStringLiteral("bad_category"),        QStringLiteral("bad_sex"),           QStringLiteral("sex_mismatch"),
        QStringLiteral("bad_birth_date"),      QStringLiteral("birth_date_mismatch"), QStringLiteral("bad_phone"),
        QStringLiteral("duplicate_in_file"),   QStringLiteral("duplicate_in_replica"), QStringLiteral("differs_from_replica"),
        QStringLiteral("household_deleted"),   QStringLiteral("village_mismatch"),  QStringLiteral("duplicate_head"),
        QStringLiteral("missing_head"),        QStringLiteral("head_mismatch"),
    };
    return codes;
}

RosterImport::RosterImport(const QSqlDatabase &db, const SessionUser &user) : m_db(db), m_user(user) {}

Validation RosterImport::open(const QString &path)
{
    auto sheet = SpreadsheetReader::read(path);
    if (!sheet)
        return sheet.errors();
    setSheet(sheet.value());
    return {};
}

void RosterImport::setSheet(const SpreadsheetReader::Sheet &sheet)
{
    m_encoding = sheet.encoding;
    m_headers.clear();
    m_rows.clear();
    m_headerLine = 0;
    if (sheet.rows.isEmpty()) {
        m_mapping = RosterColumnMapping();
        return;
    }
    // County rosters often carry a title row or two above the header.
    const auto remembered = RosterColumnMapping::remembered(m_db);
    int headerIndex = 0;
    for (int i = 0; i < std::min<qsizetype>(10, sheet.rows.size()); ++i) {
        const auto m = RosterColumnMapping::guess(sheet.rows[i].cells, remembered);
        int mapped = 0;
        for (int f = 0; f < RosterColumnMapping::FieldCount; ++f)
            mapped += m.column(Field(f)) >= 0;
        if (mapped >= 3) {
            headerIndex = i;
            break;
        }
    }
    m_headers = sheet.rows[headerIndex].cells;
    m_headerLine = sheet.rows[headerIndex].line;
    m_rows = sheet.rows.mid(headerIndex + 1);
    m_mapping = RosterColumnMapping::guess(m_headers, remembered);
}

bool RosterImport::rememberMapping() const
{
    return m_mapping.remember(m_db, m_headers);
}

Validation RosterImport::checkSetup() const
{
    ChangeWriter probe(m_db, m_user);
    Validation v = probe.require(Permission::EditHouseholds);
    if (v.ok() && m_user.townshipId.isEmpty())
        v.add(QStringLiteral("township"), tr("A roster is imported into a township: sign in with a township account."));
    QStringList missing;
    for (Field f : m_mapping.missingRequired())
        missing << RosterColumnMapping::standardHeader(f);
    if (!missing.isEmpty())
        v.add(QStringLiteral("mapping"), tr("Columns: no column is chosen for %1.").arg(missing.join(QStringLiteral(", "))));
    return v;
}

RosterImport::Summary RosterImport::analyze(Plan &plan, const Progress &progress, bool *cancelled) const
{
    Summary summary;
    summary.rows = int(m_rows.size());
    plan = Plan();
    plan.categoriesMapped = m_mapping.column(RosterColumnMapping::Category) >= 0;
    plan.phoneMapped = m_mapping.column(RosterColumnMapping::Phone) >= 0;

    // Villages of the township, by name and by code.
    QHash<QString, QString> villages;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, code, name FROM village WHERE township_id = ? AND deleted = 0"));
        q.addBindValue(m_user.townshipId);
        q.exec();
        while (q.next()) {
            villages.insert(q.value(1).toString(), q.value(0).toString());
            villages.insert(q.value(2).toString(), q.value(0).toString());
        }
    }

    const QDate today = QDate::currentDate();
    auto cell = [&](const SpreadsheetReader::Row &r, Field f) { return clean(r.cell(m_mapping.column(f))); };

    // 1. Each row on its own.
    plan.rows.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (progress && i % 2000 == 0 && !progress(i, m_rows.size())) {
            *cancelled = true;
            return summary;
        }
        const auto &src = m_rows[i];
        Plan::Row row;
        row.line = src.line;
        row.name = cell(src, RosterColumnMapping::Name);
        row.code = cell(src, RosterColumnMapping::HouseholdCode);
        row.headName = cell(src, RosterColumnMapping::HeadName);
        row.phone = cell(src, RosterColumnMapping::Phone);
        plan.rows.append(row);
        const int ri = int(plan.rows.size() - 1);
        Plan::Row &r = plan.rows.last();

        if (r.name.isEmpty()) {
            plan.markBad(ri, QStringLiteral("missing_name"), tr("Name: required."));
            continue;
        }
        if (r.name.size() > 30) {
            plan.markBad(ri, QStringLiteral("bad_name"), tr("Name: at most 30 characters."));
            continue;
        }
        const QString idText = cell(src, RosterColumnMapping::IdNumber);
        const auto id = IdNumber::parse(idText, today);
        if (!id) {
            plan.markBad(ri, QStringLiteral("bad_id_number"),
                         looksLikeExcelNumber(idText)
                             ? tr("Id number: %1 was typed into a number cell and Excel dropped its last digits; "
                                  "format the column as text and type the numbers again.").arg(idText)
                             : id.errorText());
            continue;
        }
        r.idNumber = id->text();
        r.sex = id->sexCode();
        r.birthDate = id->birthDate().toString(Qt::ISODate);
        if (!codePattern().match(r.code).hasMatch()) {
            plan.markBad(ri, QStringLiteral("bad_household_code"),
                         r.code.isEmpty() ? tr("Household code: required.")
                                          : tr("Household code: %1 is not 1 to 32 letters, digits or '-'.").arg(r.code));
            continue;
        }
        const QString village = cell(src, RosterColumnMapping::Village);
        r.villageId = villages.value(village);
        if (r.villageId.isEmpty()) {
            plan.markBad(ri, QStringLiteral("unknown_village"),
                         village.isEmpty() ? tr("Village: required.")
                                           : tr("Village: %1 is not a village of this township.").arg(village));
            continue;
        }
        const QString relationWord = cell(src, RosterColumnMapping::Relation);
        const auto relation = RosterVocabulary::relationCode(relationWord);
        if (!relation) {
            plan.markBad(ri, QStringLiteral("bad_relation"),
                         relationWord.isEmpty() ? tr("Relation to head: required.")
                                                : tr("Relation to head: %1 is not a known relation.").arg(relationWord));
            continue;
        }
        r.relation = *relation;
        QString unknownCategory;
        const auto categories = RosterVocabulary::categories(cell(src, RosterColumnMapping::Category), &unknownCategory);
        if (!categories) {
            plan.markBad(ri, QStringLiteral("bad_category"),
                         tr("Category: %1 is not a known category (poverty, dibao, tekun, near-poor).").arg(unknownCategory));
            continue;
        }
        r.categories = *categories;
        const QString sexWord = cell(src, RosterColumnMapping::Sex);
        if (!sexWord.isEmpty()) {
            const auto sex = RosterVocabulary::sexCode(sexWord);
            if (!sex) {
                plan.markBad(ri, QStringLiteral("bad_sex"), tr("Sex: %1 is neither 男 nor 女.").arg(sexWord));
                continue;
            }
            if (*sex != r.sex) {
                plan.markBad(ri, QStringLiteral("sex_mismatch"),
                             tr("Sex: the file says %1, the id number %2 says %3.")
                                 .arg(sexWord, r.idNumber, RosterVocabulary::sexWord(r.sex)));
                continue;
            }
        }
        const QString birthText = cell(src, RosterColumnMapping::BirthDate);
        if (!birthText.isEmpty()) {
            const QDate birth = RosterVocabulary::parseDate(birthText);
            if (!birth.isValid()) {
                plan.markBad(ri, QStringLiteral("bad_birth_date"), tr("Date of birth: %1 is not a date.").arg(birthText));
                continue;
            }
            if (birth != id->birthDate()) {
                plan.markBad(ri, QStringLiteral("birth_date_mismatch"),
                             tr("Date of birth: the file says %1, the id number %2 says %3.")
                                 .arg(birth.toString(Qt::ISODate), r.idNumber, r.birthDate));
                continue;
            }
        }
        if (!phonePattern().match(r.phone).hasMatch()) {
            plan.markBad(ri, QStringLiteral("bad_phone"),
                         tr("Phone: %1 is not 11 digits for a mobile, or area code and number.").arg(r.phone));
            continue;
        }
    }

    // 2. The same id number twice in the file: the first row stands.
    {
        QHash<QString, int> firstLine;
        firstLine.reserve(plan.rows.size());
        for (int i = 0; i < plan.rows.size(); ++i) {
            Plan::Row &r = plan.rows[i];
            if (r.action == Plan::Bad)
                continue;
            const auto it = firstLine.constFind(r.idNumber);
            if (it != firstLine.constEnd())
                plan.markBad(i, QStringLiteral("duplicate_in_file"),
                             tr("Id number: %1 is on line %2 of this file already.").arg(r.idNumber).arg(*it));
            else
                firstLine.insert(r.idNumber, r.line);
        }
    }

    // 3. Persons the replica holds already, anywhere.
    sqlite3 *raw = Database::handle(m_db);
    Lookup person(raw, "SELECT p.id, p.name, p.relation, p.poverty, p.dibao, p.tekun, p.near_poor, p.phone, p.version, "
                       "h.code, h.township_id FROM person p JOIN household h ON h.id = p.household_id "
                       "WHERE p.id_number = ? AND p.deleted = 0");
    for (int i = 0; i < plan.rows.size(); ++i) {
        Plan::Row &r = plan.rows[i];
        if (r.action == Plan::Bad || !person.find({r.idNumber}))
            continue;
        if (person.text(10) != m_user.townshipId || person.text(9) != r.code) {
            plan.markBad(i, QStringLiteral("duplicate_in_replica"),
                         tr("Id number: %1 is already registered: %2.")
                             .arg(r.idNumber, HouseholdService::whereIs(m_db, r.idNumber)));
            continue;
        }
        QStringList differs;
        if (person.text(1) != r.name)
            differs << tr("name %1 (the file says %2)").arg(person.text(1), r.name);
        if (person.text(2) != r.relation)
            differs << tr("relation %1 (the file says %2)")
                           .arg(RosterVocabulary::relationWord(person.text(2)), RosterVocabulary::relationWord(r.relation));
        if (!differs.isEmpty()) {
            plan.markBad(i, QStringLiteral("differs_from_replica"),
                         tr("Id number: %1 in household %2 has %3; correct it on the household card or in the file.")
                             .arg(r.idNumber, r.code, differs.join(QStringLiteral(", "))));
            continue;
        }
        r.personId = person.text(0);
        r.version = person.integer(8);
        const RosterVocabulary::Categories had{person.integer(3) != 0, person.integer(4) != 0, person.integer(5) != 0,
                                               person.integer(6) != 0};
        // An empty phone cell keeps the phone the replica has.
        if (plan.categoriesMapped && had != r.categories) {
            r.changes.insert(QStringLiteral("poverty"), r.categories.poverty ? 1 : 0);
            r.changes.insert(QStringLiteral("dibao"), r.categories.dibao ? 1 : 0);
            r.changes.insert(QStringLiteral("tekun"), r.categories.tekun ? 1 : 0);
            r.changes.insert(QStringLiteral("near_poor"), r.categories.nearPoor ? 1 : 0);
        }
        if (plan.phoneMapped && !r.phone.isEmpty() && r.phone != person.text(7))
            r.changes.insert(QStringLiteral("phone"), r.phone);
        r.action = r.changes.isEmpty() ? Plan::Unchanged : Plan::Update;
    }

    // 4. Households, keyed by 户编号 within the township.
    Lookup household(raw, "SELECT h.id, h.village_id, h.head_person_id, h.deleted, hp.name, hp.id_number "
                          "FROM household h LEFT JOIN person hp ON hp.id = h.head_person_id AND hp.deleted = 0 "
                          "WHERE h.township_id = ? AND h.code = ?");
    QHash<QString, int> byCode;
    for (int i = 0; i < plan.rows.size(); ++i) {
        Plan::Row &r = plan.rows[i];
        if (r.action == Plan::Bad)
            continue;
        auto it = byCode.find(r.code);
        if (it == byCode.end()) {
            Plan::Household h;
            h.code = r.code;
            if (household.find({m_user.townshipId, r.code})) {
                h.exists = true;
                h.id = household.text(0);
                h.villageId = household.text(1);
                h.headPersonId = household.text(2);
                h.headName = household.text(4);
                h.headIdNumber = household.text(5);
                if (household.integer(3)) {
                    h.villageId.clear();
                    h.id.clear();
                }
            } else {
                h.villageId = r.villageId;
            }
            plan.households.append(h);
            it = byCode.insert(r.code, int(plan.households.size() - 1));
        }
        Plan::Household &h = plan.households[*it];
        if (h.exists && h.id.isEmpty()) {
            plan.markBad(i, QStringLiteral("household_deleted"),
                         tr("Household code: %1 belonged to a household that was removed; give this household a new code.")
                             .arg(r.code));
            continue;
        }
        if (r.villageId != h.villageId) {
            plan.markBad(i, QStringLiteral("village_mismatch"),
                         h.exists ? tr("Village: household %1 is in another village in this township's records.").arg(r.code)
                                  : tr("Village: household %1 is in another village on its first line in this file.").arg(r.code));
            continue;
        }
        r.household = *it;
        h.rows << i;
    }

    // 5. Heads: one per household, named alike on every row.
    for (Plan::Household &h : plan.households) {
        const bool replicaHead = !h.headPersonId.isEmpty() && !h.headIdNumber.isEmpty();
        for (int i : std::as_const(h.rows)) {
            Plan::Row &r = plan.rows[i];
            if (r.relation != QLatin1String("self"))
                continue;
            if (replicaHead && r.idNumber != h.headIdNumber) {
                plan.markBad(i, QStringLiteral("duplicate_head"),
                             tr("Relation to head: household %1 has a head already (%2).").arg(h.code, h.headName));
            } else if (!replicaHead && h.headRow >= 0) {
                plan.markBad(i, QStringLiteral("duplicate_head"),
                             tr("Relation to head: household %1 has its head on line %2 already.")
                                 .arg(h.code).arg(plan.rows[h.headRow].line));
            } else if (!r.headName.isEmpty() && r.headName != r.name) {
                plan.markBad(i, QStringLiteral("head_mismatch"),
                             tr("Head of household: this row is the head, %1, but names %2 as head.").arg(r.name, r.headName));
            } else if (!replicaHead) {
                h.headRow = i;
            }
        }
        const QString headName = replicaHead ? h.headName : h.headRow >= 0 ? plan.rows[h.headRow].name : QString();
        for (int i : std::as_const(h.rows)) {
            Plan::Row &r = plan.rows[i];
            if (r.action == Plan::Bad || i == h.headRow || r.relation == QLatin1String("self"))
                continue;
            if (headName.isEmpty()) {
                plan.markBad(i, QStringLiteral("missing_head"),
                             tr("Head of household: household %1 has no head: no valid row with relation 本人 (户主).").arg(h.code));
            } else if (!r.headName.isEmpty() && r.headName != headName) {
                plan.markBad(i, QStringLiteral("head_mismatch"),
                             tr("Head of household: the file says %1, but the head of household %2 is %3.")
                                 .arg(r.headName, h.code, headName));
            }
        }
        // New rows get their keys when they are written; only a household
        // of the replica that gets its head from the file needs the head's now.
        if (h.headRow >= 0 && h.exists) {
            Plan::Row &head = plan.rows[h.headRow];
            if (head.personId.isEmpty())
                head.personId = ChangeWriter::newId();
            h.setHead = true;
        }
    }

    std::sort(plan.bad.begin(), plan.bad.end(), [](const BadRow &a, const BadRow &b) { return a.line < b.line; });
    summary.bad = plan.bad;
    for (const Plan::Household &h : std::as_const(plan.households)) {
        bool used = false;
        for (int i : h.rows)
            used |= plan.rows[i].action != Plan::Bad;
        if (!h.exists && used)
            ++summary.newHouseholds;
    }
    for (const Plan::Row &r : std::as_const(plan.rows)) {
        summary.newPersons += r.action == Plan::Insert;
        summary.updatedPersons += r.action == Plan::Update;
        summary.unchanged += r.action == Plan::Unchanged;
    }
    return summary;
}

Result<RosterImport::Summary> RosterImport::preview(const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const Validation setup = checkSetup();
    if (!setup.ok())
        return setup;
    Plan plan;
    bool cancelled = false;
    Summary s = analyze(plan, progress, &cancelled);
    s.cancelled = cancelled;
    if (progress && !cancelled)
        progress(m_rows.size(), m_rows.size());
    s.elapsedMs = timer.elapsed();
    return s;
}

Validation RosterImport::write(Plan &plan, Summary &summary, const Progress &progress, bool *cancelled) const
{
    ChangeWriter writer(m_db, m_user);
    qint64 total = 0, done = 0;
    auto step = [&]() {
        ++done;
        if (progress && (done % 250 == 0 || done == total) && !progress(done, total)) {
            *cancelled = true;
            return false;
        }
        return true;
    };
    Validation cancelledError;
    cancelledError.add(QStringLiteral("cancelled"), tr("The import was cancelled; nothing was written."));
    auto bulkError = [](const BulkWriter &bulk) {
        Validation v;
        v.add(QStringLiteral("database"), tr("The roster could not be written: %1").arg(QString::fromStdString(bulk.error())));
        return v;
    };

    return writer.transact([&]() -> Validation {
        // Checked again inside the transaction: the replica may have changed since the preview.
        summary = analyze(plan, {}, cancelled);
        for (const Plan::Row &r : std::as_const(plan.rows))
            total += r.action == Plan::Insert || r.action == Plan::Update;
        if (progress && !progress(0, total)) {
            *cancelled = true;
            return cancelledError;
        }

        // 1. Changes to rows that exist, through ChangeWriter: persons whose
        //    categories or phone changed, households that get their head.
        for (const Plan::Row &r : std::as_const(plan.rows)) {
            if (r.action != Plan::Update)
                continue;
            auto updated = writer.update(QStringLiteral("person"), r.personId, r.changes, QStringLiteral("person.import"), r.version);
            if (!updated)
                return updated.errors();
            if (!step())
                return cancelledError;
        }
        for (const Plan::Household &h : std::as_const(plan.households)) {
            if (!h.setHead)
                continue;
            auto headed = writer.update(QStringLiteral("household"), h.id,
                                        {{QStringLiteral("head_person_id"), plan.rows[h.headRow].personId}},
                                        QStringLiteral("household.head"));
            if (!headed)
                return headed.errors();
        }

        // 2. New households and persons, through BulkWriter in the same
        //    transaction: row, hash-chained audit entry and outbox operation
        //    as ChangeWriter writes them, with prepared statements on the raw
        //    handle (ChangeWriter's per-row reload and QJson cost ~200 µs a
        //    row; this ~20 µs). Its clock starts after the newest outbox
        //    operation and advances a millisecond a row.
        qint64 startMs = QDateTime::currentMSecsSinceEpoch();
        {
            QSqlQuery q(m_db);
            if (q.exec(QStringLiteral("SELECT hlc FROM sync_outbox ORDER BY seq DESC LIMIT 1")) && q.next())
                startMs = std::max(startMs, q.value(0).toString().left(16).toLongLong() + 1);
        }
        BulkWriter bulk(Database::handle(m_db), writer.workstationId().toStdString(), startMs,
                        QRandomGenerator::system()->generate64());
        const int householdTable = bulk.table("household", {"id", "township_id", "village_id", "code", "head_person_id",
                                                            "address", "phone"});
        const int personTable = bulk.table("person", {"id", "household_id", "id_number", "name", "name_initials", "sex",
                                                      "birth_date", "relation", "poverty", "dibao", "tekun", "near_poor",
                                                      "status", "death_date", "phone"});
        if (householdTable < 0 || personTable < 0 || !bulk.resumeChain())
            return bulkError(bulk);
        // SQLite's share on a second thread while this one makes the next
        // rows; flushed below, inside the same transaction. A cancel or an
        // error leaves the scope first, and the writer's destructor drops
        // what is still queued before the transaction rolls back.
        bulk.startPipeline();
        const std::string userId = m_user.id.toStdString();
        const std::string townshipId = m_user.townshipId.toStdString();
        for (Plan::Household &h : plan.households) {
            bool any = false;
            for (int i : h.rows)
                any |= plan.rows[i].action == Plan::Insert;
            if (!any)
                continue;
            // Time-ordered keys (UUID v7) keep the primary-key indexes' inserts local.
            if (!h.exists) {
                h.id = QString::fromStdString(bulk.newId());
                plan.rows[h.headRow].personId = QString::fromStdString(bulk.newId());
            }
            const std::string householdId = h.id.toStdString();
            if (!h.exists) {
                const Plan::Row &head = plan.rows[h.headRow];
                const std::string village = h.villageId.toStdString(), code = h.code.toStdString(),
                                  headId = head.personId.toStdString(), phone = head.phone.toStdString();
                const BulkWriter::Value values[] = {householdId, townshipId, village, code, headId, "", phone};
                if (!bulk.insert(householdTable, "household.import", userId, values))
                    return bulkError(bulk);
            }
            for (int i : h.rows) {
                const Plan::Row &r = plan.rows[i];
                if (r.action != Plan::Insert)
                    continue;
                const std::string id = r.personId.isEmpty() ? bulk.newId() : r.personId.toStdString(),
                                  idNumber = r.idNumber.toStdString(), name = r.name.toStdString(),
                                  initials = PinyinInitials::of(r.name).toStdString(), sex = r.sex.toStdString(),
                                  birth = r.birthDate.toStdString(), relation = r.relation.toStdString(),
                                  phone = r.phone.toStdString();
                const BulkWriter::Value values[] = {id, householdId, idNumber, name, initials, sex, birth, relation,
                                                    r.categories.poverty ? 1 : 0, r.categories.dibao ? 1 : 0,
                                                    r.categories.tekun ? 1 : 0, r.categories.nearPoor ? 1 : 0,
                                                    "active", BulkWriter::Value::null(), phone};
                if (!bulk.insert(personTable, "person.import", userId, values))
                    return bulkError(bulk);
                if (!step())
                    return cancelledError;
            }
        }
        if (!bulk.flush())
            return bulkError(bulk);
        return {};
    });
}

Result<RosterImport::Summary> RosterImport::run(const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const Validation setup = checkSetup();
    if (!setup.ok())
        return setup;
    Plan plan;
    Summary summary;
    bool cancelled = false;
    // A big import touches more pages than SQLite's default 2 MB cache
    // holds; a larger cache for its one transaction, then the old one back.
    QSqlQuery pragma(m_db);
    const QString oldCache = pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next() ? pragma.value(0).toString()
                                                                                           : QStringLiteral("-2000");
    if (m_rows.size() > 20000)
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const Validation v = write(plan, summary, progress, &cancelled);
    bool isNumber = false;
    oldCache.toInt(&isNumber);
    if (m_rows.size() > 20000 && isNumber)
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(oldCache.toInt()));
    if (cancelled) {
        summary.cancelled = true;
        summary.imported = 0;
        summary.newHouseholds = summary.newPersons = summary.updatedPersons = 0;
        summary.elapsedMs = timer.elapsed();
        return summary;
    }
    if (!v.ok())
        return v;
    summary.imported = summary.newPersons + summary.updatedPersons;
    summary.elapsedMs = timer.elapsed();
    return summary;
}
