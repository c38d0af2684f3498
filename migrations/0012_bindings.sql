-- Steps bound to secrets the server chose, not to the CSRF cookie (which any page on the same
-- host can set): the digest of the cookie set when an interaction passed its first factor (or
-- left for a connector), and the playground run's own cookie.
ALTER TABLE interactions ADD COLUMN step TEXT;
ALTER TABLE playground_runs RENAME COLUMN csrf TO binding;
