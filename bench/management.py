#!/usr/bin/env python3
"""GET /api/users?page_size=20 on 100,000 users under load: the Management API as Logto's
clients call it, with an M2M app's JWT for `https://default.logto.app/api` (scope `all`),
`wrk -t2 -c32` for the rate and `wrk -t1 -c1` for the time one request takes, with doorman's
server CPU per request. The issue's goals: 5,000 req/s and under 2 ms of server time at the
median.

    cargo build --release && python3 bench/management.py   # USERS, DURATION, REPS to change it
"""

import base64
import json
import os
import sys
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import account  # noqa: E402  (the bearer-token wrk load and the report)
import cli  # noqa: E402  (the users fixture)
import serve  # noqa: E402  (the server, the quiet gate and the CPU windows)

USERS = int(os.environ.get("USERS", "100000"))
PATH = "/api/users?page=2&page_size=20"


def prepare():
    """The bench database with USERS more users and an M2M app holding the Management API."""
    d = serve.prepare("RS256")
    fixture = d / "users.yaml"
    cli.write_users(fixture, USERS, plaintext=False)
    serve.run([str(serve.DOORMAN), "seed", str(fixture)], d)
    created = serve.run([str(serve.DOORMAN), "-o", "json", "app", "create", "Bench admin", "--type", "m2m",
                         "--client-id", "bench-admin", "--management-api"], d)
    return d, json.loads(created.stdout)["client_secret"]


def management_token(secret):
    """A client_credentials token for the Management API from the running server."""
    body = urllib.parse.urlencode({
        "grant_type": "client_credentials",
        "resource": "https://default.logto.app/api",
        "scope": "all",
    }).encode()
    basic = base64.b64encode(f"bench-admin:{secret}".encode()).decode()
    request = urllib.request.Request(serve.BASE + "/oidc/token", data=body, headers={
        "Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.load(response)["access_token"]


def load(secret, threads, connections):
    def run(server):
        # Tokens live an hour: one per measurement, from the server being measured.
        measure = account.load(management_token(secret), threads, connections, PATH)
        rate, count, window = measure(server)
        run.p50_ms = measure.p50_ms
        return rate, count, window
    return run


def main():
    directory, secret = prepare()
    account.report(f"GET {PATH} on {USERS:,} users", directory, lambda t, c: load(secret, t, c),
                   "5,000", "2 ms")

if __name__ == "__main__":
    main()
