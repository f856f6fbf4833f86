"""Start to ready timed by the children themselves: the probe runs the real app and says when its
window became ready; the bare window and the minimal reader say when they were shown; all before
they exit."""

from __future__ import annotations

from pathlib import Path

from bench import child


def test_the_app_and_the_bare_window_say_when_they_were_ready(fixture_pack_path: Path,
                                                              tmp_path: Path) -> None:
    app = child.run(child.python_module("bench.ready_probe", "--quit-when-ready", "--data",
                                        str(fixture_pack_path), "--profile", str(tmp_path / "profile")))
    bare = child.run(child.python_module("bench.bare_window", "--print-ready"))
    minimal = child.run(child.python_module("bench.minimal_reader", "--print-ready"))
    for result in (app, bare, minimal):
        assert result.returncode == 0, result.failure
        assert result.ready_ms is not None and 0 < result.ready_ms < result.seconds * 1000
    assert child.run(child.python_module("bench.bare_window")).ready_ms is None  # only when asked
