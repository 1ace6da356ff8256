-- Health poverty relief: adjustments of settled claims after a policy
-- correction, relief payment batches (救助发放) and persons' bank accounts.
-- All synced tables (conventions of 0001_initial.sql).

-- Finding the settlement that reverses another (SettlementInputs::yearToDate,
-- ClaimReversalService) scanned the whole table without it.
CREATE INDEX settlement_reverses ON settlement(reverses_settlement_id) WHERE reverses_settlement_id IS NOT NULL;

-- A change of a settled claim's amounts, proposed when the county publishes
-- a corrected policy for the year and applied only once a second user
-- approves it (status 'approved'). The claim's amounts in force are its
-- settlement plus its approved adjustments; the settlement row itself is
-- never edited. Deltas are new − old, per layer, in fen.
CREATE TABLE settlement_adjustment (
  id                     TEXT PRIMARY KEY,
  township_id            TEXT NOT NULL REFERENCES township(id),
  claim_id               TEXT NOT NULL REFERENCES claim(id),
  settlement_id          TEXT NOT NULL REFERENCES settlement(id),
  person_id              TEXT NOT NULL REFERENCES person(id),
  scheme_year            INTEGER NOT NULL,
  from_policy_id         TEXT NOT NULL,    -- the policy the amounts in force came from
  policy_id              TEXT NOT NULL,    -- the corrected policy
  policy_sha256          TEXT NOT NULL,
  basic_delta_fen        INTEGER NOT NULL,
  critical_delta_fen     INTEGER NOT NULL,
  assistance_delta_fen   INTEGER NOT NULL,
  relief_delta_fen       INTEGER NOT NULL,
  out_of_pocket_delta_fen INTEGER NOT NULL,
  flags                  TEXT NOT NULL DEFAULT '',  -- the flags under the corrected policy
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
CREATE INDEX settlement_adjustment_status ON settlement_adjustment(township_id, status);
-- At most one proposal waiting per claim.
CREATE UNIQUE INDEX settlement_adjustment_open ON settlement_adjustment(claim_id)
  WHERE status = 'proposed' AND deleted = 0;

-- A relief payment list (救助发放花名册) as paid: a clerk requests payment of
-- the list of a period and village; a reviewer (not the requester) approves
-- it, and it is paid. A rejected batch frees its lines for another list.
CREATE TABLE relief_batch (
  id             TEXT PRIMARY KEY,
  township_id    TEXT NOT NULL REFERENCES township(id),
  serial         TEXT NOT NULL,            -- printed number, unique per township
  village_id     TEXT REFERENCES village(id), -- NULL: every village of the township
  scheme_year    INTEGER NOT NULL,
  period_from    TEXT NOT NULL,            -- settlement dates, inclusive
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

-- One settled claim (or one approved adjustment) paid in a batch.
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
-- A claim or an adjustment is on at most one live line (rejected batches tombstone theirs).
CREATE UNIQUE INDEX relief_batch_line_settlement ON relief_batch_line(settlement_id)
  WHERE settlement_id IS NOT NULL AND deleted = 0;
CREATE UNIQUE INDEX relief_batch_line_adjustment ON relief_batch_line(adjustment_id)
  WHERE adjustment_id IS NOT NULL AND deleted = 0;

-- The bank account relief is paid into (社保卡/一卡通), when known.
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
