-- Custom claims: per user and per app, a JSON object merged into ID tokens, userinfo and JWT
-- access tokens whenever `openid` is granted (a user's claim overrides an app's of the same
-- name). The static answer to Logto's custom JWT scripts.
ALTER TABLE users ADD COLUMN claims TEXT NOT NULL DEFAULT '{}';
ALTER TABLE applications ADD COLUMN claims TEXT NOT NULL DEFAULT '{}';
