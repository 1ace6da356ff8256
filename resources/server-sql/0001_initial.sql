-- Jingban county server schema 1: the domain tables with the replica's columns
-- (resources/sql/0001_initial.sql), so the same models/ code reads them,
-- then the sync tables. SQL common to SQLite and PostgreSQL.
-- Synced tables share: id (UUID text), version (starts at 1, +1 per change),
-- updated_at (ISO 8601 UTC), updated_by (app_user.id), workstation_id,
-- deleted (tombstone: 1 = deleted, rows are never removed).
-- Money columns end in _fen (integer fen); ratios end in _bp (basis points).

CREATE TABLE township (
  id             TEXT PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  county_code    TEXT NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE village (
  id             TEXT PRIMARY KEY,
  township_id    TEXT NOT NULL REFERENCES township(id),
  code           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX village_township ON village(township_id);

CREATE TABLE institution (
  id             TEXT PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  initials       TEXT NOT NULL DEFAULT '',
  level          TEXT NOT NULL CHECK (level IN ('village', 'township', 'county', 'city', 'province')),
  location       TEXT NOT NULL CHECK (location IN ('in_county', 'in_city', 'in_province', 'out_of_province')),
  township_id    TEXT REFERENCES township(id),
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX institution_initials ON institution(initials);

CREATE TABLE household (
  id             TEXT PRIMARY KEY,
  township_id    TEXT NOT NULL REFERENCES township(id),
  village_id     TEXT NOT NULL REFERENCES village(id),
  code           TEXT NOT NULL,            -- 户编号, unique per township
  head_person_id TEXT,                     -- person.id of the head (set after the head is added)
  address        TEXT NOT NULL DEFAULT '',
  phone          TEXT NOT NULL DEFAULT '',
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  UNIQUE (township_id, code)
);
CREATE INDEX household_village ON household(village_id);

CREATE TABLE person (
  id             TEXT PRIMARY KEY,
  household_id   TEXT NOT NULL REFERENCES household(id),
  id_number      TEXT NOT NULL,            -- 18 characters, GB 11643-1999
  name           TEXT NOT NULL,
  name_initials  TEXT NOT NULL DEFAULT '', -- pinyin initials, upper case
  sex            TEXT NOT NULL CHECK (sex IN ('M', 'F')),
  birth_date     TEXT NOT NULL,            -- derived from id_number
  relation       TEXT NOT NULL CHECK (relation IN ('self', 'spouse', 'son', 'daughter', 'parent', 'grandchild', 'sibling', 'other')),
  poverty        INTEGER NOT NULL DEFAULT 0 CHECK (poverty IN (0, 1)),
  dibao          INTEGER NOT NULL DEFAULT 0 CHECK (dibao IN (0, 1)),
  tekun          INTEGER NOT NULL DEFAULT 0 CHECK (tekun IN (0, 1)),
  near_poor      INTEGER NOT NULL DEFAULT 0 CHECK (near_poor IN (0, 1)),
  status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dead', 'moved_out')),
  death_date     TEXT,
  phone          TEXT NOT NULL DEFAULT '',
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  CHECK (length(id_number) = 18),
  CHECK ((status = 'dead') = (death_date IS NOT NULL))
);
-- One live person row per id number, anywhere in the replica.
CREATE UNIQUE INDEX person_id_number_live ON person(id_number) WHERE deleted = 0;
CREATE INDEX person_household ON person(household_id);
CREATE INDEX person_name ON person(name);
CREATE INDEX person_initials ON person(name_initials);

CREATE TABLE policy (
  id             TEXT PRIMARY KEY,         -- the policy document's own id, e.g. demo-county-2024
  county_code    TEXT NOT NULL,
  scheme_year    INTEGER NOT NULL,
  policy_version INTEGER NOT NULL DEFAULT 1,
  name           TEXT NOT NULL,
  sha256         TEXT NOT NULL,            -- hash of document, hex
  document       TEXT NOT NULL,            -- the policy JSON as published
  published_at   TEXT NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  UNIQUE (county_code, scheme_year, policy_version)
);

CREATE TABLE disease (
  id             TEXT PRIMARY KEY,
  scheme_year    INTEGER NOT NULL,
  code           TEXT NOT NULL,
  name           TEXT NOT NULL,
  initials       TEXT NOT NULL DEFAULT '',
  category       INTEGER NOT NULL,
  poverty_only   INTEGER NOT NULL DEFAULT 0 CHECK (poverty_only IN (0, 1)),
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  UNIQUE (scheme_year, code)
);

CREATE TABLE receipt (
  id               TEXT PRIMARY KEY,
  township_id      TEXT NOT NULL REFERENCES township(id),
  serial           TEXT NOT NULL,          -- printed number, unique per township
  household_id     TEXT NOT NULL REFERENCES household(id),
  scheme_year      INTEGER NOT NULL,
  total_fen        INTEGER NOT NULL CHECK (total_fen >= 0),
  channel          TEXT NOT NULL CHECK (channel IN ('cash', 'bank', 'mobile', 'subsidy')),
  status           TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void_requested', 'voided', 'refund_requested', 'refunded')),
  issued_at        TEXT NOT NULL,
  created_by       TEXT NOT NULL,
  change_reason    TEXT,
  change_requested_by TEXT,
  change_approved_by  TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT,
  workstation_id   TEXT,
  deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  UNIQUE (township_id, serial)
);
CREATE INDEX receipt_household ON receipt(household_id);

CREATE TABLE enrollment (
  id               TEXT PRIMARY KEY,
  person_id        TEXT NOT NULL REFERENCES person(id),
  scheme_year      INTEGER NOT NULL,
  tier             INTEGER NOT NULL CHECK (tier IN (1, 2)),
  personal_fen     INTEGER NOT NULL CHECK (personal_fen >= 0),  -- what the person paid
  subsidized_fen   INTEGER NOT NULL DEFAULT 0 CHECK (subsidized_fen >= 0), -- personal amount paid by the state
  subsidy_fen      INTEGER NOT NULL CHECK (subsidy_fen >= 0),   -- the government subsidy per insured person
  status           TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'refunded', 'voided')),
  receipt_id       TEXT REFERENCES receipt(id),
  paid_at          TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT,
  workstation_id   TEXT,
  deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- One enrollment per person per scheme year.
CREATE UNIQUE INDEX enrollment_person_year ON enrollment(person_id, scheme_year) WHERE deleted = 0;
CREATE INDEX enrollment_year_status ON enrollment(scheme_year, status);
CREATE INDEX enrollment_receipt ON enrollment(receipt_id);

CREATE TABLE filing (
  id               TEXT PRIMARY KEY,
  township_id      TEXT NOT NULL REFERENCES township(id),
  person_id        TEXT NOT NULL REFERENCES person(id),
  disease_code     TEXT NOT NULL,
  institution_id   TEXT REFERENCES institution(id),
  diagnosis_date   TEXT NOT NULL,
  evidence_kind    TEXT NOT NULL CHECK (evidence_kind IN ('inpatient_record', 'outpatient_record_with_test')),
  note             TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL CHECK (status IN ('reported', 'returned', 'reviewed', 'submitted', 'certified', 'rejected', 'expired', 'revoked')),
  valid_from       TEXT,
  valid_to         TEXT,
  created_by       TEXT NOT NULL,
  reviewed_by      TEXT,
  reviewed_at      TEXT,
  submitted_by     TEXT,
  submitted_at     TEXT,
  decided_by       TEXT,
  decided_at       TEXT,
  reason           TEXT,                   -- return, rejection or revocation reason
  version          INTEGER NOT NULL DEFAULT 1,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT,
  workstation_id   TEXT,
  deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX filing_person ON filing(person_id);
CREATE INDEX filing_status ON filing(status, township_id);

CREATE TABLE filing_attachment (
  id               TEXT PRIMARY KEY,
  filing_id        TEXT NOT NULL REFERENCES filing(id),
  file_name        TEXT NOT NULL,
  mime_type        TEXT NOT NULL,
  sha256           TEXT NOT NULL,
  content          BLOB NOT NULL,
  version          INTEGER NOT NULL DEFAULT 1,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT,
  workstation_id   TEXT,
  deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX filing_attachment_filing ON filing_attachment(filing_id);

CREATE TABLE claim (
  id                   TEXT PRIMARY KEY,
  township_id          TEXT NOT NULL REFERENCES township(id),
  person_id            TEXT NOT NULL REFERENCES person(id),
  scheme_year          INTEGER NOT NULL,
  kind                 TEXT NOT NULL CHECK (kind IN ('inpatient', 'general_outpatient', 'special_outpatient')),
  institution_id       TEXT REFERENCES institution(id),
  level                TEXT NOT NULL CHECK (level IN ('village', 'township', 'county', 'city', 'province')),
  location             TEXT NOT NULL CHECK (location IN ('in_county', 'in_city', 'in_province', 'out_of_province')),
  referral             TEXT NOT NULL CHECK (referral IN ('none', 'referred', 'downward')),
  admission            TEXT NOT NULL,
  discharge            TEXT NOT NULL,
  disease_code         TEXT,
  total_fen            INTEGER NOT NULL CHECK (total_fen >= 0),
  self_paid_fen        INTEGER NOT NULL CHECK (self_paid_fen >= 0),
  category_b_copay_fen INTEGER NOT NULL CHECK (category_b_copay_fen >= 0),
  accident             INTEGER NOT NULL DEFAULT 0 CHECK (accident IN (0, 1)),
  third_party_liable   INTEGER NOT NULL DEFAULT 0 CHECK (third_party_liable IN (0, 1)),
  status               TEXT NOT NULL CHECK (status IN ('entered', 'returned', 'settled', 'reversed')),
  created_by           TEXT NOT NULL,
  approved_by          TEXT,
  approved_at          TEXT,
  reason               TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  updated_at           TEXT NOT NULL,
  updated_by           TEXT,
  workstation_id       TEXT,
  deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  CHECK (discharge >= admission),
  CHECK (self_paid_fen + category_b_copay_fen <= total_fen)
);
CREATE INDEX claim_person_year ON claim(person_id, scheme_year);
CREATE INDEX claim_status ON claim(status, township_id);

CREATE TABLE settlement (
  id                     TEXT PRIMARY KEY,
  claim_id               TEXT NOT NULL REFERENCES claim(id),
  township_id            TEXT NOT NULL REFERENCES township(id),
  slip_no                TEXT NOT NULL,    -- printed number, unique per township
  policy_id              TEXT NOT NULL,
  policy_sha256          TEXT NOT NULL,
  in_scope_fen           INTEGER NOT NULL,
  deductible_fen         INTEGER NOT NULL,
  basic_fen              INTEGER NOT NULL,
  critical_fen           INTEGER NOT NULL,
  assistance_fen         INTEGER NOT NULL,
  relief_fen             INTEGER NOT NULL,
  out_of_pocket_fen      INTEGER NOT NULL,
  refused                TEXT,
  flags                  TEXT NOT NULL DEFAULT '',  -- comma-separated flag codes
  reverses_settlement_id TEXT REFERENCES settlement(id),
  settled_at             TEXT NOT NULL,
  settled_by             TEXT NOT NULL,
  version                INTEGER NOT NULL DEFAULT 1,
  updated_at             TEXT NOT NULL,
  updated_by             TEXT,
  workstation_id         TEXT,
  deleted                INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  UNIQUE (township_id, slip_no)
);
CREATE INDEX settlement_claim ON settlement(claim_id);

-- "user" is a reserved word in PostgreSQL, hence app_user.
CREATE TABLE app_user (
  id             TEXT PRIMARY KEY,
  login          TEXT NOT NULL UNIQUE,
  display_name   TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer', 'township_admin', 'county_certifier', 'county_admin')),
  township_id    TEXT REFERENCES township(id),   -- NULL for county roles
  password_hash  TEXT NOT NULL,                  -- Argon2id, libsodium crypto_pwhash_str
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  workstation_id TEXT,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- Workstation credentials: the secret is stored as SHA-256 only.
CREATE TABLE credential (
  id             TEXT PRIMARY KEY,
  label          TEXT NOT NULL DEFAULT '',
  scope          TEXT NOT NULL CHECK (scope IN ('township', 'county')),
  township_id    TEXT REFERENCES township(id),
  secret_sha256  TEXT NOT NULL,
  public_key     TEXT,                      -- Ed25519, hex, for packages
  created_at     TEXT NOT NULL,
  revoked_at     TEXT,
  last_seen_at   TEXT,
  CHECK ((scope = 'township') = (township_id IS NOT NULL))
);

-- Every operation answered, with its answer, so that a retry gets the same.
CREATE TABLE applied_op (
  op_id          TEXT PRIMARY KEY,
  credential_id  TEXT NOT NULL REFERENCES credential(id),
  entity         TEXT NOT NULL,
  row_id         TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('applied', 'rejected', 'conflict')),
  answer_json    TEXT NOT NULL,
  hlc            TEXT NOT NULL,
  at             TEXT NOT NULL
);

-- Every accepted row version in order; seq is the pull cursor.
CREATE TABLE change_log (
  seq            BIGINT PRIMARY KEY,
  entity         TEXT NOT NULL,
  row_id         TEXT NOT NULL,
  version        BIGINT NOT NULL,
  township_id    TEXT,                      -- NULL: county-wide
  row_json       TEXT NOT NULL,
  op_id          TEXT,                      -- NULL when written by provisioning
  hlc            TEXT,
  at             TEXT NOT NULL
);
CREATE INDEX change_log_township ON change_log(township_id, seq);

-- Counters; the row lock on change_seq serialises writers.
CREATE TABLE server_counter (
  name           TEXT PRIMARY KEY,
  value          BIGINT NOT NULL
);
INSERT INTO server_counter (name, value) VALUES ('change_seq', 0);
