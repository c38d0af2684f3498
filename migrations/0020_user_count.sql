-- doorman schema, version 20: the number of users, kept by triggers, so the Management API's
-- unfiltered user list gives its Total-Number without counting 100,000 rows on every page.
-- /dev/reset copies tables back in bulk and recounts afterwards.

CREATE TABLE counters (
    name  TEXT PRIMARY KEY NOT NULL,
    value INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO counters (name, value) SELECT 'users', count(*) FROM users;

CREATE TRIGGER users_counted_in AFTER INSERT ON users
BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'users';
END;

CREATE TRIGGER users_counted_out AFTER DELETE ON users
BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'users';
END;
