"""Every validation error names the file, the id and the field; nothing is written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wsis_desktop.build import BuildFailed, build_pack, check_sources
from wsis_desktop.cli import main

IGF = Path("entities/things/igf.md")
CSTD = Path("entities/things/cstd.md")
EVENTS = Path("events/events.yaml")


def _edit(root: Path, relative: Path, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text()
    assert old in text, f"fixture changed: {old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1))


def _errors(sources: Path) -> list[str]:
    with pytest.raises(BuildFailed) as failed:
        check_sources(sources)
    return [str(p) for p in failed.value.problems if not p.warning]


CASES = [
    pytest.param(CSTD, "id: cstd", "id: igf",
                 "data/entities/things/igf.md: igf: id: duplicate id (also in data/entities/things/cstd.md)",
                 id="duplicate-id"),
    pytest.param(CSTD, "target: ecosoc", "target: nowhere",
                 "data/entities/things/cstd.md: cstd: relations: unknown relation target 'nowhere'",
                 id="unknown-relation-target"),
    pytest.param(IGF, 'date: "2006-07"', 'date: "2006-13"',
                 "data/entities/things/igf.md: igf: date: bad date", id="bad-date"),
    pytest.param(EVENTS, 'date: "2009"', 'date: "2009-02-30"',
                 "data/events/events.yaml: ev-wsis-forum-2009: date: bad date", id="bad-event-date"),
    pytest.param(CSTD, 'citations:\n  - {doc: e-res-2006-46, url: "https://dig.watch/resource/resolution-2023-3"}',
                 "citations: []",
                 "data/entities/things/cstd.md: cstd: citations: missing citation", id="missing-citation"),
    pytest.param(IGF, "parent: section-mechanisms", "parent: igf-2025",
                 "data/entities/things/igf-2025.md: igf-2025: parent: cycle in the tree: "
                 "igf-2025 → igf → igf-2025",
                 id="cycle"),
    pytest.param(IGF, "kind: mechanism", "kind: gizmo",
                 "data/entities/things/igf.md: igf: kind: unknown kind 'gizmo'", id="unknown-kind"),
    pytest.param(IGF, "status: confirmed", "status: probably",
                 "data/entities/things/igf.md: igf: status: unknown status", id="unknown-status"),
    pytest.param(EVENTS, "track: igf", "track: nowhere",
                 "data/events/events.yaml: ev-igf-2025: track: unknown track 'nowhere'", id="unknown-track"),
    pytest.param(IGF, "target: a-res-70-125}", "target: a-res-70-125, type: befriends}",
                 "data/entities/things/igf.md: igf: relations: unknown relation type", id="bad-relation"),
    pytest.param(EVENTS, 'end: "2005-11-18"', 'end: "2005-11-01"',
                 "data/events/events.yaml: ev-tunis-summit: end: ends (2005-11-01) before it starts",
                 id="end-before-start"),
    pytest.param(IGF, "{doc: tunis-agenda, para: \"72\", url:", "{doc: tunis-agendum, para: \"72\", url:",
                 "data/entities/things/igf.md: igf: citations: unknown document 'tunis-agendum'",
                 id="unknown-cited-document"),
]


@pytest.mark.parametrize(("relative", "old", "new", "expected"), CASES)
def test_each_error_names_file_id_and_field(sources_copy: Path, relative: Path, old: str, new: str,
                                            expected: str) -> None:
    _edit(sources_copy, relative, old, new)
    errors = _errors(sources_copy)
    assert any(e.startswith(expected) for e in errors), errors


def test_malformed_yaml_names_the_file_and_line(sources_copy: Path) -> None:
    (sources_copy / EVENTS).write_text("- id: ev-x\n  title: [unclosed\n")
    errors = _errors(sources_copy)
    assert any(re.match(r"data/events/events.yaml: -: -: malformed YAML at line \d+", e) for e in errors)


def test_id_must_match_the_file_name(sources_copy: Path) -> None:
    (sources_copy / IGF).rename(sources_copy / "entities/things/forum.md")
    assert any("forum.md: igf: id: the id must equal the file name 'forum'" in e
               for e in _errors(sources_copy))


def test_cli_build_with_a_bad_source_exits_2_and_writes_nothing(
        sources_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(sources_copy, CSTD, "target: ecosoc", "target: nowhere")
    out = tmp_path / "out" / "wsis.db"
    out.parent.mkdir()
    assert main(["build-data", "--sources", str(sources_copy), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == ("wsis-desktop: data/entities/things/cstd.md: cstd: relations: "
                           "unknown relation target 'nowhere' (nothing was written)")
    assert list(out.parent.iterdir()) == []


def test_cli_check_accepts_the_fixture(sources_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--sources", str(sources_copy)]) == 0
    assert "valid" in capsys.readouterr().out


def test_build_into_a_missing_folder_is_one_line(sources_copy: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["build-data", "--sources", str(sources_copy), "--out", str(tmp_path / "no" / "x.db")])
    err = capsys.readouterr().err
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_build_writes_nothing_when_validation_fails(sources_copy: Path, tmp_path: Path) -> None:
    _edit(sources_copy, IGF, "kind: mechanism", "kind: gizmo")
    with pytest.raises(BuildFailed):
        build_pack(sources_copy, tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()


def test_sources_folder_may_have_any_name(tmp_path: Path, sources_copy: Path) -> None:
    renamed = sources_copy.rename(tmp_path / "my-sources")
    build_pack(renamed, tmp_path / "x.db")


def test_entity_files_may_not_claim_a_generated_kind(sources_copy: Path) -> None:
    _edit(sources_copy, IGF, "kind: mechanism", "kind: document")
    assert any(e.startswith("data/entities/things/igf.md: igf: kind: kind 'document' is made by the build")
               for e in _errors(sources_copy))
