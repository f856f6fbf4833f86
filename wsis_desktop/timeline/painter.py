"""The one routine that draws the timeline, onto any QPainter device.

The widget, a QImage for screenshots and benchmarks, and a QPdfWriter for the
briefing export all call :func:`paint_timeline` (or :func:`render_range`), so
the PDF gets the same drawing as the screen, as vectors. Colours come from the
palette passed in, so light and dark themes both work.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
)

from wsis_desktop.timeline.colours import Colours
from wsis_desktop.timeline.data import TimelineData
from wsis_desktop.timeline.layout import DrawnEvent, Frame, FrameOptions, GroupCache, build_frame
from wsis_desktop.timeline.marks import TextCache, _Texts, paint_marks
from wsis_desktop.timeline.scale import TimeScale, ordinal

if TYPE_CHECKING:
    from wsis_desktop.store import Pack

class FontTextMetrics:
    """Text sizes for the layout, measured with the font on the device being painted.

    Use :meth:`of` to share one instance (and its caches of widths and elided
    labels) between paints with the same font and resolution.
    """

    _shared: ClassVar[dict[tuple[str, int], FontTextMetrics]] = {}

    @classmethod
    def of(cls, font: QFont, device: QPaintDevice | None = None) -> FontTextMetrics:
        key = (font.key(), device.logicalDpiX() if device is not None else 0)
        found = cls._shared.get(key)
        if found is None:
            if len(cls._shared) > 16:
                cls._shared.clear()
            found = cls._shared[key] = cls(font, device)
        return found

    def __init__(self, font: QFont, device: QPaintDevice | None = None) -> None:
        self._fm = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
        self.key = (font.key(), device.logicalDpiX() if device is not None else 0)
        self._widths: dict[str, float] = {}
        self._elided: dict[tuple[str, int], str] = {}

    def width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            found = self._widths[text] = self._fm.horizontalAdvance(text)
        return found

    def height(self) -> float:
        return self._fm.height()

    def elided(self, text: str, width: float) -> str:
        """``text`` cut with "…" to fit ``width``: whole when it fits, else cut to a width
        rounded down to 8 px, so that zooming, which gives every label a new width, mostly
        finds the cut (and its prepared text) made before: Qt's elidedText costs some 15 µs
        a call, preparing a new static text as much again."""
        if self.width(text) <= width:
            return text
        key = (text, math.floor(width / 8) * 8)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > 20_000:
                self._elided.clear()
            found = self._elided[key] = self._fm.elidedText(text, Qt.TextElideMode.ElideRight, key[1])
        return found


@dataclass(frozen=True)
class PaintOptions:
    """How to draw: colours, font, today, what is highlighted or focused, what is hidden.

    ``today`` defaults to the real date; tests pass one. ``cache`` keeps grouping and
    ``texts`` prepared labels between paints (the widget passes its own); without
    ``texts`` every label is drawn with plain drawText, which suits one-off exports.
    """

    palette: QPalette | None = None
    font: QFont | None = None
    today: dt.date | None = None
    show_today: bool = True
    highlighted: frozenset[str] = frozenset()
    focused: str | None = None
    filters: FrameOptions = field(default_factory=FrameOptions)
    cache: GroupCache | None = field(default=None, compare=False)
    texts: TextCache | None = field(default=None, compare=False)
    scroll_y: float = 0.0  # px the lanes are scrolled up by, when they overflow


def paint_timeline(painter: QPainter, rect: QRectF, scale: TimeScale, data: TimelineData,
                   options: PaintOptions | None = None) -> Frame:
    """Draw ``scale``'s date range of ``data`` into ``rect`` and return what was drawn where.

    ``rect`` is in the painter's current (logical) coordinates; the time axis spans
    ``rect`` minus the lane-label gutter, whatever ``scale.width`` says.
    """
    options = options or PaintOptions()
    painter.save()
    font = QFont(options.font) if options.font is not None else QFont(painter.font())
    painter.setFont(font)
    metrics = FontTextMetrics.of(font, painter.device())
    frame = build_frame(data, scale, rect, metrics, options.filters, options.cache, options.scroll_y)
    colours = Colours.of(options.palette or QGuiApplication.palette())
    # upright lines and rectangles (stripes, eras, grid, axis): crisp, and cheaper, unsmoothed;
    # paint_marks smooths what needs it (diamonds, badges)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    texts = _Texts(painter, font, options.texts)
    _paint_background(painter, frame, colours, texts)
    _paint_axis(painter, frame, colours, font, texts)
    if options.show_today:
        _paint_today(painter, frame, colours, options.today or dt.date.today())
    painter.save()
    painter.setClipRect(frame.plot)
    lane_index = {lane.id: i for i, lane in enumerate(data.lanes)}
    paint_marks(painter, frame, [colours.track(lane_index[lane.id]) for lane in frame.lanes], colours,
                options.highlighted, texts)
    if options.focused:
        _paint_focus(painter, frame, options.focused, colours)
    painter.restore()
    painter.restore()
    return frame


def render_range(painter: QPainter, rect: QRectF, data: TimelineData | Pack, start: dt.date, end: dt.date,
                 options: PaintOptions | None = None, font_px: float = 11.0) -> Frame:
    """Draw the events from ``start`` to ``end`` (both included) into ``rect``, for export.

    On a high-resolution device (a QPdfWriter at 1200 dpi) the drawing is scaled so
    that one unit is a 96-dpi pixel, and the font is sized in those units: the
    result looks as on screen, as vectors. ``rect`` is in device coordinates.
    """
    if not isinstance(data, TimelineData):
        data = TimelineData.from_pack(data)
    options = options or PaintOptions()
    device = painter.device()
    ratio = max(device.logicalDpiX() / 96.0, 1.0) if device is not None else 1.0
    font = QFont(options.font or painter.font())
    font.setPixelSize(max(round(font_px), 1))
    painter.save()
    painter.scale(ratio, ratio)
    logical = QRectF(rect.left() / ratio, rect.top() / ratio, rect.width() / ratio, rect.height() / ratio)
    scale = TimeScale(ordinal(start), ordinal(end) + 1, logical.width())
    frame = paint_timeline(painter, logical, scale, data, replace(options, font=font))
    painter.restore()
    return frame


# ---- parts -------------------------------------------------------------------------------


def _paint_background(painter: QPainter, frame: Frame, colours: Colours, texts: _Texts) -> None:
    """Stripes and lane labels scroll with the lanes, under a fixed header of axis and eras."""
    painter.fillRect(frame.rect, colours.base)
    painter.save()
    painter.setClipRect(QRectF(frame.rect.left(), frame.plot.top(), frame.rect.width(), frame.plot.height()))
    for i, lane in enumerate(frame.lanes):
        if i % 2:
            painter.fillRect(lane.rect, colours.stripe)
    painter.restore()
    for i, (_era, box) in enumerate(frame.eras):
        painter.fillRect(box, colours.era[i % 2])
    painter.setPen(colours.muted)
    for title in frame.era_titles:
        texts.draw(title.rect, title.text)
    painter.save()
    painter.setClipRect(QRectF(frame.rect.left(), frame.plot.top(), frame.plot.left() - frame.rect.left(),
                               frame.plot.height()))
    painter.setPen(colours.text)
    for lane in frame.lanes:
        if lane.label_rect.bottom() > frame.plot.top() and lane.label_rect.top() < frame.plot.bottom():
            texts.draw(lane.label_rect, lane.label)
    painter.restore()
    painter.setPen(QPen(colours.grid, 1))
    gutter_x = frame.plot.left() - 0.5
    painter.drawLine(QPointF(gutter_x, frame.rect.top()), QPointF(gutter_x, frame.rect.bottom()))
    if frame.max_scroll > 0:  # a rule under the header: lanes slide beneath it
        painter.drawLine(QPointF(frame.rect.left(), frame.plot.top() - 0.5),
                         QPointF(frame.rect.right(), frame.plot.top() - 0.5))


def _paint_axis(painter: QPainter, frame: Frame, colours: Colours, font: QFont, texts: _Texts) -> None:
    """Minor ticks with their labels (and grid lines through the lanes); majors above them in bold."""
    plot, box = frame.plot, frame.axis_rect
    line = painter.fontMetrics().height()
    majors, ticks = frame.axis.major, frame.axis.minor
    minor_top = box.top() + line + 4 if majors else box.top() + (box.height() - line) / 2
    band = frame.era_rect  # grid lines stop above the era titles and go on below them
    grid = [line for tick in ticks if plot.left() <= (x := round(plot.left() + tick.x) + 0.5) <= plot.right()
            for line in _through_band(x, minor_top, plot.bottom(), band)]
    painter.setPen(QPen(colours.grid, 1))
    painter.drawLines(grid)
    painter.setPen(colours.muted)
    metrics = FontTextMetrics.of(font, painter.device())  # its cuts are kept between paints
    for i, tick in enumerate(ticks):
        x = plot.left() + tick.x + 3
        room = (plot.left() + ticks[i + 1].x if i + 1 < len(ticks) else plot.right()) - x - 2
        if x >= plot.left() and room > 8:
            texts.draw(QRectF(x, minor_top, room, line), metrics.elided(tick.label, room))
    painter.setPen(QPen(colours.muted, 1))
    painter.drawLines([line for tick in majors if plot.left() < (x := round(plot.left() + tick.x) + 0.5)
                       <= plot.right() for line in _through_band(x, box.top() + 2, plot.bottom(), band)])
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    bold_texts = _Texts(painter, bold, texts.cache)
    painter.setPen(colours.text)
    for i, tick in enumerate(majors):
        x = max(plot.left() + tick.x, plot.left()) + 3
        end = plot.left() + majors[i + 1].x if i + 1 < len(majors) else plot.right()
        if end - x > painter.fontMetrics().horizontalAdvance(tick.label) + 4:
            bold_texts.draw(QRectF(x, box.top() + 2, end - x, line), tick.label)
    painter.setFont(font)
    painter.setPen(QPen(colours.grid, 1))
    painter.drawLine(QPointF(box.left(), box.bottom() - 0.5), QPointF(box.right(), box.bottom() - 0.5))


def _through_band(x: float, top: float, bottom: float, band: QRectF) -> list[QLineF]:
    """A vertical line from ``top`` to ``bottom`` with a gap where it crosses ``band``."""
    if band.height() <= 0:
        return [QLineF(x, top, x, bottom)]
    return [QLineF(x, top, x, band.top()), QLineF(x, band.bottom(), x, bottom)]


def _paint_today(painter: QPainter, frame: Frame, colours: Colours, today: dt.date) -> None:
    """A line through the lanes; its label in the era band where no era title is."""
    x = frame.x(ordinal(today) + 0.5)
    if not frame.plot.left() <= x <= frame.plot.right():
        return
    painter.setPen(QPen(colours.today, 1.5))
    painter.drawLine(QPointF(x, frame.plot.top()), QPointF(x, frame.plot.bottom()))
    label = QCoreApplication.translate("Timeline", "Today")
    text_w = painter.fontMetrics().horizontalAdvance(label) + 6
    left = x + 3 if x + text_w < frame.plot.right() else x - text_w
    box = QRectF(left, frame.era_rect.top(), text_w, max(frame.era_rect.height(), 12))
    if not any(box.intersects(title.rect) for title in frame.era_titles):
        painter.drawLine(QPointF(x, frame.era_rect.top()), QPointF(x, frame.plot.top()))
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)


def _paint_focus(painter: QPainter, frame: Frame, event_id: str, colours: Colours) -> None:
    found = frame.find(event_id)
    if found is None:
        return
    box = found.rect.adjusted(-3, -3, 3, 3)
    if isinstance(found, DrawnEvent) and found.label_rect is not None:
        box = box.united(found.label_rect.adjusted(-2, -1, 2, 1))
    pen = QPen(colours.text, 1.2, Qt.PenStyle.DotLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)


def event_colour(data: TimelineData, event_index: int, colours: Colours) -> QColor:
    """The colour of an event's lane (for legends in the export)."""
    track = data.events[event_index].track
    lane = next(i for i, lane in enumerate(data.lanes) if lane.id == track)
    return colours.track(lane)


__all__ = ["Colours", "FontTextMetrics", "PaintOptions", "event_colour", "paint_timeline",
           "render_range"]
