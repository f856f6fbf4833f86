"""Run a module as ``python -m`` would, then print the process's own peak resident set at exit.

Why not ``os.wait4``'s ``ru_maxrss``: Linux carries a parent's peak into a child across fork and
exec, so a runner that has just built the 100k pack (1.3 GB) made every later child look that
big. ``VmHWM`` in ``/proc/self/status`` belongs to the child's own address space since its exec.
"""

from __future__ import annotations

import atexit
import runpy
import sys

MARK = "vmhwm-kb"


def own_peak_kb() -> int | None:
    """VmHWM of this process in kB, or None where /proc is not there (then wait4's figure is used)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _report() -> None:
    peak = own_peak_kb()
    if peak is not None:
        print(MARK, peak, flush=True)


if __name__ == "__main__":
    module = sys.argv[1]
    sys.argv = [module, *sys.argv[2:]]
    atexit.register(_report)
    runpy.run_module(module, run_name="__main__", alter_sys=True)
