-- The device authorization grant (RFC 8628): native apps that may use it, and the requests a
-- device made, waiting for someone to type their user code on /device and sign in.
ALTER TABLE applications ADD COLUMN device_flow INTEGER NOT NULL DEFAULT 0;

CREATE TABLE device_authorizations (
    id                  TEXT PRIMARY KEY NOT NULL,
    -- SHA-256 of the device code the device polls with.
    device_code_digest  TEXT NOT NULL UNIQUE,
    -- The code a person types, without its dash (BCDFGHJK).
    user_code           TEXT NOT NULL UNIQUE,
    client_id           TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,
    scope               TEXT NOT NULL,
    resources           TEXT NOT NULL DEFAULT '[]',
    created_at          INTEGER NOT NULL,
    expires_at          INTEGER NOT NULL,
    -- Seconds the device must wait between polls; slow_down adds five.
    poll_interval       INTEGER NOT NULL,
    polled_at           INTEGER,
    status              TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'approved', 'denied', 'used')),
    -- The grant a person approved, redeemed by the device's next poll.
    grant_id            TEXT REFERENCES grants (id) ON DELETE CASCADE
);
CREATE INDEX device_authorizations_expiry ON device_authorizations (expires_at);
