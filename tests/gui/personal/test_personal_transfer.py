"""File menu export and import of the reader's own data, through the real file dialog and messages."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_dialogs import DialogAnswerer  # tests/gui/gui_dialogs.py: that folder is on sys.path
from personal_helpers import answer_file_dialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from wsis_desktop.userdata import UserStore
from wsis_desktop.userdata.transfer import to_document
from wsis_desktop.views.main_window import MainWindow


def _content(store: UserStore) -> dict[str, object]:
    document = to_document(store)
    del document["exported_at"]
    return document


def _fill(window: MainWindow) -> None:
    window.open_entity("igf")
    window.actions_.toggle_bookmark.trigger()
    window.personal.notes.editor.setPlainText("## IGF\n\nPermanent now.")  # saved by the export itself


def test_export_json_and_markdown_through_the_file_menu(window: MainWindow, tmp_path: Path) -> None:
    _fill(window)
    seen: list[str] = []
    answer_file_dialog(tmp_path / "mine", seen)  # no suffix typed: .json is added
    window.actions_.export_user.trigger()
    document = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert seen == ["Export my notes and bookmarks"]
    assert [b["entity_id"] for b in document["bookmarks"]] == ["igf"]
    assert [n["body"] for n in document["notes"]] == ["## IGF\n\nPermanent now."]
    answer_file_dialog(tmp_path / "notes.md", seen)
    window.actions_.export_notes.trigger()
    text = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert "Permanent now." in text and "`igf`" in text
    assert "Saved" in window.statusBar().currentMessage()


@pytest.mark.parametrize("content, words", [
    ("{ not json", "not valid JSON"),
    ('{"format": "wsis-desktop-userdata", "format_version": 99}', "newer WSIS Desktop"),
    ('{"format": "wsis-desktop-userdata", "format_version": 1, "notes": [{"entity_id": "igf"}]}',
     "notes[0]"),
], ids=["malformed", "newer", "wrong-field"])
def test_a_bad_import_says_why_in_one_line_and_changes_nothing(
        window: MainWindow, tmp_path: Path, dialogs: DialogAnswerer, content: str, words: str) -> None:
    _fill(window)
    window.personal.notes.save_now()
    assert window.user is not None
    before = _content(window.user)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    answer_file_dialog(bad, [])
    dialogs.answer(QMessageBox.StandardButton.Ok)
    window.actions_.import_user.trigger()
    assert len(dialogs.seen) == 1
    message = dialogs.seen[0].strip()
    assert words in message and "bad.json" in message and "\n" not in message.split("\n")[0]
    assert "Traceback" not in message
    assert _content(window.user) == before


def test_import_merges_and_says_what_it_added(make_window: Callable[..., MainWindow], tmp_path: Path,
                                              dialogs: DialogAnswerer, qtbot: QtBot) -> None:
    window = make_window()
    window.open_entity("unga")
    window.personal.notes.editor.setPlainText("ours")
    window.personal.notes.save_now()
    window.actions_.toggle_bookmark.trigger()
    exported = tmp_path / "colleague.json"
    assert window.user is not None
    with UserStore.open(tmp_path / "colleague.sqlite") as other:
        other.add_bookmark("igf", "IGF")
        other.add_bookmark("unga", "UNGA")  # already here: not duplicated
        other.set_note("unga", "UNGA", "theirs")
        other.export_json(exported)
    dialogs.answer(QMessageBox.StandardButton.Ok)
    window.personal.import_json(exported)
    assert "Imported: 1 bookmark, 1 note" in dialogs.seen[0]
    assert sorted(b.entity_id for b in window.user.bookmarks()) == ["igf", "unga"]
    body = window.personal.notes.editor.toPlainText()
    assert "ours" in body and "theirs" in body  # both kept, the editor shows the merged note
    dialogs.answer(QMessageBox.StandardButton.Ok)
    window.personal.import_json(exported)
    assert "Nothing new" in dialogs.seen[1]
    assert sorted(b.entity_id for b in window.user.bookmarks()) == ["igf", "unga"]


def test_import_summary_counts_in_words() -> None:
    from wsis_desktop.userdata.transfer import ImportSummary
    from wsis_desktop.views.personal.transfer_dialogs import summary_text

    text = summary_text(ImportSummary(bookmarks=1, notes=3, pack_items=1, history=2))
    assert text.startswith("Imported: 1 bookmark, 3 notes, 1 briefing pack entry, 2 recent entries.")
    assert "tags" not in text
