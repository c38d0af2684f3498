'use strict';
// Full authorization-code + PKCE flows against `doorman serve`, as a browser makes them, each
// with a fresh cookie jar so every flow signs in with a password. Prints one JSON line with
// flows/second and per-flow latency. Written for doorman's pages; run by bench/serve.py.
//
//   GET /oidc/auth?...PKCE  -> 303 /sign-in?interaction=...   GET /sign-in (form, CSRF token)
//   POST /sign-in           -> 303 redirect_uri?code=...       POST /oidc/token (code_verifier)
//
// Usage: node bench/flow.js --base http://127.0.0.1:4300 --seconds 10 --concurrency 8
const http = require('node:http');
const crypto = require('node:crypto');

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, v, i, all) => (i % 2 === 0 ? [...pairs, [v.replace(/^--/, ''), all[i + 1]]] : pairs), []),
);
const base = new URL(args.base || 'http://127.0.0.1:4300');
const seconds = Number(args.seconds || 10);
const concurrency = Number(args.concurrency || 1);
const client = { id: args.client || 'bench-public', redirect: args.redirect || 'http://127.0.0.1:9/callback' };
const user = { identifier: args.user || 'bench@example.com', password: args.password || 'violet-Harbor-42' };
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency * 2 });

function call(method, path, { cookies, form } = {}) {
  const body = form ? new URLSearchParams(form).toString() : null;
  const headers = {};
  if (cookies && cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  if (body) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    headers['content-length'] = Buffer.byteLength(body);
  }
  return new Promise((resolve, reject) => {
    const req = http.request({ host: base.hostname, port: base.port, method, path, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        for (const c of res.headers['set-cookie'] || []) {
          const [pair] = c.split(';');
          const at = pair.indexOf('=');
          cookies && cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
        resolve({ status: res.statusCode, location: res.headers.location, text });
      });
    });
    req.setTimeout(10000, () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

function expect(ok, what) { if (!ok) throw new Error(what); }
function field(html, name) {
  const m = html.match(new RegExp(`name="${name}" value="([^"]*)"`));
  expect(m, `no ${name} field`);
  return m[1];
}

async function oneFlow() {
  const cookies = new Map();
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  const state = crypto.randomBytes(8).toString('hex');
  const query = new URLSearchParams({
    client_id: client.id, response_type: 'code', redirect_uri: client.redirect, scope: 'openid profile',
    state, nonce: crypto.randomBytes(8).toString('hex'), code_challenge: challenge, code_challenge_method: 'S256',
  });
  let r = await call('GET', `/oidc/auth?${query}`, { cookies });
  expect(r.status === 303 && r.location.startsWith('/sign-in'), `auth: ${r.status} ${r.location}`);
  r = await call('GET', r.location, { cookies });
  expect(r.status === 200, `sign-in page: ${r.status}`);
  r = await call('POST', '/sign-in', {
    cookies,
    form: { csrf_token: field(r.text, 'csrf_token'), interaction: field(r.text, 'interaction'), ...user },
  });
  expect(r.status === 303 && r.location.startsWith(client.redirect), `sign-in: ${r.status} ${r.location}`);
  const back = new URL(r.location);
  expect(back.searchParams.get('state') === state, 'state mismatch');
  r = await call('POST', '/oidc/token', {
    form: {
      grant_type: 'authorization_code', code: back.searchParams.get('code'), redirect_uri: client.redirect,
      client_id: client.id, code_verifier: verifier,
    },
  });
  expect(r.status === 200, `token: ${r.status} ${r.text.slice(0, 200)}`);
  const tokens = JSON.parse(r.text);
  expect(tokens.access_token && tokens.id_token, 'token response lacks tokens');
}

async function main() {
  await oneFlow();
  const latencies = [];
  let errors = 0;
  let firstError;
  const end = process.hrtime.bigint() + BigInt(seconds * 1e9);
  const t0 = process.hrtime.bigint();
  async function worker() {
    while (process.hrtime.bigint() < end) {
      const s = process.hrtime.bigint();
      try { await oneFlow(); latencies.push(Number(process.hrtime.bigint() - s) / 1e6); } catch (e) { errors += 1; firstError ??= String(e); }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  latencies.sort((a, b) => a - b);
  const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : 0);
  console.log(JSON.stringify({
    flows: latencies.length, errors, seconds: wall, flows_per_s: latencies.length / wall,
    requests_per_flow: 4, lat_p50_ms: pct(0.5), lat_p90_ms: pct(0.9), first_error: firstError,
  }));
  agent.destroy();
}

main().catch((e) => { console.error(e); process.exit(1); });
