-- The agreement digest (0007_sync_digest.sql) extended to the health poverty
-- relief tables of 0003_relief.sql, which sync carries since this schema:
-- a cached row per table and the triggers that mark it dirty when a row is
-- inserted, deleted or changes id or version.
INSERT INTO sync_digest (entity) VALUES ('settlement_adjustment');
INSERT INTO sync_digest (entity) VALUES ('relief_batch');
INSERT INTO sync_digest (entity) VALUES ('relief_batch_line');
INSERT INTO sync_digest (entity) VALUES ('bank_account');
CREATE TRIGGER sync_digest_settlement_adjustment_ins AFTER INSERT ON settlement_adjustment BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'settlement_adjustment' AND dirty = 0; END;
CREATE TRIGGER sync_digest_settlement_adjustment_upd AFTER UPDATE OF id, version ON settlement_adjustment BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'settlement_adjustment' AND dirty = 0; END;
CREATE TRIGGER sync_digest_settlement_adjustment_del AFTER DELETE ON settlement_adjustment BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'settlement_adjustment' AND dirty = 0; END;
CREATE TRIGGER sync_digest_relief_batch_ins AFTER INSERT ON relief_batch BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'relief_batch' AND dirty = 0; END;
CREATE TRIGGER sync_digest_relief_batch_upd AFTER UPDATE OF id, version ON relief_batch BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'relief_batch' AND dirty = 0; END;
CREATE TRIGGER sync_digest_relief_batch_del AFTER DELETE ON relief_batch BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'relief_batch' AND dirty = 0; END;
CREATE TRIGGER sync_digest_relief_batch_line_ins AFTER INSERT ON relief_batch_line BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'relief_batch_line' AND dirty = 0; END;
CREATE TRIGGER sync_digest_relief_batch_line_upd AFTER UPDATE OF id, version ON relief_batch_line BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'relief_batch_line' AND dirty = 0; END;
CREATE TRIGGER sync_digest_relief_batch_line_del AFTER DELETE ON relief_batch_line BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'relief_batch_line' AND dirty = 0; END;
CREATE TRIGGER sync_digest_bank_account_ins AFTER INSERT ON bank_account BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'bank_account' AND dirty = 0; END;
CREATE TRIGGER sync_digest_bank_account_upd AFTER UPDATE OF id, version ON bank_account BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'bank_account' AND dirty = 0; END;
CREATE TRIGGER sync_digest_bank_account_del AFTER DELETE ON bank_account BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'bank_account' AND dirty = 0; END;
-- Their operations pushed to a county that did not carry them yet were
-- refused there as "not a synced record kind": they are sent again (the
-- county forgets those answers in its migration 0004_relief.sql).
UPDATE sync_outbox SET pushed_at = NULL, result = NULL, result_reason = NULL
  WHERE result = 'rejected'
    AND entity IN ('settlement_adjustment', 'relief_batch', 'relief_batch_line', 'bank_account');
