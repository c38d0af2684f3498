-- doorman schema, version 4: token signing keys.
-- The newest key without retired_at signs; retired keys stay published until expires_at.

CREATE TABLE signing_keys (
    kid         TEXT PRIMARY KEY NOT NULL,
    algorithm   TEXT NOT NULL CHECK (algorithm IN ('RS256', 'ES256', 'ES384')),
    private_key TEXT NOT NULL,
    public_jwk  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    retired_at  INTEGER,
    expires_at  INTEGER
);
