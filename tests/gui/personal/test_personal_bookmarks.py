"""Bookmarks in the reader: Ctrl+D, the panel (Enter, Delete, context menu), the start page, and
bookmarks and recent history surviving a restart on the same profile."""

from __future__ import annotations

from collections.abc import Callable

from gui_dialogs import step_down_the_tree  # tests/gui/gui_dialogs.py: that folder is on sys.path
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from wsis_desktop.views.main_window import MainWindow
from wsis_desktop.views.personal.layer import VISIT_DWELL_MS


def _press_ctrl_d(qtbot: QtBot, window: MainWindow) -> None:
    window.detail.setFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_d_toggles_the_star_and_the_star_follows_the_entity(qtbot: QtBot, window: MainWindow) -> None:
    star = window.actions_.toggle_bookmark
    assert window.open_entity("igf")
    assert not star.isChecked()
    _press_ctrl_d(qtbot, window)
    assert star.isChecked() and window.user is not None and window.user.is_bookmarked("igf")
    assert window.open_entity("unga") and not star.isChecked()
    assert window.open_entity("igf") and star.isChecked()
    _press_ctrl_d(qtbot, window)
    assert not star.isChecked() and not window.user.is_bookmarked("igf")


def test_panel_opens_with_enter_and_removes_with_delete(qtbot: QtBot, window: MainWindow) -> None:
    for entity_id in ("igf", "unga"):
        window.open_entity(entity_id)
        window.actions_.toggle_bookmark.trigger()
    window.actions_.show_bookmarks.trigger()
    panel = window.personal.bookmarks
    assert window.personal.bookmarks_dock.isVisible() and panel.tree.hasFocus()
    titles = {e: window.pack.ref(e).title for e in ("igf", "unga")}  # type: ignore[union-attr]
    assert panel.entries() == [("unga", titles["unga"]), ("igf", titles["igf"])]  # newest first
    assert panel.tree.accessibleName() == "Bookmarks"
    window.open_entity("cstd")
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down)
    assert panel.current_entity() == "igf"
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert window.detail.entity_id == "igf"
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert panel.entries() == [("unga", titles["unga"])]
    assert window.user is not None and [b.entity_id for b in window.user.bookmarks()] == ["unga"]
    assert not window.actions_.toggle_bookmark.isChecked()  # igf is shown and no longer starred


def test_context_menu_offers_open_and_remove(window: MainWindow) -> None:
    window.open_entity("igf")
    window.actions_.toggle_bookmark.trigger()
    window.actions_.show_bookmarks.trigger()
    panel = window.personal.bookmarks
    item = panel.tree.currentItem()
    assert item is not None
    menu = panel._menu_for(item)
    assert menu is not None
    labels = [a.text() for a in menu.actions()]
    assert labels == ["&Open", "&Remove bookmark"]
    window.open_entity("unga")
    menu.actions()[0].trigger()
    assert window.detail.entity_id == "igf"
    menu.actions()[1].trigger()
    assert panel.entries() == []


def test_start_page_lists_bookmarks_as_links(window: MainWindow) -> None:
    window.open_entity("igf")
    window.actions_.toggle_bookmark.trigger()
    window.show_start_page()
    html = window.detail.toHtml()
    title = window.pack.ref("igf").title  # type: ignore[union-attr]
    assert "Your bookmarks" in window.detail.toPlainText() and title in window.detail.toPlainText()
    assert 'href="wsis:igf"' in html
    window.detail.follow_link(QUrl("wsis:igf"))  # what clicking the link does
    assert window.detail.entity_id == "igf"
    assert "Your bookmarks" not in window.detail.toPlainText()  # only on the start page


def test_bookmarks_and_recent_survive_a_restart(make_window: Callable[..., MainWindow]) -> None:
    first = make_window()
    for entity_id in ("igf", "unga", "cstd"):
        first.open_entity(entity_id)
    first.actions_.toggle_bookmark.trigger()  # cstd
    first.close()
    second = make_window()
    assert second.detail.entity_id == "cstd" and second.actions_.toggle_bookmark.isChecked()
    assert second.user is not None and [b.entity_id for b in second.user.bookmarks()] == ["cstd"]
    recent = second.personal.recent_menu
    recent.fill()
    entries = [(a.data(), a.text()) for a in recent.actions() if a.data()]
    assert [e for e, _ in entries][:3] == ["cstd", "unga", "igf"]
    assert entries[0][1].startswith("&1 ")
    next(a for a in recent.actions() if a.data() == "unga").trigger()
    assert second.detail.entity_id == "unga"
    next(a for a in recent.actions() if a.objectName() == "clear_recent").trigger()
    recent.fill()
    assert [a.data() for a in recent.actions() if a.data()] == []
    assert not next(a for a in recent.actions() if a.objectName() == "clear_recent").isEnabled()


def test_recent_is_under_go(window: MainWindow) -> None:
    go = window.actions_.go_menu
    assert window.personal.recent_menu.menuAction() in go.actions()


def test_stepping_through_the_tree_adds_only_where_the_reader_rests(qtbot: QtBot, window: MainWindow) -> None:
    passed = step_down_the_tree(window, qtbot, "cstd", 4)
    assert window.user is not None
    rested = passed[-1]
    qtbot.waitUntil(lambda: window.user.recent(1)[0].entity_id == rested, timeout=VISIT_DWELL_MS * 3)
    recent = [entry.entity_id for entry in window.user.recent(10)]
    assert recent[:2] == [rested, "cstd"]
    assert not set(passed[:-1]) & set(recent)  # the entries passed over are not in Recent
