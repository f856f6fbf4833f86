"""Searching the user's notes: every word must match, any case or script, odd characters are plain text."""

from __future__ import annotations

import pytest

from wsis_desktop.userdata import UserStore


@pytest.fixture
def notes(store: UserStore) -> UserStore:
    store.set_note("igf", "Internet Governance Forum", "Support a permanent IGF mandate.")
    store.set_note("cstd", "CSTD", "Ask about 50% of the budget_line and the “enhanced” text.")
    store.set_note("geneva", "Genève Déclaration", "ÜBER alles: 'quoted' words; O'Brien said so.")
    return store


def ids(found: list) -> list[str]:
    return sorted(note.entity_id for note in found)


def test_every_word_must_match_title_or_body_in_any_case(notes: UserStore) -> None:
    assert ids(notes.search_notes("igf")) == ["igf"]
    assert ids(notes.search_notes("PERMANENT mandate")) == ["igf"]
    assert ids(notes.search_notes("forum permanent")) == ["igf"]  # title and body together
    assert ids(notes.search_notes("permanent budget")) == []


@pytest.mark.parametrize(("query", "expected"), [
    ("%", ["cstd"]),
    ("_", ["cstd"]),
    ("50%", ["cstd"]),
    ("budget_line", ["cstd"]),
    ("“enhanced”", ["cstd"]),
    ("'quoted'", ["geneva"]),
    ("O'Brien", ["geneva"]),
    ('"', []),
    ("über", ["geneva"]),
    ("GENÈVE", ["geneva"]),
    ("' OR 1=1 --", []),
    ("   ", []),
    ("", []),
])
def test_odd_input_is_plain_text(notes: UserStore, query: str, expected: list[str]) -> None:
    assert ids(notes.search_notes(query)) == expected


def test_limited(notes: UserStore) -> None:
    notes.set_note("igf", "Internet Governance Forum", "Support a permanent IGF mandate. And the text.")
    assert ids(notes.search_notes("the")) == ["cstd", "igf"]
    assert len(notes.search_notes("the", limit=1)) == 1
