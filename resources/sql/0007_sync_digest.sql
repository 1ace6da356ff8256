-- The agreement digest of section 8 of docs/sync-protocol.md, cached: per
-- synced entity the row count and the XOR of SHA-256("id:version") over its
-- rows (hex), computed by SyncClient when asked and kept until a row of the
-- entity is inserted, deleted or changes id or version. The triggers mark
-- the entity dirty on any such write, whichever path makes it (ChangeWriter,
-- a pulled page, a conflict answer, plain SQL), so a cached digest is never
-- stale: an idle sync reads 14 rows instead of hashing the whole replica.
CREATE TABLE sync_digest (
  entity     TEXT PRIMARY KEY,
  row_count  INTEGER NOT NULL DEFAULT 0,
  digest     TEXT NOT NULL DEFAULT '',
  dirty      INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1))
);
INSERT INTO sync_digest (entity) VALUES ('township');
INSERT INTO sync_digest (entity) VALUES ('village');
INSERT INTO sync_digest (entity) VALUES ('institution');
INSERT INTO sync_digest (entity) VALUES ('policy');
INSERT INTO sync_digest (entity) VALUES ('disease');
INSERT INTO sync_digest (entity) VALUES ('app_user');
INSERT INTO sync_digest (entity) VALUES ('household');
INSERT INTO sync_digest (entity) VALUES ('person');
INSERT INTO sync_digest (entity) VALUES ('receipt');
INSERT INTO sync_digest (entity) VALUES ('enrollment');
INSERT INTO sync_digest (entity) VALUES ('filing');
INSERT INTO sync_digest (entity) VALUES ('filing_attachment');
INSERT INTO sync_digest (entity) VALUES ('claim');
INSERT INTO sync_digest (entity) VALUES ('settlement');
CREATE TRIGGER sync_digest_township_ins AFTER INSERT ON township BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'township' AND dirty = 0; END;
CREATE TRIGGER sync_digest_township_upd AFTER UPDATE OF id, version ON township BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'township' AND dirty = 0; END;
CREATE TRIGGER sync_digest_township_del AFTER DELETE ON township BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'township' AND dirty = 0; END;
CREATE TRIGGER sync_digest_village_ins AFTER INSERT ON village BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'village' AND dirty = 0; END;
CREATE TRIGGER sync_digest_village_upd AFTER UPDATE OF id, version ON village BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'village' AND dirty = 0; END;
CREATE TRIGGER sync_digest_village_del AFTER DELETE ON village BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'village' AND dirty = 0; END;
CREATE TRIGGER sync_digest_institution_ins AFTER INSERT ON institution BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'institution' AND dirty = 0; END;
CREATE TRIGGER sync_digest_institution_upd AFTER UPDATE OF id, version ON institution BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'institution' AND dirty = 0; END;
CREATE TRIGGER sync_digest_institution_del AFTER DELETE ON institution BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'institution' AND dirty = 0; END;
CREATE TRIGGER sync_digest_policy_ins AFTER INSERT ON policy BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'policy' AND dirty = 0; END;
CREATE TRIGGER sync_digest_policy_upd AFTER UPDATE OF id, version ON policy BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'policy' AND dirty = 0; END;
CREATE TRIGGER sync_digest_policy_del AFTER DELETE ON policy BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'policy' AND dirty = 0; END;
CREATE TRIGGER sync_digest_disease_ins AFTER INSERT ON disease BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'disease' AND dirty = 0; END;
CREATE TRIGGER sync_digest_disease_upd AFTER UPDATE OF id, version ON disease BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'disease' AND dirty = 0; END;
CREATE TRIGGER sync_digest_disease_del AFTER DELETE ON disease BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'disease' AND dirty = 0; END;
CREATE TRIGGER sync_digest_app_user_ins AFTER INSERT ON app_user BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'app_user' AND dirty = 0; END;
CREATE TRIGGER sync_digest_app_user_upd AFTER UPDATE OF id, version ON app_user BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'app_user' AND dirty = 0; END;
CREATE TRIGGER sync_digest_app_user_del AFTER DELETE ON app_user BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'app_user' AND dirty = 0; END;
CREATE TRIGGER sync_digest_household_ins AFTER INSERT ON household BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'household' AND dirty = 0; END;
CREATE TRIGGER sync_digest_household_upd AFTER UPDATE OF id, version ON household BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'household' AND dirty = 0; END;
CREATE TRIGGER sync_digest_household_del AFTER DELETE ON household BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'household' AND dirty = 0; END;
CREATE TRIGGER sync_digest_person_ins AFTER INSERT ON person BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'person' AND dirty = 0; END;
CREATE TRIGGER sync_digest_person_upd AFTER UPDATE OF id, version ON person BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'person' AND dirty = 0; END;
CREATE TRIGGER sync_digest_person_del AFTER DELETE ON person BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'person' AND dirty = 0; END;
CREATE TRIGGER sync_digest_receipt_ins AFTER INSERT ON receipt BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'receipt' AND dirty = 0; END;
CREATE TRIGGER sync_digest_receipt_upd AFTER UPDATE OF id, version ON receipt BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'receipt' AND dirty = 0; END;
CREATE TRIGGER sync_digest_receipt_del AFTER DELETE ON receipt BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'receipt' AND dirty = 0; END;
CREATE TRIGGER sync_digest_enrollment_ins AFTER INSERT ON enrollment BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'enrollment' AND dirty = 0; END;
CREATE TRIGGER sync_digest_enrollment_upd AFTER UPDATE OF id, version ON enrollment BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'enrollment' AND dirty = 0; END;
CREATE TRIGGER sync_digest_enrollment_del AFTER DELETE ON enrollment BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'enrollment' AND dirty = 0; END;
CREATE TRIGGER sync_digest_filing_ins AFTER INSERT ON filing BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'filing' AND dirty = 0; END;
CREATE TRIGGER sync_digest_filing_upd AFTER UPDATE OF id, version ON filing BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'filing' AND dirty = 0; END;
CREATE TRIGGER sync_digest_filing_del AFTER DELETE ON filing BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'filing' AND dirty = 0; END;
CREATE TRIGGER sync_digest_filing_attachment_ins AFTER INSERT ON filing_attachment BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'filing_attachment' AND dirty = 0; END;
CREATE TRIGGER sync_digest_filing_attachment_upd AFTER UPDATE OF id, version ON filing_attachment BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'filing_attachment' AND dirty = 0; END;
CREATE TRIGGER sync_digest_filing_attachment_del AFTER DELETE ON filing_attachment BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'filing_attachment' AND dirty = 0; END;
CREATE TRIGGER sync_digest_claim_ins AFTER INSERT ON claim BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'claim' AND dirty = 0; END;
CREATE TRIGGER sync_digest_claim_upd AFTER UPDATE OF id, version ON claim BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'claim' AND dirty = 0; END;
CREATE TRIGGER sync_digest_claim_del AFTER DELETE ON claim BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'claim' AND dirty = 0; END;
CREATE TRIGGER sync_digest_settlement_ins AFTER INSERT ON settlement BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'settlement' AND dirty = 0; END;
CREATE TRIGGER sync_digest_settlement_upd AFTER UPDATE OF id, version ON settlement BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'settlement' AND dirty = 0; END;
CREATE TRIGGER sync_digest_settlement_del AFTER DELETE ON settlement BEGIN UPDATE sync_digest SET dirty = 1 WHERE entity = 'settlement' AND dirty = 0; END;
