"""Notes in the reader: typed in the dock, autosaved after a pause, saved on entity change and on
close, shown in the detail pane in their own marked box, deleted when emptied, kept across restarts,
and kept (never dropped) while the user file refuses a write."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from gui_dialogs import DialogAnswerer  # tests/gui/gui_dialogs.py: that folder is on sys.path
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from wsis_desktop.views.main_window import MainWindow
from wsis_desktop.views.personal.notes_editor import DEBOUNCE_MS


def test_typing_saves_after_a_pause_and_the_page_shows_the_note(qtbot: QtBot, window: MainWindow) -> None:
    window.open_entity("igf")
    notes = window.personal.notes
    window.actions_.show_notes.trigger()
    assert notes.editor.hasFocus() and window.personal.notes_dock.isVisible()
    qtbot.keyClicks(notes.editor, "**Keep** para. 12")
    assert notes.state.text() == "Saving…"
    assert window.user is not None and window.user.note("igf") is None  # not yet: still typing
    qtbot.waitUntil(lambda: notes.state.text() == "Saved", timeout=DEBOUNCE_MS * 4)
    note = window.user.note("igf")
    assert note is not None and note.body == "**Keep** para. 12"
    assert note.title == window.pack.ref("igf").title  # type: ignore[union-attr]
    text = window.detail.toPlainText()
    assert "Your note" in text and "private, not part of the knowledge base" in text
    assert "Keep para. 12" in text and "**" not in text  # rendered from Markdown
    assert "<b>" in window.detail.toHtml() or "font-weight:700" in window.detail.toHtml()


def test_entity_change_and_close_save_at_once(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.open_entity("igf")
    window.personal.notes.editor.setPlainText("first")
    window.open_entity("unga")  # before the pause is over
    assert window.user is not None and window.user.note("igf").body == "first"  # type: ignore[union-attr]
    assert window.personal.notes.editor.toPlainText() == ""
    window.personal.notes.editor.setPlainText("second, typed just before closing")
    window.close()
    again = make_window()
    assert again.detail.entity_id == "unga"
    assert again.personal.notes.editor.toPlainText() == "second, typed just before closing"
    assert "second, typed just before closing" in again.detail.toPlainText()
    again.open_entity("igf")
    assert again.personal.notes.editor.toPlainText() == "first"


def test_emptying_the_note_deletes_it(qtbot: QtBot, window: MainWindow) -> None:
    window.open_entity("igf")
    notes = window.personal.notes
    notes.editor.setPlainText("temporary")
    assert notes.save_now() and window.user is not None and window.user.note("igf") is not None
    notes.editor.setPlainText("  \n")
    qtbot.waitUntil(lambda: notes.state.text() == "Note deleted", timeout=DEBOUNCE_MS * 4)
    assert window.user.note("igf") is None
    assert "Your note" not in window.detail.toPlainText()


def test_note_box_is_marked_apart_from_sourced_text(window: MainWindow) -> None:
    window.open_entity("igf")
    window.personal.notes.editor.setPlainText("My view")
    window.personal.notes.save_now()
    html = window.detail.toHtml()
    assert "#8a5cc7" in html  # the note's own accent colour, used nowhere in sourced content
    window.open_entity("unga")
    assert "#8a5cc7" not in window.detail.toHtml()


def _lock(window: MainWindow) -> sqlite3.Connection:
    """Hold the user file's write lock from another connection, as a second program could."""
    assert window.user is not None
    other = sqlite3.connect(window.user.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def _dismiss_write_warning(window: MainWindow) -> str:
    box = window.findChild(QMessageBox, "user_data_write_error")
    assert box is not None and box.isVisible()
    text = box.text()
    box.done(QMessageBox.StandardButton.Ok)
    box.setObjectName("")  # so the next lookup finds only a new warning
    return text


def test_a_note_the_file_refuses_is_kept_and_saved_later(qtbot: QtBot, window: MainWindow) -> None:
    window.open_entity("igf")
    notes = window.personal.notes
    notes.editor.setPlainText("draft that must not be lost")
    other = _lock(window)
    window.open_entity("unga")  # the save on leaving fails: the file is locked
    assert "could not be changed" in _dismiss_write_warning(window)
    assert notes.editor.toPlainText() == ""
    window.open_entity("igf")  # the draft comes back, not the (empty) stored note
    assert notes.editor.toPlainText() == "draft that must not be lost"
    assert notes.state.text().startswith("Not saved yet")
    other.rollback()
    other.close()
    qtbot.waitUntil(lambda: notes.state.text() == "Saved", timeout=DEBOUNCE_MS * 8)
    assert window.user is not None and window.user.note("igf").body == "draft that must not be lost"  # type: ignore[union-attr]


def test_closing_with_an_unsaved_note_asks_and_cancel_keeps_it(
        make_window: Callable[..., MainWindow], dialogs: DialogAnswerer) -> None:
    window = make_window()
    window.open_entity("igf")
    window.personal.notes.editor.setPlainText("typed while the file was locked")
    other = _lock(window)
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    assert not window.close()  # asked, and the reader chose to stay
    assert "could not be saved" in dialogs.seen[0] and window.isVisible()
    other.rollback()
    other.close()
    assert window.close()  # the file is free again: saved, then closed without asking
    assert len(dialogs.seen) == 1
    again = make_window()
    again.open_entity("igf")
    assert again.personal.notes.editor.toPlainText() == "typed while the file was locked"
