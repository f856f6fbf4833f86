"""Quick open (Ctrl+P): jump to an entity by title, acronym or document symbol."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget

from wsis_desktop.models import roles
from wsis_desktop.models.results import ResultsModel
from wsis_desktop.store import Pack, PackError
from wsis_desktop.views.html_delegate import ResultDelegate
from wsis_desktop.views.icons import kind_icon

LIMIT = 30


class QuickOpenDialog(QDialog):
    """A box and a list; typing filters, Enter goes, Esc closes.

    Signals:
        entity_chosen(str): the reader picked an entity.
    """

    entity_chosen = Signal(str)

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self.setObjectName("quick_open")
        self.setWindowTitle(self.tr("Go to"))
        self.setAccessibleName(self.tr("Quick open"))
        self.box = QLineEdit(self)
        self.box.setObjectName("quick_open_box")
        self.box.setPlaceholderText(self.tr("Title, acronym or document symbol (e.g. A/RES/70/125)"))
        self.box.setAccessibleName(self.tr("Go to entry"))
        self.model = ResultsModel(kind_icon, self)
        self.list = QListView(self)
        self.list.setObjectName("quick_open_list")
        self.list.setAccessibleName(self.tr("Matching entries"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.list)
        self.resize(560, 380)
        self.box.textChanged.connect(self.update_matches)
        self.list.activated.connect(self._choose)
        self.box.installEventFilter(self)

    def open_for(self, text: str = "") -> None:
        self.box.setText(text)
        self.box.selectAll()
        self.update_matches(text)
        self.show()
        self.activateWindow()
        self.box.setFocus()

    def update_matches(self, text: str) -> None:
        try:
            refs = self._pack.quick_open(text, limit=LIMIT)
        except PackError:
            refs = []
        self.model.set_refs(refs)
        if refs:
            self.list.setCurrentIndex(self.model.index(0))

    def _choose(self, index: QModelIndex | QPersistentModelIndex) -> None:
        entity_id = index.data(roles.ENTITY_ID) if index.isValid() else None
        if entity_id:
            self.accept()
            self.entity_chosen.emit(entity_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentIndex())
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
                if 0 <= row < self.model.rowCount():
                    self.list.setCurrentIndex(self.model.index(row))
                return True
        return False
