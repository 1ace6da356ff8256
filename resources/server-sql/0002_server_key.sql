-- The county's own Ed25519 key pair, created on first use: it signs the
-- answer packages of section 7 of docs/sync-protocol.md. Hex text.
CREATE TABLE server_key (
  name           TEXT PRIMARY KEY,
  public_key     TEXT NOT NULL,
  secret_key     TEXT NOT NULL,
  created_at     TEXT NOT NULL
);
