"""Search beyond the pool: on a synthetic pack with far more matches than are ranked, names still win.

``SEARCH_POOL`` is lowered so that a 1,000-entity pack (built by the real build) takes the bounded
path that a 100,000-entity pack takes for common words.
"""

from __future__ import annotations

import pytest

from bench import synthetic
from wsis_desktop.store import Pack
from wsis_desktop.store import pack as pack_module
from wsis_desktop.store import search as fts
from wsis_desktop.store.records import HIGHLIGHT_END, HIGHLIGHT_START


@pytest.fixture(scope="module")
def pack_1k(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    path, _ = synthetic.build(synthetic.Size(1000, 100), packs_dir=tmp_path_factory.mktemp("packs"))
    pack = Pack.open(path)
    yield pack
    pack.close()


@pytest.fixture
def small_pool(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(pack_module, "SEARCH_POOL", 20)
    return 20


def _late_entity(pack: Pack) -> tuple[str, str]:
    """An entity near the end of pack order with a title of two words or more."""
    for entity_id in reversed(pack.all_ids()):
        ref = pack.ref(entity_id)
        if ref and ref.kind not in ("term", "section") and len(fts.words(ref.title)) >= 2:
            return entity_id, ref.title
    raise AssertionError("no such entity")


@pytest.mark.slow
def test_a_title_typed_whole_comes_first_beyond_the_pool(pack_1k: Pack, small_pool: int) -> None:
    entity_id, title = _late_entity(pack_1k)
    first_word = fts.words(title)[0]
    assert len(pack_1k.search(first_word, limit=small_pool + 5)) > small_pool  # many matches: bounded path
    for typed in (title, title.upper(), title[: max(4, len(title) - 2)]):
        hits = pack_1k.search(typed, limit=10)
        titles = [h.ref.title for h in hits]
        assert hits and fts.fold(titles[0]).startswith(fts.fold(typed)), (typed, titles)
    first = pack_1k.search(title, limit=10)[0]
    assert first.ref.id == entity_id or fts.fold(first.ref.title) == fts.fold(title)  # same title: either


@pytest.mark.slow
def test_bounded_results_match_are_distinct_and_marked(pack_1k: Pack, small_pool: int) -> None:
    for query in ("governance", "internet gov", "the"):
        hits = pack_1k.search(query, limit=15)
        ids = [h.ref.id for h in hits]
        assert len(ids) == len(set(ids)) == 15
        words = fts.words(query)
        for hit in hits:
            names = fts.fold(f"{hit.ref.title} {hit.ref.acronym or ''} {hit.ref.symbol or ''}")
            assert HIGHLIGHT_START in hit.snippet or words[-1] in names, (query, hit)
            assert hit.snippet.count(HIGHLIGHT_START) == hit.snippet.count(HIGHLIGHT_END)


@pytest.mark.slow
def test_bounded_search_keeps_filters(pack_1k: Pack, small_pool: int) -> None:
    hits = pack_1k.search("the", limit=10, kinds=["document"])
    assert hits and {h.ref.kind for h in hits} == {"document"}
    assert pack_1k.search("the", limit=10, years=(1990, 1991)) == []


def test_a_single_letter_is_a_word_not_a_prefix() -> None:
    assert fts.match_expression("g") == '"g"'
    assert fts.match_expression("go") == '"go"*'


def test_a_one_letter_word_being_typed_after_others_waits_for_its_second_letter(real_pack: Pack) -> None:
    """Typing "internet g" must not blank the results that "internet" showed a keystroke before."""
    assert fts.match_expression("internet g") == '"internet"*'
    assert fts.match_expression("internet g", prefix=False) == '"internet" "g"'
    before = [hit.ref.id for hit in real_pack.search("enhanced", limit=5)]
    assert before and [hit.ref.id for hit in real_pack.search("enhanced c", limit=5)] == before
    assert real_pack.search("enhanced co", limit=1)[0].ref.id == "enhanced-cooperation"


def test_own_snippets_mark_whole_words_and_the_prefix() -> None:
    text = "The Internet Governance Forum meets; governments attend, and so does Lillestrøm."
    marked = fts.snippet(("", text), "internet gov", "[", "]", size=8)
    assert "[Internet]" in marked and "[Governance]" in marked and marked.endswith("…")
    assert "[Lillestrøm]" in fts.snippet((text,), "lillestrom", "[", "]")
    assert fts.snippet((text,), "zzz", "[", "]") == ""
    plain = text.replace("Lillestrøm", "Oslo")  # ASCII text is marked by a regex, other text word by word
    assert fts.snippet(("", plain), "internet gov", "[", "]", size=8) == marked
    assert fts.snippet(("no match here", "", plain), "GOVERNANCE", "[", "]").count("[") == 1


@pytest.mark.slow
def test_the_pool_puts_shorter_titles_first_within_a_tier(pack_1k: Pack, small_pool: int) -> None:
    hits = pack_1k.search("governance", limit=30)
    untiered = [h for h in hits
                if not fts.fold(h.ref.title).startswith("governance") and h.ref.kind != "term"]
    lengths = [len(h.ref.title) for h in untiered if h.rank == 0.0]
    assert lengths and lengths == sorted(lengths)


def test_a_snippet_starts_just_before_its_first_marked_word() -> None:
    text = " ".join(["filler"] * 40 + ["governance"] + ["more"] * 40)
    marked = fts.snippet((text,), "governance", "[", "]", size=10)
    assert marked.startswith("…filler filler filler [governance] more")
