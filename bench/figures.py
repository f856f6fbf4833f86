"""Rows of the benchmark table: samples, their median and p95, the issue's target, PASS or MISS."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Target:
    """A limit from issue #4 on one statistic of a row: ``median`` or ``p95``."""

    stat: str
    limit: float
    text: str


@dataclass
class Row:
    """One figure on one pack; ``skipped`` says why there is no figure."""

    figure: str
    pack: str = "—"
    median: float | None = None
    p95: float | None = None
    unit: str = "ms"
    n: int = 0
    target: Target | None = None
    note: str = ""
    skipped: str | None = None

    @classmethod
    def of(cls, figure: str, pack: str, samples: Sequence[float], target: Target | None = None,
           note: str = "", unit: str = "ms") -> Row:
        return cls(figure, pack, median(samples), p95(samples), unit, len(samples), target, note)

    @classmethod
    def skip(cls, figure: str, reason: str, pack: str = "—") -> Row:
        return cls(figure, pack, skipped=reason)

    @property
    def status(self) -> str:
        if self.skipped is not None:
            return "skipped"
        if self.target is None:
            return "info"
        value = self.median if self.target.stat == "median" else self.p95
        if value is None:
            return "info"
        return "PASS" if value <= self.target.limit else "MISS"

    def as_dict(self) -> dict[str, Any]:
        return {
            "figure": self.figure, "pack": self.pack, "median": _round(self.median), "p95": _round(self.p95),
            "unit": self.unit, "n": self.n, "target": self.target.text if self.target else None,
            "status": self.status, "note": self.skipped if self.skipped is not None else self.note,
        }


def median(samples: Sequence[float]) -> float | None:
    return statistics.median(samples) if samples else None


def p95(samples: Sequence[float]) -> float | None:
    """Nearest-rank 95th percentile (the largest sample when there are fewer than 20)."""
    if not samples:
        return None
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def timed_ms(action: Callable[[], object]) -> float:
    """Wall-clock milliseconds of one call."""
    return timed(action)[0]


def timed(action: Callable[[], T]) -> tuple[float, T]:
    """Wall-clock milliseconds of one call, and what it returned."""
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
