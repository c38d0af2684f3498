-- doorman schema, version 3: OIDC client applications.
-- Secrets are stored as SHA-256 digests (hex): generated secrets carry 256 random bits, and a
-- token endpoint must check one per request.

CREATE TABLE applications (
    client_id               TEXT PRIMARY KEY NOT NULL,
    name                    TEXT NOT NULL,
    type                    TEXT NOT NULL CHECK (type IN ('web', 'spa', 'native', 'm2m')),
    secret_digest           TEXT,
    redirect_uris           TEXT NOT NULL DEFAULT '[]',
    post_logout_redirect_uris TEXT NOT NULL DEFAULT '[]',
    backchannel_logout_uri  TEXT,
    is_third_party          INTEGER NOT NULL DEFAULT 0,
    created_at              INTEGER NOT NULL,
    updated_at              INTEGER NOT NULL
);
