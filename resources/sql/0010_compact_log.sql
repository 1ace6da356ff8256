-- Fewer bytes a change: the audit log and the outbox no longer store what
-- another column of the same entry already says.
--
-- An entry's hash covers the hash of the entry before it (AuditChain), so
-- prev_hash repeated that entry's hash column; `audit verify` reads it there.
ALTER TABLE audit_log DROP COLUMN prev_hash;
-- An operation's user, workstation and time are those of its audit entry
-- (audit_seq), which the change wrote in the same transaction.
ALTER TABLE sync_outbox DROP COLUMN user_id;
ALTER TABLE sync_outbox DROP COLUMN workstation_id;
ALTER TABLE sync_outbox DROP COLUMN created_at;
