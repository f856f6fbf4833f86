"""Start to ready, and resident memory at ready, against a bare PySide6 window.

Each repetition starts, in rotating order, the bare window (bench/bare_window.py),
``wsis-desktop --quit-when-ready`` on the real pack and on the large synthetic
pack, so that whatever else the machine is doing falls on all three alike.

The target's figure runs to the child's exit. The same runs also give start to ready itself,
timed by the children (the app through bench/ready_probe.py): exit takes in Python's teardown,
which grows with the app's heap and is no part of what a reader waits for.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench import child
from bench.figures import Row, Target, median

RATIO_TO_BARE = Target("median", 1.5, "≤ 1.5 × bare window")
RATIO_TO_REAL = Target("median", 1.2, "≤ 1.2 × real pack")
MEMORY_AT_READY = Target("median", 150.0, "≤ 150 MB")
REAL = "real"  # the name of the real pack among the packs measured
MINIMAL = "minimal reader"  # bench/minimal_reader.py: a tree on a Python model and a text pane, no app


def _app_argv(pack: Path, profile: Path) -> list[str]:
    """``python -m wsis_desktop ...`` through the probe that also prints when it became ready."""
    return child.python_module("bench.ready_probe", "--quit-when-ready", "--data", str(pack),
                               "--profile", str(profile))


def measure(packs: dict[str, Path], repetitions: int) -> list[Row]:
    """Rows for start-up (ms and ratios) and peak memory at ready, per pack."""
    figure = "start to ready"
    with tempfile.TemporaryDirectory(prefix="wsis-bench-profile-") as tmp:
        argvs = {"bare window": child.python_module("bench.bare_window", "--print-ready"),
                 MINIMAL: child.python_module("bench.minimal_reader", "--print-ready")}
        for name, pack in packs.items():
            argvs[name] = _app_argv(pack, Path(tmp) / name)
        for name, argv in argvs.items():  # one untimed start each: caches warm, profiles made
            first = child.run(argv)
            if first.returncode != 0:
                if name in ("bare window", MINIMAL):
                    return [Row.skip(figure, f"the {name} failed: {first.failure}")]
                return [Row.skip(figure, f"--quit-when-ready not working yet: {first.failure}", name)]
        seconds: dict[str, list[float]] = {name: [] for name in argvs}
        ready: dict[str, list[float]] = {name: [] for name in argvs}
        memory: dict[str, list[float]] = {name: [] for name in argvs}
        names = list(argvs)
        for rep in range(repetitions):
            for name in names[rep % len(names):] + names[:rep % len(names)]:
                result = child.run(argvs[name])
                if result.returncode != 0:
                    return [Row.skip(figure, f"a start failed: {result.failure}", name)]
                seconds[name].append(result.seconds * 1000)
                if result.ready_ms is not None:
                    ready[name].append(result.ready_ms)
                memory[name].append(result.max_rss_mb)
    return _rows(seconds, memory, list(packs)) + _ready_rows(ready, list(packs)) + _minimal_rows(seconds)


def _rows(seconds: dict[str, list[float]], memory: dict[str, list[float]], packs: list[str]) -> list[Row]:
    bare = median(seconds["bare window"]) or 1.0
    rows = [Row.of("start to ready", "bare window", seconds["bare window"],
                   note="QMainWindow shown, then quit")]
    for name in packs:
        rows.append(Row.of("start to ready", name, seconds[name], note="--quit-when-ready, offscreen"))
    for name in packs:
        ratio = (median(seconds[name]) or 0) / bare
        rows.append(Row("start to ready ÷ bare window", name, ratio, None, "×", len(seconds[name]),
                        RATIO_TO_BARE if name == REAL else None, "medians of interleaved runs"))
    if REAL in packs:
        base = median(seconds[REAL]) or 1.0
        for name in (p for p in packs if p != REAL):
            rows.append(Row("start to ready ÷ real pack", name, (median(seconds[name]) or 0) / base, None,
                            "×", len(seconds[name]), RATIO_TO_REAL, "lazy loading: flat in N"))
    rows.append(Row.of("peak resident memory at ready", "bare window", memory["bare window"], unit="MB",
                       note="VmHWM of the child, as it reports it"))
    for name in packs:
        rows.append(Row.of("peak resident memory at ready", name, memory[name], unit="MB",
                           target=MEMORY_AT_READY if name == REAL else None,
                           note="VmHWM of the child, as it reports it"))
    return rows


def _ready_rows(ready: dict[str, list[float]], packs: list[str]) -> list[Row]:
    """Start to ready as the children time it (no target: the issue's figure is the one to exit)."""
    figure = "start to ready, timed at ready"
    if not ready["bare window"] or any(not ready[name] for name in packs):
        return [Row.skip(figure, "a child printed no ready-at line")]
    bare = median(ready["bare window"]) or 1.0
    rows = [Row.of(figure, "bare window", ready["bare window"], note="at its Show event; exit not counted")]
    for name in packs:
        rows.append(Row.of(figure, name, ready[name], note="at became_ready; exit not counted"))
    for name in packs:
        rows.append(Row(figure + " ÷ bare window", name, (median(ready[name]) or 0) / bare, None, "×",
                        len(ready[name]), None, "medians of the same runs"))
    return rows


def _minimal_rows(seconds: dict[str, list[float]]) -> list[Row]:
    """What any PySide reader pays over the bare window, and what the app pays over such a reader."""
    bare, minimal = median(seconds["bare window"]) or 1.0, median(seconds[MINIMAL]) or 1.0
    rows = [Row.of("start to ready", MINIMAL, seconds[MINIMAL], note="tree on a Python model + text pane"),
            Row("start to ready ÷ bare window", MINIMAL, minimal / bare, None, "×", len(seconds[MINIMAL]),
                None, "what any PySide reader pays")]
    if REAL in seconds:
        rows.append(Row("start to ready ÷ minimal reader", REAL, (median(seconds[REAL]) or 0) / minimal, None,
                        "×", len(seconds[REAL]), None, "what the app itself adds"))
    return rows
