#!/usr/bin/env python3
"""What the quick start installs on a fresh Debian 12 (minbase), in apt's own figures.

Simulates `apt-get install --no-install-recommends` of scripts/install-deps.sh's package lists
against a stand-in for a minbase system (every package of Priority "required", plus apt, with
their dependencies), reading sizes from the package index. Nothing is installed; it needs the
package lists (`apt-get update`) and python3. Also prints the lists this project used before the
lean install (libvalijson-dev, qt6-tools-dev and qt6-l10n-tools installed, Xvfb for tests), so the
two can be compared. Usage: scripts/measure-install.py [--top N]
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEFORE_RUN = ("cmake g++ make pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools "
              "qt6-translations-l10n libgl-dev libqt6svg6 qtkeychain-qt6-dev libvalijson-dev libssl-dev fonts-dejavu-core").split()
BEFORE_TEST = BEFORE_RUN + "xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools poppler-utils openssl valgrind".split()


def fields(stanza):
    return dict(re.findall(r"^([A-Za-z0-9-]+): (.*)$", stanza, re.M))


def simulate(status, packages):
    r = subprocess.run(["apt-get", "-s", "-o", "Dir::State::status=" + status, "install", "--no-install-recommends"] + packages,
                       capture_output=True, text=True)
    if r.returncode:
        sys.exit("apt-get -s failed:\n" + r.stderr[:2000])
    return re.findall(r"^Inst (\S+) \((\S+) ", r.stdout, re.M)


def main():
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 0
    stanzas = subprocess.run(["apt-cache", "dumpavail"], capture_output=True, text=True, check=True).stdout.split("\n\n")
    index = {}
    required = set()
    for st in stanzas:
        f = fields(st)
        if "Package" not in f:
            continue
        index[(f["Package"], f.get("Version"))] = (f, st)
        if f.get("Priority") == "required" or f.get("Essential") == "yes" or f["Package"] == "apt":
            required.add(f["Package"])
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty")
        open(empty, "w").close()
        base = set(simulate(empty, sorted(required)))
        status = os.path.join(tmp, "status")
        with open(status, "w") as out:
            for (name, version) in base:
                entry = index.get((name.split(":")[0], version))
                if entry:
                    out.write(entry[1].strip() + "\nStatus: install ok installed\n\n")
        print(f"minbase stand-in: {len(base)} packages (Priority required + apt, with their dependencies)")

        def current(tests):
            args = ["bash", os.path.join(ROOT, "scripts/install-deps.sh")] + (["--tests"] if tests else []) + ["--print"]
            return subprocess.run(args, capture_output=True, text=True, check=True).stdout.split()

        for label, packages in [("before, run", BEFORE_RUN), ("before, test", BEFORE_TEST),
                                ("now, run", current(False)), ("now, test", current(True))]:
            rows = []
            for name, version in simulate(status, packages):
                entry = index.get((name.split(":")[0], version))
                if entry:
                    rows.append((int(entry[0].get("Installed-Size", 0)), int(entry[0].get("Size", 0)), name))
            print(f"{label:13s} {len(rows):4d} packages {sum(r[1] for r in rows) / 1e6:6.0f} MB download "
                  f"{sum(r[0] for r in rows) / 1e3:6.0f} MB installed")
            for installed, _, name in sorted(rows, reverse=True)[:top]:
                print(f"      {installed / 1e3:5.0f} MB {name}")


if __name__ == "__main__":
    main()
