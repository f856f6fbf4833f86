"""A child's peak memory is its own: a runner that has just held a large pack in memory (as after
building the 100k pack) must not make the children it starts look as large."""

from __future__ import annotations

import sys

import pytest

from bench import child, peak_memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/status is Linux's")
def test_a_child_reports_its_own_peak_not_the_runners() -> None:
    ballast = bytearray(400 * 1024 * 1024)  # touched pages: the runner's resident set grows by 400 MB
    ballast[::4096] = b"x" * len(ballast[::4096])
    own = peak_memory.own_peak_kb()
    assert own is not None and own > 400 * 1024
    result = child.run(child.python_module("json.tool", "--help"))
    del ballast
    assert result.returncode == 0, result.failure
    assert peak_memory.MARK in result.stdout  # reported at exit by the wrapper
    assert result.max_rss_mb < 100  # a small Python process, not the runner's 400 MB and more
