#pragma once

#include <QtGlobal>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// The bulk twin of ChangeWriter for the demo county (and later for large
// imports): raw SQLite prepared statements, reused in one big transaction,
// that write for every row the row itself, its hash-chained audit entry
// (the same canonical form and hash as AuditChain::hashOf, so
// AuditChain::verify accepts it) and its outbox operation, with the sync
// columns (version, updated_at, updated_by, workstation_id, deleted) set as
// ChangeWriter sets them. The JSON of a row is written the way
// QJsonDocument::Compact writes ChangeWriter's: keys sorted, no spaces.
//
// Time is a simulated clock in milliseconds that advances one millisecond a
// row, so two runs with the same start give byte-identical databases.
class BulkWriter
{
public:
    struct Value
    {
        enum Kind : quint8 { Null, Int, Text };
        Kind kind = Null;
        qint64 i = 0;
        std::string_view s;
        Value() = default;
        Value(qint64 v) : kind(Int), i(v) {}
        Value(int v) : kind(Int), i(v) {}
        Value(std::string_view v) : kind(Text), s(v) {}
        Value(const std::string &v) : kind(Text), s(v) {}
        Value(const char *v) : kind(Text), s(v) {}
        static Value null() { return Value(); }
        static Value textOrNull(std::string_view v) { return v.empty() ? Value() : Value(v); }
    };

    BulkWriter(sqlite3 *db, std::string workstationId, qint64 startMs, quint64 seed);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    // Declares a table's own columns (without the sync columns, which the
    // writer adds). Every insert into it passes values in this order.
    // redactedColumn is written as "<redacted>" in the audit entry.
    int table(const char *entity, std::vector<std::string> columns, std::string redactedColumn = {});

    // Continues the chain after what the database holds already.
    bool resumeChain();
    bool begin();
    // Flushes the pipeline first.
    bool commit();
    // Drops what the pipeline still holds, then rolls back.
    void rollback();

    // Moves the SQLite work of each row (binding and stepping its three
    // INSERTs) to a second thread, so that making the next rows (values,
    // JSON, hash, keys) overlaps writing the last ones: on two cores the
    // county demo is written in about the time SQLite alone takes. Call it
    // before the first insert. A write that fails is then reported by a later
    // insert, by flush() or by commit(); nothing else may use the connection
    // until flush() returns.
    void startPipeline();
    // Waits until every queued row is written; false if a write failed.
    bool flush();

    // Inserts one row of table t (values in declared order; the first column
    // must be id), written by userId (empty: no user, as first-run setup).
    bool insert(int t, std::string_view action, std::string_view userId, const Value *values);

    // A new key at the current simulated time.
    std::string newId();
    // The current simulated time, ISO 8601 UTC with milliseconds.
    const std::string &nowText();
    qint64 nowMs() const { return m_ms; }
    const std::string &workstationId() const { return m_ws; }

    qint64 rowsWritten() const { return m_rows; }
    const std::string &error() const { return m_error; }

    static std::string isoUtc(qint64 ms);
    static void appendJsonString(std::string &out, std::string_view s);

private:
    // A row queued for the writer thread: its texts live in the batch's
    // arena (offsets, since the arena grows while the batch fills).
    struct Slice
    {
        quint32 off = 0, len = 0;
    };
    struct QueuedValue
    {
        Value::Kind kind = Value::Null;
        qint64 i = 0;
        Slice s;
    };
    struct QueuedRow
    {
        int table = 0;
        quint32 firstValue = 0;
        qint64 seq = 0;
        bool hasUser = false;
        Slice action, user, now, json, hash, hlc, opId;
    };
    struct Batch
    {
        std::string arena;
        std::vector<QueuedValue> values;
        std::vector<QueuedRow> rows;
    };
    struct Table
    {
        std::string entity;
        std::vector<std::string> columns;   // own columns, then the sync columns
        std::vector<int> jsonOrder;         // columns sorted by name
        int redacted = -1;
        sqlite3_stmt *insert = nullptr;
    };
    bool fail(const char *what);
    bool exec(const char *sql);
    // The three INSERTs of one row: the row, its audit entry, its operation.
    bool store(const Table &t, const Value *all, std::string_view action, std::string_view userId,
               std::string_view now, std::string_view json, std::string_view hash,
               std::string_view hlc, std::string_view opId, qint64 seq);
    void enqueue(int table, const Value *all, std::string_view action, std::string_view userId, std::string_view now,
                 std::string_view json, std::string_view hash, qint64 seq);
    void submitBatch();
    void writerLoop();
    void stopPipeline();

    sqlite3 *m_db;
    std::string m_ws;
    qint64 m_ms;
    qint64 m_nowTextMs = -1;
    std::string m_nowText;
    std::vector<Table> m_tables;
    sqlite3_stmt *m_audit = nullptr;
    sqlite3_stmt *m_outbox = nullptr;
    std::string m_prevHash;
    qint64 m_seq = 0;
    qint64 m_rows = 0;
    quint64 m_idState;
    std::string m_error;
    // Scratch buffers reused for every row.
    std::string m_json, m_canonical, m_hlc, m_opId;
    std::vector<Value> m_values;

    // The pipeline (startPipeline): full batches wait in m_queue; emptied
    // ones come back through m_spare. m_busy counts batches queued or being
    // written. m_error is the writer thread's while the pipeline runs.
    std::thread m_writer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue, m_spare;
    std::unique_ptr<Batch> m_filling;
    int m_busy = 0;
    bool m_stop = false;
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_discard{false};
};
