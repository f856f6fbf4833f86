"""The timeline pane: a small toolbar (zoom, presets, lanes, selection filter) over the canvas.

Signals:
    event_activated(str): an event was clicked or opened with Enter (its id).
    entity_activated(str): the first entity of that event, for the tree and detail pane.
    range_export_requested(PartialDate, PartialDate): "Export this range to PDF…" was chosen,
        for the visible range or one dragged out with Shift (first and last day, both included).
    range_add_requested(PartialDate, PartialDate): "Add this range to the briefing pack", likewise.

Slot:
    show_entity(entity_id): highlight the entity's events and bring them into view.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QScrollBar, QToolButton, QVBoxLayout, QWidget

from wsis_desktop.store.records import Era, Event, Track
from wsis_desktop.timeline.canvas import ZOOM_STEP, TimelineCanvas
from wsis_desktop.timeline.data import TimelineData
from wsis_desktop.timeline.ranges import RangeMenu

if TYPE_CHECKING:
    from wsis_desktop.store import Pack


def tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


class TimelineView(QWidget):
    """WSIS events on a zoomable time axis, one lane per track, linked to the selection."""

    event_activated = Signal(str)
    entity_activated = Signal(str)
    range_export_requested = Signal(object, object)
    range_add_requested = Signal(object, object)

    def __init__(self, pack: Pack | None = None, parent: QWidget | None = None, *,
                 events: list[Event] | None = None, tracks: list[Track] | None = None,
                 eras: list[Era] | None = None) -> None:
        """From a pack, or from records (``events`` with their ``tracks`` and ``eras``)."""
        super().__init__(parent)
        self.setObjectName("timeline")
        data = TimelineData.from_pack(pack) if pack is not None else TimelineData(
            events or [], tracks or [], eras or [])
        self.canvas = TimelineCanvas(data, self)
        self._entity = ""
        self._lanes_menu = QMenu(self)
        self._buttons: dict[str, QToolButton] = {}
        self.ranges = RangeMenu(self.canvas, self)
        self.ranges.export_requested.connect(self.range_export_requested)
        self.ranges.add_requested.connect(self.range_add_requested)
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scroll_bar.setAccessibleName(tr("Scroll the lanes"))
        bar = self._build_toolbar()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.canvas, 1)
        body.addWidget(self.scroll_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self.setFocusProxy(self.canvas)
        self.canvas.event_activated.connect(self._on_event_activated)
        self.canvas.selection_changed.connect(self._sync_buttons)
        self.canvas.scroll_changed.connect(self._sync_scroll_bar)
        self.scroll_bar.valueChanged.connect(self.canvas.set_scroll_y)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._context_menu)
        self.canvas.range_selected.connect(self._range_selected)
        self._rebuild_lanes_menu()
        self._sync_buttons()
        self._sync_scroll_bar()

    def sizeHint(self) -> QSize:  # Qt override
        screen = self.screen().availableGeometry().height() if self.screen() is not None else 768
        return QSize(super().sizeHint().width(), self.preferred_height(screen))

    def preferred_height(self, screen_height: int) -> int:
        """Every lane without scrolling, up to 30% of the screen (a 1366×768 laptop keeps its
        detail pane; the lanes below then scroll)."""
        toolbar = self.button("all").sizeHint().height() + 4
        return math.ceil(min(toolbar + self.canvas.natural_height(), 0.3 * screen_height))

    # ---- public ----------------------------------------------------------------------------

    @property
    def data(self) -> TimelineData:
        return self.canvas.data

    def set_pack(self, pack: Pack) -> None:
        self.set_data(TimelineData.from_pack(pack))

    def set_data(self, data: TimelineData) -> None:
        self.canvas.set_data(data)
        self._entity = ""
        self._rebuild_lanes_menu()
        self._sync_buttons()

    def set_today(self, today: dt.date | None) -> None:
        self.canvas.set_today(today)

    def button(self, name: str) -> QToolButton:
        """A toolbar button by name: zoom-in, zoom-out, all, decade, year, month, fit, lanes, only, range."""
        return self._buttons[name]

    @Slot(str)
    def show_entity(self, entity_id: str) -> None:
        """Highlight the events of ``entity_id`` (none for an empty id) and bring them into view."""
        self._entity = entity_id or ""
        self.canvas.highlight(frozenset(self.data.events_of(entity_id)) if entity_id else frozenset())

    # ---- internals -------------------------------------------------------------------------

    def _on_event_activated(self, event_id: str) -> None:
        self.event_activated.emit(event_id)
        event = self.data.events[self.data.index[event_id]]
        if event.entity_ids:
            self.entity_activated.emit(event.entity_ids[0])

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.setSpacing(2)
        canvas = self.canvas
        specs = [
            ("zoom-out", "−", tr("Zoom out"), tr("Zoom out (Ctrl+minus, or Ctrl and the mouse wheel)"),
             lambda: canvas.zoom_by(1 / ZOOM_STEP)),
            ("zoom-in", "+", tr("Zoom in"), tr("Zoom in (Ctrl+plus, or Ctrl and the mouse wheel)"),
             lambda: canvas.zoom_by(ZOOM_STEP)),
            ("all", tr("All"), tr("Show all events"), tr("Show every event (Ctrl+0)"),
             lambda: canvas.apply_preset("all")),
            ("decade", tr("Decade"), tr("Show a decade"), tr("Show the decade around the focus"),
             lambda: canvas.apply_preset("decade")),
            ("year", tr("Year"), tr("Show a year"), tr("Show the year around the focus"),
             lambda: canvas.apply_preset("year")),
            ("month", tr("Month"), tr("Show a month"), tr("Show the month around the focus"),
             lambda: canvas.apply_preset("month")),
            ("fit", tr("Fit selection"), tr("Fit the selection"),
             tr("Zoom to the events of the selected item"), canvas.fit_selection),
        ]
        for name, text, accessible, tip, slot in specs:
            button = self._tool_button(name, text, accessible, tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        only = self._tool_button("only", tr("Only selection"), tr("Only events of the selection"),
                                 tr("Show only the events of the selected item"))
        only.setCheckable(True)
        only.toggled.connect(canvas.set_only_selection)
        bar.addWidget(only)
        lanes = self._tool_button("lanes", tr("Lanes"), tr("Choose lanes"), tr("Show or hide lanes"))
        lanes.setMenu(self._lanes_menu)
        lanes.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(lanes)
        ranges = self._tool_button("range", tr("Range"), tr("Export or add the visible range"),
                                   tr("Export the visible range to PDF, or add it to the briefing pack "
                                      "(Shift+drag on the timeline picks a range)"))
        ranges.setMenu(self.ranges.menu)
        ranges.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(ranges)
        return bar

    def _tool_button(self, name: str, text: str, accessible: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        self._buttons[name] = button
        return button

    def _rebuild_lanes_menu(self) -> None:
        self._lanes_menu.clear()
        hidden = self.canvas.hidden_tracks()
        for lane in self.data.lanes:
            action = QAction(lane.label, self._lanes_menu)
            action.setCheckable(True)
            action.setChecked(lane.id not in hidden)
            action.toggled.connect(lambda on, track=lane.id: self.canvas.set_track_visible(track, on))
            self._lanes_menu.addAction(action)

    def lane_actions(self) -> list[QAction]:
        return list(self._lanes_menu.actions())

    def _sync_scroll_bar(self) -> None:
        """The bar shows while lanes overflow; its page is the lanes' visible height."""
        most = math.ceil(self.canvas.max_scroll())  # the last step reaches the very bottom
        bar = self.scroll_bar
        bar.blockSignals(True)
        bar.setRange(0, most)
        bar.setPageStep(max(round(self.canvas.plot().height()), 1))
        bar.setSingleStep(max(round(self.canvas.row_step()), 1))
        bar.setValue(round(self.canvas.scroll_y))
        bar.blockSignals(False)
        bar.setVisible(most > 0)

    def _context_menu(self, pos: QPoint) -> None:
        self.ranges.popup(self.canvas.mapToGlobal(pos))

    def _range_selected(self, start: float, end: float) -> None:
        """A Shift+drag ended: offer that range (zoom to it, export it, add it)."""
        cursor = self.canvas.mapFromGlobal(self.cursor().pos())
        self.ranges.popup(self.canvas.mapToGlobal(cursor), (start, end))

    def _sync_buttons(self) -> None:
        selected = bool(self.canvas.highlighted)
        self._buttons["fit"].setEnabled(selected)
        only = self._buttons["only"]
        only.setEnabled(selected or only.isChecked())

