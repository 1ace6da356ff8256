-- The agreement digest of section 8 of docs/sync-protocol.md, kept up to
-- date in the transaction that writes each change log entry instead of
-- being computed over the whole change log on every sync: per scope key
-- (the change log's township_id, '' for county-wide rows) and entity, the
-- number of rows and the XOR of SHA-256("id:version") of each row's newest
-- version (hex). Filled from the change log by jingban-county when
-- digest_valid is 0 (right after this migration).
CREATE TABLE sync_digest (
  scope_key      TEXT NOT NULL,
  entity         TEXT NOT NULL,
  row_count      BIGINT NOT NULL,
  digest         TEXT NOT NULL,
  PRIMARY KEY (scope_key, entity)
);
INSERT INTO server_counter (name, value) VALUES ('digest_valid', 0);
