"""Several timeline ranges in one export, placed among the entities in the order given (a briefing pack)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from export_readback import outline, page_texts, squash
from pypdf import PdfReader

from wsis_desktop import cli
from wsis_desktop.export import ExportOptions, ExportResult, Selection, SelectionError, export_pdf
from wsis_desktop.export.selection import DateRange, resolve
from wsis_desktop.store import Pack
from wsis_desktop.store.dates import PartialDate

TUNIS = (PartialDate(2005), PartialDate(2006))
LATELY = (PartialDate(2024), PartialDate(2025, 12))


@pytest.fixture(scope="module")
def mixed(session_pack: Pack, tmp_path_factory: pytest.TempPathFactory) -> ExportResult:
    selection = Selection.of_sequence(["igf", TUNIS, "cstd", LATELY])
    return export_pdf(session_pack, selection, ExportOptions(title="Mixed"),
                      tmp_path_factory.mktemp("mixed") / "mixed.pdf")


def test_of_sequence_places_each_range_among_the_entities() -> None:
    selection = Selection.of_sequence([TUNIS, "igf", "cstd", LATELY])
    assert selection.entity_ids == ("igf", "cstd")
    assert selection.ranges == (DateRange(*TUNIS, 0), DateRange(*LATELY, 2))


def test_resolve_counts_positions_in_distinct_entities(session_pack: Pack) -> None:
    resolved = resolve(session_pack, Selection.of_sequence(["igf", "igf", TUNIS, "cstd"]))
    assert resolved.entity_ids == ("igf", "cstd")
    (only,) = resolved.ranges
    assert only.position == 1 and [e.title for e in only.events] == ["Second phase of WSIS, Tunis"]


def test_outline_and_pages_follow_the_given_order(mixed: ExportResult) -> None:
    titles = [(depth, title) for depth, title, _page in outline(mixed.path)]
    top = [title for depth, title in titles if depth == 0]
    assert top == ["Contents", "Internet Governance Forum", "Timeline, 2005 to 2006",
                   "Commission on Science and Technology for Development", "Timeline, 2024 to December 2025"]
    assert [title for depth, title in titles if depth == 1] == ["Chronology", "Chronology"]
    pages = [page for _depth, _title, page in outline(mixed.path)]
    assert pages == sorted(pages)


def _timeline_pages(result: ExportResult) -> list[int]:
    texts = page_texts(result.path)
    return [i for i, t in enumerate(texts) if i > 1 and re.search(r"^\s*Timeline, ", t, re.M)]


def test_each_range_has_its_own_vector_timeline_page(mixed: ExportResult) -> None:
    texts = page_texts(mixed.path)
    pages = _timeline_pages(mixed)
    assert len(pages) == 2
    first, second = (squash(texts[i]) for i in pages)
    assert "Second phase of WSIS, Tunis" in first and "IGF 2025 in Lillestrøm" not in first
    assert "IGF 2025 in Lillestrøm" in second and "Second phase of WSIS, Tunis" not in second
    reader = PdfReader(mixed.path)
    for index in pages:
        content = reader.pages[index].get_contents().get_data().decode("latin-1")
        assert len(re.findall(r"\s(?:re|l|c|m)\n", content)) > 20
    assert not any(page.images for page in reader.pages)
    assert mixed.event_count == 2


def test_a_range_without_events_is_left_out(session_pack: Pack, tmp_path: Path) -> None:
    empty = (PartialDate(1990), PartialDate(1991))
    result = export_pdf(session_pack, Selection.of_sequence(["igf", empty, TUNIS]), ExportOptions(),
                        tmp_path / "some.pdf")
    assert [t for _d, t, _p in outline(result.path) if t.startswith("Timeline")] == ["Timeline, 2005 to 2006"]
    with pytest.raises(SelectionError, match="the selection is empty"):
        resolve(session_pack, Selection.of_sequence([empty, empty]))


def test_an_inverted_range_anywhere_is_refused(session_pack: Pack) -> None:
    with pytest.raises(SelectionError, match=re.escape("ends before it starts: 2025..2005")):
        resolve(session_pack, Selection.of_sequence(["igf", TUNIS, (PartialDate(2025), PartialDate(2005))]))


def test_notes_are_absent_unless_asked(session_pack: Pack, tmp_path: Path) -> None:
    options = ExportOptions(include_notes=False, notes=lambda entity_id: f"Secret line on {entity_id}")
    result = export_pdf(session_pack, Selection.of_entities("igf"), options, tmp_path / "none.pdf")
    text = squash(" ".join(page_texts(result.path)))
    assert "Secret line" not in text and "Your notes" not in text


def test_cli_places_timeline_ranges_in_the_order_given(fixture_pack_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    assert cli.main(["export", "--data", str(fixture_pack_path), "--out", str(out),
                     "--timeline", "2005..2006", "--entity", "igf", "--timeline", "2024..2025-12",
                     "--entity", "cstd"]) == 0
    top = [title for depth, title, _page in outline(out) if depth == 0]
    assert top == ["Contents", "Timeline, 2005 to 2006", "Internet Governance Forum",
                   "Timeline, 2024 to December 2025", "Commission on Science and Technology for Development"]
