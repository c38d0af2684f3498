-- doorman schema, version 5: what `serve` remembers between requests.
-- Every bearer secret (session cookie, authorization code, refresh and opaque access token) is
-- stored as the SHA-256 digest (hex) of its value: a copy of the file signs nobody in.

-- A signed-in browser. `id` is the public `sid` put in ID and logout tokens; the cookie carries
-- a separate secret whose digest is `cookie_digest`.
CREATE TABLE sessions (
    id            TEXT PRIMARY KEY NOT NULL,
    cookie_digest TEXT NOT NULL UNIQUE,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    auth_time     INTEGER NOT NULL,
    amr           TEXT NOT NULL DEFAULT '["pwd"]',
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    ended_at      INTEGER
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- An authorization request waiting for the user (sign-in, consent). `request` is the validated
-- request as JSON; `csrf` guards the forms that continue it.
CREATE TABLE interactions (
    id         TEXT PRIMARY KEY NOT NULL,
    request    TEXT NOT NULL,
    csrf       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);

-- One authorization: a user let an app have some scopes within a session. Codes, refresh tokens
-- and opaque access tokens hang off it, so revoking the grant revokes all of them at once
-- (code replay, refresh token reuse).
CREATE TABLE grants (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id   TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,
    session_id  TEXT REFERENCES sessions (id) ON DELETE SET NULL,
    scope       TEXT NOT NULL,
    resource    TEXT,
    nonce       TEXT,
    auth_time   INTEGER NOT NULL,
    amr         TEXT NOT NULL DEFAULT '["pwd"]',
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);
CREATE INDEX grants_by_session ON grants (session_id);
CREATE INDEX grants_by_user ON grants (user_id);

-- Authorization codes: single use, short-lived. `used_at` is set on redemption; a second
-- redemption revokes the grant.
CREATE TABLE authorization_codes (
    digest         TEXT PRIMARY KEY NOT NULL,
    grant_id       TEXT NOT NULL REFERENCES grants (id) ON DELETE CASCADE,
    redirect_uri   TEXT NOT NULL,
    code_challenge TEXT,
    expires_at     INTEGER NOT NULL,
    used_at        INTEGER
);

-- Refresh tokens and opaque access tokens. A refresh token is rotated on use (`used_at`); using
-- a rotated one again revokes the grant (the family).
CREATE TABLE tokens (
    digest          TEXT PRIMARY KEY NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    grant_id        TEXT REFERENCES grants (id) ON DELETE CASCADE,
    client_id       TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,
    user_id         TEXT REFERENCES users (id) ON DELETE CASCADE,
    scope           TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    used_at         INTEGER,
    revoked_at      INTEGER
);
CREATE INDEX tokens_by_grant ON tokens (grant_id);

-- Consent a user gave a third-party app, remembered so the page is shown once per new scope.
CREATE TABLE consents (
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,
    scope      TEXT NOT NULL,
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
