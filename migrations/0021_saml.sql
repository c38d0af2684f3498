-- doorman schema, version 21: SAML connectors. A connector's IdP (entity id, sign-in URL,
-- signing certificates) lives in its JSON config like any endpoint. What is new:
-- A sign-in waiting for the IdP keeps the AuthnRequest's id as its nonce; the ACS, which the
-- IdP's page POSTs to without the browser's cookies, stores the checked assertion's profile on
-- it, and the callback the browser is sent on to (with its cookies) takes it from there.
-- Every accepted assertion's id is remembered until the assertion would lapse anyway, so the
-- same response is accepted once.

ALTER TABLE connector_states ADD COLUMN profile TEXT;

CREATE TABLE saml_assertions (
    connector_id TEXT NOT NULL REFERENCES connectors (id) ON DELETE CASCADE,
    assertion_id TEXT NOT NULL,
    expires_at   INTEGER NOT NULL,
    PRIMARY KEY (connector_id, assertion_id)
) WITHOUT ROWID;
