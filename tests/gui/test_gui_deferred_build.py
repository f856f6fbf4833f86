"""Start-up in two steps: the window is ready (shown, tree filled, start page rendered) before the user
file is opened and the personal layer built; a moment later both exist, are wired, show what they
showed before, and the dock and toolbar layout saved at the last close comes back with them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_dialogs import DialogAnswerer  # tests/gui/gui_dialogs.py: this folder is on sys.path
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMessageBox, QTextBrowser, QToolBar
from pytestqt.qtbot import QtBot

from wsis_desktop.services.settings import Settings
from wsis_desktop.store import Pack
from wsis_desktop.userdata import UserStore, default_user_db_path
from wsis_desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _started(start_app: Callable[..., MainWindow], pack: Path, profile: Path, quit_when_ready: bool = False
             ) -> tuple[MainWindow, list[dict[str, object]]]:
    """The window ``app.run`` made, and what it had when it became ready."""
    window = start_app(pack, profile, quit_when_ready)
    at_ready: list[dict[str, object]] = []
    window.became_ready.connect(lambda: at_ready.append({
        "docks": sorted(d.objectName() for d in window.findChildren(QDockWidget)),
        "user": window.user,
        "page": window.detail.toPlainText(),
        "briefing_actions": len(window.actions_.briefing_menu.actions()),
    }))
    return window, at_ready


def _built(window: MainWindow) -> bool:
    return window.findChild(QDockWidget, "bookmarks_dock") is not None


def _press_at_ready(window: MainWindow, action: QAction) -> list[bool]:
    """Triggers ``action`` in the signal that says ready, before anything after it has run; the list
    gets whether the personal layer was built at that moment."""
    built_when_pressed: list[bool] = []

    def press() -> None:
        built_when_pressed.append(_built(window))
        action.trigger()

    window.became_ready.connect(press)
    return built_when_pressed


def test_ready_comes_first_then_the_personal_layer_built_and_wired(
        qtbot: QtBot, start_app: Callable[..., MainWindow], fixture_pack_path: Path, fixture_pack: Pack,
        tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    start = fixture_pack.overview_id()
    assert start
    with UserStore.open(default_user_db_path(profile)) as store:
        store.add_bookmark(start, "Overview")
        store.add_bookmark("igf", "Internet Governance Forum")
        store.set_note(start, "Overview", "ask the co-facilitators")
    window, at_ready = _started(start_app, fixture_pack_path, profile)
    qtbot.waitUntil(lambda: bool(at_ready))
    first = at_ready[0]
    assert first["docks"] == ["timeline"] and first["user"] is None and first["briefing_actions"] == 0
    assert "Your bookmarks" not in str(first["page"])  # the start page itself is there already
    assert window.detail.entity_id == start and window.tree_model.rowCount() > 0

    qtbot.waitUntil(lambda: _built(window))
    assert window.user is not None
    page = window.detail.toPlainText()
    assert "Your bookmarks" in page and "Internet Governance Forum" in page
    assert "ask the co-facilitators" in page
    assert window.actions_.toggle_bookmark.isChecked()  # the start page is starred
    assert [r.entity_id for r in window.user.recent(1)] == [start]  # its visit is in Recent
    assert window.actions_.briefing_menu.actions()  # the Briefing menu is filled
    window.actions_.show_bookmarks.trigger()  # and the actions are wired
    assert window.personal.bookmarks_dock.isVisible()
    assert [e for e, _ in window.personal.bookmarks.entries()] == ["igf", start]
    window.actions_.toggle_bookmark.trigger()
    assert not window.user.is_bookmarked(start)
    window.close()


@pytest.mark.parametrize("bookmarked_before", [True, False])
def test_ctrl_d_before_the_layer_is_built_builds_it_and_turns_the_real_bookmark_over(
        qtbot: QtBot, start_app: Callable[..., MainWindow], fixture_pack_path: Path, fixture_pack: Pack,
        tmp_path: Path, bookmarked_before: bool) -> None:
    """The star shows the user file only once the layer is built; a press before that (the action
    triggered in the very signal that says ready) still builds it and turns the stored state over."""
    profile = tmp_path / "profile"
    start = fixture_pack.overview_id()
    assert start
    with UserStore.open(default_user_db_path(profile)) as store:
        if bookmarked_before:
            store.add_bookmark(start, "Overview")
    window = start_app(fixture_pack_path, profile)
    built_when_pressed = _press_at_ready(window, window.actions_.toggle_bookmark)
    qtbot.waitUntil(lambda: bool(built_when_pressed))
    assert built_when_pressed == [False] and _built(window) and window.user is not None
    assert window.user.is_bookmarked(start) is not bookmarked_before
    assert window.actions_.toggle_bookmark.isChecked() is not bookmarked_before
    window.close()


def test_ctrl_d_before_the_layer_is_built_with_a_refused_user_file_stars_nothing(
        qtbot: QtBot, start_app: Callable[..., MainWindow], fixture_pack_path: Path, tmp_path: Path,
        dialogs: DialogAnswerer) -> None:
    profile = tmp_path / "profile"
    path = default_user_db_path(profile)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database " * 500)
    dialogs.answer(QMessageBox.StandardButton.Ok)
    window = start_app(fixture_pack_path, profile)
    built_when_pressed = _press_at_ready(window, window.actions_.toggle_bookmark)
    qtbot.waitUntil(lambda: bool(built_when_pressed) and len(dialogs.seen) == 1)
    assert built_when_pressed == [False] and "damaged" in dialogs.seen[0]
    star = window.actions_.toggle_bookmark
    assert window.user is None and not star.isChecked() and not star.isEnabled()
    assert path.read_bytes() == b"not a database " * 500
    window.close()


def test_show_bookmarks_before_the_layer_is_built_shows_them(
        qtbot: QtBot, start_app: Callable[..., MainWindow], fixture_pack_path: Path, tmp_path: Path) -> None:
    window = start_app(fixture_pack_path, tmp_path / "profile")
    built_when_pressed = _press_at_ready(window, window.actions_.show_bookmarks)
    qtbot.waitUntil(lambda: bool(built_when_pressed))
    assert built_when_pressed == [False]
    qtbot.waitUntil(lambda: window.personal.bookmarks_dock.isVisible())
    window.close()


def test_a_smoke_test_quits_at_ready_without_opening_the_user_file(
        qtbot: QtBot, start_app: Callable[..., MainWindow], fixture_pack_path: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    window, at_ready = _started(start_app, fixture_pack_path, profile, quit_when_ready=True)
    qtbot.waitUntil(lambda: bool(at_ready) and not window.isVisible())
    qtbot.wait(50)  # the timer that would build the rest has run by now
    assert not _built(window) and window.user is None
    assert not default_user_db_path(profile).exists()


def test_dock_and_toolbar_layout_survive_a_restart_with_deferred_docks(
        qtbot: QtBot, make_window: Callable[..., MainWindow], start_app: Callable[..., MainWindow],
        fixture_pack_path: Path, profile: Path) -> None:
    first = make_window()
    marks = first.personal.bookmarks_dock
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, marks)
    marks.show()
    first.resizeDocks([marks], [260], Qt.Orientation.Horizontal)
    first.personal.notes_dock.hide()
    first.briefing.dock.show()
    first.addToolBar(Qt.ToolBarArea.BottomToolBarArea, first.briefing.tags_bar)
    qtbot.waitUntil(lambda: marks.isVisible() and first.briefing.dock.isVisible())
    width = marks.width()
    first.close()

    window, at_ready = _started(start_app, fixture_pack_path, profile)
    qtbot.waitUntil(lambda: bool(at_ready))
    assert at_ready[0]["docks"] == ["timeline"]
    qtbot.waitUntil(lambda: _built(window))
    qtbot.waitUntil(lambda: window.personal.bookmarks_dock.isVisible())
    marks = window.personal.bookmarks_dock
    assert window.dockWidgetArea(marks) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert abs(marks.width() - width) <= 2
    assert not window.personal.notes_dock.isVisible()
    assert window.briefing.dock.isVisible()
    assert window.dockWidgetArea(window.briefing.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    tags_bar = window.findChild(QToolBar, "tags_toolbar")
    assert tags_bar is not None and window.toolBarArea(tags_bar) == Qt.ToolBarArea.BottomToolBarArea
    window.close()


def test_painting_the_first_window_loads_no_personal_module(fixture_pack_path: Path, tmp_path: Path) -> None:
    """What a smoke test imports before quitting at ready is what the first paint needs."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "wsis_desktop", "--quit-when-ready",
         "--data", str(fixture_pack_path), "--profile", str(tmp_path / "profile")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-500:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "wsis_desktop.views.main_window" in imported  # the listing is real
    later = ("wsis_desktop.views.personal", "wsis_desktop.userdata", "wsis_desktop.export",
             "wsis_desktop.timeline")
    deferred = sorted(m for m in imported if m.startswith(later))
    assert deferred == []


