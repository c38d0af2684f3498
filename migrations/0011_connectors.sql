-- doorman schema, version 11: social and enterprise SSO connectors, and the identities they link.
-- A connector is an upstream OIDC or OAuth 2.0 provider. Its secret is kept as given, since it
-- is sent to the upstream; it is never printed after creation. What the protocol needs
-- (issuer or endpoints, scopes, the profile mapping, SSO domains, JIT organizations) is one
-- JSON document, read whole at each sign-in.
-- An identity links a user to an upstream subject; a subject links to one user, and a user has
-- at most one identity per connector.
-- A sign-in sent upstream waits as a connector state, keyed by the `state` it sent, with the
-- nonce and PKCE verifier it needs at the callback; it belongs to its interaction. An
-- interaction may also hold an upstream identity waiting to be linked once the user proves the
-- account it would join (`link`).

CREATE TABLE connectors (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind          TEXT NOT NULL,
    preset        TEXT,
    client_id     TEXT NOT NULL,
    client_secret TEXT,
    sso           INTEGER NOT NULL DEFAULT 0,
    config        TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE identities (
    connector_id TEXT NOT NULL REFERENCES connectors (id) ON DELETE CASCADE,
    subject      TEXT NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email        TEXT,
    profile      TEXT NOT NULL,
    linked_at    INTEGER NOT NULL,
    PRIMARY KEY (connector_id, subject),
    UNIQUE (user_id, connector_id)
);
CREATE INDEX identities_by_user ON identities (user_id);

CREATE TABLE connector_states (
    state          TEXT PRIMARY KEY NOT NULL,
    interaction_id TEXT NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    connector_id   TEXT NOT NULL REFERENCES connectors (id) ON DELETE CASCADE,
    nonce          TEXT NOT NULL,
    verifier       TEXT NOT NULL,
    expires_at     INTEGER NOT NULL
);

ALTER TABLE interactions ADD COLUMN link TEXT;
