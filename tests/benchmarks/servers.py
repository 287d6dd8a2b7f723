"""bench_servers (the suite's test servers in one process) as a context manager."""
import contextlib
import os
import signal
import subprocess
import tempfile

from measure import HarnessError


def read_env(path):
    """servers.env: KEY=value lines, values optionally in single quotes."""
    env = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            env[key] = value[1:-1] if value.startswith("'") else value
    return env


@contextlib.contextmanager
def bench_servers(build, delay_ms=0, copies=0):
    """Yields (folder with the profiles, environment with the servers' secrets and addresses)."""
    with tempfile.TemporaryDirectory(prefix="cc-bench-") as folder:
        proc = subprocess.Popen([os.path.join(build, "tests/benchmarks/bench_servers"), folder,
                                 "--delay-ms", str(delay_ms), "--copies", str(copies)],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
        try:
            if proc.stdout.readline().strip() != "ready":
                raise HarnessError("bench_servers did not start (is openssl installed?)")
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            env.update(read_env(os.path.join(folder, "servers.env")))
            yield folder, env
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
