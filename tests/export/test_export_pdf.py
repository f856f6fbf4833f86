"""The PDF itself, read back with pypdf and poppler: structure, text, links, outline, metadata."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from export_readback import internal_links, outline, page_texts, squash
from pypdf import PdfReader

from wsis_desktop import __version__
from wsis_desktop.export import ExportOptions, ExportResult, Selection, count_pages, export_pdf
from wsis_desktop.store import Pack


def test_page_count_matches_result_and_poppler(whole_export: ExportResult) -> None:
    assert len(PdfReader(whole_export.path).pages) == whole_export.page_count
    assert len(page_texts(whole_export.path)) == whole_export.page_count
    assert whole_export.entity_count == 19


def test_cover_says_what_and_as_of_when(whole_export: ExportResult, session_pack: Pack) -> None:
    cover = squash(page_texts(whole_export.path)[0])
    assert "Whole pack briefing" in cover
    assert "Test subtitle" in cover and "A. Delegate" in cover
    assert "27 November 2026" in cover
    assert f"Knowledge base as of {session_pack.info.as_of.display()}" in cover
    assert f"pack version {session_pack.info.data_version}" in cover
    assert "Page 1 of" not in cover  # the cover has no running footer


def test_every_other_page_has_header_and_page_x_of_n(whole_export: ExportResult) -> None:
    texts = page_texts(whole_export.path)
    total = len(texts)
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert text.lstrip().startswith("Whole pack briefing")


def test_contents_lists_sections_with_their_pages(whole_export: ExportResult) -> None:
    texts = page_texts(whole_export.path)
    contents = texts[1]
    assert "Contents" in contents
    for title in ("Internet Governance Forum", "Economic and Social Council", "Chronology"):
        line = next(line for line in contents.splitlines() if title in line)
        page = int(line.split()[-1])
        assert title in squash(texts[page - 1]), f"{title} not on page {page}"


def test_outline_mirrors_sections_and_nests_like_the_tree(whole_export: ExportResult,
                                                         session_pack: Pack) -> None:
    items = outline(whole_export.path)
    titles = [title for _depth, title, _page in items]
    assert titles[:3] == ["Contents", "Timeline", "Chronology"]
    refs = session_pack.refs(session_pack.all_ids())
    assert set(titles[3:]) == {ref.title for ref in refs.values()}
    depth = {title: d for d, title, _p in items}
    assert depth["Mechanisms"] == 0 and depth["Internet Governance Forum"] == 1
    assert depth["IGF 2025, Lillestrøm"] == 2
    texts = page_texts(whole_export.path)
    for _depth, title, page in items:
        assert squash(title)[:40] in squash(texts[page]), f"bookmark {title} points at page {page + 1}"


def test_internal_links_point_at_the_right_pages(whole_export: ExportResult) -> None:
    links = internal_links(whole_export.path)
    texts = [squash(t) for t in page_texts(whole_export.path)]
    assert len(links) > 30
    from_contents = [link for link in links if link.page == 1]
    assert len(from_contents) >= 19
    for link in links:
        assert link.text, "a link with no words under it"
        words = squash(link.text).strip(",.;: ")  # punctuation after a link sits in its box
        assert words in texts[link.target], (link.text, link.page + 1, link.target + 1)
    # a link inside a section body (Markdown) and one between related entities
    igf_page = next(i for i, t in enumerate(texts) if "Internet Governance Forum Mechanism" not in t
                    and "The IGF meets every year" in t)
    on_igf = {squash(link.text) for link in links if link.page == igf_page}
    assert {"Commission on Science and Technology for Development.",
            "Commission on Science and Technology for Development"} & on_igf
    assert "Tunis Agenda for the Information Society" in on_igf


def test_no_unresolved_pack_links_remain(whole_export: ExportResult) -> None:
    for page in PdfReader(whole_export.path).pages:
        for ref in page.get("/Annots") or []:
            action = ref.get_object().get("/A")
            if action is not None:
                assert not str(action.get_object().get("/URI", "")).startswith("wsis:")


def test_sections_carry_badge_dates_facts_quotes_relations_and_citations(whole_export: ExportResult) -> None:
    text = squash(" ".join(page_texts(whole_export.path)))
    assert "Internet Governance Forum" in text
    assert "Confirmed · July 2006 · as of 17 December 2025" in text
    assert "Key facts Mandate Tunis Agenda para 72" in text
    assert "“We ask the UN Secretary-General" in text
    assert "— WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72" in text
    assert "Established by: Tunis Agenda for the Information Society" in text
    assert "WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72 — https://www.intgovforum.org/" in text
    assert "One source only, unconfirmed" in text  # the legend on the cover


def test_metadata(whole_export: ExportResult, session_pack: Pack) -> None:
    meta = PdfReader(whole_export.path).metadata
    assert meta is not None
    assert meta.title == "Whole pack briefing"
    assert meta.author == "A. Delegate"
    assert session_pack.info.as_of.display() in (meta.subject or "")
    assert f"WSIS Desktop {__version__}" in (meta.creator or "")
    assert session_pack.info.data_version in (meta.creator or "")


def test_fonts_are_embedded_and_text_is_extractable(whole_export: ExportResult) -> None:
    reader = PdfReader(whole_export.path)
    fonts = {}
    for page in reader.pages:
        for name, ref in (page["/Resources"].get_object().get("/Font") or {}).items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        descendants = font.get("/DescendantFonts")
        target = descendants[0].get_object() if descendants else font
        descriptor = target["/FontDescriptor"].get_object()
        embedded = ("/FontFile", "/FontFile2", "/FontFile3")
        assert any(key in descriptor for key in embedded), font.get("/BaseFont")
        assert "/ToUnicode" in font  # so text can be searched and copied


def _timeline_page(result: ExportResult) -> int:
    texts = page_texts(result.path)
    return next(i for i, t in enumerate(texts) if re.search(r"^\s*Timeline", t, re.M) and "Chronology" in t
                and i > 1)


def test_timeline_page_is_vectors_not_a_bitmap(range_export: ExportResult) -> None:
    reader = PdfReader(range_export.path)
    index = _timeline_page(range_export)
    page = reader.pages[index]
    content = page.get_contents().get_data().decode("latin-1")
    path_ops = len(re.findall(r"\s(?:re|l|c|m)\n", content))
    assert path_ops > 20
    assert not page.images
    for any_page in reader.pages:
        assert not any_page.images


def test_range_export_lists_events_of_the_range(range_export: ExportResult) -> None:
    texts = page_texts(range_export.path)
    timeline = squash(texts[_timeline_page(range_export)])
    assert "Timeline, 2005 to 2025" in timeline
    for title in ("Second phase of WSIS, Tunis", "First event called WSIS Forum", "IGF 2025 in Lillestrøm"):
        assert title in timeline
    assert range_export.event_count == 3


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_check_passes(whole_export: ExportResult, range_export: ExportResult) -> None:
    for result in (whole_export, range_export):
        check = subprocess.run(["qpdf", "--check", str(result.path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "No syntax or stream encoding errors" in check.stdout


def test_a_drawing_without_document_information_gets_one(session_pack: Pack, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's trailer names an /Info dictionary; were it not to, finishing adds one instead of failing."""
    from wsis_desktop.export import finish as finishing
    from wsis_desktop.export import pdf

    def finish_without_info(drawn: Path, *args: Any) -> None:
        data = drawn.read_bytes()
        trailer = data.rindex(b"trailer")
        entry = re.search(rb"/Info \d+ 0 R", data[trailer:])
        assert entry is not None
        start, end = trailer + entry.start(), trailer + entry.end()
        drawn.write_bytes(data[:start] + b" " * (end - start) + data[end:])  # same length: offsets hold
        finishing.finish(drawn, *args)

    monkeypatch.setattr(pdf, "finish", finish_without_info)
    options = ExportOptions(title="No information", author="A. Delegate")
    result = export_pdf(session_pack, Selection.of_entities("igf"), options, tmp_path / "info.pdf")
    meta = PdfReader(result.path).metadata
    assert meta is not None and meta.title == "No information" and meta.author == "A. Delegate"
    if shutil.which("qpdf") is not None:
        check = subprocess.run(["qpdf", "--check", str(result.path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.parametrize(("paper", "orientation", "size"), [
    ("A4", "portrait", (595, 842)), ("Letter", "portrait", (612, 792)), ("A4", "landscape", (842, 595)),
])
def test_paper_and_orientation(session_pack: Pack, tmp_path: Path, paper: str, orientation: str,
                               size: tuple[int, int]) -> None:
    options = ExportOptions(paper=paper, orientation=orientation)  # type: ignore[arg-type]  # literal from param
    result = export_pdf(session_pack, Selection.of_entities("igf"), options, tmp_path / "p.pdf")
    for page in PdfReader(result.path).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size
    assert count_pages(session_pack, Selection.of_entities("igf"), options) == result.page_count


def test_entities_outside_the_export_are_not_links(session_pack: Pack, tmp_path: Path) -> None:
    result = export_pdf(session_pack, Selection.of_entities("igf"), ExportOptions(), tmp_path / "one.pdf")
    text = squash(" ".join(page_texts(result.path)))
    assert "Tunis Agenda for the Information Society" in text  # named ...
    linked = {squash(link.text) for link in internal_links(result.path)}
    assert "Tunis Agenda for the Information Society" not in linked  # ... but not linked
    assert "Internet Governance Forum" in linked  # the contents entry


def test_leaving_out_relations_citations_and_timeline(session_pack: Pack, tmp_path: Path) -> None:
    options = ExportOptions(include_relations=False, include_citations=False, include_timeline=False)
    result = export_pdf(session_pack, Selection.of_entities("igf"), options, tmp_path / "bare.pdf")
    text = squash(" ".join(page_texts(result.path)))
    assert "Relations" not in text and "Sources" not in text and "Chronology" not in text
    assert "In the official text" in text  # quotations stay: they are the entry's own content


def test_user_notes_are_included_when_asked(session_pack: Pack, tmp_path: Path) -> None:
    options = ExportOptions(include_notes=True, notes=lambda entity_id: f"Ask about {entity_id} on Tuesday")
    result = export_pdf(session_pack, Selection.of_entities("igf"), options, tmp_path / "notes.pdf")
    assert "Your own note, not part of the sourced knowledge base Ask about igf on Tuesday" in \
        squash(" ".join(page_texts(result.path)))


def test_search_selection(session_pack: Pack, tmp_path: Path) -> None:
    result = export_pdf(session_pack, Selection(search="Lillestrøm"), ExportOptions(), tmp_path / "s.pdf")
    assert result.entity_count >= 1
    assert "IGF 2025, Lillestrøm" in squash(" ".join(page_texts(result.path)))
