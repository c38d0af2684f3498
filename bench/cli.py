#!/usr/bin/env python3
"""CLI benchmarks for issue 2: seeding speed, whole-process latency of list/show, database size.

Usage: python3 bench/cli.py [--users 100000] [--plain 10000] [--runs 20]
Builds nothing: run `cargo build --release` first (the script uses target/release/doorman).
Everything it writes goes to bench/out/ (ignored by git).
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "doorman")
OUT = os.path.join(ROOT, "bench", "out")

# A bcrypt (cost 4) and an argon2i (m=1024) hash of "legacy-Pass-1", imported as they are.
HASHES = [
    "$2b$04$FoX8PMJ.vwwTO1FvfpCAuOAQxYLGJHbo9D8AYh1dHy7G79v14YuZW",
    "$argon2i$v=19$m=1024,t=1,p=1$+U4JcyozG6/ZsMKLizlRHw$BuVOQZ0mm9zoUxEhFp2aN2dh9rz0WggG7oKwF8UFn0s",
]
CHEAP = "password_hashing:\n  memory_kib: 1024\n  iterations: 1\n  parallelism: 1\n"


def has_run(text):
    """Four characters repeating or stepping by one, as the default policy refuses."""
    codes = [ord(c) for c in text.lower()]
    for i in range(len(codes) - 3):
        step = codes[i + 1] - codes[i]
        if step in (-1, 0, 1) and all(codes[j + 1] - codes[j] == step for j in range(i, i + 3)):
            return True
    return False


def password_for(i):
    """A distinct password per user that passes the default policy."""
    n = 0
    while True:
        candidate = f"river-{i * 7919 + n:x}-Stone"
        if not has_run(candidate) and str(i) not in candidate:
            return candidate
        n += 1


def write_users(path, count, plaintext):
    with open(path, "w") as f:
        f.write("users:\n")
        for i in range(count):
            f.write(f"  - username: user{i}\n    email: user{i}@bench.test\n")
            f.write(f"    name: Bench User {i}\n")
            if plaintext:
                f.write(f"    password: '{password_for(i)}'\n")
            else:
                f.write(f"    password_hash: '{HASHES[i % len(HASHES)]}'\n")


def write_org_fixtures(users_path, org_path, many_path, members, orgs):
    """Users only; the same users plus one organization holding all of them; and `orgs`
    organizations that each hold user0 (for `user show` of a member of many)."""
    with open(users_path, "w") as f:
        f.write("organization_roles:\n  - { name: member }\n  - { name: admin }\nusers:\n")
        for i in range(members):
            f.write(f"  - {{ username: user{i}, email: user{i}@bench.test, password_hash: '{HASHES[i % 2]}' }}\n")
    with open(users_path) as src, open(org_path, "w") as f:
        f.write(src.read())
        f.write("organizations:\n  - name: Big Org\n    members:\n")
        for i in range(members):
            roles = "[admin]" if i == 0 else "[member]"
            f.write(f"      - {{ user: user{i}, roles: {roles} }}\n")
    with open(many_path, "w") as f:
        f.write("organizations:\n")
        for j in range(orgs):
            f.write(f"  - name: Org {j}\n    members: [{{ user: user0, roles: [member] }}]\n")


def run(args, config=None):
    # Flush the previous run's writes first, so one run's writeback does not slow the next.
    os.sync()
    env = dict(os.environ, DOORMAN_OUTPUT="json")
    if config:
        env["DOORMAN_CONFIG"] = config
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([BIN] + args, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}\n{proc.stderr}")
    CPU.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return elapsed, proc.stdout


# CPU seconds (user + system) of each run, in order: unlike wall time, steal on a shared
# virtual machine barely moves it.
CPU = []


def cpu_since(mark):
    """Median CPU seconds of the runs since CPU had `mark` entries."""
    return statistics.median(CPU[mark:])


def fresh_db(name):
    path = os.path.join(OUT, name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return path


def counts(stdout):
    import json
    c = json.loads(stdout)
    return f"{c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged"


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=100_000)
    ap.add_argument("--plain", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--seed-runs", type=int, default=3)
    ap.add_argument("--members", type=int, default=10_000)
    ap.add_argument("--orgs", type=int, default=100)
    a = ap.parse_args()
    if not os.path.exists(BIN):
        sys.exit("build first: cargo build --release")
    os.makedirs(OUT, exist_ok=True)
    cheap = os.path.join(OUT, "cheap.yaml")
    with open(cheap, "w") as f:
        f.write(CHEAP)
    hashed = os.path.join(OUT, f"users-{a.users}-hash.yaml")
    plain = os.path.join(OUT, f"users-{a.plain}-plain.yaml")
    write_users(hashed, a.users, plaintext=False)
    write_users(plain, a.plain, plaintext=True)
    rows = []

    mark = len(CPU)
    times = []
    for _ in range(a.seed_runs):
        db = fresh_db("hash.db")
        t, out = run(["--db", db, "seed", hashed])
        times.append(t)
    rows.append((f"seed {a.users:,} users (password_hash)", statistics.median(times), 3.0,
                 f"cpu {cpu_since(mark):.2f} s; {counts(out)}"))

    t, out = run(["--db", db, "seed", hashed])
    rows.append((f"re-seed {a.users:,} users (all unchanged)", t, None, counts(out)))

    mark = len(CPU)
    times = []
    for _ in range(a.seed_runs):
        pdb = fresh_db("plain.db")
        t, out = run(["--db", pdb, "seed", plain], config=cheap)
        times.append(t)
    rows.append((f"seed {a.plain:,} users (plaintext, m=1024 t=1)", statistics.median(times), 3.0,
                 f"cpu {cpu_since(mark):.2f} s (both cores); {counts(out)}"))

    for label, args in [
        ("user list --limit 50", ["--db", db, "user", "list", "--limit", "50"]),
        ("user show EMAIL", ["--db", db, "user", "show", f"user{a.users // 2}@bench.test"]),
        ("user show USERNAME", ["--db", db, "user", "show", f"user{a.users - 1}"]),
    ]:
        mark = len(CPU)
        samples = sorted(run(args)[0] for _ in range(a.runs))
        rows.append((f"{label} on {a.users:,} users (median of {a.runs})", statistics.median(samples), 0.020,
                     f"cpu {ms(cpu_since(mark))}, p90 {ms(samples[int(len(samples) * 0.9) - 1])}"))

    users_only = os.path.join(OUT, f"org-users-{a.members}.yaml")
    with_org = os.path.join(OUT, f"org-{a.members}-members.yaml")
    many = os.path.join(OUT, f"orgs-{a.orgs}.yaml")
    write_org_fixtures(users_only, with_org, many, a.members, a.orgs)
    base, total = [], []
    for _ in range(a.seed_runs):
        base.append(run(["--db", fresh_db("org.db"), "seed", users_only])[0])
        total.append(run(["--db", fresh_db("org.db"), "seed", with_org])[0])
    extra = statistics.median(total) - statistics.median(base)
    rows.append((f"one organization of {a.members:,} members, beyond the users' seed", extra, 1.0,
                 f"users {statistics.median(base):.2f} s, with org {statistics.median(total):.2f} s"))
    odb = os.path.join(OUT, "org.db")
    run(["--db", odb, "seed", many])
    for label, args in [
        ("org member list --limit 50", ["--db", odb, "org", "member", "list", "Big Org", "--limit", "50"]),
        (f"user show of a member of {a.orgs + 1} organizations", ["--db", odb, "user", "show", "user0"]),
    ]:
        mark = len(CPU)
        samples = sorted(run(args)[0] for _ in range(a.runs))
        rows.append((f"{label} (median of {a.runs})", statistics.median(samples), 0.020,
                     f"cpu {ms(cpu_since(mark))}, p90 {ms(samples[int(len(samples) * 0.9) - 1])}"))

    # Fold the WAL into the main file so the size is the file's own.
    subprocess.run(["python3", "-c", f"import sqlite3; c=sqlite3.connect({db!r}); c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.close()"], check=True)
    size = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))

    print(f"doorman CLI benchmark ({os.cpu_count()} cores)")
    print(f"{'what':58} {'time':>10} {'goal':>8}  notes")
    for label, t, goal, note in rows:
        verdict = "" if goal is None else ("ok" if t < goal else "SLOW")
        goal_text = "" if goal is None else (f"< {goal:.0f} s" if goal >= 1 else f"< {goal * 1000:.0f} ms")
        print(f"{label:58} {ms(t) if t < 1 else f'{t:.2f} s':>10} {goal_text:>8}  {verdict} {note}")
    print(f"{'database file with ' + format(a.users, ',') + ' users':58} {size / 1e6:>7.1f} MB {'< 60 MB':>8}  {'ok' if size < 60e6 else 'TOO BIG'}")


if __name__ == "__main__":
    main()