def test_a_zoomed_reader_sees_the_zoom_at_first_sight(
        qtbot: QtBot, start_app: Callable[..., MainWindow], fixture_pack_path: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    Settings(profile).zoom = 2
    normal = QTextBrowser().font().pointSizeF()
    window, _ = _started(start_app, fixture_pack_path, profile)
    sizes: list[float] = []
    window.became_ready.connect(lambda: sizes.append(window.detail.font().pointSizeF()))
    qtbot.waitUntil(lambda: bool(sizes) and _built(window))
    assert sizes == [pytest.approx(normal + 2)]
    window.actions_.zoom_in.trigger()
    assert window.detail.font().pointSizeF() == pytest.approx(normal + 3)
    assert window.tree_pane.view.font().pointSizeF() == pytest.approx(normal + 3)
    window.close()


def test_zoom_keys_work_on_a_normal_size_start_once_built(
        qtbot: QtBot, start_app: Callable[..., MainWindow], fixture_pack_path: Path, tmp_path: Path) -> None:
    window, at_ready = _started(start_app, fixture_pack_path, tmp_path / "profile")
    qtbot.waitUntil(lambda: bool(at_ready))
    normal = window.detail.font().pointSizeF()
    window.actions_.zoom_in.trigger()  # pressed before the rest is built: applied once it is
    qtbot.waitUntil(lambda: _built(window))
    assert window.detail.font().pointSizeF() == pytest.approx(normal + 1)
    window.actions_.zoom_out.trigger()
    assert window.detail.font().pointSizeF() == pytest.approx(normal)
    window.close()
