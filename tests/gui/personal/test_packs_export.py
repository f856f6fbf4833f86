"""Exports from the window through the real export dialog: a briefing pack (2 entries and 2 ranges, in the
pack's order), the search results, a timeline range; the reader's notes only when asked."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest
from gui_dialogs import answer_export  # tests/gui/gui_dialogs.py: that folder is on sys.path
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from wsis_desktop.export.dialog import ExportDialog
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.views.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "export"))  # the PDF read-back helpers
readback = importlib.import_module("export_readback")
outline, page_texts, squash = readback.outline, readback.page_texts, readback.squash
NOTE = "Our delegation supports a permanent mandate"


@pytest.fixture
def packed(window: MainWindow) -> MainWindow:
    """A pack of igf, a range, cstd, another range; a note on igf."""
    assert window.user is not None
    window.user.set_note("igf", "Internet Governance Forum", NOTE)
    briefing = window.briefing
    window.open_entity("igf")
    briefing.add_to_pack.trigger()
    briefing.add_range(PartialDate(2005), PartialDate(2006))
    window.open_entity("cstd")
    briefing.add_to_pack.trigger()
    briefing.add_range(PartialDate(2024), PartialDate(2025, 12))
    return window


@pytest.mark.parametrize("notes", [True, False], ids=["with-notes", "without-notes"])
def test_pack_export_follows_the_pack_order(packed: MainWindow, tmp_path: Path, qtbot: QtBot,
                                            notes: bool) -> None:
    out = tmp_path / "pack.pdf"
    seen: list[ExportDialog] = []
    answer_export(out, notes, seen)
    packed.briefing.packs.export_button.click()
    assert seen and seen[0].title_edit.text() == "Briefing pack"
    top = [title for depth, title, _page in outline(out) if depth == 0]
    assert top == ["Contents", "Internet Governance Forum", "Timeline, 2005 to 2006",
                   "Commission on Science and Technology for Development", "Timeline, 2024 to December 2025"]
    texts = page_texts(out)
    timeline_pages = [i for i, t in enumerate(texts) if i > 1 and re.search(r"^\s*Timeline, ", t, re.M)]
    assert len(timeline_pages) == 2
    reader = PdfReader(out)
    for index in timeline_pages:
        content = reader.pages[index].get_contents().get_data().decode("latin-1")
        assert len(re.findall(r"\s(?:re|l|c|m)\n", content)) > 20
    text = squash(" ".join(texts))
    assert (NOTE in text) is notes
    assert ("Your own note, not part of the sourced knowledge base" in text) is notes
    assert f"Saved {out}" in packed.statusBar().currentMessage()


def test_search_results_export(window: MainWindow, tmp_path: Path) -> None:
    window.show_search()
    panel = window.search_panel
    panel.query_box.setText("IGF")
    panel.run_search()
    shown = panel.result_ids()
    assert len(shown) > 1
    titles = [window.pack.refs([i])[i].title for i in shown]
    out = tmp_path / "results.pdf"
    seen: list[ExportDialog] = []
    answer_export(out, False, seen)
    (export,) = [a for a in panel.results.actions() if a.text() == "Export results to PDF…"]
    export.trigger()
    assert seen[0].title_edit.text() == "Search: IGF"
    top = [title for depth, title, _page in outline(out) if depth == 0 and title != "Contents"]
    assert [t for t in top if not t.startswith("Timeline")][:1] == titles[:1]
    found = {title for _d, title, _p in outline(out)}
    assert set(titles) <= found


def test_search_results_export_with_nothing_found_says_so(window: MainWindow) -> None:
    window.show_search()
    window.search_panel.query_box.setText("qqqzzz")
    window.search_panel.run_search()
    window.briefing.export_search_results()
    assert window.statusBar().currentMessage() == "Search first: there are no results to export."


def test_timeline_range_export(window: MainWindow, fixture_pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # Pack
    from wsis_desktop.timeline.widget import TimelineView

    timeline = TimelineView(fixture_pack)
    window.set_timeline(timeline)
    out = tmp_path / "range.pdf"
    seen: list[ExportDialog] = []
    answer_export(out, False, seen)
    timeline.range_export_requested.emit(PartialDate(2005), PartialDate(2025, 12))
    assert seen[0].title_edit.text() == "Timeline, 2005 to December 2025"
    timelines = [t for _d, t, _p in outline(out) if t.startswith("Timeline")]
    assert timelines == ["Timeline, 2005 to December 2025"]
