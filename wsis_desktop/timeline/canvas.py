"""The drawing surface of the timeline and everything the mouse, keyboard and touchpad do to it.

Signals:
    event_activated(str): an event was clicked or Enter was pressed on it (its id).
    current_changed(str): keyboard focus moved to another event ("" for none).
    scale_changed(): the visible range changed (zoom, pan, preset, resize).
    selection_changed(): the highlighted events changed.
    scroll_changed(): the lanes scrolled, or how far they can scroll changed.
    range_selected(float, float): a range of days was dragged out with Shift held.

Wheel: over lanes taller than the pane it scrolls them (as in any list); with Ctrl, or
when everything fits, it zooms about the cursor. Shift+wheel and sideways swipes pan.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QSizePolicy, QToolTip, QWidget

from wsis_desktop.store.records import Event
from wsis_desktop.timeline.data import TimelineData
from wsis_desktop.timeline.layout import (
    DrawnCluster,
    DrawnEvent,
    Frame,
    FrameOptions,
    GroupCache,
    cluster_description,
    cluster_tooltip,
    natural_height,
    plot_rect,
    row_height,
)
from wsis_desktop.timeline.marks import TextCache
from wsis_desktop.timeline.painter import FontTextMetrics, PaintOptions, paint_timeline
from wsis_desktop.timeline.rows import band_of
from wsis_desktop.timeline.scale import TimeScale, to_date

ZOOM_STEP = 1.25  # one wheel notch, one +/− press
DRAG_START = 4  # px of movement before a press becomes a drag


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Timeline", text)


class TimelineCanvas(QWidget):
    """Paints the timeline and turns input into zooms, pans, focus moves and activations."""

    event_activated = Signal(str)
    current_changed = Signal(str)
    scale_changed = Signal()
    selection_changed = Signal()
    scroll_changed = Signal()
    range_selected = Signal(float, float)

    def __init__(self, data: TimelineData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._cache = GroupCache()
        self._texts = TextCache()
        self._frame: Frame | None = None
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._dragging = False
        self._band_from: float | None = None  # day where a Shift+drag started
        self._band: tuple[float, float] | None = None  # the range dragged out, in days
        self._scroll_y = 0.0
        self._today: dt.date | None = None
        self._highlighted: frozenset[str] = frozenset()
        self._hidden: frozenset[str] = frozenset()
        self._only_selection = False
        self._current = ""
        self._data = data
        self._scale = TimeScale(0, 1, 1)
        self.set_data(data)

    # ---- state ---------------------------------------------------------------------------

    @property
    def data(self) -> TimelineData:
        return self._data

    @property
    def scale(self) -> TimeScale:
        return self._scale

    @property
    def highlighted(self) -> frozenset[str]:
        return self._highlighted

    @property
    def current(self) -> str:
        return self._current

    def set_data(self, data: TimelineData) -> None:
        self._data = data
        self._frame = None
        self._cache = GroupCache()
        self._highlighted = frozenset()
        self._current = ""
        self._scroll_y = 0.0
        self._scale = self._scale.with_width(self.plot().width())
        self.apply_preset("all")
        self._rows_changed()
        self._update_accessible()

    def set_today(self, today: dt.date | None) -> None:
        """Pin "today" (tests and screenshots); None means the real date."""
        self._today = today
        self._changed(scale=False)

    def set_scale(self, scale: TimeScale) -> None:
        scale = scale.with_width(self.plot().width())
        if band_of(scale.px_per_day) == self.zoom_band():
            self._scale = scale
            self._changed()
            return
        # the lanes' rows change with the zoom band (rows.py): the lane at the top stays there
        held = None if self._scroll_y == 0 else next(
            ((d.id, d.rect.top()) for d in self.frame().lanes if d.rect.bottom() > self.plot().top()), None)
        self._scale = scale
        self._changed()
        self._rows_changed()
        moved = next((d.rect.top() for d in self.frame().lanes if held and d.id == held[0]), None)
        if held is not None and moved is not None:
            self.set_scroll_y(self._scroll_y + moved - held[1])

    def zoom_band(self) -> int:
        """The zoom band whose rows the lanes use now (rows.ROW_BANDS)."""
        return band_of(self._scale.px_per_day)

    # ---- vertical scrolling of the lanes ------------------------------------------------

    @property
    def scroll_y(self) -> float:
        return self._scroll_y

    def max_scroll(self) -> float:
        """How far the lanes can scroll up: 0 when they all fit (give or take a sub-pixel)."""
        overflow = self.natural_height() - self.height()
        return overflow if overflow >= 1 else 0.0

    def natural_height(self) -> float:
        """The height that shows the header and every shown lane without scrolling."""
        metrics = FontTextMetrics.of(self.font(), self)
        return natural_height(self._data, metrics, self.filters(), self.zoom_band())

    def set_scroll_y(self, y: float) -> None:
        y = min(max(float(y), 0.0), self.max_scroll())
        if y != self._scroll_y:
            self._scroll_y = y
            self._changed(scale=False)
            self.scroll_changed.emit()

    def row_step(self) -> float:
        return row_height(FontTextMetrics.of(self.font(), self))

    def filters(self) -> FrameOptions:
        only = self._highlighted if self._only_selection and self._highlighted else None
        return FrameOptions(self._hidden, only)

    def shown_events(self) -> list[Event]:
        """The events the filters let through, in time order: the keyboard's order."""
        options = self.filters()
        return [e for e in self._data.events if e.track not in options.hidden_tracks
                and (options.only is None or e.id in options.only)]

    def plot(self) -> QRectF:
        return plot_rect(self._data, QRectF(self.rect()), FontTextMetrics.of(self.font(), self))

    def frame(self) -> Frame:
        """What is drawn where at the current state (built without painting when needed)."""
        if self._frame is None:
            size = self.size().expandedTo(QSize(1, 1))
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(image)
            painter.setFont(self.font())
            rect = QRectF(self.rect())
            self._frame = paint_timeline(painter, rect, self._scale, self._data, self._options())
            painter.end()
        return self._frame

    def event_point(self, event_id: str) -> QPoint | None:
        """The centre of the drawn event (or its cluster), in widget coordinates."""
        found = self.frame().find(event_id)
        return found.rect.center().toPoint() if found is not None else None

    def _options(self) -> PaintOptions:
        return PaintOptions(self.palette(), self.font(), self._today, True, self._highlighted,
                            self._current or None, self.filters(), self._cache, self._texts, self._scroll_y)

    def _changed(self, scale: bool = True) -> None:
        self._frame = None
        self.update()
        if scale:
            self.scale_changed.emit()

    def _rows_changed(self) -> None:
        """Lanes were shown, hidden, filtered or resized: keep the scroll within what exists."""
        self._scroll_y = min(self._scroll_y, self.max_scroll())
        self._changed(scale=False)
        self.scroll_changed.emit()

    def visible_range(self) -> tuple[float, float]:
        """The days in view, ``[start, end)``, but not beyond the whole years that hold the
        events and eras (the "all" view leaves empty room there for labels)."""
        start, end = self._scale.start, self._scale.end
        bounds = self._all_bounds()
        if bounds is not None:
            low = float(dt.date(to_date(bounds[0]).year, 1, 1).toordinal())
            high = float(dt.date(to_date(bounds[1] - 1).year + 1, 1, 1).toordinal())
            if low < end and start < high:
                start, end = max(start, low), min(end, high)
        return start, end

    @property
    def band(self) -> tuple[float, float] | None:
        """The range dragged out with Shift held (days), until clear_band()."""
        return self._band

    def clear_band(self) -> None:
        self._band = self._band_from = None
        self.update()

    # ---- zoom, pan, presets ----------------------------------------------------------------

    def zoom_by(self, factor: float, about_x: float | None = None) -> None:
        """Zoom about ``about_x`` (widget coordinates), or about the plot's centre."""
        plot = self.plot()
        x = None if about_x is None else min(max(about_x - plot.left(), 0.0), plot.width())
        self.set_scale(self._scale.zoomed(factor, x))

    def pan_by(self, dx: float) -> None:
        self.set_scale(self._scale.panned(dx))

    def apply_preset(self, name: str) -> None:
        about = None
        if self._current in self._data.index:
            about = self._data.starts[self._data.index[self._current]]
        bounds = self._all_bounds()
        self.set_scale(self._scale.preset(name, bounds, about))

    def _all_bounds(self) -> tuple[float, float] | None:
        bounds = self._data.bounds()
        eras = [(e.date.first_day().toordinal(), e.end.last_day().toordinal() + 1) for e in self._data.eras]
        if bounds is None and not eras:
            today = float(dt.date.today().toordinal())
            return today - 365, today + 365
        spans = ([bounds] if bounds else []) + eras
        return min(s for s, _ in spans), max(e for _, e in spans)

    def fit_selection(self) -> bool:
        bounds = self._data.bounds(self._highlighted)
        if bounds is None:
            return False
        self.set_scale(self._scale.fitted(*bounds, margin=0.08, min_span=90))
        return True

    # ---- selection and filters ------------------------------------------------------------

    def highlight(self, event_ids: frozenset[str], bring_into_view: bool = True) -> None:
        self._highlighted = frozenset(event_ids)
        if bring_into_view and self._highlighted and not self._all_in_view(self._highlighted):
            self.fit_selection()
        self._rows_changed()
        self.selection_changed.emit()

    def _all_in_view(self, ids: frozenset[str]) -> bool:
        bounds = self._data.bounds(ids)
        return bounds is None or (self._scale.start <= bounds[0] and bounds[1] <= self._scale.end)

    def set_track_visible(self, track_id: str, visible: bool) -> None:
        self._hidden = self._hidden - {track_id} if visible else self._hidden | {track_id}
        self._rows_changed()

    def hidden_tracks(self) -> frozenset[str]:
        return self._hidden

    def set_only_selection(self, only: bool) -> None:
        self._only_selection = only
        self._rows_changed()

    # ---- keyboard focus on events ---------------------------------------------------------

    def move_current(self, step: int) -> None:
        """Focus the next (step 1) or previous (-1) event in time order, bringing it into view."""
        shown = self.shown_events()
        if not shown:
            return
        ids = [e.id for e in shown]
        if self._current in ids:
            index = min(max(ids.index(self._current) + step, 0), len(ids) - 1)
        else:
            starts, index_of = self._data.starts, self._data.index
            in_view = [i for i, e in enumerate(shown) if starts[index_of[e.id]] >= self._scale.start]
            index = (in_view[0] if in_view else 0) if step > 0 else (in_view[-1] if in_view else len(ids) - 1)
        self.set_current(ids[index])

    def set_current(self, event_id: str) -> None:
        self._current = event_id
        if event_id in self._data.index:
            self._bring_into_view(event_id)
            self._scroll_into_view(event_id)
        self._update_accessible()
        self._changed(scale=False)
        self.current_changed.emit(event_id)

    def _bring_into_view(self, event_id: str) -> None:
        i = self._data.index[event_id]
        start, end = self._data.starts[i], self._data.ends[i]
        margin = self._scale.span * 0.05
        if start < self._scale.start + margin or start > self._scale.end - margin:
            span = self._scale.span
            centre = (start + min(end, start + span / 2)) / 2
            self.set_scale(self._scale.with_range(centre - span / 2, centre + span / 2))

    def _scroll_into_view(self, event_id: str) -> None:
        """Scroll the lanes so that the event's sub-row is in sight."""
        lane, row = self._data.row_in(self._data.index[event_id], self.filters().only, self.zoom_band())
        frame = self.frame()
        drawn = next((d for d in frame.lanes if d.id == self._data.lanes[lane].id), None)
        if drawn is None or row >= len(drawn.rows):
            return
        half, plot = self.row_step() / 2 + 2, frame.plot
        top, bottom = drawn.rows[row] - half, drawn.rows[row] + half
        if row == 0:
            top = min(top, drawn.rect.top())  # the whole lane's head, with its label
        if top < plot.top():
            self.set_scroll_y(self._scroll_y - (plot.top() - top))
        elif bottom > plot.bottom():
            self.set_scroll_y(self._scroll_y + (bottom - plot.bottom()))

    def _show_lane(self, track: str) -> None:
        """Scroll the lanes so that all of ``track``'s lane (or its head, if taller) is in sight."""
        frame = self.frame()
        drawn = next((d for d in frame.lanes if d.id == track), None)
        if drawn is None:
            return
        top, plot = drawn.rect.top(), frame.plot
        bottom = min(drawn.rect.bottom(), top + plot.height())
        if top < plot.top():
            self.set_scroll_y(self._scroll_y - (plot.top() - top))
        elif bottom > plot.bottom():
            self.set_scroll_y(self._scroll_y + (bottom - plot.bottom()))

    def activate_current(self) -> None:
        if self._current:
            self.event_activated.emit(self._current)

    def _update_accessible(self) -> None:
        index = self._data.index.get(self._current)
        event = self._data.events[index] if index is not None else None
        if event is None:
            self.setAccessibleName(tr("Timeline"))
            self.setAccessibleDescription(tr(
                "WSIS events in time. Left and Right move between events, Enter opens one, "
                "Ctrl+plus and Ctrl+minus zoom, Shift+Left and Shift+Right scroll in time, "
                "Up and Down scroll the lanes, the menu key offers the visible range for export."))
        else:
            position = self.shown_events().index(event) + 1 if event in self.shown_events() else 0
            self.setAccessibleName(f"{event.when}: {event.title}")
            description = tr("{track}. Event {n} of {total}. {status}.").format(
                track=self._data.track_labels.get(event.track, event.track), n=position,
                total=len(self.shown_events()), status=event.status_label)
            drawn = self.frame().find(event.id)
            if isinstance(drawn, DrawnCluster):  # say what else the badge that holds it counts
                description += " " + cluster_description(drawn)
            self.setAccessibleDescription(description)
        for kind in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
            QAccessible.updateAccessibility(QAccessibleEvent(self, kind))
        if self.hasFocus():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Focus))

    def tooltip_text(self, found: DrawnEvent | DrawnCluster) -> str:
        if isinstance(found, DrawnCluster):
            return cluster_tooltip(found)
        event = found.event
        lines = [event.when, event.title, self._data.track_labels.get(event.track, event.track)]
        if event.status != "confirmed":
            lines.append(event.status_label)
        return "\n".join(lines)

    # ---- Qt events ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        self._frame = paint_timeline(painter, QRectF(self.rect()), self._scale, self._data, self._options())
        if self._band is not None:
            self._paint_band(painter, self._frame, *self._band)
        painter.end()

    def _paint_band(self, painter: QPainter, frame: Frame, start: float, end: float) -> None:
        """The Shift+dragged range: a translucent highlight from the axis to the bottom."""
        x0 = max(frame.x(start), frame.plot.left())
        x1 = min(frame.x(end), frame.plot.right())
        top = frame.axis_rect.top()
        box = QRectF(x0, top, max(x1 - x0, 1.0), frame.plot.bottom() - top)
        colour = QColor(self.palette().color(self.palette().ColorRole.Highlight))
        painter.setPen(colour)
        colour.setAlpha(50)
        painter.setBrush(colour)
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        self._scale = self._scale.with_width(self.plot().width())
        self._changed()
        self._rows_changed()

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt override
        delta = event.angleDelta()
        shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        horizontal = 0 if ctrl else delta.x() or (delta.y() if shifted else 0)
        if horizontal:
            pixels = event.pixelDelta().x() or horizontal / 2
            self.pan_by(pixels)
        elif delta.y() and not ctrl and self.max_scroll() > 0:
            pixels = event.pixelDelta().y() or delta.y() / 120 * 3 * self.row_step()
            self.set_scroll_y(self._scroll_y - pixels)
        elif delta.y():
            self.zoom_by(ZOOM_STEP ** (delta.y() / 120), event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last = event.position()
            self._dragging = False
            shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if self._band is not None:
                self.clear_band()
            if shifted and self.plot().contains(event.position()):
                self._band_from = self._day_at(event.position().x())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        pos = event.position()
        if self._press is not None and self._last is not None:
            if not self._dragging and (pos - self._press).manhattanLength() >= DRAG_START:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor if self._band_from is None
                               else Qt.CursorShape.SizeHorCursor)  # picking a range, not panning
            if self._dragging and self._band_from is not None:
                day = self._day_at(pos.x())
                self._band = (min(self._band_from, day), max(self._band_from, day))
                self.update()
            elif self._dragging:
                self.pan_by(pos.x() - self._last.x())
                self._last = pos
            return
        hovering = self.frame().hit(pos) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if hovering else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        was_drag = self._dragging
        self._press = self._last = None
        self._dragging = False
        self.unsetCursor()
        if self._band_from is not None:
            self._band_from = None
            if was_drag and self._band is not None:
                self.range_selected.emit(*self._band)
            return
        if was_drag or event.button() != Qt.MouseButton.LeftButton:
            return
        found = self.frame().hit(event.position())
        if isinstance(found, DrawnEvent):
            self.set_current(found.event.id)
            self.activate_current()
        elif isinstance(found, DrawnCluster):
            first = min(self._data.starts[self._data.index[e.id]] for e in found.events)
            last = max(self._data.ends[self._data.index[e.id]] for e in found.events)
            self.set_scale(self._scale.fitted(first, last, margin=0.15, min_span=14))
            self._zoom_until_apart([e.id for e in found.events], first, last)
            self._show_lane(found.events[0].track)

    def _zoom_until_apart(self, ids: list[str], first: float, last: float) -> None:
        """Zoom in about the middle of ``[first, last)`` while some of ``ids`` are still counted
        in a badge, as long as that range still fits (short bars need room for their labels)."""
        centre = (first + last) / 2
        for _ in range(12):
            frame = self.frame()
            if not any(isinstance(frame.find(i), DrawnCluster) for i in ids):
                return
            closer = self._scale.zoomed(ZOOM_STEP, self._scale.x_of(centre))
            if closer.span < (last - first) * 1.1 or closer.span >= self._scale.span:
                return
            self.set_scale(closer)

    def _day_at(self, x: float) -> float:
        plot = self.plot()
        return self._scale.day_at(min(max(x, plot.left()), plot.right()) - plot.left())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        width = self.plot().width()
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
                ctrl and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus)):
            self.zoom_by(ZOOM_STEP, self._focus_x())
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (
                ctrl and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)):
            self.zoom_by(1 / ZOOM_STEP, self._focus_x())
        elif ctrl and key == Qt.Key.Key_0:
            self.apply_preset("all")
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self.pan_by(width / 8 if key == Qt.Key.Key_Left else -width / 8)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_current(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.pan_by(width * 0.9 if key == Qt.Key.Key_PageUp else -width * 0.9)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.shown_events():
            shown = self.shown_events()
            self.set_current((shown[0] if key == Qt.Key.Key_Home else shown[-1]).id)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.max_scroll() > 0:
            step = self.row_step()
            self.set_scroll_y(self._scroll_y + (step if key == Qt.Key.Key_Down else -step))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate_current()
        elif key == Qt.Key.Key_Escape and self._band is not None:
            self.clear_band()
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _is_zoom_key(event: QKeyEvent) -> bool:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        zoom_keys = (Qt.Key.Key_Equal, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Underscore, Qt.Key.Key_0)
        return (event.matches(QKeySequence.StandardKey.ZoomIn)
                or event.matches(QKeySequence.StandardKey.ZoomOut)
                or (ctrl and event.key() in zoom_keys))

    def _focus_x(self) -> float | None:
        """Zoom about the focused event when it is in view, else about the centre."""
        if self._current in self._data.index:
            x = self.frame().x(self._data.starts[self._data.index[self._current]])
            if self.plot().left() <= x <= self.plot().right():
                return x
        return None

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_zoom_key(event):
            event.accept()  # with focus here, Ctrl+plus/minus/0 zoom time, not the window's text
            return True
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.frame().hit(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(found), self)
            return True
        if kind == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), centre.x())
                return True
        if (kind == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent)
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self.zoom_by(1 + event.value(), event.position().x())
            return True
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._changed(scale=False)
        return super().event(event)
