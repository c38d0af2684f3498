-- doorman schema, version 1: users, settings, outbox, audit.
-- Append-only: never edit a released migration; add 0002_... instead.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Users list in insertion order (the rowid): creation order, and the order an export is
-- seeded back in. Identifiers are unique where present; partial indexes skip the absent ones.
CREATE TABLE users (
    id              TEXT PRIMARY KEY NOT NULL,
    username        TEXT COLLATE NOCASE,
    email           TEXT COLLATE NOCASE,
    email_verified  INTEGER NOT NULL DEFAULT 0,
    phone           TEXT,
    phone_verified  INTEGER NOT NULL DEFAULT 0,
    name            TEXT,
    avatar_url      TEXT,
    custom_data     TEXT NOT NULL DEFAULT '{}',
    password_hash   TEXT,
    suspended       INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    last_sign_in_at INTEGER
);
CREATE UNIQUE INDEX users_by_username ON users (username) WHERE username IS NOT NULL;
CREATE UNIQUE INDEX users_by_email ON users (email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX users_by_phone ON users (phone) WHERE phone IS NOT NULL;

CREATE TABLE settings (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    document   TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE outbox (
    id         TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    channel    TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient  TEXT NOT NULL,
    subject    TEXT,
    body       TEXT NOT NULL
);
CREATE INDEX outbox_by_recipient ON outbox (recipient COLLATE NOCASE, created_at);

CREATE TABLE audit_events (
    seq     INTEGER PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    event   TEXT NOT NULL,
    user_id TEXT,
    detail  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_by_user ON audit_events (user_id, seq);
