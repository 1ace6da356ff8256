#include "bulkwriter.h"

#include "demorandom.h"
#include "services/auditchain.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>

namespace {

// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yy + (m <= 2));
}

void appendInt(std::string &out, qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

// v as exactly `width` decimal digits, zero-padded (v >= 0).
char *putDigits(char *p, qint64 v, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + v % 10);
        v /= 10;
    }
    return p + width;
}

// Characters a JSON string may hold as they are: not '"', '\\' or a control character.
bool plainJson(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; }

const char *const kSyncColumns[] = {"version", "updated_at", "updated_by", "workstation_id", "deleted"};

} // namespace

BulkWriter::BulkWriter(sqlite3 *db, std::string workstationId, qint64 startMs, quint64 seed)
    : m_db(db), m_ws(std::move(workstationId)), m_ms(startMs), m_idState(seed)
{
    m_prevHash = AuditChain::genesisHash().toStdString();
    m_json.reserve(4096);
    m_canonical.reserve(8192);
}

BulkWriter::~BulkWriter()
{
    stopPipeline();
    for (Table &t : m_tables)
        sqlite3_finalize(t.insert);
    sqlite3_finalize(m_audit);
    sqlite3_finalize(m_outbox);
}

bool BulkWriter::fail(const char *what)
{
    m_error = std::string(what) + ": " + sqlite3_errmsg(m_db);
    return false;
}

bool BulkWriter::exec(const char *sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        m_error = std::string(sql) + ": " + (msg ? msg : "?");
        sqlite3_free(msg);
        return false;
    }
    return true;
}

int BulkWriter::table(const char *entity, std::vector<std::string> columns, std::string redactedColumn)
{
    Table t;
    t.entity = entity;
    t.columns = std::move(columns);
    for (const char *c : kSyncColumns)
        t.columns.emplace_back(c);
    // The audit entry's JSON leaves out the id and the sync columns, which
    // the entry states itself (AuditChain::leaveOutStated): the writer sets
    // them to exactly the entry's values.
    const size_t nOwn = t.columns.size() - std::size(kSyncColumns);
    for (size_t i = 1; i < nOwn; ++i) {
        t.jsonOrder.push_back(int(i));
        if (t.columns[i] == redactedColumn)
            t.redacted = int(i);
    }
    std::sort(t.jsonOrder.begin(), t.jsonOrder.end(),
              [&](int a, int b) { return t.columns[size_t(a)] < t.columns[size_t(b)]; });
    std::string sql = "INSERT INTO " + t.entity + " (";
    std::string marks;
    for (size_t i = 0; i < t.columns.size(); ++i) {
        sql += (i ? "," : "") + t.columns[i];
        marks += i ? ",?" : "?";
    }
    sql += ") VALUES (" + marks + ")";
    if (sqlite3_prepare_v3(m_db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &t.insert, nullptr) != SQLITE_OK) {
        fail(sql.c_str());
        return -1;
    }
    m_tables.push_back(std::move(t));
    return int(m_tables.size()) - 1;
}

bool BulkWriter::resumeChain()
{
    if (!m_audit) {
        const char *a = "INSERT INTO audit_log (seq, at, user_id, workstation_id, action, entity, row_id, before_json, "
                        "after_json, hash) VALUES (?,?,?,?,?,?,?,NULL,?,?)";
        const char *o = "INSERT INTO sync_outbox (op_id, entity, row_id, op, base_version, hlc, audit_seq) "
                        "VALUES (?,?,?,'insert',0,?,?)";
        if (sqlite3_prepare_v3(m_db, a, -1, SQLITE_PREPARE_PERSISTENT, &m_audit, nullptr) != SQLITE_OK)
            return fail("prepare audit_log");
        if (sqlite3_prepare_v3(m_db, o, -1, SQLITE_PREPARE_PERSISTENT, &m_outbox, nullptr) != SQLITE_OK)
            return fail("prepare sync_outbox");
    }
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", -1, &s, nullptr) != SQLITE_OK)
        return fail("read audit_log");
    if (sqlite3_step(s) == SQLITE_ROW) {
        m_seq = sqlite3_column_int64(s, 0);
        m_prevHash = reinterpret_cast<const char *>(sqlite3_column_text(s, 1));
    }
    sqlite3_finalize(s);
    return true;
}

bool BulkWriter::begin()
{
    return exec("BEGIN IMMEDIATE");
}

bool BulkWriter::commit()
{
    return flush() && exec("COMMIT");
}

void BulkWriter::rollback()
{
    m_discard = true;
    flush();
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

namespace {
constexpr size_t kBatchRows = 1024;
constexpr size_t kQueuedBatches = 3;   // bounds the memory the producer can run ahead by
}

void BulkWriter::startPipeline()
{
    if (m_writer.joinable())
        return;
    m_filling = std::make_unique<Batch>();
    m_writer = std::thread([this] { writerLoop(); });
}

void BulkWriter::stopPipeline()
{
    if (!m_writer.joinable())
        return;
    m_discard = true;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_writer.join();
}

void BulkWriter::submitBatch()
{
    std::unique_ptr<Batch> next;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_queue.size() < kQueuedBatches; });
        m_queue.push_back(std::move(m_filling));
        ++m_busy;
        if (!m_spare.empty()) {
            next = std::move(m_spare.front());
            m_spare.pop_front();
        }
    }
    m_changed.notify_all();
    m_filling = next ? std::move(next) : std::make_unique<Batch>();
}

