#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal and answers its prompts, for tests of interactive paths.

Usage: drive.py TIMEOUT_S PROMPT=ANSWER... -- COMMAND ARGS...
Each PROMPT=ANSWER waits until PROMPT has appeared in the output (after the previous one), then
types ANSWER and Enter. A PROMPT starting with `?` is a secret prompt: the answer is typed only
once the program has turned the terminal's echo off, so it can never show on screen.
Prints everything the command wrote, and exits with its exit code.
"""

import os
import pty
import select
import sys
import termios
import time


def echo_is_off(fd):
    return not termios.tcgetattr(fd)[3] & termios.ECHO


def main():
    args = sys.argv[1:]
    timeout = float(args.pop(0))
    split = args.index("--")
    steps = [a.split("=", 1) for a in args[:split]]
    command = args[split + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    seen = b""
    cursor = 0
    deadline = time.monotonic() + timeout
    while True:
        if steps:
            prompt, answer = steps[0]
            secret = prompt.startswith("?")
            prompt = prompt.lstrip("?")
            found = seen.find(prompt.encode(), cursor)
            if found >= 0 and (not secret or echo_is_off(fd)):
                cursor = found + len(prompt)
                os.write(fd, answer.encode() + b"\r")
                steps.pop(0)
                continue
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, 9)
            sys.stdout.write(seen.decode(errors="replace"))
            sys.exit(f"timed out waiting for {steps[0][0] if steps else 'exit'!r}")
        # Short waits: a secret prompt may be waiting for the echo to go off, not for output.
        ready, _, _ = select.select([fd], [], [], min(left, 0.01))
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                break
            seen += chunk
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(seen.decode(errors="replace"))
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
