#!/usr/bin/env python3
"""Idle keep-alive connections against `doorman serve`: opens N connections, asks one request on
each (so each is a served keep-alive connection, idle afterwards), then measures the server's
memory and how long a normal client's requests take while all of them are held open.

  cargo build --release && python3 bench/idle.py          # N=10000
  N=2000 python3 bench/idle.py

Prints the connections held, the server's RSS and peak RSS, and the median and worst time of
50 discovery requests on a fresh connection while they are held. Needs a file limit above N
(the script raises its own soft limit to the hard one; the server does the same at start).
"""

import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOORMAN = Path(os.environ.get("DOORMAN", ROOT / "target" / "release" / "doorman"))
N = int(os.environ.get("N", "10000"))
PORT = 4301
REQUEST = b"GET /oidc/.well-known/openid-configuration HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def rss_kb(pid, field):
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(rf"{field}:\s+(\d+)", text).group(1))


def read_response(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before a response")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length:\s*(\d+)", head).group(1))
    while len(rest) < length:
        rest += sock.recv(65536)
    return int(head.split(b" ")[1])


def main():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if hard < N + 100:
        sys.exit(f"the hard file limit ({hard}) is below N={N}")
    work = Path(tempfile.mkdtemp(prefix="doorman-idle-"))
    try:
        subprocess.run([str(DOORMAN), "init", "--issuer", f"http://localhost:{PORT}/oidc"],
                       cwd=work, check=True, capture_output=True)
        server = subprocess.Popen([str(DOORMAN), "-q", "serve", "--port", str(PORT)], cwd=work,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        before = rss_kb(server.pid, "VmRSS")
        held = []
        started = time.perf_counter()
        for _ in range(N):
            sock = socket.create_connection(("127.0.0.1", PORT))
            sock.sendall(REQUEST)
            held.append(sock)
        for sock in held:
            assert read_response(sock) == 200
        opened = time.perf_counter() - started
        times = []
        for _ in range(50):
            t = time.perf_counter()
            with socket.create_connection(("127.0.0.1", PORT)) as sock:
                sock.sendall(REQUEST)
                assert read_response(sock) == 200
            times.append((time.perf_counter() - t) * 1000)
        alive = 0
        for sock in held:
            sock.sendall(REQUEST)
        for sock in held:
            try:
                alive += read_response(sock) == 200
            except OSError:
                pass
        rss, hwm = rss_kb(server.pid, "VmRSS"), rss_kb(server.pid, "VmHWM")
        print(f"connections held: {N} (opened and served in {opened:.1f} s; {alive} still served a second request)")
        print(f"server RSS: {before / 1024:.1f} MB idle before, {rss / 1024:.1f} MB holding them, peak {hwm / 1024:.1f} MB")
        print(f"a normal client meanwhile: median {statistics.median(times):.2f} ms, worst {max(times):.2f} ms (50 requests)")
        for sock in held:
            sock.close()
        server.terminate()
        server.wait(timeout=20)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
