// openid-client against `doorman serve --test-controls`, as an app's integration tests use it:
// headless code flows by login_hint (no page, no browser), a refresh after the server's clock
// moved two hours, scripted outcomes (an authorization error, a token failure, extra claims in
// the next ID token only) and the captured token requests. Run by tests/it/test_controls.rs with
// the issuer, the client and the test user in the environment; prints one JSON object with what
// each step saw, for the test to check.
import * as client from 'openid-client';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const issuer = env('DOORMAN_ISSUER');
const base = issuer.replace(/\/oidc$/, '');
const clientId = env('CLIENT_ID');
const secret = env('CLIENT_SECRET');
const redirectUri = env('REDIRECT_URI');
const testUser = env('TEST_USER');

const config = await client.discovery(new URL(issuer), clientId, secret, client.ClientSecretBasic(secret), {
  execute: [client.allowInsecureRequests],
});

/** A test control: JSON in, JSON out. */
async function control(method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Follows the authorization redirects as a browser would, without ever showing a page, until
 * they reach the app's redirect URI. */
async function authorize(loginHint) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  let url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile email offline_access',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    login_hint: loginHint,
  });
  const cookies = new Map();
  for (let hop = 0; hop < 10; hop++) {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (!location) return { page: response.status, at: url.pathname };
    url = new URL(location, url);
    if (url.href.startsWith(redirectUri)) return { callback: url, verifier, state };
  }
  throw new Error('too many redirects');
}

async function signIn(loginHint = testUser) {
  const started = await authorize(loginHint);
  if (!started.callback) return { started };
  const tokens = await client.authorizationCodeGrant(config, started.callback, {
    pkceCodeVerifier: started.verifier,
    expectedState: started.state,
  });
  return { tokens, claims: tokens.claims() };
}

const failure = (error) => ({
  error: error.error ?? error.code ?? String(error),
  status: error.status ?? error.cause?.status,
});

const result = {};

// A headless code flow: the redirect carries the code, no page in between.
const first = await signIn();
result.headless = {
  sub: first.claims.sub,
  email: first.claims.email,
  amr: first.claims.amr,
  has_refresh_token: typeof first.tokens.refresh_token === 'string',
};
result.userinfo_before = (await client.fetchUserInfo(config, first.tokens.access_token, first.claims.sub)).sub;

// Two hours later by the server's clock: the access token (an hour) has expired, the refresh
// token has not, and refreshing rotates it.
result.clock = (await control('POST', '/dev/clock', { advance: '2h' })).body;
try {
  await client.fetchUserInfo(config, first.tokens.access_token, first.claims.sub);
  result.old_access_token = 'accepted';
} catch (error) {
  result.old_access_token = failure(error);
}
const refreshed = await client.refreshTokenGrant(config, first.tokens.refresh_token);
result.refresh = {
  rotated: refreshed.refresh_token !== first.tokens.refresh_token,
  iat_moved: refreshed.claims().iat - first.claims.iat,
  userinfo: (await client.fetchUserInfo(config, refreshed.access_token, first.claims.sub)).sub,
};
try {
  await client.refreshTokenGrant(config, first.tokens.refresh_token);
  result.old_refresh_token = 'accepted';
} catch (error) {
  result.old_refresh_token = failure(error);
}
await control('POST', '/dev/clock', { reset: true });

// A scripted authorization error reaches the app's callback.
await control('POST', '/dev/next', { client_id: clientId, authorization: { error: 'access_denied' } });
const denied = await authorize(testUser);
try {
  await client.authorizationCodeGrant(config, denied.callback, {
    pkceCodeVerifier: denied.verifier,
    expectedState: denied.state,
  });
  result.denied = 'signed in';
} catch (error) {
  result.denied = failure(error);
}

// A scripted token failure, then a server error.
for (const error of ['invalid_grant', 'server_error']) {
  await control('POST', '/dev/next', { token: { error } });
  try {
    await signIn();
    result[`token_${error}`] = 'issued';
  } catch (caught) {
    result[`token_${error}`] = failure(caught);
  }
}

// Claims queued for the next ID token appear in it, and only in it.
await control('POST', '/dev/next', {
  client_id: clientId,
  id_token: { claims: { feature_flags: ['beta'], email: 'scripted@example.com' } },
});
result.queued = (await control('GET', '/dev/next')).body;
const scripted = await signIn();
const after = await signIn();
result.claims = {
  scripted: { feature_flags: scripted.claims.feature_flags, email: scripted.claims.email },
  next: { feature_flags: after.claims.feature_flags ?? null, email: after.claims.email },
};

// What reached the token endpoint, as the app sent it.
result.requests = (await control('GET', `/dev/requests?client_id=${clientId}`)).body.filter(
  (r) => r.path === '/oidc/token',
);

// Anyone else still gets the sign-in page.
result.not_a_test_user = await authorize(env('OTHER_USER'));

console.log(JSON.stringify(result));
