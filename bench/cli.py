#!/usr/bin/env python3
"""CLI benchmarks for issue 2: seeding speed, whole-process latency of list/show, database size.

Usage: python3 bench/cli.py [--users 100000] [--plain 10000] [--runs 20]
Builds nothing: run `cargo build --release` first (the script uses target/release/doorman).
Everything it writes goes to bench/out/ (ignored by git).
"""

import argparse
import os
import shutil
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


def run(args, config=None):
    # Flush the previous run's writes first, so one run's writeback does not slow the next.
    os.sync()
    env = dict(os.environ, DOORMAN_OUTPUT="json")
    if config:
        env["DOORMAN_CONFIG"] = config
    start = time.perf_counter()
    proc = subprocess.run([BIN] + args, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}\n{proc.stderr}")
    return elapsed, proc.stdout


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

    times = []
    for _ in range(a.seed_runs):
        db = fresh_db("hash.db")
        t, out = run(["--db", db, "seed", hashed])
        times.append(t)
    rows.append((f"seed {a.users:,} users (password_hash)", statistics.median(times), 3.0, counts(out)))

    t, out = run(["--db", db, "seed", hashed])
    rows.append((f"re-seed {a.users:,} users (all unchanged)", t, None, counts(out)))

    times = []
    for _ in range(a.seed_runs):
        pdb = fresh_db("plain.db")
        t, out = run(["--db", pdb, "seed", plain], config=cheap)
        times.append(t)
    rows.append((f"seed {a.plain:,} users (plaintext, m=1024 t=1)", statistics.median(times), 3.0, counts(out)))

    for label, args in [
        ("user list --limit 50", ["--db", db, "user", "list", "--limit", "50"]),
        ("user show EMAIL", ["--db", db, "user", "show", f"user{a.users // 2}@bench.test"]),
        ("user show USERNAME", ["--db", db, "user", "show", f"user{a.users - 1}"]),
    ]:
        samples = sorted(run(args)[0] for _ in range(a.runs))
        rows.append((f"{label} on {a.users:,} users (median of {a.runs})", statistics.median(samples), 0.020,
                     f"p90 {ms(samples[int(len(samples) * 0.9) - 1])}"))

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
