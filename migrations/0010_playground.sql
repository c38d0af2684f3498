-- doorman schema, version 10: the playground at `/`, doorman as its own relying party.
-- Its client is built in (registered by `serve`, listed as such, removable); each sign-in it
-- starts is a run: the PKCE verifier and nonce until the callback, then the tokens it got, for
-- the refresh, organization-token and sign-out buttons. Runs belong to the browser whose CSRF
-- token started them and are dropped after a day.

ALTER TABLE applications ADD COLUMN built_in INTEGER NOT NULL DEFAULT 0;

CREATE TABLE playground_runs (
    id              TEXT PRIMARY KEY NOT NULL,
    csrf            TEXT NOT NULL,
    verifier        TEXT NOT NULL,
    nonce           TEXT NOT NULL,
    resource        TEXT,
    organization_id TEXT,
    tokens          TEXT,
    created_at      INTEGER NOT NULL
);
CREATE INDEX playground_runs_by_age ON playground_runs (created_at);
