"""The build on real source files: what it writes, and that it is deterministic and atomic."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from wsis_desktop.build import BuildFailed, build_pack
from wsis_desktop.store import Pack
from wsis_desktop.store.schema import SCHEMA_VERSION


def _meta(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT key, value FROM meta"))


def test_build_stamps_versions_and_counts(fixture_pack_path: Path) -> None:
    with sqlite3.connect(fixture_pack_path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        entity_rows = db.execute("SELECT count(*) FROM entities").fetchone()[0]
    meta = _meta(fixture_pack_path)
    assert meta["data_version"] == "test.1"
    assert meta["as_of"] == "2026-11-27"
    assert int(meta["entity_count"]) == entity_rows
    assert len(meta["content_hash"]) == 64


def test_two_builds_of_the_same_sources_are_identical(tmp_path: Path, sources_copy: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    build_pack(sources_copy, first)
    build_pack(sources_copy, second)
    assert _meta(first)["content_hash"] == _meta(second)["content_hash"]
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()


def test_content_hash_follows_the_content(tmp_path: Path, sources_copy: Path) -> None:
    build_pack(sources_copy, tmp_path / "a.db")
    igf = sources_copy / "entities" / "things" / "igf.md"
    igf.write_text(igf.read_text().replace("meets every year", "meets annually"))
    build_pack(sources_copy, tmp_path / "b.db")
    assert _meta(tmp_path / "a.db")["content_hash"] != _meta(tmp_path / "b.db")["content_hash"]


def test_failed_build_leaves_the_previous_pack_untouched(tmp_path: Path, sources_copy: Path) -> None:
    out = tmp_path / "wsis.db"
    build_pack(sources_copy, out)
    before = out.read_bytes()
    (sources_copy / "entities" / "things" / "igf.md").write_text("---\nid: igf\n---\n")
    with pytest.raises(BuildFailed):
        build_pack(sources_copy, out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "wsis.db"]


def test_glossary_terms_become_entities_linked_to_what_they_name(fixture_pack: Pack) -> None:
    term = fixture_pack.detail("term-cstd")
    assert term.entity.kind == "term"
    assert term.entity.summary == "Commission on Science and Technology for Development"
    assert [(r.label, r.other.id) for r in term.relations] == [("Acronym of", "cstd")]
    assert fixture_pack.glossary()["IGF"] == "Internet Governance Forum"


def test_relations_written_in_the_inverse_direction_are_stored_once(fixture_pack: Pack) -> None:
    tunis = {(r.label, r.other.id) for r in fixture_pack.relations("tunis-2005")}
    assert ("Outcome", "tunis-agenda") in tunis
    agenda = {(r.label, r.other.id) for r in fixture_pack.relations("tunis-agenda")}
    assert ("Adopted at", "tunis-2005") in agenda
    assert ("Established", "igf") in agenda
