"""Responsiveness: the longest gap between event-loop iterations of the real wizard's GUI thread
(tests/benchmarks/bench_responsiveness.cpp) per phase, servers answering after 200 ms."""
import os

from measure import HarnessError, median, run
from servers import bench_servers
from table import Row

PHASES = [("verify", "Verify page runs every check (200 ms servers)"), ("save", "profile saved"),
          ("pdf", "PDF report exported"), ("bundle", "bundle written")]
JOURNEYS = ["scalr-aws", "spot-azure"]


def responsiveness(build, runs):
    with bench_servers(build, delay_ms=200) as (folder, env):
        _, _, code, out = run([os.path.join(build, "tests/benchmarks/bench_responsiveness"), folder, str(runs)] + JOURNEYS,
                              env=env, timeout=60 * runs * len(JOURNEYS))
    if code != 0:
        raise HarnessError(f"bench_responsiveness exited {code}")
    gaps = {}
    for line in out.decode().splitlines():
        _, _, phase, value = line.split()
        gaps.setdefault(phase, []).append(float(value))
    rows = []
    for phase, what in PHASES:
        if phase not in gaps:
            raise HarnessError(f"bench_responsiveness measured no {phase} phase")
        m = median(gaps[phase])
        rows.append(Row(f"Longest GUI event-loop gap: {what}", f"{m:.1f} ms", f"worst of {len(gaps[phase])}: {max(gaps[phase]):.1f} ms",
                        "", "≤ 16 ms", m <= 16))
    return rows
