"""Timing primitives of the benchmarks: run a process, time it from outside, read its peak RSS.

Every comparison is measured interleaved: the commands take turns within one loop (the order
alternating from round to round), so a change in the machine's load touches both sides alike.
"""
import os
import statistics
import subprocess
import threading
import time


class HarnessError(RuntimeError):
    """The harness itself is broken (a program did not start, failed, or said nothing useful)."""


def run(argv, env=None, timeout=120):
    """Runs argv to its end (stdin empty, stderr dropped). Returns (wall seconds, peak RSS KiB of
    that process, exit code, stdout bytes). A program that outlives `timeout` is killed."""
    start = time.monotonic_ns()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    watchdog = threading.Timer(timeout, proc.kill)
    watchdog.start()
    out = proc.stdout.read()  # small outputs: read to the end, then reap
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.monotonic_ns() - start) / 1e9
    proc.returncode = os.waitstatus_to_exitcode(status)
    watchdog.cancel()
    if wall >= timeout:
        raise HarnessError(f"{argv[0]} did not finish within {timeout} s")
    return wall, usage.ru_maxrss, proc.returncode, out


def first_paint(argv, env):
    """Starts a GUI program with CC_EXIT_AFTER_FIRST_PAINT=1; returns (seconds from the start of
    the process to its first paint, peak RSS KiB at that moment)."""
    env = dict(env, CC_EXIT_AFTER_FIRST_PAINT="1")
    start = time.monotonic_ns()  # CLOCK_MONOTONIC, the clock the program reports in
    _, _, code, out = run(argv, env=env, timeout=60)
    for line in out.decode(errors="replace").splitlines():
        if line.startswith("first-paint "):
            fields = dict(f.split("=", 1) for f in line.split()[1:])
            return (int(fields["monotonic-ns"]) - start) / 1e9, int(fields["maxrss-kib"])
    raise HarnessError(f"{argv[0]} reported no first paint (exit {code})")


def interleaved(runs, jobs):
    """jobs: {name: callable returning a tuple of numbers}. Runs each once per round, the order
    reversed every other round. Returns {name: [tuple per run]}."""
    names = list(jobs)
    results = {n: [] for n in names}
    for r in range(runs):
        for n in (names if r % 2 == 0 else reversed(names)):
            results[n].append(jobs[n]())
    return results


def median(values):
    return statistics.median(values)


def column(samples, i):
    return [s[i] for s in samples]
