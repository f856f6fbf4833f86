"""Notes in the reader: typed in the dock, autosaved after a pause, saved on entity change and on
close, shown in the detail pane in their own marked box, deleted when emptied, kept across restarts."""

from __future__ import annotations

from collections.abc import Callable

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
