-- Workstation numbers (section 3 of docs/sync-protocol.md): every township
-- credential has a number 1–99, unique within its township and never
-- reused (a revoked credential keeps its own). The workstation writes it
-- into the receipt serials, slip numbers and relief batch serials it
-- issues, so two workstations of one township never issue the same one
-- offline. Credentials issued before this migration are numbered in the
-- order they were issued; their workstations learn the number at their
-- next pull. County credentials have none (they issue no such numbers).
ALTER TABLE credential ADD COLUMN workstation_number INTEGER;
UPDATE credential SET workstation_number = (
  SELECT COUNT(*) FROM credential c
  WHERE c.township_id = credential.township_id
    AND (c.created_at < credential.created_at OR (c.created_at = credential.created_at AND c.id <= credential.id)))
WHERE scope = 'township';
CREATE UNIQUE INDEX credential_workstation_number ON credential(township_id, workstation_number);
