-- doorman schema, version 7: API resources and roles (Logto's RBAC).
-- An API resource is an indicator URI (RFC 8707) with its permissions (scopes). A role, of type
-- user or m2m, holds permissions and is assigned to users or machine-to-machine apps; an access
-- token for a resource carries the requested scopes its subject's roles grant. Organization roles
-- may hold resource permissions too, granted for a resource within an organization.

CREATE TABLE resources (
    id               TEXT PRIMARY KEY NOT NULL,
    indicator        TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    access_token_ttl INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

CREATE TABLE resource_scopes (
    id          TEXT PRIMARY KEY NOT NULL,
    resource_id TEXT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT,
    created_at  INTEGER NOT NULL,
    UNIQUE (resource_id, name)
);

CREATE TABLE roles (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL CHECK (type IN ('user', 'm2m')),
    description TEXT,
    created_at  INTEGER NOT NULL
);

CREATE TABLE role_permissions (
    role_id  TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    scope_id TEXT NOT NULL REFERENCES resource_scopes (id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, scope_id)
) WITHOUT ROWID;
CREATE INDEX role_permissions_by_scope ON role_permissions (scope_id);

CREATE TABLE user_roles (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_id)
) WITHOUT ROWID;
CREATE INDEX user_roles_by_role ON user_roles (role_id);

CREATE TABLE app_roles (
    client_id TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,
    role_id   TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (client_id, role_id)
) WITHOUT ROWID;
CREATE INDEX app_roles_by_role ON app_roles (role_id);

CREATE TABLE organization_role_permissions (
    role_id  TEXT NOT NULL REFERENCES organization_roles (id) ON DELETE CASCADE,
    scope_id TEXT NOT NULL REFERENCES resource_scopes (id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, scope_id)
) WITHOUT ROWID;
CREATE INDEX organization_role_permissions_by_scope ON organization_role_permissions (scope_id);
