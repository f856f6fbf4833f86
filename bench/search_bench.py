"""Search latency per keystroke: realistic queries typed one character at a time.

Figures per pack: the store alone (``Pack.search`` with the GUI's result
limit); when the reader exists, keystroke to results shown (the GUI's
SearchPanel: query, results model, list view painted); and quick open
(``Pack.quick_open``, Ctrl+P), which has no target in the issue.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.figures import Row, Target, median, p95, timed_ms
from wsis_desktop.store import Pack

QUERIES = {
    "single word": "governance",
    "prefix": "gov",
    "two words": "internet governance",
    "acronym": "CSTD",
    "no match": "zzxxqq",
}
#: The issue's targets: median on the real pack, p95 on the 100k pack.
TARGETS = {"real": Target("median", 16.0, "median ≤ 16 ms"), "100k": Target("p95", 50.0, "p95 ≤ 50 ms")}


def quick_open_limit() -> int:
    """The result limit of the quick-open dialog (20 if it is not there)."""
    try:
        from wsis_desktop.views.quick_open import LIMIT
    except ImportError:
        return 20
    return int(LIMIT)


def gui_limit() -> int:
    """The result limit the search panel asks for (50 if the panel is not there)."""
    try:
        from wsis_desktop.views.search_panel import RESULT_LIMIT
    except ImportError:
        return 50
    return int(RESULT_LIMIT)


def _keystrokes(search: Any, repetitions: int) -> dict[str, list[float]]:
    """Milliseconds per keystroke for each query, typed ``repetitions`` times."""
    times: dict[str, list[float]] = {name: [] for name in QUERIES}
    for _ in range(repetitions):
        for name, query in QUERIES.items():
            for end in range(1, len(query) + 1):
                times[name].append(timed_ms(lambda typed=query[:end]: search(typed)))
    return times


def _rows(figure: str, pack_name: str, times: dict[str, list[float]],
          note: str) -> tuple[Row, dict[str, Any]]:
    every = [t for samples in times.values() for t in samples]
    worst = max(times, key=lambda name: p95(times[name]) or 0.0)
    row = Row.of(figure, pack_name, every, TARGETS.get(pack_name),
                 note=f"{note}; slowest query: {worst} ({p95(times[worst]):.1f} ms p95)")
    details = {name: {"query": QUERIES[name], "median": median(samples), "p95": p95(samples),
                      "n": len(samples)} for name, samples in times.items()}
    return row, details


def measure(packs: dict[str, Path], repetitions: int) -> tuple[list[Row], dict[str, Any]]:
    rows: list[Row] = []
    details: dict[str, Any] = {}
    limit = gui_limit()
    for name, path in packs.items():
        pack = Pack.open(path)
        try:
            times = _keystrokes(lambda text, pack=pack: pack.search(text, limit=limit), repetitions)
            row, details[f"store/{name}"] = _rows("search keystroke: Pack.search", name, times,
                                                   f"limit {limit}, {len(QUERIES)} queries")
            rows.append(row)
            rows.append(_panel(pack, name, repetitions, details))
            quick = quick_open_limit()
            times = _keystrokes(lambda text, pack=pack, quick=quick: pack.quick_open(text, limit=quick),
                                repetitions)
            row, details[f"quick_open/{name}"] = _rows("quick open keystroke: Pack.quick_open", name, times,
                                                        f"limit {quick}, titles and names only")
            row.target = None  # the issue sets no target for quick open
            rows.append(row)
        finally:
            pack.close()
    return rows, details


def _panel(pack: Pack, name: str, repetitions: int, details: dict[str, Any]) -> Row:
    figure = "search keystroke to results shown"
    try:
        from bench.qtapp import application
        from wsis_desktop.views.search_panel import SearchPanel
    except ImportError:
        return Row.skip(figure, "skipped: not built yet (wsis_desktop.views.search_panel)", name)
    app = application()
    panel = SearchPanel(pack)
    panel.resize(420, 760)
    panel.show()
    app.processEvents()

    def keystroke(text: str) -> None:
        panel.query_box.setText(text)
        panel.run_search()  # what the debounce timer calls; it stops the timer first
        app.processEvents()  # model reset, layout and paint of the list

    try:
        times = _keystrokes(keystroke, repetitions)
    finally:
        panel.close()
        panel.deleteLater()
        app.processEvents()
    row, details[f"panel/{name}"] = _rows(figure, name, times, "SearchPanel.run_search + paint")
    return row
