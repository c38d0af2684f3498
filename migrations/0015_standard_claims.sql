-- The OpenID Connect standard profile claims a user may set (given_name, family_name, nickname,
-- website, birthdate, locale, address, ...), as one JSON object keyed by claim name: Logto's
-- `profile`, released with the `profile` (and `address`) scope.
ALTER TABLE users ADD COLUMN standard_claims TEXT NOT NULL DEFAULT '{}';
