-- doorman schema, version 6: one-time codes for sign-up, sign-in and password reset, and the
-- user's agreement to the terms.

-- One verification: a 6-digit code sent to an email or phone for a purpose. Only the SHA-256
-- digest of the code (salted with the row's id) is kept. `payload` carries what the purpose
-- needs once the code is right: the pending registration, or the user being reset (JSON).
-- `verified_at` marks a right code; `consumed_at` marks the verification as spent.
CREATE TABLE verifications (
    id           TEXT PRIMARY KEY NOT NULL,
    purpose      TEXT NOT NULL,
    channel      TEXT NOT NULL,
    target       TEXT NOT NULL,
    interaction  TEXT,
    payload      TEXT NOT NULL DEFAULT '{}',
    code_digest  TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    sent_at      INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    verified_at  INTEGER,
    consumed_at  INTEGER
);
CREATE INDEX verifications_by_target ON verifications (purpose, target);

ALTER TABLE users ADD COLUMN terms_agreed_at INTEGER;
