"""Export to one JSON file and back; imports validated whole, merged without duplicates; notes as Markdown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wsis_desktop.userdata import FORMAT_VERSION, ImportRefused, UserDataWriteError, UserStore


def _fill(store: UserStore) -> None:
    store.add_bookmark("e1", "Geneva Declaration")
    store.set_note("e1", "Geneva Declaration", "# Line\n\nKeep para. 4.")
    store.add_tag("e1", "Geneva Declaration", "red line")
    pack = store.create_pack("Day 1")
    store.add_entity_item(pack.id, "e1", "Geneva Declaration")
    store.add_range_item(pack.id, "2003-12", "2005-11-18", "Geneva to Tunis")
    store.add_history("e1", "Geneva Declaration")


def _snapshot(store: UserStore) -> tuple[object, ...]:
    packs = [(p.name, [(i.kind, i.entity_id, i.title, i.start, i.end) for i in p.items])
             for p in store.packs()]
    return (store.bookmarks(), store.notes(), store.tag_entries(), packs, store.history())


def test_export_then_import_into_a_new_file_gives_the_same_items(tmp_path: Path) -> None:
    out = tmp_path / "mine.json"
    with UserStore.open(tmp_path / "a.sqlite") as source:
        _fill(source)
        source.export_json(out)
        expected = _snapshot(source)
    assert json.loads(out.read_text("utf-8"))["format_version"] == FORMAT_VERSION
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    with UserStore.open(tmp_path / "b.sqlite") as target:
        summary = target.import_json(out)
        assert (summary.bookmarks, summary.notes, summary.tags, summary.packs, summary.pack_items,
                summary.history) == (1, 1, 1, 1, 2, 1)
    with UserStore.open(tmp_path / "b.sqlite") as target:
        assert _snapshot(target) == expected


def test_importing_twice_adds_no_duplicates(tmp_path: Path, store: UserStore) -> None:
    out = tmp_path / "mine.json"
    _fill(store)
    store.export_json(out)
    once = _snapshot(store)
    assert store.import_json(out).total == 0
    assert store.import_json(out).total == 0
    assert _snapshot(store) == once


def test_a_different_note_is_merged_not_lost(tmp_path: Path, store: UserStore) -> None:
    out = tmp_path / "theirs.json"
    with UserStore.open(tmp_path / "other.sqlite") as other:
        other.set_note("e1", "Geneva Declaration", "Their view.")
        other.export_json(out)
    store.set_note("e1", "Geneva Declaration", "My view.")
    assert store.import_json(out).notes == 1
    assert store.import_json(out).notes == 0
    body = store.note("e1").body  # type: ignore[union-attr]
    assert "My view." in body and "Their view." in body and body.count("Their view.") == 1


def _doc(**changes: object) -> dict[str, object]:
    doc: dict[str, object] = {"format": "wsis-desktop-userdata", "format_version": 1, "bookmarks": [],
                              "notes": [], "tags": [], "briefing_packs": [], "history": []}
    doc.update(changes)
    return doc


NOTE = {"entity_id": "e9", "title": "T", "body": "new", "updated_at": "2026-11-01T10:00:00+00:00"}


@pytest.mark.parametrize(("content", "expected"), [
    ('{"format": "wsis-desktop-userdata", "notes": [', "not valid JSON (line 1"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    ("[]", "not a WSIS Desktop export"),
    (json.dumps({"bookmarks": []}), "not a WSIS Desktop export"),
    (json.dumps(_doc(format_version=2)), "newer WSIS Desktop (format 2"),
    (json.dumps(_doc(format_version="1")), "format_version must be"),
    (json.dumps(_doc(notes={"e1": "x"})), "notes must be a list"),
    (json.dumps(_doc(notes=[NOTE, {**NOTE, "body": 7}])), "notes[1].body must be text"),
    (json.dumps(_doc(notes=[NOTE], bookmarks=[{"entity_id": "e9", "title": "T", "created_at": "yesterday"}])),
     "bookmarks[0].created_at is not a date and time"),
    (json.dumps(_doc(notes=[NOTE], briefing_packs=[
        {"name": "P", "items": [{"kind": "range", "start": "2003-13"}]}])),
     "briefing_packs[0].items[0].start is not a date"),
    (json.dumps(_doc(notes=[NOTE], briefing_packs=[{"name": "P", "items": [{"kind": "url"}]}])),
     "items[0].kind must be"),
])
def test_bad_files_are_refused_in_one_line_and_change_nothing(
        tmp_path: Path, store: UserStore, content: str | bytes, expected: str) -> None:
    _fill(store)
    before = _snapshot(store)
    bad = tmp_path / "bad.json"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, "utf-8")
    with pytest.raises(ImportRefused) as refused:
        store.import_json(bad)
    message = str(refused.value)
    assert expected in message and "\n" not in message and message.startswith("bad.json")
    assert _snapshot(store) == before
    assert store.note("e9") is None  # the valid note earlier in the same file was not merged either


def test_a_missing_file_is_refused(tmp_path: Path, store: UserStore) -> None:
    with pytest.raises(ImportRefused, match="cannot be read"):
        store.import_json(tmp_path / "absent.json")


def test_a_10_mb_note_round_trips(tmp_path: Path) -> None:
    big = ("Paragraph with text é 🇺🇳. " * 40 + "\n\n") * 10_000
    assert len(big.encode("utf-8")) > 10 * 2**20
    out = tmp_path / "big.json"
    with UserStore.open(tmp_path / "a.sqlite") as store:
        store.set_note("e1", "Big", big)
        store.set_note("e2", "Small", "kept")
        store.export_json(out)
    with UserStore.open(tmp_path / "b.sqlite") as store:
        store.set_note("e2", "Small", "kept")
        assert store.import_json(out).notes == 1
        assert store.import_json(out).notes == 0
    with UserStore.open(tmp_path / "b.sqlite") as store:
        assert store.note("e1").body == big  # type: ignore[union-attr]
        assert store.note("e2").body == "kept"  # type: ignore[union-attr]


def test_notes_export_as_markdown(tmp_path: Path, store: UserStore) -> None:
    store.set_note("e2", "Tunis Agenda", "Para. 90 matters.")
    store.set_note("e1", "Geneva Declaration", "# Line\n\nKeep para. 4.")
    out = tmp_path / "notes.md"
    store.export_notes_markdown(out)
    text = out.read_text("utf-8")
    assert text.index("## Geneva Declaration") < text.index("## Tunis Agenda")
    assert "`e1`" in text and "Keep para. 4." in text and "Para. 90 matters." in text


def test_export_to_a_missing_folder_fails_in_one_line(tmp_path: Path, store: UserStore) -> None:
    with pytest.raises(UserDataWriteError, match="could not be written"):
        store.export_json(tmp_path / "no" / "such" / "dir.json")
