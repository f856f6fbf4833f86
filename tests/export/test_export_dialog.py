"""The export dialog: defaults, page-count preview, export through the same code path, clear problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_readback import listing, page_texts, squash
from pypdf import PdfReader
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from wsis_desktop.export import Selection, count_pages
from wsis_desktop.export.dialog import ExportDialog
from wsis_desktop.store import Pack


@pytest.fixture
def dialog(qtbot: QtBot, fixture_pack: Pack, tmp_path: Path) -> ExportDialog:
    widget = ExportDialog(fixture_pack, Selection(subtree_ids=("section-mechanisms",)),
                          default_path=tmp_path / "brief.pdf", notes=lambda i: "note on " + i)
    qtbot.addWidget(widget)
    return widget


def test_defaults_and_accessible_names(dialog: ExportDialog) -> None:
    assert dialog.paper_combo.currentData() == "A4"
    assert dialog.orientation_combo.currentData() == "portrait"
    assert dialog.relations_box.isChecked() and dialog.citations_box.isChecked()
    assert dialog.notes_box.isEnabled() and not dialog.notes_box.isChecked()  # private: out unless asked
    assert dialog.date_edit.date() == QDate.currentDate() and dialog.date_edit.calendarPopup()
    for widget in (dialog.title_edit, dialog.subtitle_edit, dialog.author_edit, dialog.date_edit,
                   dialog.paper_combo, dialog.orientation_combo, dialog.path_edit, dialog.preview_label):
        assert widget.accessibleName()


def test_preview_counts_the_pages_and_follows_changes(dialog: ExportDialog, fixture_pack: Pack,
                                                      qtbot: QtBot) -> None:
    expected = count_pages(fixture_pack, dialog.selection, dialog.options())
    assert dialog.preview_label.text() == f"Pages: {expected}"
    dialog.orientation_combo.setCurrentIndex(1)
    landscape = count_pages(fixture_pack, dialog.selection, dialog.options())
    assert landscape != expected  # the fixture's sections take more landscape pages
    qtbot.waitUntil(lambda: dialog.preview_label.text() == f"Pages: {landscape}", timeout=2000)


def test_export_writes_what_the_dialog_says(dialog: ExportDialog, qtbot: QtBot, tmp_path: Path) -> None:
    dialog.title_edit.setText("Mechanisms")
    dialog.author_edit.setText("Delegation of Y")
    dialog.paper_combo.setCurrentIndex(1)
    dialog.notes_box.setChecked(True)
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_button.click()
    path = Path(signal.args[0])
    assert path == tmp_path / "brief.pdf"
    reader = PdfReader(path)
    assert reader.metadata is not None and reader.metadata.title == "Mechanisms"
    assert reader.metadata.author == "Delegation of Y"
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Your notes Your own note, not part of the sourced knowledge base note on igf" in \
        squash(" ".join(page_texts(path)))
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_problem_is_shown_in_the_dialog_and_nothing_written(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.path_edit.setText(str(tmp_path / "missing" / "brief.pdf"))
    before = listing(tmp_path)
    dialog.export_button.click()
    assert "no such folder" in dialog.message_label.text()
    assert dialog.isVisibleTo(dialog) or dialog.result() != ExportDialog.DialogCode.Accepted
    assert listing(tmp_path) == before


def test_empty_selection_disables_export(qtbot: QtBot, fixture_pack: Pack) -> None:
    widget = ExportDialog(fixture_pack, Selection(search="qqqzzz"))
    qtbot.addWidget(widget)
    assert not widget.export_button.isEnabled()
    assert widget.message_label.text() == "Nothing to export: no entry matches “qqqzzz”."


def test_notes_option_is_off_without_a_notes_store(qtbot: QtBot, fixture_pack: Pack) -> None:
    widget = ExportDialog(fixture_pack, Selection.of_entities("igf"))
    qtbot.addWidget(widget)
    assert not widget.notes_box.isEnabled() and not widget.notes_box.isChecked()


def test_a_closed_dialog_counts_no_more_pages(dialog: ExportDialog, qtbot: QtBot) -> None:
    """A change just before closing leaves a page count waiting; closing cancels it, so it never runs
    against a window (and user file) that has gone."""
    calls: list[str] = []
    dialog.notes = lambda entity_id: calls.append(entity_id) or None
    dialog.notes_box.setChecked(True)  # starts the preview timer
    dialog.reject()
    qtbot.wait(400)  # longer than the preview's delay
    assert calls == []
