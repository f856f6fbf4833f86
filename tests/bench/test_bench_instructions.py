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
