// openid-client's device authorization grant (RFC 8628) against a running `doorman serve`, as a
// TV app or a CLI uses it: discover, ask for a device code, show the user code, poll until a
// person signs in on another screen. Run by tests/it/device_flow.rs with the issuer and the
// app's client id in the environment. Prints two JSON lines: the device authorization response
// (the test types its code into a browser), then what the polling ended with (tokens and the ID
// token's claims, or the OAuth error).
import * as client from 'openid-client';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const config = await client.discovery(new URL(env('DOORMAN_ISSUER')), env('CLIENT_ID'), undefined, client.None(), {
  execute: [client.allowInsecureRequests],
});
const started = await client.initiateDeviceAuthorization(config, { scope: env('SCOPE') });
console.log(JSON.stringify(started));

try {
  const tokens = await client.pollDeviceAuthorizationGrant(config, started);
  const userinfo = await client.fetchUserInfo(config, tokens.access_token, tokens.claims().sub);
  console.log(
    JSON.stringify({
      claims: tokens.claims(),
      scope: tokens.scope,
      has_refresh_token: typeof tokens.refresh_token === 'string',
      userinfo,
      device_endpoint: config.serverMetadata().device_authorization_endpoint,
    }),
  );
} catch (error) {
  console.log(JSON.stringify({ error: error.error ?? String(error), description: error.error_description }));
}
