"""Running one measured child process: wall time, peak resident memory, exit code, output.

Start-up and memory are measured from outside, on a fresh interpreter, because
that is what a user waits for. Each child prints its own peak resident set (VmHWM) at exit
(bench/peak_memory.py); ``os.wait4``'s figure is only the fallback, as Linux carries the
runner's peak into it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench import peak_memory

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ChildResult:
    seconds: float
    max_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    started: float = 0.0  #: time.monotonic() just before the child was started

    @property
    def ready_ms(self) -> float | None:
        """Milliseconds from start to the child's ``ready-at <monotonic>`` line, if it printed one."""
        for line in self.stdout.splitlines():
            mark, _, value = line.partition(" ")
            if mark == "ready-at":
                return (float(value) - self.started) * 1000
        return None

    @property
    def failure(self) -> str:
        """The last line the child wrote on stderr, for a one-line 'skipped' reason."""
        lines = [line for line in self.stderr.strip().splitlines() if line.strip()]
        return lines[-1][:160] if lines else f"exit code {self.returncode}"


def child_env() -> dict[str, str]:
    """Our environment, offscreen, with the repository importable.

    Bytecode caching is allowed even where the environment turns it off: an installed app or a
    bundle starts from compiled modules, and the untimed warm-up start writes them here.
    """
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def python_module(module: str, *args: str) -> list[str]:
    """``python -m module args`` (through bench.peak_memory, which reports the child's own peak
    memory at exit): the same interpreter, flags and wrapper for every child."""
    return [sys.executable, "-m", "bench.peak_memory", module, *args]


def run(argv: list[str], timeout: float = 120.0) -> ChildResult:
    """Run ``argv`` to its end; a child that outlives ``timeout`` is killed (exit code -9)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()  # the clock the children print (CLOCK_MONOTONIC: one for all processes)
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                   env=child_env(), cwd=ROOT)
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        own = _own_peak_kb(stdout)  # wait4's figure can hold the runner's own peak (see peak_memory)
        return ChildResult(seconds, (own if own is not None else usage.ru_maxrss) / 1024, process.returncode,
                           stdout, err.read().decode("utf-8", "replace"), started)


def _own_peak_kb(stdout: str) -> int | None:
    for line in reversed(stdout.splitlines()):
        mark, _, value = line.partition(" ")
        if mark == peak_memory.MARK and value.strip().isdigit():
            return int(value)
    return None
