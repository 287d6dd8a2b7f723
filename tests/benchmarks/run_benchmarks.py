"""Runs every benchmark of docs/benchmarks.md and prints the table (called by run.sh).
usage: run_benchmarks.py BUILD_DIR SOURCE_DIR RUNS [--quick]"""
import sys
import time

import bench_growth
import bench_gui
import bench_network
import bench_startup
from measure import HarnessError
from table import markdown


def main():
    build, source, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    quick = "--quick" in sys.argv
    sections = [
        ("start-up", lambda: bench_startup.startup(build, runs)),
        ("awscli", lambda: bench_network.against_awscli(build, runs)),
        ("AWS check set", lambda: bench_network.check_set(build, runs, "scalr-aws.json", bench_network.AWS_CHECKS, "AWS")),
        ("Azure check set", lambda: bench_network.check_set(build, runs, "scalr-azure.json", bench_network.AZURE_CHECKS, "Azure")),
        ("responsiveness", lambda: bench_gui.responsiveness(build, runs)),
        ("profile check", lambda: bench_growth.profile_check(build, source, runs)),
        ("merge", lambda: bench_growth.merge(build, max(runs, 10))),
        ("report", lambda: bench_growth.report(build, max(runs, 10))),
        # Quick: 3 batches of 20 profiles; otherwise batches of 200, as many as the runs.
        ("many accounts", lambda: bench_network.many_accounts(build, runs, 5 if quick else 50)),
    ]
    rows = []
    for name, section in sections:
        start = time.monotonic()
        try:
            rows += section()
        except HarnessError as e:
            print(f"benchmarks: {name}: {e}", file=sys.stderr)
            return 1
        print(f"benchmarks: {name} done in {time.monotonic() - start:.0f} s", file=sys.stderr)
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
