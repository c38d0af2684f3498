-- Test users: a server with test controls signs them in without a page when an authorization
-- request names them in `login_hint` (an app's integration tests, a CI run). Nobody else.
ALTER TABLE users ADD COLUMN test_user INTEGER NOT NULL DEFAULT 0;
