-- doorman schema, version 8: machine-to-machine apps as organization members (Logto's model).
-- An organization role now has a type, as an RBAC role does: user roles go to user members and
-- m2m roles to app members. An app member's organization roles give it organization tokens
-- (client_credentials with organization_id) with their scopes and resource permissions.

ALTER TABLE organization_roles
    ADD COLUMN type TEXT NOT NULL DEFAULT 'user' CHECK (type IN ('user', 'm2m'));

-- App members list in joining order (the rowid), like user members.
CREATE TABLE organization_apps (
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    client_id       TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    UNIQUE (organization_id, client_id)
);
CREATE INDEX organization_apps_by_app ON organization_apps (client_id);

CREATE TABLE organization_app_roles (
    organization_id TEXT NOT NULL,
    client_id       TEXT NOT NULL,
    role_id         TEXT NOT NULL REFERENCES organization_roles (id) ON DELETE CASCADE,
    PRIMARY KEY (organization_id, client_id, role_id),
    FOREIGN KEY (organization_id, client_id)
        REFERENCES organization_apps (organization_id, client_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX organization_app_roles_by_role ON organization_app_roles (role_id);
