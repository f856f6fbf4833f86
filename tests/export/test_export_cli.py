"""``wsis-desktop export``: the installed command, its exit codes and one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from export_readback import listing, outline, page_texts, squash
from pypdf import PdfReader

from wsis_desktop import cli

COMMAND = Path(sys.executable).parent / "wsis-desktop"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMAND), *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.skipif(not COMMAND.exists(), reason="the wsis-desktop script is not installed here")
def test_installed_command_writes_the_pdf(fixture_pack_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "igf.pdf"
    done = run("export", "--data", str(fixture_pack_path), "--out", str(out), "--entity", "igf", "cstd",
               "--title", "IGF and CSTD", "--author", "Delegation of X", "--paper", "Letter",
               "--date", "2026-11-27")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {out}: ")
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == "IGF and CSTD"
    assert reader.metadata.author == "Delegation of X"
    assert round(float(reader.pages[0].mediabox.width)) == 612
    titles = [title for _d, title, _p in outline(out)]
    assert titles[-2:] == ["Internet Governance Forum",
                           "Commission on Science and Technology for Development"]


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--entity", "igf", "nope"], 2, "wsis-desktop: No entity 'nope' in the knowledge pack."),
    (["--subtree", "nope"], 2, "wsis-desktop: No entity 'nope' in the knowledge pack."),
    ([], 2, "wsis-desktop: Nothing to export: the selection is empty."),
    (["--search", "qqqzzz"], 2, "wsis-desktop: Nothing to export: no entry matches “qqqzzz”."),
    (["--timeline", "2025..2005"], 2, "wsis-desktop: The date range ends before it starts: 2025..2005."),
    (["--timeline", "2005-2025"], 2, "wsis-desktop: A date range is written FROM..TO, e.g. 2015..2025-12."),
    (["--timeline", "2005..2025-13"], 2, "wsis-desktop: '2025-13' has no month 13"),
    (["--entity", "igf", "--date", "27/11/2026"], 2,
     "wsis-desktop: The cover date is written YYYY-MM-DD, not '27/11/2026'."),
])
def test_bad_selections_exit_2_with_one_line_and_no_file(fixture_pack_path: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str], args: list[str],
                                                         code: int, message: str) -> None:
    (tmp_path / "old.pdf").write_bytes(b"%PDF good")
    before = listing(tmp_path)
    out = tmp_path / "old.pdf"
    assert cli.main(["export", "--data", str(fixture_pack_path), "--out", str(out), *args]) == code
    err = capsys.readouterr().err
    assert err.splitlines() == [message]
    assert listing(tmp_path) == before


def test_unwritable_target_exits_1(fixture_pack_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no" / "such" / "folder" / "b.pdf"
    assert cli.main(["export", "--data", str(fixture_pack_path), "--out", str(out), "--entity", "igf"]) == 1
    assert capsys.readouterr().err.splitlines() == [f"wsis-desktop: Cannot write {out}: no such folder."]


def test_missing_pack_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["export", "--data", str(tmp_path / "none.db"), "--out", str(tmp_path / "b.pdf"),
                     "--entity", "igf"])
    assert code == 1
    assert capsys.readouterr().err.startswith("wsis-desktop: No knowledge pack at ")
    assert list(tmp_path.iterdir()) == []


def test_timeline_all_and_options(fixture_pack_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    assert cli.main(["export", "--data", str(fixture_pack_path), "--out", str(out), "--all",
                     "--timeline", "2005..2025-12", "--orientation", "landscape", "--no-citations",
                     "--subtitle", "Everything"]) == 0
    text = squash(" ".join(page_texts(out)))
    assert "Everything" in text and "Timeline, 2005 to December 2025" in text
    assert "Sources" not in text
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
