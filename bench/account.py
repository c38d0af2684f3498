#!/usr/bin/env python3
"""GET /api/my-account under load: a user's opaque token (from `token issue`), the account
center on, `wrk -t2 -c32` for the rate and `wrk -t1 -c1` for the time one request takes, with
doorman's server CPU per request. The issue's goals: at least 10,000 req/s and under 1 ms at the
median.

    cargo build --release && python3 bench/account.py      # DURATION, REPS to change the runs
"""

import json
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serve  # noqa: E402  (the server, the quiet gate and the CPU windows)

LUA = Path(__file__).resolve().parent / "account.lua"
REPS = int(os.environ.get("REPS", "3"))


def prepare():
    d = serve.prepare("RS256")
    serve.run([str(serve.DOORMAN), "settings", "set", "account_center",
               "{enabled: true, fields: {name: edit, email: read_only, custom_data: read_only}}"], d)
    issued = serve.run([str(serve.DOORMAN), "-o", "json", "token", "issue", "bench@example.com",
                        "--app", "bench-public", "--scope", "openid profile email custom_data"], d)
    return d, json.loads(issued.stdout)["access_token"]


def load(token, threads, connections, path="/api/my-account"):
    """A wrk load of GET `path` with `token` as the bearer (bench/management.py uses it too)."""
    env = dict(os.environ, WRK_BEARER=token)

    def run(server):
        url = serve.BASE + path
        subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{serve.WARMUP}s", "-s", str(LUA), url],
                       env=env, capture_output=True, check=True)
        window = serve.Window(server)
        out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{serve.DURATION}s", "-s", str(LUA), url],
                             env=env, capture_output=True, text=True, check=True).stdout
        window.close()
        summary = json.loads(re.search(r"^JSON (.*)$", out, re.M).group(1))
        errors = sum(summary[k] for k in summary if k.startswith("err_"))
        if errors:
            sys.exit(f"wrk saw {errors} errors:\n{out}")
        run.p50_ms = summary["lat_p50_us"] / 1000
        return summary["rps"], summary["requests"], window
    return run


def report(title, directory, make_load, rate_goal, p50_goal):
    """REPS rounds of `make_load(2, 32)` for the rate and CPU and `make_load(1, 1)` for the time
    of one request at a time, printed as medians beside the goals (bench/management.py too)."""
    rates, cpus, p50s = [], [], []
    for _ in range(REPS):
        rate, cpu, _, _ = serve.measured(directory, make_load(2, 32))
        rates.append(rate)
        cpus.append(cpu * 1000)
        single = make_load(1, 1)
        serve.measured(directory, single)
        p50s.append(single.p50_ms)
    print(f"{title}, wrk -t2 -c32 {serve.DURATION}s, median of {REPS}:")
    print(f"  rate                     {statistics.median(rates):>10,.0f} req/s   (goal >= {rate_goal})")
    print(f"  server CPU per request   {statistics.median(cpus):>10.3f} ms")
    print(f"  one at a time, p50       {statistics.median(p50s):>10.3f} ms      (goal < {p50_goal})")


def main():
    directory, token = prepare()
    report("GET /api/my-account", directory, lambda t, c: load(token, t, c), "10,000", "1 ms")

if __name__ == "__main__":
    main()
