-- doorman schema, version 22: the key each SAML connector signs its AuthnRequests with (when
-- its IdP asks for signed requests), and the self-signed certificate its SP metadata publishes
-- for the IdP to check them. Made with the connector (a connector made before this version gets
-- one on first use); never exported, so a seeded database makes its own and the IdP re-reads
-- the SP metadata.

CREATE TABLE saml_sp_keys (
    connector_id TEXT PRIMARY KEY NOT NULL REFERENCES connectors (id) ON DELETE CASCADE,
    private_key  BLOB NOT NULL,
    certificate  BLOB NOT NULL,
    created_at   INTEGER NOT NULL
) WITHOUT ROWID;
