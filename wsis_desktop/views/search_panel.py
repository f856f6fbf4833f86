"""Search as you type, with filters by kind and year range.

The search runs on each keystroke after a very short pause (a few ms, to
coalesce key repeats); on the real pack a query takes about a millisecond, so
it stays on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
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
        self.message = QLabel(self)
        self.message.setObjectName("search_message")
        self.message.setWordWrap(True)
        self.message.hide()
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.query_box)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)

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
        try:
            hits = self._pack.search(text, limit=RESULT_LIMIT, kinds=[kind] if kind else None,
                                     years=self.years())
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
