-- Sync with the county server (docs/sync-protocol.md).

-- Why a pushed operation was rejected (sync_outbox.result is the status).
ALTER TABLE sync_outbox ADD COLUMN result_reason TEXT;

-- Conflicts answered by the server, kept until a reviewer resolves them.
CREATE TABLE sync_conflict (
  id               TEXT PRIMARY KEY,
  op_id            TEXT NOT NULL UNIQUE,
  entity           TEXT NOT NULL,
  row_id           TEXT NOT NULL,
  base_version     INTEGER NOT NULL,
  local_json       TEXT,
  server_version   INTEGER,
  server_json      TEXT,
  reason           TEXT NOT NULL DEFAULT '',
  detected_at      TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  resolved_by      TEXT,
  resolved_at      TEXT,
  resolution       TEXT CHECK (resolution IN ('server', 'local', 'edited')),
  resolution_op_id TEXT
);
CREATE INDEX sync_conflict_open ON sync_conflict(status, entity);