bool BulkWriter::flush()
{
    if (!m_writer.joinable())
        return true;
    if (!m_filling->rows.empty())
        submitBatch();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_busy == 0; });
    return !m_failed;
}

void BulkWriter::writerLoop()
{
    std::vector<Value> all;
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();   // room in the queue
        const char *a = batch->arena.data();
        auto text = [a](Slice s) { return std::string_view(a + s.off, s.len); };
        bool ok = !m_failed && !m_discard;
        for (size_t r = 0; ok && r < batch->rows.size(); ++r) {
            const QueuedRow &row = batch->rows[r];
            const Table &t = m_tables[size_t(row.table)];
            all.resize(t.columns.size());
            for (size_t i = 0; i < t.columns.size(); ++i) {
                const QueuedValue &q = batch->values[row.firstValue + i];
                all[i] = q.kind == Value::Int ? Value(q.i) : q.kind == Value::Text ? Value(text(q.s)) : Value();
            }
            ok = store(t, all.data(), text(row.action), row.hasUser ? text(row.user) : std::string_view(), text(row.now),
                       text(row.json), text(row.hash), text(row.hlc), text(row.opId), row.seq);
        }
        batch->arena.clear();
        batch->values.clear();
        batch->rows.clear();
        {
            std::lock_guard lock(m_mutex);
            if (!ok && !m_discard)
                m_failed = true;
            m_spare.push_back(std::move(batch));
            --m_busy;
        }
        m_changed.notify_all();
    }
}

void BulkWriter::enqueue(int table, const Value *all, std::string_view action, std::string_view userId,
                         std::string_view now, std::string_view json, std::string_view hash, qint64 seq)
{
    Batch &b = *m_filling;
    auto put = [&b](std::string_view v) {
        const Slice s{quint32(b.arena.size()), quint32(v.size())};
        b.arena.append(v);
        return s;
    };
    QueuedRow row;
    row.table = table;
    row.firstValue = quint32(b.values.size());
    row.seq = seq;
    const Table &t = m_tables[size_t(table)];
    for (size_t i = 0; i < t.columns.size(); ++i) {
        QueuedValue q;
        q.kind = all[i].kind;
        q.i = all[i].i;
        if (q.kind == Value::Text)
            q.s = put(all[i].s);
        b.values.push_back(q);
    }
    row.hasUser = !userId.empty();
    row.action = put(action);
    row.user = put(userId);
    row.now = put(now);
    row.json = put(json);
    row.hash = put(hash);
    row.hlc = put(m_hlc);
    row.opId = put(m_opId);
    b.rows.push_back(row);
    if (b.rows.size() >= kBatchRows)
        submitBatch();
}

std::string BulkWriter::isoUtc(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    const qint64 rest = ms - days * 86400000;
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    // YYYY-MM-DDTHH:MM:SS.mmmZ, as QDateTime's Qt::ISODateWithMs writes UTC.
    char buf[24];
    char *p = putDigits(buf, y, 4);
    *p++ = '-';
    p = putDigits(p, m, 2);
    *p++ = '-';
    p = putDigits(p, d, 2);
    *p++ = 'T';
    p = putDigits(p, rest / 3600000, 2);
    *p++ = ':';
    p = putDigits(p, rest / 60000 % 60, 2);
    *p++ = ':';
    p = putDigits(p, rest / 1000 % 60, 2);
    *p++ = '.';
    p = putDigits(p, rest % 1000, 3);
    *p++ = 'Z';
    return std::string(buf, p);
}

const std::string &BulkWriter::nowText()
{
    if (m_nowTextMs != m_ms) {
        m_nowText = isoUtc(m_ms);
        m_nowTextMs = m_ms;
    }
    return m_nowText;
}

std::string BulkWriter::newId()
{
    // splitmix64 over a private counter: cheap, deterministic, and apart
    // from the generators that shape the data.
    DemoRandom r(m_idState++);
    return r.uuid7(m_ms);
}

