"""Start-up as work done: instructions executed to exit, the app against the bare window (callgrind).

Timed start-up on a shared machine drifts with whatever else the host runs: on one day the same
commit gave ratios from 1.44 to 1.93 in consecutive batches of interleaved runs. The number of
instructions a start executes hardly moves, so this ratio shows what a change to the app did,
whatever the machine was doing. It is not a time: instructions that miss the cache (making
Python enums, say) cost more than others. Needs valgrind (Debian package ``valgrind``); each child
runs about 50 times slower under it, so this runs once per child, in the full benchmark only.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench import child
from bench.figures import Row

FIGURE = "instructions to exit ÷ bare window"
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count(argv: list[str], timeout: float = 600.0) -> int | None:
    """Instructions ``argv`` executes, start to exit, as callgrind counts them (None if it failed)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    command = [valgrind, "--tool=callgrind", f"--callgrind-out-file={os.devnull}", *argv]
    done = subprocess.run(command, capture_output=True, text=True, env=child.child_env(), cwd=child.ROOT,
                          timeout=timeout, check=False)
    found = _COLLECTED.search(done.stderr)
    return int(found.group(1)) if done.returncode == 0 and found else None


def measure(real_pack: Path) -> list[Row]:
    """Instructions of the bare window, the minimal reader and the app on the real pack; their ratios."""
    if shutil.which("valgrind") is None:
        return [Row.skip(FIGURE, "valgrind is not installed (apt install valgrind)")]
    with tempfile.TemporaryDirectory(prefix="wsis-bench-profile-") as profile:
        app = child.python_module("wsis_desktop", "--quit-when-ready", "--data", str(real_pack),
                                  "--profile", profile)
        counts = {"bare window": count(child.python_module("bench.bare_window")),
                  "minimal reader": count(child.python_module("bench.minimal_reader")), "real": count(app)}
    if None in counts.values():
        return [Row.skip(FIGURE, "a child failed under callgrind")]
    bare, minimal, real = counts["bare window"] or 1, counts["minimal reader"] or 1, counts["real"] or 0
    note = "callgrind Ir, one run each: steady where times drift"
    return [Row("instructions to exit (millions)", name, value / 1e6, None, "M", 1, None, note)
            for name, value in counts.items()] + [
        Row(FIGURE, "minimal reader", minimal / bare, None, "×", 1, None, note),
        Row(FIGURE, "real", real / bare, None, "×", 1, None, note),
        Row("instructions to exit ÷ minimal reader", "real", real / minimal, None, "×", 1, None, note)]
