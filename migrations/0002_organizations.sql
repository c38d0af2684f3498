-- doorman schema, version 2: organizations (Logto's model).
-- The organization template (scopes, and roles holding scopes) is shared by every organization.

CREATE TABLE organization_scopes (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL UNIQUE,
    description TEXT,
    created_at  INTEGER NOT NULL
);

CREATE TABLE organization_roles (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL UNIQUE,
    description TEXT,
    created_at  INTEGER NOT NULL
);

CREATE TABLE organization_role_scopes (
    role_id  TEXT NOT NULL REFERENCES organization_roles (id) ON DELETE CASCADE,
    scope_id TEXT NOT NULL REFERENCES organization_scopes (id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, scope_id)
) WITHOUT ROWID;
CREATE INDEX organization_role_scopes_by_scope ON organization_role_scopes (scope_id);

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
    description TEXT,
    custom_data TEXT NOT NULL DEFAULT '{}',
    created_at  INTEGER NOT NULL
);

-- Members list in joining order (the rowid).
CREATE TABLE memberships (
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    UNIQUE (organization_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships (user_id);
CREATE INDEX memberships_by_organization ON memberships (organization_id);

CREATE TABLE membership_roles (
    organization_id TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    role_id         TEXT NOT NULL REFERENCES organization_roles (id) ON DELETE CASCADE,
    PRIMARY KEY (organization_id, user_id, role_id),
    FOREIGN KEY (organization_id, user_id)
        REFERENCES memberships (organization_id, user_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX membership_roles_by_role ON membership_roles (role_id);

-- Status is stored as pending, accepted, revoked or expired; a pending invitation past its
-- expires_at reads as expired and is marked so when the next invitation for it is made.
CREATE TABLE invitations (
    id               TEXT PRIMARY KEY NOT NULL,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email            TEXT NOT NULL COLLATE NOCASE,
    inviter_id       TEXT REFERENCES users (id) ON DELETE SET NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'revoked', 'expired')),
    expires_at       INTEGER NOT NULL,
    accepted_user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE UNIQUE INDEX invitations_one_pending ON invitations (organization_id, email)
    WHERE status = 'pending';
CREATE INDEX invitations_by_organization ON invitations (organization_id, created_at);

CREATE TABLE invitation_roles (
    invitation_id TEXT NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
    role_id       TEXT NOT NULL REFERENCES organization_roles (id) ON DELETE CASCADE,
    PRIMARY KEY (invitation_id, role_id)
) WITHOUT ROWID;
