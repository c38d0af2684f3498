#!/usr/bin/env python3
"""A/B of the sign-in flow between two doorman binaries on this machine: each gets a database
prepared as `serve.py` prepares it, then code+PKCE flows with sign-in (`flow.js`) run against
each in turn, ROUNDS times, so the machine's drift falls on both alike. Prints the medians of
flows/s and of the server's CPU per flow, with 1 and 8 clients.

    python3 bench/ab.py OLD_BINARY NEW_BINARY     # ROUNDS (4), FLOW_SECONDS (5) to change it
"""

import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serve  # noqa: E402  (prepare, the server, the quiet gate, flow.js)

ROUNDS = int(os.environ.get("ROUNDS", "4"))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binaries = {"A": Path(sys.argv[1]).resolve(), "B": Path(sys.argv[2]).resolve()}
    directories = {}
    for name, binary in binaries.items():
        serve.DOORMAN = binary
        directories[name] = serve.prepare("RS256")
    results = {(name, c): ([], []) for name in binaries for c in (1, 8)}
    for round_ in range(ROUNDS):
        for concurrency in (1, 8):
            for name in (("A", "B") if round_ % 2 == 0 else ("B", "A")):
                serve.DOORMAN = binaries[name]
                rate, cpu, _, _ = serve.measured(directories[name], serve.flow(concurrency))
                results[(name, concurrency)][0].append(rate)
                results[(name, concurrency)][1].append(cpu * 1000)
                print(f"round {round_ + 1} {name} c={concurrency}: {rate:,.0f} flows/s, "
                      f"{cpu * 1000:.3f} ms CPU/flow", file=sys.stderr)
    for concurrency in (1, 8):
        a_rate, a_cpu = (statistics.median(v) for v in results[("A", concurrency)])
        b_rate, b_cpu = (statistics.median(v) for v in results[("B", concurrency)])
        print(f"{concurrency} client(s): A {a_rate:,.0f} flows/s {a_cpu:.3f} ms | "
              f"B {b_rate:,.0f} flows/s {b_cpu:.3f} ms | B/A {b_rate / a_rate:.3f}")


if __name__ == "__main__":
    main()
