"""Store methods the reader window uses: the Recent list, and removing all a reader had on one entity."""

from __future__ import annotations

from wsis_desktop.userdata import UserStore


def test_recent_lists_each_entity_once_newest_first(store: UserStore) -> None:
    for entity_id in ["a", "b", "a", "c", "b", "d"]:
        store.add_history(entity_id, entity_id.upper())
    assert [h.entity_id for h in store.recent()] == ["d", "b", "c", "a"]
    assert [h.title for h in store.recent(limit=2)] == ["D", "B"]
    assert len(store.history()) == 6


def test_remove_entity_items_takes_only_that_entity(store: UserStore) -> None:
    for entity_id in ("gone", "kept"):
        store.add_bookmark(entity_id, entity_id)
        store.set_note(entity_id, entity_id, f"note on {entity_id}")
        store.add_tag(entity_id, entity_id, "t")
    pack = store.create_pack("P")
    for entity_id in ("kept", "gone", "kept2"):
        store.add_entity_item(pack.id, entity_id, entity_id)
    store.remove_entity_items("gone")
    assert [b.entity_id for b in store.bookmarks()] == ["kept"]
    assert [n.entity_id for n in store.notes()] == ["kept"]
    assert [t.entity_id for t in store.entities_with_tag("t")] == ["kept"]
    items = store.pack(pack.id).items
    assert [i.entity_id for i in items] == ["kept", "kept2"]
    store.move_item_down(items[0].id)  # positions were renumbered without a gap
    assert [i.entity_id for i in store.pack(pack.id).items] == ["kept2", "kept"]
