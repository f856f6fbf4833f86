"""A failed, refused or cancelled export leaves the folder exactly as it was."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from export_readback import listing
from pypdf import PdfReader

from wsis_desktop.export import (
    ExportCancelled,
    ExportOptions,
    Selection,
    SelectionError,
    WriteFailed,
    export_pdf,
)
from wsis_desktop.store import Pack
from wsis_desktop.store.dates import PartialDate

GOOD = b"%PDF-1.4\n% an earlier, good export\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding a good earlier export and an unrelated file."""
    (tmp_path / "brief.pdf").write_bytes(GOOD)
    (tmp_path / "notes.txt").write_text("mine")
    return tmp_path


@pytest.mark.parametrize(("selection", "message"), [
    (Selection.of_entities("igf", "no-such-thing"), "No entity 'no-such-thing' in the knowledge pack."),
    (Selection(subtree_ids=("nowhere",)), "No entity 'nowhere' in the knowledge pack."),
    (Selection(), "Nothing to export: the selection is empty."),
    (Selection(search="zzzqqq"), "Nothing to export: no entry matches “zzzqqq”."),
    (Selection(date_from=PartialDate(2025), date_to=PartialDate(2005)),
     "The date range ends before it starts: 2025..2005."),
    (Selection(date_from=PartialDate(1990), date_to=PartialDate(1991)),
     "Nothing to export: no entry selected and no event from 1990 to 1991."),
])
def test_bad_selections_write_nothing(session_pack: Pack, folder: Path, selection: Selection,
                                      message: str) -> None:
    before = listing(folder)
    with pytest.raises(SelectionError) as raised:
        export_pdf(session_pack, selection, ExportOptions(), folder / "brief.pdf")
    assert str(raised.value) == message
    assert listing(folder) == before


def test_success_replaces_the_old_file_and_leaves_no_temp_files(session_pack: Pack, folder: Path) -> None:
    result = export_pdf(session_pack, Selection.of_entities("igf"), ExportOptions(), folder / "brief.pdf")
    assert sorted(p.name for p in folder.iterdir()) == ["brief.pdf", "notes.txt"]
    assert len(PdfReader(result.path).pages) == result.page_count
    assert (folder / "brief.pdf").stat().st_mode & 0o044  # readable like any other file, not 0600


@pytest.mark.parametrize("after_steps", [1, 3, 6])
def test_cancel_leaves_the_folder_as_it_was(session_pack: Pack, folder: Path, after_steps: int) -> None:
    before = listing(folder)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= after_steps

    with pytest.raises(ExportCancelled):
        export_pdf(session_pack, Selection(subtree_ids=("section-mechanisms",)), ExportOptions(),
                   folder / "brief.pdf", cancelled=cancelled)
    assert listing(folder) == before


def test_progress_is_reported_up_to_the_total(session_pack: Pack, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_pdf(session_pack, Selection(subtree_ids=("section-bodies",)), ExportOptions(), tmp_path / "p.pdf",
               progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_missing_folder_is_one_clear_message(session_pack: Pack, tmp_path: Path) -> None:
    with pytest.raises(WriteFailed, match=r"^Cannot write .*missing.*: no such folder\.$"):
        export_pdf(session_pack, Selection.of_entities("igf"), ExportOptions(),
                   tmp_path / "missing" / "b.pdf")
    assert list(tmp_path.iterdir()) == []


def test_target_that_is_a_folder_is_refused(session_pack: Pack, folder: Path) -> None:
    (folder / "taken.pdf").mkdir()
    before = listing(folder)
    with pytest.raises(WriteFailed, match="it is a folder"):
        export_pdf(session_pack, Selection.of_entities("igf"), ExportOptions(), folder / "taken.pdf")
    assert listing(folder) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user that permissions apply to")
def test_unwritable_folder(session_pack: Pack, folder: Path) -> None:
    before = listing(folder)
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteFailed, match="Cannot write"):
            export_pdf(session_pack, Selection.of_entities("igf"), ExportOptions(), folder / "brief.pdf")
    finally:
        folder.chmod(0o700)
    assert listing(folder) == before


def _export_with_file_size_limit(pack_path: Path, out: Path, limit: int) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        from wsis_desktop import cli
        sys.exit(cli.main(["export", "--data", {str(pack_path)!r}, "--out", {str(out)!r}, "--all",
                           "--date", "2026-11-27"]))
    """)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"})


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("stage", ["while Qt draws", "while the outline is added"])
def test_disk_full_midway_keeps_the_good_file(fixture_pack_path: Path, folder: Path, tmp_path_factory:
                                              pytest.TempPathFactory, stage: str) -> None:
    """Files may grow only so far (RLIMIT_FSIZE), as if the disk filled up during the export.

    Qt's drawing is a few kB smaller than the finished file, so a limit just under
    the finished size fails in the second step, and a small one in the first.
    """
    reference = tmp_path_factory.mktemp("reference") / "full.pdf"
    assert _export_with_file_size_limit(fixture_pack_path, reference, 10**9).returncode == 0
    limit = 20_000 if stage == "while Qt draws" else reference.stat().st_size - 1_500
    before = listing(folder)
    run = _export_with_file_size_limit(fixture_pack_path, folder / "brief.pdf", limit)
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("wsis-desktop: Cannot write "), run.stderr
    assert listing(folder) == before
