"""Fixtures for export tests: a Qt application (QPdfWriter needs one) and exports made once per session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from wsis_desktop.export import ExportOptions, ExportResult, Selection, export_pdf
from wsis_desktop.store import Pack

COVER_DATE = dt.date(2026, 11, 27)


@pytest.fixture(autouse=True)
def _application(qapp: object) -> None:
    """pytest-qt's QApplication first: the export command would otherwise make a QGuiApplication."""


@pytest.fixture(scope="session")
def session_pack(fixture_pack_path: Path, qapp: object) -> Iterator[Pack]:
    pack = Pack.open(fixture_pack_path)
    yield pack
    pack.close()


@pytest.fixture(scope="session")
def whole_export(session_pack: Pack, tmp_path_factory: pytest.TempPathFactory) -> ExportResult:
    """The whole fixture pack, as `wsis-desktop export --all` makes it."""
    roots = tuple(node.ref.id for node in session_pack.children(None))
    selection = Selection(entity_ids=("overview",), subtree_ids=roots)
    options = ExportOptions(title="Whole pack briefing", subtitle="Test subtitle", author="A. Delegate",
                            date=COVER_DATE)
    return export_pdf(session_pack, selection, options, tmp_path_factory.mktemp("whole") / "whole.pdf")


@pytest.fixture(scope="session")
def range_export(session_pack: Pack, tmp_path_factory: pytest.TempPathFactory) -> ExportResult:
    """Two entities and a timeline range."""
    from wsis_desktop.store.dates import PartialDate

    selection = Selection(entity_ids=("igf", "cstd"), date_from=PartialDate(2005), date_to=PartialDate(2025))
    options = ExportOptions(title="Range briefing", date=COVER_DATE)
    return export_pdf(session_pack, selection, options, tmp_path_factory.mktemp("range") / "range.pdf")
