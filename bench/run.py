"""The benchmark runner behind ``make bench``: a table of figures against issue #4's targets.

    python -m bench.run                  # everything, 21 start-ups per pack
    python -m bench.run --quick          # fewer repetitions
    python -m bench.run --only search    # one benchmark (startup, instructions, search, tree, detail,
                                         # timeline, export)
    python -m bench.run --markdown       # the table as Markdown, for the README

Figures are medians and 95th percentiles (nearest rank) of wall-clock times on
the real pack (data/wsis.db) and a synthetic 100,000-entity pack built by
bench/synthetic.py through the real build (cached in bench/packs/). Results go
to bench/results/latest.json with the machine they were measured on. What is
not built yet is listed as skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from bench import child, machine, synthetic
from bench.figures import Row

RESULTS = Path(__file__).resolve().parent / "results"
BENCHMARKS = ("startup", "instructions", "search", "tree", "detail", "timeline", "export")


@dataclass
class Plan:
    """What one run measures, on which packs, how many times."""

    packs: dict[str, Path]
    facts: dict[str, dict[str, Any]]
    quick: bool
    details: dict[str, Any]

    def reps(self, full: int, quick: int) -> int:
        return quick if self.quick else full


def _startup(plan: Plan) -> list[Row]:
    from bench import startup

    return startup.measure(plan.packs, plan.reps(21, 3))


def _instructions(plan: Plan) -> list[Row]:
    from bench import instructions

    if plan.quick:
        return [Row.skip(instructions.FIGURE, "full runs only (a minute under valgrind)")]
    return instructions.measure(plan.packs["real"])


def _search(plan: Plan) -> list[Row]:
    from bench import search_bench

    rows, plan.details["search"] = search_bench.measure(plan.packs, plan.reps(3, 1))
    return rows


def _tree(plan: Plan) -> list[Row]:
    from bench import tree_bench

    big = [name for name in plan.packs if name != "real"]
    return [row for name in big
            for row in tree_bench.measure(plan.packs[name], name, plan.facts[name], plan.reps(20, 5))]


def _detail(plan: Plan) -> list[Row]:
    from bench import detail_bench

    large = {name: facts["large_entity"] for name, facts in plan.facts.items()}
    return detail_bench.measure(plan.packs, large, plan.reps(15, 5))


def _timeline(plan: Plan) -> list[Row]:
    from bench import external

    return external.measure("bench.timeline_bench", "peak resident memory, timeline benchmark", plan.quick)


def _export(plan: Plan) -> list[Row]:
    from bench import external

    return external.measure("bench.export_bench", "peak resident memory after whole-pack export", plan.quick)


RUNNERS: dict[str, Callable[[Plan], list[Row]]] = {
    "startup": _startup, "instructions": _instructions, "search": _search, "tree": _tree, "detail": _detail,
    "timeline": _timeline, "export": _export,
}
NEEDS_PACKS = {"startup", "instructions", "search", "tree", "detail"}


Packs = dict[str, Path]
Facts = dict[str, dict[str, Any]]


def _packs(args: argparse.Namespace, selected: list[str], rows: list[Row]) -> tuple[Packs, Facts]:
    packs: Packs = {}
    facts: Facts = {}
    if not NEEDS_PACKS & set(selected):
        return packs, facts
    from wsis_desktop.services.resources import default_pack_path

    real = args.real or default_pack_path()
    if real.is_file():
        packs["real"] = real
    else:
        rows.append(Row.skip("real pack", f"no real pack at {real}: build it with 'make' or "
                             "'wsis-desktop build-data'", "real"))
    size = synthetic.SIZES[args.size]
    if not synthetic.pack_path(size).exists():
        print(f"Building the {args.size} synthetic pack once (cached in bench/packs/) …", file=sys.stderr)
        # In a child process: the build peaks at over a gigabyte, which would otherwise stay with the
        # runner and weigh on the searches and trees measured in it afterwards.
        subprocess.run([sys.executable, "-m", "bench.synthetic", args.size], check=True, cwd=child.ROOT,
                       env=child.child_env(), stdout=subprocess.DEVNULL)
    packs[args.size], facts[args.size] = synthetic.build(size, log=True)
    return packs, facts


def _cell(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "×":
        return f"{value:.2f}×"
    if unit in ("MB", "kB", "M"):
        return f"{value:,.0f} {unit}"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 1000 else f"{value / 1000:.2f} s"
    return f"{value:g}"


def table(rows: list[Row], markdown: bool = False) -> str:
    header = ["Figure", "Pack", "Median", "p95", "n", "Target", "Result", "Note"]
    lines = [[r.figure, r.pack, _cell(r.median, r.unit), _cell(r.p95, r.unit), str(r.n or ""),
              r.target.text if r.target else "", r.status, r.skipped if r.skipped is not None else r.note]
             for r in rows]
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(cell.replace("|", "\\|") for cell in line) + " |" for line in lines]
        return "\n".join(out)
    widths = [max(len(h), *(len(line[i]) for line in lines)) if lines else len(h)
              for i, h in enumerate(header[:-1])]
    fmt = "  ".join(f"{{:{w}}}" for w in widths) + "  {}"
    return "\n".join([fmt.format(*header), fmt.format(*("-" * w for w in widths), "----"),
                      *(fmt.format(*line) for line in lines)])


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", action="append", choices=BENCHMARKS, metavar="NAME",
                        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}")
    parser.add_argument("--real", type=Path, help="the real pack (default: the app's bundled pack)")
    parser.add_argument("--size", default="100k", choices=sorted(synthetic.SIZES),
                        help="the synthetic pack (default 100k)")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json", help="where the JSON goes")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    selected = args.only or list(BENCHMARKS)
    started, clock = dt.datetime.now(dt.UTC), time.perf_counter()
    where = machine.describe()
    rows: list[Row] = []
    packs, facts = _packs(args, selected, rows)
    plan = Plan(packs, facts, args.quick, {})
    for name in selected:
        print(f"… {name}", file=sys.stderr, flush=True)
        rows += RUNNERS[name](plan)
    seconds = time.perf_counter() - clock
    print(table(rows, args.markdown))
    print(f"\nMachine: {machine.one_line(where)}; load after: {machine.load_average()}")
    print(f"Run: {seconds:.0f} s{' (quick)' if args.quick else ''}; JSON: {args.out}")
    _write(args.out, {
        "started": started.isoformat(timespec="seconds"), "seconds": round(seconds, 1), "quick": args.quick,
        "machine": where, "load_after": machine.load_average(),
        "packs": {name: {"path": str(path), **facts.get(name, {})} for name, path in packs.items()},
        "rows": [row.as_dict() for row in rows], "details": plan.details,
    })
    return 0


def _write(path: Path, result: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
