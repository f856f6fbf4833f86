"""A flat list of entities found by search or quick open, with safe HTML snippets."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from wsis_desktop.models import roles
from wsis_desktop.store.records import HIGHLIGHT_END, HIGHLIGHT_START, EntityRef, SearchHit

AnyIndex = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """The store's marked snippet as HTML: text escaped, matches in <b>, whitespace tidied."""
    escaped = html.escape(" ".join(snippet.split()), quote=False)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


class ResultsModel(roles.EntityDragRows, QAbstractListModel):
    """Rows of (entity, snippet); replaced whole on each new query."""

    def __init__(self, icon_for: Callable[[str], object] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon_for = icon_for
        self._rows: list[tuple[EntityRef, str]] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._rows = [(hit.ref, snippet_html(hit.snippet)) for hit in hits]
        self.endResetModel()

    def set_refs(self, refs: Sequence[EntityRef]) -> None:
        self.beginResetModel()
        self._rows = [(ref, html.escape(ref.symbol or ref.acronym or "", quote=False)) for ref in refs]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ref, snippet = self._rows[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{ref.kind_label}: {ref.title}"
        if role == roles.SNIPPET_HTML:
            return snippet
        return roles.entity_data(ref, role, self._icon_for)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
