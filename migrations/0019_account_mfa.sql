-- doorman schema, version 19: what the Account API keeps about a user's second factors.
-- A passkey may carry the name its owner gave it (Logto's PATCH .../mfa-verifications/{id}/name).
-- A user may opt out of the second factor at sign-in (Logto's skipMfaOnSignIn) while keeping
-- their factors for what else asks for them; a mandatory policy, or an organization that
-- requires MFA, still asks.

ALTER TABLE mfa_factors ADD COLUMN name TEXT;

CREATE TABLE mfa_sign_in_opt_outs (
    user_id      TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    opted_out_at INTEGER NOT NULL
) WITHOUT ROWID;
