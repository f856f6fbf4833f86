"""Benchmark rows: statistics, PASS/MISS against the issue's targets, the table, feature figures."""

from __future__ import annotations

from bench import external
from bench.figures import Row, Target, p95
from bench.run import table


def test_p95_is_nearest_rank() -> None:
    assert p95(list(range(1, 101))) == 95
    assert p95([3.0, 1.0, 2.0]) == 3.0
    assert p95([]) is None


def test_status_compares_the_targeted_statistic() -> None:
    median_target = Target("median", 16.0, "median ≤ 16 ms")
    p95_target = Target("p95", 50.0, "p95 ≤ 50 ms")
    samples = [10.0] * 19 + [80.0]
    assert Row.of("search", "real", samples, median_target).status == "PASS"
    assert Row.of("search", "100k", [*samples, 90.0], p95_target).status == "MISS"
    assert Row.of("search", "100k", samples).status == "info"
    assert Row.skip("export", "skipped: not built yet").status == "skipped"


def test_table_shows_targets_results_and_reasons() -> None:
    rows = [Row.of("tree: top level", "100k", [1.0, 2.0], Target("p95", 100.0, "≤ 100 ms")),
            Row.skip("bench.export_bench", "skipped: not built yet")]
    text = table(rows)
    assert "≤ 100 ms" in text and "PASS" in text and "skipped: not built yet" in text
    markdown = table(rows, markdown=True).splitlines()
    assert markdown[0].startswith("| Figure |") and len(markdown) == 4


def test_feature_figures_get_the_issue_targets() -> None:
    rows = {r.figure: r for r in external.rows_from("bench.timeline_bench", {
        "timeline_first_paint_ms": 120.0,
        "timeline_zoom_repaint_median_ms": 9.0,
        "timeline_zoom_repaint_median_cpu_ms": 30.0,
        "one_entity_ms": {"median": 250.0, "p95": 400.0, "n": 5},
        "whole_pack_ms": 3500.0,
        "whole_pack_cpu_ms": 3500.0,
        "timeline_events": 10000,
        "whole_pack_kb": 2900.0,
    })}
    assert rows["timeline_first_paint_ms"].status == "MISS"
    assert rows["timeline_zoom_repaint_median_ms"].status == "PASS"
    assert rows["timeline_zoom_repaint_median_cpu_ms"].status == "info"
    assert rows["one_entity_ms"].status == "PASS" and rows["one_entity_ms"].n == 5
    assert rows["whole_pack_ms"].status == "MISS"
    assert rows["whole_pack_cpu_ms"].status == "info"
    assert rows["timeline_events"].unit == "" and rows["whole_pack_kb"].unit == "kB"


def test_a_module_declares_its_own_targets() -> None:
    rows = external.rows_from("bench.export_bench", {"pdf_ms": 2500.0}, {"pdf_ms": 2000.0})
    assert rows[0].status == "MISS" and rows[0].target is not None and rows[0].target.text == "≤ 2 s"
