"""Start-up order: the window reports ready before the timeline is built; the timeline follows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from wsis_desktop.views.main_window import MainWindow


def _started(start_app: Callable[..., MainWindow], pack: Path, profile: Path,
             quit_when_ready: bool) -> tuple[MainWindow, list[bool]]:
    """The window ``app.run`` made, and whether it had a timeline when it became ready."""
    window = start_app(pack, profile, quit_when_ready)
    had_timeline: list[bool] = []
    window.became_ready.connect(lambda: had_timeline.append(window.timeline is not None))
    return window, had_timeline


def test_the_timeline_comes_just_after_ready(qtbot: QtBot, start_app: Callable[..., MainWindow],
                                             fixture_pack_path: Path, tmp_path: Path) -> None:
    window, had_timeline = _started(start_app, fixture_pack_path, tmp_path / "profile", quit_when_ready=False)
    qtbot.waitUntil(lambda: bool(had_timeline))
    assert had_timeline == [False]
    qtbot.waitUntil(lambda: window.timeline is not None)
    assert window.timeline_dock.isVisible() and window.timeline_dock.widget() is window.timeline
    window.close()


def test_a_smoke_test_quits_without_building_the_timeline(qtbot: QtBot, start_app: Callable[..., MainWindow],
                                                         fixture_pack_path: Path, tmp_path: Path) -> None:
    window, had_timeline = _started(start_app, fixture_pack_path, tmp_path / "profile", quit_when_ready=True)
    qtbot.waitUntil(lambda: bool(had_timeline) and not window.isVisible())
    qtbot.wait(50)  # the timer that would build the timeline has run by now
    assert window.timeline is None
