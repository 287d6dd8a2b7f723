"""Verification against the suite's test servers: one check against Debian's awscli, whole check
sets against their slowest check (servers answering late), and validate over many profiles."""
import glob
import subprocess
import os
import sys
import time

from measure import HarnessError, column, interleaved, median, run
from servers import bench_servers
from table import Row, mib, ms

AWS_CHECKS = ["aws.identity", "aws.permissions", "aws.network", "aws.billing", "aws.clock"]
AZURE_CHECKS = ["azure.token", "azure.subscription", "azure.role", "azure.network"]


def validate_cmd(build, profile, only=None):
    cmd = [os.path.join(build, "app/cloudconnect"), "validate", profile, "--no-keychain", "--json"]
    return cmd + (["--only", ",".join(only)] if only else [])


def timed_ok(cmd, env):
    """Wall seconds of a run that must succeed (exit 0); a failure is a broken harness."""
    wall, rss, code, _ = run(cmd, env=env)
    if code != 0:
        raise HarnessError(f"{' '.join(os.path.basename(c) for c in cmd[:3])} … exited {code}")
    return wall, rss


def against_awscli(build, runs):
    """validate --only aws.identity against awscli, and in the same interleaved run the floor: one
    HTTPS GET to the same server with QNetworkAccessManager, Qt Core + Network only, configured as
    cloudconnect configures its requests (floor_https_get.cpp). Then validate and the floor again
    in a loop of their own: what cloudconnect adds to Qt Network's cost, with no 1 s Python process
    between the runs (docs/benchmarks.md, "validate, phase by phase")."""
    label = "`validate --only aws.identity` vs `aws sts get-caller-identity`"
    floor_label = "floor: a bare Qt Network HTTPS GET vs awscli"
    pair_label = "`validate --only aws.identity` vs the floor, the two alone"
    aws = "/usr/bin/aws"  # Debian's awscli (run.sh installs it), not another aws in PATH
    with bench_servers(build) as (folder, env):
        ours = validate_cmd(build, os.path.join(folder, "scalr-aws.json"), ["aws.identity"])
        floor = [os.path.join(build, "tests/benchmarks/floor_https_get"), env["BENCH_AWS_URL"], env["BENCH_CA_BUNDLE"]]
        theirs = [aws, "sts", "get-caller-identity", "--endpoint-url", env["BENCH_AWS_URL"], "--region", "us-east-1",
                  "--ca-bundle", env["BENCH_CA_BUNDLE"], "--output", "json"]
        aws_env = dict(env, AWS_ACCESS_KEY_ID=env["BENCH_AWS_ACCESS_KEY_ID"],
                       AWS_SECRET_ACCESS_KEY=env["CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"],
                       AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent",
                       AWS_EC2_METADATA_DISABLED="true", AWS_PAGER="")
        timed_ok(ours, env), timed_ok(floor, env)
        pair = interleaved(runs, {"ours": lambda: timed_ok(ours, env), "floor": lambda: timed_ok(floor, env)})
        p_ours, p_floor = median(column(pair["ours"], 0)), median(column(pair["floor"], 0))
        pair_row = Row(pair_label, ms(p_ours), f"floor {ms(p_floor)}", f"{p_ours / p_floor:.3f}×")
        why_not = None
        if not os.access(aws, os.X_OK):
            why_not = "awscli not installed"
        elif run(theirs, env=aws_env)[2] != 0:
            print("benchmarks: awscli did not answer against the test server; its row is n/a", file=sys.stderr)
            why_not = "awscli failed"
        if why_not:
            return [Row(label, "n/a", why_not, "n/a", "≤ 0.05×", "n/a"), Row(floor_label, "n/a", why_not, "n/a"), pair_row]
        r = interleaved(runs, {"ours": lambda: timed_ok(ours, env), "floor": lambda: timed_ok(floor, env),
                               "aws": lambda: timed_ok(theirs, aws_env)})
    t_ours, t_floor, t_aws = median(column(r["ours"], 0)), median(column(r["floor"], 0)), median(column(r["aws"], 0))
    return [Row(label, ms(t_ours), f"awscli {ms(t_aws)}", f"{t_ours / t_aws:.3f}×", "≤ 0.05×", t_ours / t_aws <= 0.05),
            Row(floor_label, ms(t_floor), f"awscli {ms(t_aws)}", f"{t_floor / t_aws:.3f}×"), pair_row]


def check_set(build, runs, profile_file, checks, name):
    """The whole set in one validate, against each check alone; servers answer after 200 ms."""
    with bench_servers(build, delay_ms=200) as (folder, env):
        profile = os.path.join(folder, profile_file)
        jobs = {"set": lambda: timed_ok(validate_cmd(build, profile, checks), env)}
        for c in checks:
            jobs[c] = (lambda c=c: timed_ok(validate_cmd(build, profile, [c]), env))
        r = interleaved(runs, jobs)
    singles = {c: median(column(r[c], 0)) for c in checks}
    slowest = max(singles, key=singles.get)
    total = median(column(r["set"], 0))
    return [Row(f"{name} check set, servers answering after 200 ms", ms(total),
                f"slowest alone ({slowest}) {ms(singles[slowest])}", f"{total / singles[slowest]:.2f}×", "≤ 1.3×",
                total / singles[slowest] <= 1.3)]


def many_accounts(build, batches, per_journey, parallel=4):
    """validate over 4 × per_journey profiles, `parallel` processes at a time (the loop below is
    what `ls many/*.json | xargs -P4 -n1 cloudconnect validate --no-keychain` does, with each
    process's exit code and peak RSS kept)."""
    with bench_servers(build, copies=per_journey) as (folder, env):
        profiles = sorted(glob.glob(os.path.join(folder, "many", "*.json")))
        rates, errors, peak = [], 0, 0
        for _ in range(batches):
            start = time.monotonic()
            pending = list(profiles)
            running = {}
            while pending or running:
                while pending and len(running) < parallel:
                    p = pending.pop()
                    proc = _spawn(validate_cmd(build, p), env)
                    running[proc.pid] = proc
                pid, status, usage = os.wait4(-1, 0)
                if running.pop(pid, None) is None:
                    continue
                errors += os.waitstatus_to_exitcode(status) != 0
                peak = max(peak, usage.ru_maxrss)
            rates.append(len(profiles) / (time.monotonic() - start))
    n = len(profiles)
    return [Row(f"Many accounts: validate {n} profiles, {parallel} at a time", f"{median(rates):.1f} profiles/s",
                f"{errors} errors in {batches * n} runs; peak RSS of one process {mib(peak)}", "", "0 errors",
                errors == 0)]


def _spawn(cmd, env):
    return subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
