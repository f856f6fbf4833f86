"""The About box names both versions, the licences and where the user's data is kept."""

from __future__ import annotations

from pathlib import Path

from wsis_desktop import __version__
from wsis_desktop.services.paths import app_data_dir
from wsis_desktop.store import Pack
from wsis_desktop.views.about import about_html


def test_about_names_versions_licences_and_data_folder(fixture_pack: Pack, tmp_path: Path) -> None:
    html = about_html(fixture_pack.info, app_data_dir(tmp_path), str(tmp_path / "settings.ini"))
    for expected in (__version__, "Knowledge pack test.1, as of 27 November 2026", "MIT licence",
                     "GNU LGPL v3", str(tmp_path), "--profile DIR"):
        assert expected in html


def test_about_is_in_the_help_menu(window) -> None:  # type: ignore[no-untyped-def]  # fixture from conftest
    titles = [a.text() for menu in window.menuBar().actions() for a in menu.menu().actions()]
    assert "&About WSIS Desktop" in titles
