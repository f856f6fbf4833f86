"""The tree on the large pack: opening the top level and expanding the largest branch.

Measured through the reader's own lazy model (wsis_desktop.models.entity_tree)
with the calls a QTreeView makes: rowCount, canFetchMore/fetchMore, data for the
rows on screen. Without the model, Pack.children is timed instead, and the row says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.figures import Row, Target, timed, timed_ms
from wsis_desktop.store import Pack

TARGET = Target("p95", 100.0, "≤ 100 ms")
VISIBLE_ROWS = 40  # rows a tree pane shows at once
FALLBACK_BATCH = 200
REVEAL_REPETITIONS = 5  # each loads tens of thousands of rows


def measure(pack_path: Path, pack_name: str, facts: dict[str, Any], repetitions: int) -> list[Row]:
    pack = Pack.open(pack_path)
    try:
        try:
            from wsis_desktop.models.entity_tree import EntityTreeModel
        except ImportError:
            return _fallback(pack, pack_name, facts["largest_branch"], repetitions)
        return _model(EntityTreeModel, pack, pack_name, facts, repetitions)
    finally:
        pack.close()


def _show(model: Any, parent: Any) -> None:
    """What a view asks when a level appears: the row count and the text of the visible rows."""
    for row in range(min(VISIBLE_ROWS, model.rowCount(parent))):
        model.data(model.index(row, 0, parent))


def _model(model_class: Any, pack: Pack, name: str, facts: dict[str, Any], repetitions: int) -> list[Row]:
    from PySide6.QtCore import QModelIndex

    largest, deep = facts["largest_branch"], facts["deep_leaf"]
    last = pack.children(largest, offset=pack.child_count(largest) - 1, limit=1)[0].ref.id

    def open_top() -> Any:
        model = model_class(pack)
        _show(model, QModelIndex())
        return model

    def open_branch(model: Any, branch: Any) -> None:
        if model.canFetchMore(branch):
            model.fetchMore(branch)
        _show(model, branch)

    top, expand, reveal_deep, reveal_end = [], [], [], []
    for rep in range(repetitions):
        ms, model = timed(open_top)
        top.append(ms)
        branch = model.index_of(largest)  # opens the levels above it, not the branch itself
        expand.append(timed_ms(lambda model=model, branch=branch: open_branch(model, branch)))
        if rep < REVEAL_REPETITIONS:
            reveal_deep.append(timed_ms(lambda model=model: model.index_of(deep)))
            reveal_end.append(timed_ms(lambda model=model: model.index_of(last)))
    count = pack.child_count(largest)
    return [
        Row.of("tree: top level", name, top, TARGET, note="EntityTreeModel(pack) + rows on screen"),
        Row.of("tree: expand largest branch", name, expand, TARGET,
               note=f"{largest}: {count:,} children; fetchMore + rows on screen"),
        Row.of("tree: reveal deepest entity", name, reveal_deep,
               note=f"index_of({deep}), {len(pack.ancestors(deep))} levels"),
        Row.of("tree: reveal last child of largest branch", name, reveal_end,
               note=f"index_of loads all {count:,} rows before it (a search result opened in the tree)"),
    ]


def _fallback(pack: Pack, name: str, largest: str, repetitions: int) -> list[Row]:
    note = "reader model not built yet: Pack.children timed instead"
    top = [timed_ms(lambda: pack.children(None)) for _ in range(repetitions)]
    expand = [timed_ms(lambda: (pack.child_count(largest), pack.children(largest, 0, FALLBACK_BATCH)))
              for _ in range(repetitions)]
    return [Row.of("tree: top level", name, top, TARGET, note=note),
            Row.of("tree: expand largest branch", name, expand, TARGET,
                   note=f"{note}; first {FALLBACK_BATCH} children")]
