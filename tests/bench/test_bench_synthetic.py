"""The synthetic pack generator: same seed, same files; a 1,000-entity pack builds and reads as planned."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
import yaml

from bench import synthetic
from bench.synthetic import Size
from wsis_desktop.store import Pack


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_seed_writes_the_same_files(tmp_path: Path) -> None:
    first = synthetic.write_sources(Size(400, 120, seed=7), tmp_path / "a" / "data")
    second = synthetic.write_sources(Size(400, 120, seed=7), tmp_path / "b" / "data")
    assert first == second
    files = _files(tmp_path / "a" / "data")
    assert files == _files(tmp_path / "b" / "data")
    assert {"pack.yaml", "glossary.yaml"} <= set(files)
    assert any(name.startswith("documents/") for name in files)
    assert any(name.startswith("events/") for name in files)


def test_another_seed_writes_other_text(tmp_path: Path) -> None:
    synthetic.write_sources(Size(400, 120, seed=7), tmp_path / "a" / "data")
    synthetic.write_sources(Size(400, 120, seed=8), tmp_path / "b" / "data")
    assert _files(tmp_path / "a" / "data") != _files(tmp_path / "b" / "data")


def test_the_cache_key_changes_with_size_seed_and_generator() -> None:
    keys = {Size(1000, 1000).key, Size(1000, 999).key, Size(999, 1000).key, Size(1000, 1000, seed=1).key}
    assert len(keys) == 4
    assert f"g{synthetic.GENERATOR_VERSION}" in Size(1000, 1000).key


def test_lengths_follow_the_measured_quantiles() -> None:
    writer = synthetic.Writer(Size(10, 10, seed=3))
    summaries = [writer.length(synthetic.SUMMARY_LENGTHS) for _ in range(4000)]
    bodies = [writer.length(synthetic.BODY_LENGTHS) for _ in range(4000)]
    assert statistics.median(summaries) == pytest.approx(synthetic.SUMMARY_LENGTHS[3], rel=0.1)
    assert statistics.median(bodies) == pytest.approx(synthetic.BODY_LENGTHS[3], rel=0.15)
    assert min(summaries) >= synthetic.SUMMARY_LENGTHS[0] and max(summaries) <= synthetic.SUMMARY_LENGTHS[-1]


@pytest.fixture(scope="module")
def pack_1k(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """The ready-made 1,000-entity size, built by the real build into a fresh folder (no cache)."""
    return synthetic.build(synthetic.SIZES["1k"], packs_dir=tmp_path_factory.mktemp("packs"))


@pytest.mark.slow
def test_a_1000_entity_pack_builds_through_the_real_build(pack_1k: tuple[Path, dict[str, object]]) -> None:
    path, facts = pack_1k
    pack = Pack.open(path)
    try:
        assert pack.info.entity_count == 1000
        assert pack.info.event_count == 1000
        assert len(pack.all_ids()) == 1000
        largest = str(facts["largest_branch"])
        sizes = {node.ref.id: node.child_count
                 for top in pack.children(None) for node in pack.children(top.ref.id)}
        assert max(sizes, key=lambda k: sizes[k]) == largest
        assert pack.child_count(largest) > 300  # the wide branch holds a large share of the pack
        assert len(pack.ancestors(str(facts["deep_leaf"]))) >= 20
        assert pack.entity(str(facts["large_entity"])).body
        assert len(pack.tracks()) == len(synthetic.TRACKS)
        years = {event.date.year for event in pack.events(with_citations=False)}
        assert min(years) >= synthetic.FIRST_YEAR and max(years) <= synthetic.LAST_YEAR
        assert pack.glossary()["CSTD"] == "Commission on Science and Technology for Development"
        assert pack.search("CSTD", limit=5)[0].ref.id == "cstd"
        assert pack.search("internet governance", limit=5)
        assert pack.search("zzxxqq") == []
        assert pack.relations("cstd") or pack.relations("itu")
    finally:
        pack.close()


@pytest.mark.slow
def test_a_built_pack_is_reused_from_the_cache(pack_1k: tuple[Path, dict[str, object]]) -> None:
    path, facts = pack_1k
    stamp = path.stat().st_mtime_ns
    again, again_facts = synthetic.build(synthetic.SIZES["1k"], packs_dir=path.parent)
    assert again == path and again.stat().st_mtime_ns == stamp
    assert again_facts == facts
    assert not [p for p in path.parent.iterdir() if p.is_dir()]  # the scratch sources are gone


def test_front_matter_keeps_yaml_words_as_text() -> None:
    """An acronym's slug can be 'no' or 'on', which bare YAML 1.1 reads as booleans."""
    writer = synthetic.Writer(Size(10, 10))
    text = writer.front_matter({"id": "no", "kind": "body", "parent": "on", "order": 3, "title": "Norway",
                                "citations": [{"url": "https://example.org/yes", "note": "null"}]})
    assert yaml.safe_load(text) == {"id": "no", "kind": "body", "parent": "on", "order": 3, "title": "Norway",
                                    "citations": [{"url": "https://example.org/yes", "note": "null"}]}
