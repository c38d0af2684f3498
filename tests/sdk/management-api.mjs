// Logto's own Management API client (@logto/api) against `doorman serve`, as a back office or a
// script uses it: users (create, list by page and search, suspend), an organization with a role
// and a member, and an invitation. Run by tests/it/management_orgs.rs with the M2M app's
// credentials in the environment. Prints a JSON line with the invitation's link, waits for a line
// on stdin (the test accepts it in Chromium meanwhile), then prints what it reads back.
import { createManagementApi } from '@logto/api/management';
import * as readline from 'node:readline';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const { apiClient } = createManagementApi('default', {
  clientId: env('CLIENT_ID'),
  clientSecret: env('CLIENT_SECRET'),
  baseUrl: env('BASE_URL'),
  apiIndicator: 'https://default.logto.app/api',
});

/** The body of a call that must succeed. */
const ok = async (call) => {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    throw new Error(`${response.status} ${JSON.stringify(error)}`);
  }
  return { data, response };
};

const result = {};

const created = [];
for (const name of ['Grace', 'Linus', 'Margaret']) {
  const { data } = await ok(
    apiClient.POST('/api/users', {
      body: { primaryEmail: `${name.toLowerCase()}@example.com`, name, password: 'x' },
    }),
  );
  created.push(data);
}
result.created = created.map((u) => u.primaryEmail);

const { data: page, response: paged } = await ok(
  apiClient.GET('/api/users', { params: { query: { page: 1, page_size: 2, search: 'example.com' } } }),
);
result.page = { size: page.length, total: Number(paged.headers.get('total-number')) };

const { data: suspended } = await ok(
  apiClient.PATCH('/api/users/{userId}/is-suspended', {
    params: { path: { userId: created[1].id } },
    body: { isSuspended: true },
  }),
);
result.suspended = suspended.isSuspended;

const { data: role } = await ok(
  apiClient.POST('/api/organization-roles', { body: { name: 'member', description: 'A member' } }),
);
const { data: org } = await ok(apiClient.POST('/api/organizations', { body: { name: 'Acme' } }));
await ok(
  apiClient.POST('/api/organizations/{id}/users', {
    params: { path: { id: org.id } },
    body: { userIds: [created[0].id] },
  }),
);
await ok(
  apiClient.POST('/api/organizations/{id}/users/{userId}/roles', {
    params: { path: { id: org.id, userId: created[0].id } },
    body: { organizationRoleIds: [role.id] },
  }),
);
const { data: members } = await ok(
  apiClient.GET('/api/organizations/{id}/users', { params: { path: { id: org.id } } }),
);
result.members = members.map((m) => ({ email: m.primaryEmail, roles: m.organizationRoles.map((r) => r.name) }));

const { data: invitation } = await ok(
  apiClient.POST('/api/organization-invitations', {
    body: {
      organizationId: org.id,
      invitee: env('INVITEE'),
      expiresAt: Date.now() + 86_400_000,
      organizationRoleIds: [role.id],
      messagePayload: {},
    },
  }),
);
result.invitation = { id: invitation.id, status: invitation.status };
console.log(JSON.stringify(result));

// The test accepts the invitation in a browser, then says so.
const lines = readline.createInterface({ input: process.stdin });
for await (const _ of lines) break;
lines.close();

const { data: after } = await ok(
  apiClient.GET('/api/organization-invitations/{id}', { params: { path: { id: invitation.id } } }),
);
const invitee = page.length >= 0 && (await ok(apiClient.GET('/api/users', { params: { query: { search: env('INVITEE') } } }))).data[0];
const { data: organizations } = await ok(
  apiClient.GET('/api/users/{userId}/organizations', { params: { path: { userId: invitee.id } } }),
);
console.log(
  JSON.stringify({
    status: after.status,
    acceptedUserId: after.acceptedUserId,
    inviteeId: invitee.id,
    organizations: organizations.map((o) => ({ name: o.name, roles: o.organizationRoles.map((r) => r.name) })),
  }),
);
