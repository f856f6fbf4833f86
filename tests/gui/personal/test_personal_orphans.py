"""Orphans: after a rebuilt pack drops an entity, the reader's items on it show under "Not in this
knowledge base" with their old title, can be moved to another entry or removed, and nothing goes by itself."""

from __future__ import annotations

from pathlib import Path

from gui_dialogs import DialogAnswerer  # tests/gui/gui_dialogs.py: that folder is on sys.path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from wsis_desktop.build import build_pack
from wsis_desktop.services.settings import Settings
from wsis_desktop.store import Pack
from wsis_desktop.userdata import UserStore, default_user_db_path
from wsis_desktop.views.main_window import MainWindow

GONE = "igf-2025"


def _pack_without(sources: Path, out: Path) -> Path:
    (sources / "entities" / "things" / f"{GONE}.md").unlink()
    events = sources / "events" / "events.yaml"
    events.write_text(events.read_text().replace("entities: [igf, igf-2025]", "entities: [igf]"))
    build_pack(sources, out)
    return out


def _window(qtbot: QtBot, pack: Pack, profile: Path) -> MainWindow:
    window = MainWindow(pack, Settings(profile))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.finish_building()  # as a moment after start: the bookmarks action is wired
    return window


def test_orphans_are_shown_moved_and_removed(qtbot: QtBot, fixture_pack: Pack, sources_copy: Path,
                                             profile: Path, tmp_path: Path, dialogs: DialogAnswerer) -> None:
    old_title = fixture_pack.ref(GONE).title  # type: ignore[union-attr]
    with UserStore.open(default_user_db_path(profile)) as store:
        store.add_bookmark(GONE, old_title)
        store.set_note(GONE, old_title, "what we said in Lillestrøm")
        store.add_tag(GONE, old_title, "igf")
        store.set_note("gone-too", "An older entry", "keep or drop?")
    newer = Pack.open(_pack_without(sources_copy, tmp_path / "newer.db"))
    try:
        assert GONE not in newer.all_ids()
        window = _window(qtbot, newer, profile)
        window.actions_.show_bookmarks.trigger()
        panel = window.personal.bookmarks
        rows = dict(panel.entries(orphans=True))
        assert set(rows) == {GONE, "gone-too"}
        assert old_title in rows[GONE] and "bookmark" in rows[GONE] and "note" in rows[GONE]
        assert "tag “igf”" in rows[GONE]
        assert panel.entries() == []  # the bookmark is not listed as if its entry were there
        window.show_start_page()
        assert "no longer in the knowledge base" in window.detail.toPlainText()

        # Move: Enter on the orphan opens the chooser; typing and Enter picks the new entry.
        panel.tree.setFocus()
        _select(panel, GONE)
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
        mover = window.personal._mover
        assert mover is not None and mover.isVisible() and mover.windowTitle() == "Move your items to…"
        qtbot.keyClicks(mover.box, "Internet Governance Forum")
        qtbot.keyClick(mover.box, Qt.Key.Key_Return)
        assert window.detail.entity_id == "igf"
        assert window.user is not None
        note = window.user.note("igf")
        assert note is not None and "Lillestrøm" in note.body
        assert window.user.is_bookmarked("igf") and window.user.tags_for("igf") == ["igf"]
        assert window.actions_.toggle_bookmark.isChecked()
        assert [e for e, _ in panel.entries(orphans=True)] == ["gone-too"]

        # Remove: Delete asks first; Cancel keeps it, Yes removes it.
        _select(panel, "gone-too")
        dialogs.answer(QMessageBox.StandardButton.Cancel)
        qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
        assert window.user.note("gone-too") is not None
        dialogs.answer(QMessageBox.StandardButton.Yes)
        qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
        assert window.user.note("gone-too") is None and panel.entries(orphans=True) == []
        assert len(dialogs.seen) == 2 and "cannot be undone" in dialogs.seen[0]
        window.close()
    finally:
        newer.close()


def _select(panel: object, entity_id: str) -> None:
    tree = panel.tree  # type: ignore[attr-defined]
    for group in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(group)
        for row in range(top.childCount()):
            item = top.child(row)
            roles = (Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1)  # bookmark, orphan
            if entity_id in (item.data(0, role) for role in roles):
                tree.setCurrentItem(item)
                return
    raise AssertionError(f"{entity_id} not listed")
