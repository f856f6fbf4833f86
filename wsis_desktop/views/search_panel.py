"""Search as you type, with filters by kind and year range.

The search runs on each keystroke after a very short pause (a few ms, to
coalesce key repeats); on the real pack a query takes about a millisecond, so
it stays on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wsis_desktop.models import roles
from wsis_desktop.models.results import ResultsModel
from wsis_desktop.store import Pack, PackError
from wsis_desktop.store.schema import KINDS
from wsis_desktop.views.html_delegate import ResultDelegate
from wsis_desktop.views.icons import kind_icon

DEBOUNCE_MS = 10
RESULT_LIMIT = 100
#: With a tag chosen, this many matches are ranked and then narrowed to the tagged ones.
TAGGED_SEARCH_LIMIT = 2000
YEAR_MIN, YEAR_MAX = 1990, 2040


class SearchPanel(QWidget):
    """Query box, filters, results and a "nothing found" line.

    Signals:
        entity_chosen(str): Enter or a click on a result.
        dismissed(): Esc; the window goes back to the tree.
        searched(int): a query finished with this many results.
    """

    entity_chosen = Signal(str)
    dismissed = Signal()
    searched = Signal(int)

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self.query_box = QLineEdit(self)
        self.query_box.setObjectName("search_box")
        self.query_box.setPlaceholderText(self.tr("Search (Esc to go back)"))
        self.query_box.setAccessibleName(self.tr("Search the knowledge base"))
        self.query_box.setClearButtonEnabled(True)
        self.kind_box = self._kind_box()
        self.year_from = self._year_box(self.tr("From year"), self.tr("from any year"))
        self.year_to = self._year_box(self.tr("To year"), self.tr("to any year"))
        self.model = ResultsModel(kind_icon, self)
        self.results = QListView(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(True)
        self.results.setDragDropMode(QListView.DragDropMode.DragOnly)  # into a briefing pack
        self.message = QLabel(self)
        self.message.setObjectName("search_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self._tag_ids: set[str] | None = None  # the tag filter's entries; None: no tag chosen
        self._layout()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._connect()

    def _kind_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("search_kind")
        box.setAccessibleName(self.tr("Kind of entry"))
        box.addItem(self.tr("All kinds"), None)
        for kind, label in KINDS.items():
            if kind not in ("overview", "section"):
                box.addItem(kind_icon(kind), QCoreApplication.translate("Kinds", label), kind)
        return box

    def _year_box(self, name: str, any_text: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.setRange(YEAR_MIN - 1, YEAR_MAX)
        box.setSpecialValueText(any_text)
        box.setValue(YEAR_MIN - 1)
        return box

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self.kind_box, 2)
        filters.addWidget(self.year_from, 1)
        filters.addWidget(self.year_to, 1)
        self._filters = filters
        layout = self._column = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.query_box)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def add_filter_widget(self, widget: QWidget) -> None:
        """Another filter control (the tag filter) at the end of the filters row."""
        self._filters.addWidget(widget, 1)

    def add_section(self, widget: QWidget) -> None:
        """A section under the results (the matches in the reader's notes)."""
        self._column.addWidget(widget)

    def add_result_action(self, action: QAction) -> None:
        """A command on the current result, in the results' context menu (Menu key or right click)."""
        self.results.addAction(action)

    def set_tag_ids(self, ids: set[str] | None) -> None:
        """Keep only results carrying the chosen tag (all tagged entries when the query is empty)."""
        self._tag_ids = ids
        self.run_search()

    def current_entity_id(self) -> str | None:
        index = self.results.currentIndex()
        return index.data(roles.ENTITY_ID) if index.isValid() else None

    def result_ids(self) -> list[str]:
        """The entity ids shown, in order."""
        return [self.model.index(row).data(roles.ENTITY_ID) for row in range(self.model.rowCount())]

    def _connect(self) -> None:
        self._timer.timeout.connect(self.run_search)
        self.query_box.textChanged.connect(self._timer.start)
        self.kind_box.currentIndexChanged.connect(self._timer.start)
        self.year_from.valueChanged.connect(self._timer.start)
        self.year_to.valueChanged.connect(self._timer.start)
        self.results.activated.connect(lambda index: self.entity_chosen.emit(index.data(roles.ENTITY_ID)))
        self.query_box.installEventFilter(self)
        self.results.installEventFilter(self)

    def start(self, text: str | None = None) -> None:
        """Focus the query box (selecting what is there) to begin a new search."""
        if text is not None:
            self.query_box.setText(text)
        self.query_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_box.selectAll()

    def years(self) -> tuple[int, int] | None:
        low, high = self.year_from.value(), self.year_to.value()
        if low < YEAR_MIN and high < YEAR_MIN:
            return None
        return (low if low >= YEAR_MIN else 0, high if high >= YEAR_MIN else 9999)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query_box.text()
        kind = self.kind_box.currentData()
        if self._tag_ids is not None and not text.strip():
            self._show_tagged(kind)
            return
        limit = RESULT_LIMIT if self._tag_ids is None else TAGGED_SEARCH_LIMIT
        try:
            hits = self._pack.search(text, limit=limit, kinds=[kind] if kind else None, years=self.years())
            if self._tag_ids is not None:
                hits = [hit for hit in hits if hit.ref.id in self._tag_ids][:RESULT_LIMIT]
        except PackError as error:
            hits = []
            self._say(str(error))
        else:
            self._say(self.tr("Nothing found for “{0}”.").format(text.strip()[:80])
                      if not hits and text.strip() else "")
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        self.searched.emit(len(hits))

    def _show_tagged(self, kind: str | None) -> None:
        """No query but a tag: list the tagged entries (of the chosen kind), by title."""
        refs = sorted((ref for ref in self._pack.refs(self._tag_ids or ()).values()
                       if kind is None or ref.kind == kind), key=lambda ref: ref.title.casefold())
        self.model.set_refs(refs[:RESULT_LIMIT])
        self._say("" if refs else self.tr("No entry with this tag."))
        if refs:
            self.results.setCurrentIndex(self.model.index(0))
        self.searched.emit(len(refs))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def open_current(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        if index.isValid():
            self.entity_chosen.emit(index.data(roles.ENTITY_ID))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return True
        if watched is self.query_box:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.run_search()
                self.open_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.results.setFocus()
                return False
        return False
