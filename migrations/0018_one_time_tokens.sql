-- One-time tokens (Logto's magic links): made by the Management API for an email, used once at
-- /oidc/auth with login_hint to sign that email in (or up) without a password. Only the SHA-256
-- digest of a token is kept; the token is in the creation response alone.
CREATE TABLE one_time_tokens (
    id          TEXT PRIMARY KEY NOT NULL,
    email       TEXT NOT NULL,
    digest      TEXT NOT NULL UNIQUE,
    context     TEXT NOT NULL DEFAULT '{}',
    status      TEXT NOT NULL CHECK (status IN ('active', 'consumed', 'revoked', 'expired')),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX one_time_tokens_by_email ON one_time_tokens (email);
