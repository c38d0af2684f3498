-- doorman schema, version 9: second factors (Logto's MFA).
-- A factor is an authenticator app (TOTP, its base32 secret kept to check codes), a passkey
-- (the WebAuthn credential's public key and counter as JSON, found by its credential id) or a
-- set of backup codes (each stored as a SHA-256 digest, single use). One TOTP and one
-- backup-code set per user; a new set replaces the old; passkeys, as many as the user likes.

CREATE TABLE mfa_factors (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type         TEXT NOT NULL CHECK (type IN ('totp', 'webauthn', 'backup_code')),
    secret       TEXT,
    credential_id TEXT,
    last_step    INTEGER,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER
);
CREATE INDEX mfa_factors_by_user ON mfa_factors (user_id);
CREATE UNIQUE INDEX mfa_factors_one_totp ON mfa_factors (user_id) WHERE type = 'totp';
CREATE UNIQUE INDEX mfa_factors_one_code_set ON mfa_factors (user_id) WHERE type = 'backup_code';
CREATE UNIQUE INDEX mfa_factors_by_credential ON mfa_factors (credential_id)
    WHERE credential_id IS NOT NULL;

CREATE TABLE backup_codes (
    factor_id TEXT NOT NULL REFERENCES mfa_factors (id) ON DELETE CASCADE,
    digest    TEXT NOT NULL,
    used_at   INTEGER,
    PRIMARY KEY (factor_id, digest)
) WITHOUT ROWID;

-- Users who skipped a skippable enrolment prompt are not prompted again.
CREATE TABLE mfa_skips (
    user_id    TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    skipped_at INTEGER NOT NULL
) WITHOUT ROWID;

-- An organization may require MFA of its members.
ALTER TABLE organizations ADD COLUMN mfa_required INTEGER NOT NULL DEFAULT 0;

-- The second-factor step of a sign-in in progress: who proved the first factor, how, and an
-- authenticator secret or passkey ceremony under way (JSON).
ALTER TABLE interactions ADD COLUMN mfa TEXT;
-- A passkey sign-in (the first factor) under way: the ceremony's state (JSON).
ALTER TABLE interactions ADD COLUMN passkey TEXT;

-- MFA did not exist before this version, so a stored policy of user_controlled (the old default,
-- which now means prompting at sign-in) was never a choice: it becomes the new default.
UPDATE settings SET document = json_set(document, '$.mfa.policy', 'no_prompt')
    WHERE json_extract(document, '$.mfa.policy') = 'user_controlled';
