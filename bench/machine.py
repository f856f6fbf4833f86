"""What the figures were measured on: every result carries the machine and how busy it was."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from pathlib import Path
from typing import Any


def _proc_value(path: str, key: str) -> str | None:
    try:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            name, _, value = line.partition(":")
            if name.strip() == key:
                return value.strip()
    except OSError:
        return None
    return None


def describe() -> dict[str, Any]:
    """CPU, cores, memory, load and the versions that matter for the figures."""
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        qt = f"Qt {qVersion()}, PySide6 {pyside_version}"
    except ImportError:
        qt = "PySide6 not installed"
    mem_kb = _proc_value("/proc/meminfo", "MemTotal")
    return {
        "cpu": _proc_value("/proc/cpuinfo", "model name") or platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "ram_gb": round(int(mem_kb.split()[0]) / 1024 / 1024, 1) if mem_kb else None,
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "qt": qt,
        "sqlite": sqlite3.sqlite_version,
        "load_average": load_average(),
    }


def load_average() -> list[float] | None:
    """1, 5 and 15 minute load: other work on the machine shows up in the figures."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def one_line(machine: dict[str, Any]) -> str:
    load = machine.get("load_average")
    return (f"{machine['cpu']}, {machine['cores']} cores, {machine['ram_gb']} GB RAM; {machine['os']}; "
            f"Python {machine['python']}, {machine['qt']}, SQLite {machine['sqlite']}"
            + (f"; load {load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}" if load else ""))
