"""Start-up as work done: instructions executed to exit, the app against the bare window (callgrind).

Timed start-up on a shared machine drifts with whatever else the host runs: on one day the same
commit gave ratios from 1.44 to 1.93 in consecutive batches of interleaved runs. The number of
instructions a start executes hardly moves, so this ratio shows what a change to the app did,
whatever the machine was doing. It is not a time: instructions that miss the cache (making
Python enums, say) cost more than others. Needs valgrind (Debian package ``valgrind``); each child
runs about 50 times slower under it, so this runs once per child, in the full benchmark only.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple

from bench import child
from bench.figures import Row

FIGURE = "instructions to exit ÷ bare window"
WITHOUT_ENUMS = "instructions to exit, less PySide's enum-making, ÷ bare window"
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
#: callgrind_annotate's inclusive line for one of PySide's enum makers (one per C++ integer type);
#: a recursive entry (``'2``) is already inside its caller's count.
_ENUM_MAKER = re.compile(r"^\s*([\d,]+)\s.*Shiboken::Enum::createPythonEnum\(", re.MULTILINE)


_BINDING = "the app's own work, apart from the binding's enums"


class Work(NamedTuple):
    """What one run executed: all of it, and the part spent by PySide making Python enums."""

    total: int
    making_enums: int


def work(argv: list[str], timeout: float = 600.0) -> Work | None:
    """Instructions ``argv`` executes, start to exit, as callgrind counts them (None if it failed).

    ``making_enums`` is what PySide spends turning a Qt class's C++ enums into Python enums, all at
    once, the first time the class is used (the ``Qt`` namespace alone is ~120 of them): it shows
    how much of a ratio is the binding's cost of using more of Qt rather than the app's own work.
    """
    valgrind, annotate = shutil.which("valgrind"), shutil.which("callgrind_annotate")
    if valgrind is None or annotate is None:
        return None
    with tempfile.TemporaryDirectory(prefix="wsis-bench-callgrind-") as folder:
        out = Path(folder, "callgrind.out")
        command = [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", *argv]
        done = subprocess.run(command, capture_output=True, text=True, env=child.child_env(),
                              cwd=child.ROOT, timeout=timeout, check=False)
        found = _COLLECTED.search(done.stderr)
        if done.returncode != 0 or not found or not out.is_file():
            return None
        report = subprocess.run([annotate, "--inclusive=yes", "--threshold=100", str(out)],
                                capture_output=True, text=True, timeout=timeout, check=False).stdout
    enums = sum(int(number.replace(",", "")) for number in _ENUM_MAKER.findall(report))
    return Work(int(found.group(1)), enums)


def count(argv: list[str], timeout: float = 600.0) -> int | None:
    """Instructions ``argv`` executes, start to exit (None if it failed or valgrind is missing)."""
    done = work(argv, timeout)
    return None if done is None else done.total


def measure(real_pack: Path) -> list[Row]:
    """Instructions of the bare window, the minimal reader and the app on the real pack; their ratios,
    with and without PySide's enum-making."""
    if shutil.which("valgrind") is None or shutil.which("callgrind_annotate") is None:
        return [Row.skip(FIGURE, "valgrind is not installed (apt install valgrind)")]
    with tempfile.TemporaryDirectory(prefix="wsis-bench-profile-") as profile:
        app = child.python_module("wsis_desktop", "--quit-when-ready", "--data", str(real_pack),
                                  "--profile", profile)
        runs = {"bare window": work(child.python_module("bench.bare_window")),
                "minimal reader": work(child.python_module("bench.minimal_reader")), "real": work(app)}
    if any(run is None for run in runs.values()):
        return [Row.skip(FIGURE, "a child failed under callgrind")]
    done = {name: run for name, run in runs.items() if run is not None}
    bare, minimal, real = done["bare window"], done["minimal reader"], done["real"]
    note = "callgrind Ir, one run each: steady where times drift"

    def own(run: Work) -> int:
        return run.total - run.making_enums

    return [Row("instructions to exit (millions)", name, run.total / 1e6, None, "M", 1, None, note)
            for name, run in done.items()] + [
        Row("of which PySide making Python enums (millions)", name, run.making_enums / 1e6, None, "M", 1,
            None, "the first use of a Qt class makes all its enums") for name, run in done.items()] + [
        Row(FIGURE, "minimal reader", minimal.total / bare.total, None, "×", 1, None, note),
        Row(FIGURE, "real", real.total / bare.total, None, "×", 1, None, note),
        Row(WITHOUT_ENUMS, "minimal reader", own(minimal) / own(bare), None, "×", 1, None, _BINDING),
        Row(WITHOUT_ENUMS, "real", own(real) / own(bare), None, "×", 1, None, _BINDING),
        Row("instructions to exit ÷ minimal reader", "real", real.total / minimal.total, None, "×", 1, None,
            note)]
