"""Figures owned by other features (timeline, export), run in a child process.

Each feature adds a module ``bench/<name>_bench.py`` with ``run() -> dict``: keys
are figure names, values are numbers (milliseconds when the key ends in ``_ms``,
megabytes in ``_mb``) or mappings with ``median``/``p95``/``n``/``note``. If
``run`` takes a ``quick`` argument it is passed. The child's peak resident
memory is measured too. A module may declare ``TARGETS_MS = {key: limit}`` (on the
value it returns, a median); otherwise targets are found by words in the key. A
module that does not exist yet is reported as skipped.

    python -m bench.external bench.timeline_bench    # what the runner does: JSON on the last line
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import inspect
import json
import sys
from typing import Any

from bench import child
from bench.figures import Row, Target

#: Targets of issue #4 for the figures the feature benchmarks report, by words in the key.
_TARGETS: tuple[tuple[tuple[str, ...], tuple[str, ...], Target], ...] = (
    (("first_paint",), ("cpu",), Target("median", 100.0, "≤ 100 ms")),
    (("repaint_median",), ("cpu",), Target("median", 16.0, "median ≤ 16 ms")),
    (("entity", "_ms"), ("cpu", "pages"), Target("median", 300.0, "≤ 300 ms")),
    (("whole", "_ms"), ("cpu", "pages"), Target("median", 3000.0, "≤ 3 s")),
)
_MARK = "BENCH-FIGURES "


def target_for(key: str, declared: dict[str, float] | None = None) -> Target | None:
    if declared and key in declared:
        limit = float(declared[key])
        return Target("median", limit, f"≤ {limit:g} ms" if limit < 1000 else f"≤ {limit / 1000:g} s")
    for needed, excluded, target in _TARGETS:
        if all(word in key for word in needed) and not any(word in key for word in excluded):
            return target
    return None


def rows_from(module_name: str, figures: dict[str, Any],
              declared: dict[str, float] | None = None) -> list[Row]:
    """Table rows for what a feature benchmark returned."""
    rows = []
    for key, value in figures.items():
        unit = {"_ms": "ms", "_mb": "MB", "_kb": "kB"}.get(key[-3:], "")
        target = target_for(key, declared) if unit == "ms" else None
        if isinstance(value, dict):
            rows.append(Row(key, "—", value.get("median"), value.get("p95"), unit, int(value.get("n", 0)),
                            target, str(value.get("note", module_name))))
        elif isinstance(value, int | float):
            rows.append(Row(key, "—", float(value), None, unit, 0, target, module_name))
    return rows


def measure(module_name: str, memory_figure: str, quick: bool) -> list[Row]:
    if importlib.util.find_spec(module_name) is None:
        return [Row.skip(module_name, f"skipped: not built yet ({module_name.replace('.', '/')}.py)")]
    argv = child.python_module("bench.external", module_name, *(["--quick"] if quick else []))
    result = child.run(argv, timeout=480)
    marked = [line for line in result.stdout.splitlines() if line.startswith(_MARK)]
    if result.returncode != 0 or not marked:
        return [Row.skip(module_name, f"skipped: {result.failure}")]
    reported = json.loads(marked[-1][len(_MARK):])
    rows = rows_from(module_name, reported["figures"], reported["targets"])
    rows.append(Row(memory_figure, "—", result.max_rss_mb, None, "MB", 1, None,
                    f"VmHWM of the {module_name} process, as it reports it"))
    return rows


def _child_main(argv: list[str]) -> int:
    """In the child: run the module's ``run()`` with its printing sent to stderr."""
    module = importlib.import_module(argv[0])
    takes_quick = "quick" in inspect.signature(module.run).parameters
    kwargs = {"quick": True} if "--quick" in argv and takes_quick else {}
    with contextlib.redirect_stdout(sys.stderr):
        figures = module.run(**kwargs)
    targets = getattr(module, "TARGETS_MS", {})
    print(_MARK + json.dumps({"figures": figures, "targets": targets}, default=str), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
