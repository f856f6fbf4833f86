"""The command line, run as a user runs it: a real process, real packs, exit codes and output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wsis_desktop import __version__


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wsis_desktop", *args], capture_output=True,
                          text=True, timeout=60, check=False)


def test_search_json_is_ranked_objects(fixture_pack_path: Path) -> None:
    result = run("--data", str(fixture_pack_path), "search", "internet governance", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits[0]["id"] == "igf"
    assert {"id", "kind", "title", "snippet"} <= set(hits[0])
    assert "**Internet**" in hits[0]["snippet"] or "**internet**" in hits[0]["snippet"].lower()


def test_show_prints_the_full_record(fixture_pack_path: Path) -> None:
    result = run("show", "igf", "--data", str(fixture_pack_path))
    assert result.returncode == 0, result.stderr
    for expected in ("Internet Governance Forum", "Confirmed", "July 2006", "Renewed by",
                     "23–27 June 2025", "WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72"):
        assert expected in result.stdout


def test_show_json_has_relations_events_and_citations(fixture_pack_path: Path) -> None:
    data = json.loads(run("--data", str(fixture_pack_path), "show", "igf", "--json").stdout)
    assert data["entity"]["ref"]["id"] == "igf"
    assert data["entity"]["date"] == "2006-07"
    assert any(r["other"]["id"] == "tunis-agenda" for r in data["relations"])
    assert data["events"][0]["when"] == "23–27 June 2025"
    assert data["entity"]["citations"][0]["para"] == "72"


def test_show_unknown_id_is_one_line_and_non_zero(fixture_pack_path: Path) -> None:
    result = run("--data", str(fixture_pack_path), "show", "nope")
    assert result.returncode == 1
    assert result.stderr.strip() == "wsis-desktop: No entity 'nope' in the knowledge pack."


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\xff" * 5000, bytes(range(256)) * 20])
def test_corrupt_pack_gives_one_line_and_writes_nothing(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    result = run("--data", str(bad), "search", "igf")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert bad.read_bytes() == content and sorted(tmp_path.iterdir()) == [bad]


def test_search_with_no_match_says_so(fixture_pack_path: Path) -> None:
    result = run("--data", str(fixture_pack_path), "search", "zzxxqq")
    assert result.returncode == 0 and "Nothing found" in result.stdout


def test_version_names_app_and_pack(fixture_pack_path: Path) -> None:
    result = run("--version", "--data", str(fixture_pack_path))
    assert result.returncode == 0
    expected = f"wsis-desktop {__version__} (knowledge pack test.1, as of 27 November 2026)"
    assert result.stdout.strip() == expected
