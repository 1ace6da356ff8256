-- Health poverty relief (the replica's 0003_relief.sql): adjustments of
-- settled claims, relief payment batches and their lines, persons' bank
-- accounts, with the replica's columns so the same models/ code reads them
-- (PolicyCorrection recomputes a pushed adjustment). SQL common to SQLite
-- and PostgreSQL. Nothing to rebuild in sync_digest: no change log entry of
-- these kinds existed before (the county refused them as unknown).

-- SettlementInputs::yearToDate looks up the settlement that reverses another.
CREATE INDEX settlement_reverses ON settlement(reverses_settlement_id) WHERE reverses_settlement_id IS NOT NULL;

CREATE TABLE settlement_adjustment (
  id                     TEXT PRIMARY KEY,
  township_id            TEXT NOT NULL REFERENCES township(id),
  claim_id               TEXT NOT NULL REFERENCES claim(id),
  settlement_id          TEXT NOT NULL REFERENCES settlement(id),
  person_id              TEXT NOT NULL REFERENCES person(id),
  scheme_year            INTEGER NOT NULL,
  from_policy_id         TEXT NOT NULL,
  policy_id              TEXT NOT NULL,
  policy_sha256          TEXT NOT NULL,
  basic_delta_fen        INTEGER NOT NULL,
  critical_delta_fen     INTEGER NOT NULL,
  assistance_delta_fen   INTEGER NOT NULL,
  relief_delta_fen       INTEGER NOT NULL,
  out_of_pocket_delta_fen INTEGER NOT NULL,
  flags                  TEXT NOT NULL DEFAULT '',
  status                 TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected')),
  reason                 TEXT NOT NULL DEFAULT '',
  created_by             TEXT NOT NULL,
  created_at             TEXT NOT NULL,
  approved_by            TEXT,
  approved_at            TEXT,
  version                INTEGER NOT NULL DEFAULT 1,
  updated_at             TEXT NOT NULL,
  updated_by             TEXT,
  workstation_id         TEXT,
  deleted                INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  CHECK (basic_delta_fen + critical_delta_fen + assistance_delta_fen + relief_delta_fen + out_of_pocket_delta_fen = 0)
);
CREATE INDEX settlement_adjustment_claim ON settlement_adjustment(claim_id);
CREATE INDEX settlement_adjustment_person ON settlement_adjustment(person_id, scheme_year);
CREATE INDEX settlement_adjustment_status ON settlement_adjustment(township_id, status);
CREATE UNIQUE INDEX settlement_adjustment_open ON settlement_adjustment(claim_id)
  WHERE status = 'proposed' AND deleted = 0;

CREATE TABLE relief_batch (
  id             TEXT PRIMARY KEY,
  township_id    TEXT NOT NULL REFERENCES township(id),
  serial         TEXT NOT NULL,
  village_id     TEXT REFERENCES village(id),
  scheme_year    INTEGER NOT NULL,
  period_from    TEXT NOT NULL,
  period_to      TEXT NOT NULL,
  line_count     INTEGER NOT NULL,
  assistance_fen INTEGER NOT NULL,
  relief_fen     INTEGER NOT NULL,
  total_fen      INTEGER NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('requested', 'paid', 'rejected')),
  requested_by   TEXT NOT NULL,
  requested_at   TEXT NOT NULL,
  approved_by    TEXT,
  approved_at    TEXT,
  reason         TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  UNIQUE (township_id, serial),
  CHECK (total_fen = assistance_fen + relief_fen)
);

CREATE TABLE relief_batch_line (
  id             TEXT PRIMARY KEY,
  batch_id       TEXT NOT NULL REFERENCES relief_batch(id),
  township_id    TEXT NOT NULL REFERENCES township(id),
  person_id      TEXT NOT NULL REFERENCES person(id),
  settlement_id  TEXT REFERENCES settlement(id),
  adjustment_id  TEXT REFERENCES settlement_adjustment(id),
  assistance_fen INTEGER NOT NULL,
  relief_fen     INTEGER NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  CHECK ((settlement_id IS NULL) <> (adjustment_id IS NULL))
);
CREATE INDEX relief_batch_line_batch ON relief_batch_line(batch_id);
CREATE UNIQUE INDEX relief_batch_line_settlement ON relief_batch_line(settlement_id)
  WHERE settlement_id IS NOT NULL AND deleted = 0;
CREATE UNIQUE INDEX relief_batch_line_adjustment ON relief_batch_line(adjustment_id)
  WHERE adjustment_id IS NOT NULL AND deleted = 0;

CREATE TABLE bank_account (
  id             TEXT PRIMARY KEY,
  person_id      TEXT NOT NULL REFERENCES person(id),
  bank_name      TEXT NOT NULL,
  account_no     TEXT NOT NULL,
  holder_name    TEXT NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX bank_account_person_live ON bank_account(person_id) WHERE deleted = 0;

-- Operations of these kinds pushed before this migration were all refused as
-- "not a synced record kind". The answers are forgotten so that the
-- workstations' retries (their migration 0009 queues them again) are
-- answered afresh instead of as duplicates of that refusal.
DELETE FROM applied_op
  WHERE status = 'rejected'
    AND entity IN ('settlement_adjustment', 'relief_batch', 'relief_batch_line', 'bank_account');
