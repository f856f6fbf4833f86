"""Sections laid out while planning are drawn as they are: the same PDF as laying each out again."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_readback import page_texts  # tests/export: this folder is on sys.path
from pypdf import PdfReader

from wsis_desktop.export import ExportOptions, ExportResult, Selection, export_pdf
from wsis_desktop.export import pdf as pdf_module
from wsis_desktop.store import Pack


def _export(pack: Pack, out: Path) -> ExportResult:
    roots = tuple(node.ref.id for node in pack.children(None))
    return export_pdf(pack, Selection(entity_ids=("overview",), subtree_ids=roots), ExportOptions(), out)


def _links(pdf: Path) -> list[tuple[int, str]]:
    """(page, destination page) of every internal jump, in order."""
    reader = PdfReader(pdf)
    numbers = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}  # type: ignore[union-attr]
    found = []
    for index, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            dest = annot.get_object().get("/Dest")
            if dest is not None:
                found.append((index, f"{numbers[dest[0].idnum]} {dest[3]}"))
    return found


@pytest.mark.parametrize("budget", [0, 3_000])  # the fixture pack has about 6,000
def test_kept_layouts_draw_what_fresh_ones_draw(session_pack: Pack, tmp_path: Path, budget: int,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _export(session_pack, tmp_path / "kept.pdf")
    monkeypatch.setattr(pdf_module, "KEEP_CHARS", budget)  # none kept, or only some
    fresh = _export(session_pack, tmp_path / "fresh.pdf")
    assert kept.page_count == fresh.page_count > 3
    assert page_texts(tmp_path / "kept.pdf") == page_texts(tmp_path / "fresh.pdf")
    links = _links(tmp_path / "kept.pdf")
    assert links and links == _links(tmp_path / "fresh.pdf")
