"""Every kind of item survives closing and re-opening the real file; packs reorder as asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsis_desktop.userdata import InvalidInput, UnknownItem, UserDataError, UserStore


def test_round_trip_of_every_kind_across_reopen(user_db: Path) -> None:
    with UserStore.open(user_db) as store:
        store.add_bookmark("e1", "Geneva Declaration")
        store.set_note("e1", "Geneva Declaration", "## Position\n\nKeep *para. 4*.")
        store.add_tag("e1", "Geneva Declaration", "  red   line ")
        store.add_tag("e2", "Tunis Agenda", "red line")
        pack = store.create_pack("Day 1")
        store.add_entity_item(pack.id, "e2", "Tunis Agenda")
        store.add_range_item(pack.id, "2003-12", "2005", "Geneva to Tunis")
        store.add_history("e1", "Geneva Declaration")
        store.add_history("e2", "Tunis Agenda")
    with UserStore.open(user_db) as store:
        assert [(b.entity_id, b.title) for b in store.bookmarks()] == [("e1", "Geneva Declaration")]
        note = store.note("e1")
        assert note is not None and note.body == "## Position\n\nKeep *para. 4*." and note.updated_at
        assert store.tags_for("e1") == ["red line"]
        assert store.all_tags() == [("red line", 2)]
        assert [t.entity_id for t in store.entities_with_tag("red line")] == ["e1", "e2"]
        (reopened,) = store.packs()
        assert reopened.name == "Day 1"
        assert [(i.kind, i.entity_id, i.start, i.end, i.title) for i in reopened.items] == [
            ("entity", "e2", None, None, "Tunis Agenda"),
            ("range", None, "2003-12", "2005", "Geneva to Tunis"),
        ]
        assert [h.entity_id for h in store.history()] == ["e2", "e1"]


def test_removals(store: UserStore) -> None:
    store.add_bookmark("e1", "A")
    store.add_bookmark("e1", "A renamed")  # starring twice keeps one bookmark
    assert len(store.bookmarks()) == 1
    assert store.remove_bookmark("e1") and not store.remove_bookmark("e1")
    store.set_note("e1", "A", "text")
    assert store.set_note("e1", "A", "   ") is None and store.note("e1") is None
    store.add_tag("e1", "A", "x")
    assert store.remove_tag("e1", "x") and store.tags_for("e1") == []
    pack = store.create_pack("P")
    item = store.add_entity_item(pack.id, "e1", "A")
    assert store.remove_item(item.id) and store.pack(pack.id).items == ()
    assert store.delete_pack(pack.id) and store.packs() == []


def test_pack_items_move_up_down_and_to_index(store: UserStore) -> None:
    pack = store.create_pack("Briefing")
    a, b, c, d = (store.add_entity_item(pack.id, e, e.upper()) for e in "abcd")

    def order() -> list[str | None]:
        return [i.entity_id for i in store.pack(pack.id).items]

    store.move_item_up(c.id)
    assert order() == ["a", "c", "b", "d"]
    store.move_item_down(a.id)
    assert order() == ["c", "a", "b", "d"]
    store.move_item(d.id, 0)
    assert order() == ["d", "c", "a", "b"]
    store.move_item(d.id, 99)  # clamped to the end
    assert order() == ["c", "a", "b", "d"]
    store.move_item_up(c.id)  # already first: stays
    assert order() == ["c", "a", "b", "d"]
    store.add_entity_item(pack.id, "e", "E", index=1)
    assert order() == ["c", "e", "a", "b", "d"]
    store.remove_item(b.id)
    assert order() == ["c", "e", "a", "d"]


def test_pack_names_and_bad_input_are_refused_in_one_line(store: UserStore) -> None:
    first = store.create_pack("Day 1")
    store.create_pack("Day 2")
    with pytest.raises(InvalidInput, match="already exists"):
        store.create_pack(" Day  1 ")
    with pytest.raises(InvalidInput, match="already exists"):
        store.rename_pack(first.id, "Day 2")
    assert store.rename_pack(first.id, "Opening day").name == "Opening day"
    with pytest.raises(InvalidInput, match="needs a name"):
        store.create_pack("  ")
    with pytest.raises(InvalidInput, match="not a date"):
        store.add_range_item(first.id, "2003-13", None)
    with pytest.raises(InvalidInput, match="cannot be empty"):
        store.add_tag("e1", "A", " ")
    with pytest.raises(UnknownItem):
        store.add_entity_item(12345, "e1", "A")
    with pytest.raises(UnknownItem):
        store.move_item_up(12345)
    assert [p.name for p in store.packs()] == ["Day 2", "Opening day"]


def test_history_collapses_repeats_and_keeps_a_cap(store: UserStore) -> None:
    for n in range(10):
        store.add_history(f"e{n}", f"T{n}", cap=5)
    store.add_history("e9", "T9 again", cap=5)
    entries = store.history()
    assert [h.entity_id for h in entries] == ["e9", "e8", "e7", "e6", "e5"]
    assert entries[0].title == "T9 again"
    assert [h.entity_id for h in store.history(limit=2)] == ["e9", "e8"]


def test_orphans_keep_their_titles_and_can_be_moved(store: UserStore) -> None:
    store.add_bookmark("gone", "Old title")
    store.set_note("gone", "Old title", "mine")
    store.add_tag("gone", "Old title", "t")
    pack = store.create_pack("P")
    store.add_entity_item(pack.id, "gone", "Old title")
    store.add_bookmark("kept", "Kept")
    store.set_note("new", "New title", "already here")
    orphans = store.orphans({"kept", "new"})
    assert sorted((o.kind, o.entity_id, o.title, o.detail) for o in orphans) == [
        ("bookmark", "gone", "Old title", ""),
        ("note", "gone", "Old title", ""),
        ("pack_item", "gone", "Old title", "P"),
        ("tag", "gone", "Old title", "t"),
    ]
    store.move_entity_items("gone", "new", "New title")
    assert store.orphans({"kept", "new"}) == []
    note = store.note("new")
    assert note is not None and "already here" in note.body and "mine" in note.body
    assert store.is_bookmarked("new") and store.tags_for("new") == ["t"]
    assert store.pack(pack.id).items[0].entity_id == "new"


def test_a_closed_store_answers_with_the_one_line_error(user_db: Path) -> None:
    """A timer that fires while the window closes meets a closed file: a UserDataError its caller
    handles, not sqlite3's ProgrammingError out of the event loop."""
    store = UserStore.open(user_db)
    store.add_bookmark("e1", "Geneva Declaration")
    store.close()
    with pytest.raises(UserDataError, match="is closed"):
        store.note("e1")
    with pytest.raises(UserDataError, match="is closed"):
        store.add_bookmark("e2", "Tunis Agenda")
