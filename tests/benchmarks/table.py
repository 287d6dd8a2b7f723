"""The benchmark table: one row per figure, printed as Markdown."""


class Row:
    def __init__(self, benchmark, result, against="", ratio="", goal="", met=None):
        self.cells = [benchmark, result, against, ratio, goal,
                      "—" if met is None else ("n/a" if met == "n/a" else ("yes" if met else "**no**"))]


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def mib(kib):
    return f"{kib / 1024:.1f} MiB"


def markdown(rows):
    head = ["Benchmark", "Result (median)", "Compared with (median)", "Ratio / growth", "Goal", "Met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(c) for c in r.cells) + " |" for r in rows]
    return "\n".join(lines)
