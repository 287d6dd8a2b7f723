"""Work that grows with its input: profile check (1 KiB → 1 MiB files), the scalr-server.rb merge
(1 KiB → 1 MiB), and the summary report of a full journey. Growth is shown as the time ratio of
the largest to the smallest input over their size ratio: 1.0 is linear, below it is better."""
import json
import os
import tempfile

from measure import HarnessError, column, interleaved, median, run
from table import Row, ms

SIZES = [1024, 16 * 1024, 256 * 1024, 1024 * 1024 - 1024]  # the largest just within the 1 MiB limit


def padded_profile(source, size):
    """The test profile, valid, with whitespace spread after every comma up to `size` bytes."""
    with open(source) as f:
        text = json.dumps(json.load(f), separators=(",", ":"))
    commas = text.count(",")
    pad = max(0, (size - len(text)) // commas)
    text = text.replace(",", ",\n" + " " * max(0, pad - 1))
    return text + " " * max(0, size - len(text))


def oversized_profile(source, size):
    """The test profile with environmentIds grown to `size` bytes: refused (more than 100 ids)."""
    with open(source) as f:
        profile = json.load(f)
    ids = []
    base = len(json.dumps(profile, separators=(",", ":")))
    while base + 8 * len(ids) < size - 8:
        ids.append(str(len(ids) % 100000))
    profile["platform"]["environmentIds"] = ids
    return json.dumps(profile, separators=(",", ":"))


def growth(times_by_size):
    small, large = min(times_by_size), max(times_by_size)
    return (times_by_size[large] / times_by_size[small]) / (large / small)


CAP_SECONDS = 10  # a size whose single run takes longer is reported as "> 10 s", not repeated


def profile_check(build, source_dir, runs):
    source = os.path.join(source_dir, "tests/data/profiles/scalr-aws.json")
    cli = os.path.join(build, "app/cloudconnect")
    rows = []
    with tempfile.TemporaryDirectory(prefix="cc-bench-check-") as folder:
        for kind, make, expected in (("valid", padded_profile, 0), ("refused", oversized_profile, 2)):
            jobs, stopped = {}, []
            for size in SIZES:
                path = os.path.join(folder, f"{kind}-{size}.json")
                with open(path, "w") as f:
                    f.write(make(source, size))
                actual = os.path.getsize(path)

                def job(path=path, timeout=120):
                    wall, _, code, _ = run([cli, "check", path], timeout=timeout)
                    if code != expected:
                        raise HarnessError(f"check {os.path.basename(path)} exited {code}, not {expected}")
                    return (wall,)
                if stopped:
                    stopped.append(actual)
                    continue
                try:  # one capped run first: a size that takes too long is not repeated
                    job(timeout=CAP_SECONDS)
                except HarnessError as e:
                    if "did not finish" not in str(e):
                        raise
                    stopped.append(actual)
                    continue
                jobs[actual] = job
            r = interleaved(runs, jobs)
            t = {size: median(column(r[size], 0)) for size in jobs}
            small, large = min(t), max(t)
            cells = [ms(t[s]) for s in sorted(t)] + [f"> {CAP_SECONDS} s at {s // 1024} KiB (stopped)" for s in stopped]
            what = "valid, whitespace-padded" if kind == "valid" else "refused: 100+ environment ids"
            last = max(stopped) if stopped else large
            g = growth(t)
            note = f"{g:.4f} (×{t[large] / t[small]:.2f} time for ×{large / small:.0f} size)"
            if stopped:
                g = (CAP_SECONDS / t[small]) / (min(stopped) / small)  # a lower bound at the first size stopped
                note = f"≥ {g:.1f} (×{CAP_SECONDS / t[small]:.0f}+ time for ×{min(stopped) / small:.0f} size)"
            rows.append(Row(f"`cloudconnect check`, {what}, {round(small / 1024)} KiB → {round(last / 1024)} KiB",
                            " → ".join(cells), "the 1 KiB file", note, "≤ 1 (linear or better)", g <= 1.0 and not stopped))
    return rows


def merge(build, runs):
    wall, _, code, out = run([os.path.join(build, "tests/benchmarks/bench_merge"), str(runs)] + [str(s) for s in SIZES])
    if code != 0:
        raise HarnessError(f"bench_merge exited {code}")
    t = {int(size): float(us) / 1e6 for _, size, us in (line.split() for line in out.decode().splitlines())}
    small, large = min(t), max(t)
    return [Row(f"scalr-server.rb merge, {round(small / 1024)} KiB → {round(large / 1024)} KiB", " → ".join(ms(t[s]) for s in sorted(t)),
                "the 1 KiB file", f"{growth(t):.2f} (×{t[large] / t[small]:.0f} time for ×{large / small:.0f} size)",
                "≤ 1 (linear or better)", growth(t) <= 1.0)]


def report(build, runs):
    wall, _, code, out = run([os.path.join(build, "tests/benchmarks/bench_report"), str(runs)])
    if code != 0:
        raise HarnessError(f"bench_report exited {code}")
    rows = []
    for line in out.decode().splitlines():
        name, size, us = line.split()
        seconds = float(us) / 1e6
        pdf = name == "report-pdf"
        rows.append(Row(f"Report export, {'PDF' if pdf else 'HTML'}, full Scalr + AWS journey ({int(size) // 1024} KiB)",
                        ms(seconds), "", "", "≤ 150 ms" if pdf else "", (seconds <= 0.150) if pdf else None))
    return rows
