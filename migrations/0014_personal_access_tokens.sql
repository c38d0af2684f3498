-- Personal access tokens: what CI and scripts use to act as a user, exchanged at /oidc/token
-- (Logto's token exchange) for an access token. Only the SHA-256 digest of a token is kept; the
-- token itself is shown once, at creation. A name is unique per user.
CREATE TABLE personal_access_tokens (
    id            TEXT PRIMARY KEY NOT NULL,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    digest        TEXT NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER,
    last_used_at  INTEGER,
    UNIQUE (user_id, name)
);