void BulkWriter::appendJsonString(std::string &out, std::string_view s)
{
    out.push_back('"');
    size_t i = 0;
    while (i < s.size()) {
        // Runs of plain characters (nearly all of them) in one append.
        size_t j = i;
        while (j < s.size() && plainJson(static_cast<unsigned char>(s[j])))
            ++j;
        out.append(s.data() + i, j - i);
        if (j == s.size())
            break;
        i = j + 1;
        const char ch = s[j];
        const unsigned char c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

bool BulkWriter::insert(int ti, std::string_view action, std::string_view userId, const Value *own)
{
    Table &t = m_tables[size_t(ti)];
    const size_t nOwn = t.columns.size() - 5;
    const std::string &now = nowText();
    if (m_values.size() < t.columns.size())
        m_values.resize(t.columns.size());
    Value *all = m_values.data();
    for (size_t i = 0; i < nOwn; ++i)
        all[i] = own[i];
    all[nOwn] = Value(qint64(1));
    all[nOwn + 1] = Value(std::string_view(now));
    all[nOwn + 2] = Value::textOrNull(userId);
    all[nOwn + 3] = Value(std::string_view(m_ws));
    all[nOwn + 4] = Value(qint64(0));
    const std::string_view rowId = all[0].s;

    if (m_failed)
        return false;

    // The row as JSON, twice if a secret must stay out of the audit log.
    auto buildJson = [&](std::string &out, bool redact) {
        out.clear();
        out.push_back('{');
        bool first = true;
        for (int i : t.jsonOrder) {
            if (!first)
                out.push_back(',');
            first = false;
            appendJsonString(out, t.columns[size_t(i)]);
            out.push_back(':');
            const Value &v = all[i];
            if (redact && i == t.redacted)
                appendJsonString(out, "<redacted>");
            else if (v.kind == Value::Int)
                appendInt(out, v.i);
            else if (v.kind == Value::Text)
                appendJsonString(out, v.s);
            else
                out += "null";
        }
        out.push_back('}');
    };
    // One JSON per row: the audit entry's after_json, which the outbox
    // operation points at.
    buildJson(m_json, t.redacted >= 0);
    const std::string *auditJson = &m_json;

    // [AuditChain::hashOf] prev | seq | at | user | workstation | action |
    // entity | row | before | after, separated by U+001F, as UTF-8.
    const qint64 seq = m_seq + 1;
    const char us = '\x1f';
    std::string &c = m_canonical;
    c.clear();
    c += m_prevHash;
    c.push_back(us);
    appendInt(c, seq);
    c.push_back(us);
    c += now;
    c.push_back(us);
    c += userId;
    c.push_back(us);
    c += m_ws;
    c.push_back(us);
    c += action;
    c.push_back(us);
    c += t.entity;
    c.push_back(us);
    c += rowId;
    c.push_back(us);
    c.push_back(us);
    c += *auditJson;
    char digest[64];
    AuditChain::sha256Hex(c.data(), qsizetype(c.size()), digest);
    const std::string_view hash(digest, sizeof digest);

    // [HybridClock::format] physical ms, counter, node: one row a millisecond.
    char clock[24];
    char *p = putDigits(clock, m_ms, 16);
    std::memcpy(p, ".00000.", 7);
    m_hlc.assign(clock, p + 7);
    m_hlc += m_ws;
    m_opId = newId();
    if (m_writer.joinable())
        enqueue(ti, all, action, userId, now, *auditJson, hash, seq);
    else if (!store(t, all, action, userId, now, *auditJson, hash, m_hlc, m_opId, seq))
        return false;

    m_prevHash.assign(hash.data(), hash.size());
    m_seq = seq;
    ++m_rows;
    ++m_ms;
    return true;
}

bool BulkWriter::store(const Table &t, const Value *all, std::string_view action, std::string_view userId,
                       std::string_view now, std::string_view json, std::string_view hash,
                       std::string_view hlc, std::string_view opId, qint64 seq)
{
    auto bindText = [](sqlite3_stmt *st, int col, std::string_view v) {
        sqlite3_bind_text(st, col, v.data(), int(v.size()), SQLITE_STATIC);
    };
    const std::string_view rowId = all[0].s;
    sqlite3_stmt *st = t.insert;
    for (size_t i = 0; i < t.columns.size(); ++i) {
        const Value &v = all[i];
        const int col = int(i) + 1;
        if (v.kind == Value::Int)
            sqlite3_bind_int64(st, col, v.i);
        else if (v.kind == Value::Text)
            bindText(st, col, v.s);
        else
            sqlite3_bind_null(st, col);
    }
    if (sqlite3_step(st) != SQLITE_DONE) {
        sqlite3_reset(st);
        return fail(t.entity.c_str());
    }
    sqlite3_reset(st);

    sqlite3_stmt *a = m_audit;
    sqlite3_bind_int64(a, 1, seq);
    bindText(a, 2, now);
    if (userId.empty())
        sqlite3_bind_null(a, 3);
    else
        bindText(a, 3, userId);
    bindText(a, 4, m_ws);
    bindText(a, 5, action);
    bindText(a, 6, t.entity);
    bindText(a, 7, rowId);
    bindText(a, 8, json);
    bindText(a, 9, hash);
    if (sqlite3_step(a) != SQLITE_DONE) {
        sqlite3_reset(a);
        return fail("audit_log");
    }
    sqlite3_reset(a);

    sqlite3_stmt *o = m_outbox;
    bindText(o, 1, opId);
    bindText(o, 2, t.entity);
    bindText(o, 3, rowId);
    bindText(o, 4, hlc);
    sqlite3_bind_int64(o, 5, seq);   // the row, user, workstation and time are the audit entry's
    if (sqlite3_step(o) != SQLITE_DONE) {
        sqlite3_reset(o);
        return fail("sync_outbox");
    }
    sqlite3_reset(o);
    return true;
}
