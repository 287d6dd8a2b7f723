"""Start-up: process start → first page painted, cloudconnect against the floor program (a bare
QApplication + QWizard + one page, tests/benchmarks/floor_wizard.cpp), time and peak RSS."""
import os

from measure import column, first_paint, interleaved, median
from table import Row, mib, ms


def startup(build, runs):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # The same program with its bulk prefault switched off (app/StartupPrefault.h), for what it buys.
    plain = dict(env, CC_STARTUP_PREFAULT="0")
    app = [os.path.join(build, "app/cloudconnect")]
    floor = [os.path.join(build, "tests/benchmarks/floor_wizard")]
    first_paint(app, env), first_paint(floor, env)  # warm the page cache, untimed
    r = interleaved(runs, {"app": lambda: first_paint(app, env), "floor": lambda: first_paint(floor, env),
                           "plain": lambda: first_paint(app, plain)})
    t_app, t_floor, t_plain = (median(column(r[k], 0)) for k in ("app", "floor", "plain"))
    m_app, m_floor = median(column(r["app"], 1)), median(column(r["floor"], 1))
    return [
        Row("Start-up: process start → first page painted", ms(t_app), f"bare QWizard {ms(t_floor)}",
            f"{t_app / t_floor:.3f}×", "≤ 1.15×", t_app / t_floor <= 1.15),
        Row("Start-up: peak RSS at first paint", mib(m_app), f"bare QWizard {mib(m_floor)}",
            f"{m_app / m_floor:.3f}×", "≤ 1.15×", m_app / m_floor <= 1.15),
        Row("Start-up without the bulk prefault (`CC_STARTUP_PREFAULT=0`)", ms(t_plain), f"bare QWizard {ms(t_floor)}",
            f"{t_plain / t_floor:.2f}×"),
    ]
