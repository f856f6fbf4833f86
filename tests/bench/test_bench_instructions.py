"""The instruction count behind the steady start-up ratio: real callgrind runs of real children."""

from __future__ import annotations

import shutil
import sys

import pytest

from bench import instructions

pytestmark = pytest.mark.skipif(shutil.which("valgrind") is None,
                                reason="needs valgrind (.ci/run installs it)")


def test_more_work_counts_more_instructions_and_a_failure_counts_none() -> None:
    idle = instructions.count([sys.executable, "-S", "-c", "pass"])
    busy = instructions.count([sys.executable, "-S", "-c", "sum(range(300_000))"])
    assert idle is not None and busy is not None
    assert busy > idle + 1_000_000  # ~300,000 additions, each more than a few instructions
    assert instructions.count([sys.executable, "-S", "-c", "raise SystemExit(3)"]) is None


def test_the_enums_pyside_makes_are_counted_apart_and_grow_with_the_classes_used() -> None:
    """Importing QtCore makes a few enums; using its ``Qt`` namespace makes ~120 more, all at once."""
    imported = instructions.work([sys.executable, "-c", "import PySide6.QtCore"])
    used = instructions.work([sys.executable, "-c", "from PySide6.QtCore import Qt; Qt.ItemDataRole"])
    plain = instructions.work([sys.executable, "-S", "-c", "pass"])
    assert imported is not None and used is not None and plain is not None
    assert plain.making_enums == 0
    assert 0 < imported.making_enums < imported.total
    assert used.making_enums > imported.making_enums + 50_000_000  # over a thousand enum members
    assert used.total - imported.total >= used.making_enums - imported.making_enums
