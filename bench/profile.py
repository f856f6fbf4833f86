"""Profiles for the figures that miss or sit at their target: where the time goes, written down.

    python -m bench.profile startup      # start to ready on the real pack: cProfile + -X importtime
    python -m bench.profile export       # the whole real pack to PDF: cProfile
    python -m bench.profile search       # 100k pack keystrokes (needs bench/packs): cProfile

Each run happens in a fresh child process, as the benchmarks do, and writes
``bench/results/profile-<name>.prof`` (open with ``python -m pstats`` or snakeviz) and a text
summary ``profile-<name>.txt``: the functions with the most cumulative and the most own time,
and for start-up the slowest imports.
"""

from __future__ import annotations

import argparse
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import child

RESULTS = child.ROOT / "bench" / "results"
TOP = 30

_STARTUP = ("from wsis_desktop import cli; "
            "cli.main([*{data!r}, '--quit-when-ready', '--profile', {profile!r}])")
_EXPORT = "from wsis_desktop import cli; cli.main(['export', *{data!r}, '--all', '--out', {out!r}])"
_SEARCH = """
from bench import synthetic
from wsis_desktop.store import Pack
pack = Pack.open(synthetic.pack_path(synthetic.SIZES['100k']))
for query in ('internet governance', 'cooperation', 'WSIS', 'ITU council', 'zzzz'):
    for end in range(1, len(query) + 1):
        pack.search(query[:end], limit=100)
"""


def _run(name: str, code: str, scratch: Path) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    prof = RESULTS / f"profile-{name}.prof"
    script = scratch / f"{name}.py"
    script.write_text(code, encoding="utf-8")
    argv = [sys.executable, "-X", "importtime", "-m", "cProfile", "-o", str(prof), str(script)]
    done = subprocess.run(argv, cwd=child.ROOT, env=child.child_env(), capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench.profile: {name} failed: {done.stderr.strip().splitlines()[-1:]}")
    summary = RESULTS / f"profile-{name}.txt"
    with summary.open("w", encoding="utf-8") as out:
        stats = pstats.Stats(str(prof), stream=out).strip_dirs()
        out.write(f"# {name}: most cumulative time\n")
        stats.sort_stats("cumulative").print_stats(TOP)
        out.write(f"# {name}: most own time\n")
        stats.sort_stats("tottime").print_stats(TOP)
        if name == "startup":
            out.write("# slowest imports (-X importtime, microseconds: self | cumulative | module)\n")
            out.writelines(line + "\n" for line in _slowest_imports(done.stderr))
    return summary


def _slowest_imports(stderr: str) -> list[str]:
    rows = []
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "self" not in line:
            own, cumulative, module = (part.strip() for part in line[len("import time:"):].split("|"))
            rows.append((int(cumulative), int(own), module))
    slowest = sorted(rows, reverse=True)[:TOP]
    return [f"{own:>8} | {cumulative:>8} | {module}" for cumulative, own, module in slowest]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.split("\n")[0])
    parser.add_argument("name", choices=("startup", "export", "search"))
    parser.add_argument("--data", type=Path, help="another pack than the real one (startup, export)")
    args = parser.parse_args(argv)
    data = ["--data", str(args.data)] if args.data else []
    with tempfile.TemporaryDirectory() as scratch:
        code = {"startup": _STARTUP.format(data=data, profile=str(Path(scratch) / "profile")),
                "export": _EXPORT.format(data=data, out=str(Path(scratch) / "all.pdf")),
                "search": _SEARCH}[args.name]
        print(_run(args.name, code, Path(scratch)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
