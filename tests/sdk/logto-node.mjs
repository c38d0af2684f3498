// Logto's Node SDK (@logto/node) against a running `doorman serve`, as an app uses it: sign in
// through the hosted pages, read the ID token, fetch userinfo, ask for API and organization
// tokens, call the Account API with its own access token, see a refused resource as Logto's
// typed error, and sign out. Run by
// tests/it/logto_sdk.rs with the server's address and the app's credentials in the
// environment; prints one JSON object with what it saw, and exits non-zero on a failure.
import LogtoClient, { LogtoRequestError } from '@logto/node';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const endpoint = env('DOORMAN_ENDPOINT');
const redirectUri = env('APP_REDIRECT_URI');

// The browser: a cookie jar and manual redirects.
const cookies = new Map();
const browse = async (url, options = {}) => {
  const headers = { ...(options.headers ?? {}) };
  if (cookies.size > 0) {
    headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  const response = await fetch(new URL(url, endpoint), { ...options, headers, redirect: 'manual' });
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, ...rest] = pair.split('=');
    const value = rest.join('=');
    if (value === '' || /max-age=0/i.test(line)) cookies.delete(name);
    else cookies.set(name, value);
  }
  return response;
};
const field = (html, name) => {
  const match = html.match(new RegExp(`name="${name}" value="([^"]*)"`));
  if (!match) throw new Error(`no ${name} field in the page`);
  return match[1].replaceAll('&#38;', '&');
};

// The app's session storage and where the SDK sends the browser.
const store = new Map();
let navigated;
const client = new LogtoClient(
  {
    endpoint,
    appId: env('APP_ID'),
    appSecret: env('APP_SECRET'),
    scopes: ['email', 'urn:logto:scope:organizations', 'read', 'write'],
    resources: [env('API_RESOURCE'), env('OTHER_RESOURCE')],
  },
  {
    navigate: (url) => {
      navigated = url;
    },
    storage: {
      getItem: async (key) => store.get(key) ?? null,
      setItem: async (key, value) => {
        store.set(key, value);
      },
      removeItem: async (key) => {
        store.delete(key);
      },
    },
  },
);

const seen = {};
await client.signIn(redirectUri);
seen.auth_resources = new URL(navigated).searchParams.getAll('resource');
// The hosted sign-in page, as a person fills it in.
let page = await browse(navigated);
while (page.status === 303 && !page.headers.get('location').startsWith(redirectUri)) {
  page = await browse(page.headers.get('location'));
}
const html = await page.text();
const signedIn = await browse('/sign-in', {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({
    csrf_token: field(html, 'csrf_token'),
    interaction: field(html, 'interaction'),
    identifier: env('USER_EMAIL'),
    password: env('USER_PASSWORD'),
  }),
});
const callback = signedIn.headers.get('location');
if (!callback?.startsWith(redirectUri)) throw new Error(`no redirect back: ${signedIn.status}`);
await client.handleSignInCallback(callback);

seen.authenticated = await client.isAuthenticated();
seen.id_token = await client.getIdTokenClaims();
seen.userinfo = await client.fetchUserInfo();
seen.api_token = await client.getAccessTokenClaims(env('API_RESOURCE'));
seen.other_token = await client.getAccessTokenClaims(env('OTHER_RESOURCE'));
seen.organization_token = await client.getOrganizationTokenClaims(env('ORGANIZATION_ID'));
// The Account API with the SDK's own token (getAccessToken() without a resource), as an app's
// settings page calls it: read the account, prove the password, change the name.
const accountToken = await client.getAccessToken();
const account = (path, init = {}) =>
  fetch(new URL(path, endpoint), {
    ...init,
    headers: {
      authorization: `Bearer ${accountToken}`,
      'content-type': 'application/json',
      ...(init.headers ?? {}),
    },
  });
seen.my_account = await (await account('/api/my-account')).json();
const record = await (
  await account('/api/verifications/password', {
    method: 'POST',
    body: JSON.stringify({ password: env('USER_PASSWORD') }),
  })
).json();
const renamed = await account('/api/my-account', {
  method: 'PATCH',
  headers: { 'logto-verification-id': record.verificationRecordId },
  body: JSON.stringify({ name: 'Ada from the SDK' }),
});
seen.renamed = { status: renamed.status, body: await renamed.json() };
try {
  await client.getAccessToken('https://never-asked.test');
  seen.refused = null;
} catch (error) {
  seen.refused = {
    is_logto_request_error: error instanceof LogtoRequestError,
    code: error.code,
  };
}
await client.signOut(env('APP_POST_LOGOUT_URI'));
const endSession = new URL(navigated);
seen.sign_out = {
  path: endSession.pathname,
  client_id: endSession.searchParams.get('client_id'),
  post_logout_redirect_uri: endSession.searchParams.get('post_logout_redirect_uri'),
  id_token_hint: endSession.searchParams.get('id_token_hint'),
};
const confirmation = await browse(navigated);
seen.sign_out.auto_submit = (await confirmation.text()).includes('data-auto-submit');
console.log(JSON.stringify(seen));
