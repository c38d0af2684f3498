#!/usr/bin/env python3
"""`push` and `pull` of 10,000 users between two local doormans: the source has USERS users
(with password hashes), MEMBERS of them in one organization with a role, and a user role held
by them; the target serves the Management API to an M2M app with `--management-api`. `push`
copies the source into it, then `pull` copies it into a third, empty database. The issue's goal:
each under 30 s. Timed as whole commands (wall clock), REPS fresh rounds, medians.

    cargo build --release && python3 bench/logto_sync.py   # USERS, MEMBERS, REPS to change it
"""

import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cli  # noqa: E402  (the users' password hashes)
import serve  # noqa: E402  (the server and the bench directories)

USERS = int(os.environ.get("USERS", "10000"))
MEMBERS = int(os.environ.get("MEMBERS", "1000"))
REPS = int(os.environ.get("REPS", "3"))
GOAL_S = 30


def write_source(path):
    with open(path, "w") as f:
        f.write("resources:\n  - {indicator: 'https://api.bench.test', name: Bench, scopes: [{name: read}]}\n")
        f.write("roles:\n  - {name: reader, type: user, permissions: ['https://api.bench.test:read']}\n")
        f.write("organization_roles:\n  - {name: member}\n")
        f.write("users:\n")
        for i in range(USERS):
            roles = ", roles: [reader]" if i < MEMBERS else ""
            f.write(f"  - {{username: user{i}, email: user{i}@bench.test, name: 'Bench User {i}', "
                    f"password_hash: '{cli.HASHES[i % len(cli.HASHES)]}'{roles}}}\n")
        f.write("organizations:\n  - name: Bench Org\n    members:\n")
        for i in range(MEMBERS):
            f.write(f"      - {{user: user{i}, roles: [member]}}\n")


def timed(args, cwd, stdin):
    started = time.perf_counter()
    done = serve.run(args, cwd, input=stdin)
    return time.perf_counter() - started, json.loads(done.stdout)


def one_round():
    source = serve.prepare("RS256")
    write_source(source / "source.yaml")
    serve.run([str(serve.DOORMAN), "seed", "source.yaml"], source)
    target = serve.prepare("RS256")
    made = serve.run([str(serve.DOORMAN), "-o", "json", "app", "create", "Bench admin", "--type", "m2m",
                      "--client-id", "bench-admin", "--management-api"], target)
    secret = json.loads(made.stdout)["client_secret"] + "\n"
    copy = serve.prepare("RS256")
    server = serve.Server(target)
    try:
        push_s, pushed = timed([str(serve.DOORMAN), "-o", "json", "push", "--to", serve.BASE,
                                "--client-id", "bench-admin", "--client-secret-stdin"], source, secret)
        pull_s, pulled = timed([str(serve.DOORMAN), "-o", "json", "pull", "--from", serve.BASE,
                                "--client-id", "bench-admin", "--client-secret-stdin"], copy, secret)
    finally:
        server.stop()
        for directory in (source, target, copy):
            shutil.rmtree(directory, ignore_errors=True)
    return push_s, pushed, pull_s, pulled


def main():
    pushes, pulls = [], []
    for rep in range(REPS):
        push_s, pushed, pull_s, pulled = one_round()
        print(f"round {rep + 1}: push {push_s:.2f} s {pushed}, pull {pull_s:.2f} s {pulled}")
        pushes.append(push_s)
        pulls.append(pull_s)
    print(f"{USERS:,} users ({MEMBERS:,} in an organization with a role), median of {REPS}:")
    print(f"  push   {statistics.median(pushes):6.2f} s   (goal < {GOAL_S} s)")
    print(f"  pull   {statistics.median(pulls):6.2f} s   (goal < {GOAL_S} s)")


if __name__ == "__main__":
    main()
