"""Typed queries over a real fixture pack: tree, detail, relations, events, search."""

from __future__ import annotations

import pytest

from wsis_desktop.store import NotFound, Pack
from wsis_desktop.store.records import HIGHLIGHT_END, HIGHLIGHT_START


def test_top_level_is_the_sections_in_order(fixture_pack: Pack) -> None:
    assert [n.ref.id for n in fixture_pack.children(None)] == [
        "section-phases", "section-mechanisms", "section-bodies", "section-documents", "section-glossary"]
    assert fixture_pack.child_count(None) == 5


def test_children_are_paged_in_tree_order(fixture_pack: Pack) -> None:
    bodies = [n.ref.id for n in fixture_pack.children("section-bodies")]
    assert bodies == sorted(bodies, key=lambda i: fixture_pack.ref(i).title)  # same order, by title
    assert [n.ref.id for n in fixture_pack.children("section-bodies", offset=1, limit=1)] == bodies[1:2]
    mechanisms = fixture_pack.children("section-mechanisms")
    assert [(n.ref.id, n.child_count) for n in mechanisms] == [("igf", 1)]


def test_ancestors_and_row_locate_an_entity_in_the_tree(fixture_pack: Pack) -> None:
    assert [r.id for r in fixture_pack.ancestors("igf-2025")] == ["section-mechanisms", "igf"]
    assert fixture_pack.row_of("section-mechanisms") == 1
    assert fixture_pack.row_of("nope") == -1


def test_detail_has_dates_quotes_citations_relations_events(fixture_pack: Pack) -> None:
    detail = fixture_pack.detail("igf")
    igf = detail.entity
    assert (igf.title, igf.ref.acronym, igf.when, igf.status_label) == (
        "Internet Governance Forum", "IGF", "July 2006", "Confirmed")
    assert igf.as_of is not None and igf.as_of.iso() == "2025-12-17"
    assert igf.citations[0].reference() == "WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72"
    assert igf.quotes[0].para == "72" and igf.quotes[0].text.startswith("We ask the UN Secretary-General")
    assert ("Renewed by", "a-res-70-125") in {(r.label, r.other.id) for r in detail.relations}
    assert [e.id for e in detail.events] == ["ev-igf-2025"]
    assert detail.events[0].when == "23–27 June 2025"


def test_relation_citations_default_to_the_declaring_file(fixture_pack: Pack) -> None:
    renewed = next(r for r in fixture_pack.relations("igf") if r.other.id == "a-res-70-125")
    assert renewed.citations and renewed.citations[0].para == "72"
    established = next(r for r in fixture_pack.relations("igf") if r.other.id == "tunis-agenda")
    assert [c.reference() for c in established.citations] == ["WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72"]


def test_unknown_id_is_a_clear_error(fixture_pack: Pack) -> None:
    with pytest.raises(NotFound, match="No entity 'nope'"):
        fixture_pack.detail("nope")


def test_events_are_in_date_order_with_precision(fixture_pack: Pack) -> None:
    events = fixture_pack.events()
    assert [e.id for e in events] == ["ev-tunis-summit", "ev-wsis-forum-2009", "ev-igf-2025"]
    forum = events[1]
    assert forum.date.precision == "year" and forum.status_label.startswith("One source only")
    assert [t.id for t in fixture_pack.tracks()] == ["summits", "igf"]
    assert fixture_pack.eras()[0].title == "Tunis phase"


@pytest.mark.parametrize(("query", "first"), [
    ("CSTD", "cstd"),
    ("cstd", "cstd"),
    ("internet governance", "igf"),
    ("Lillestrom", "igf-2025"),
    ("Lillestrøm", "igf-2025"),
    ("A/RES/70/125", "a-res-70-125"),
    ("UN IGF", "igf"),
    ("General Assembly", "unga"),
    ("gov", "igf"),
])
def test_search_puts_the_right_entity_first(fixture_pack: Pack, query: str, first: str) -> None:
    hits = fixture_pack.search(query)
    assert hits and hits[0].ref.id == first, [h.ref.id for h in hits]


def test_snippets_mark_the_matched_words(fixture_pack: Pack) -> None:
    hit = fixture_pack.search("multistakeholder")[0]
    assert f"{HIGHLIGHT_START}multistakeholder{HIGHLIGHT_END}" in hit.snippet


def test_search_filters_by_kind_and_year(fixture_pack: Pack) -> None:
    assert {h.ref.kind for h in fixture_pack.search("wsis", kinds=["document"])} == {"document"}
    in_2015 = [h.ref.id for h in fixture_pack.search("IGF", years=(2015, 2015))]
    assert in_2015 == ["a-res-70-125"]


ODD = ['"', 'AND (', "*", "NEAR(", "-", "😀", "🇺🇳 governance", "الإنترنت", "אינטרנט",
       "x" * 10_000, "a " * 5000, "' OR 1=1 --", "\x00", "{title}:", "^igf", "NOT", "igf OR", "%_%",
       "\u202egovernance", "   "]


@pytest.mark.parametrize("query", ODD, ids=range(len(ODD)))
def test_odd_search_input_never_raises(fixture_pack: Pack, query: str) -> None:
    assert isinstance(fixture_pack.search(query), list)
    assert isinstance(fixture_pack.quick_open(query), list)


def test_quick_open_by_symbol_title_and_acronym(fixture_pack: Pack) -> None:
    assert fixture_pack.quick_open("A/RES/70")[0].id == "a-res-70-125"
    assert fixture_pack.quick_open("ECOSOC")[0].id == "ecosoc"
    assert fixture_pack.quick_open("Internet Gov")[0].id == "igf"


def test_subtree_is_depth_first_in_tree_order(fixture_pack: Pack) -> None:
    assert fixture_pack.subtree_ids("section-mechanisms") == ["section-mechanisms", "igf", "igf-2025"]
