"""The timeline of the exported range, painted as vectors onto the PDF page.

The timeline view's own painting routine (``wsis_desktop.timeline.painter``,
issue #6) draws the page when it is installed, so the PDF shows what the
screen shows. Without it this module draws its own lane chart: eras shaded,
one lane per track, each event a bar (a period, or a whole month or year) or a
diamond (a day), numbered to match the chronology. Either way everything is
paths, rectangles and text, never a bitmap.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

from wsis_desktop.export.textdoc import ACCENT, MUTED, plain_font
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.records import Era, Event

if TYPE_CHECKING:
    from wsis_desktop.timeline.layout import Frame, FrameOptions

translate = QCoreApplication.translate

_LANE_COLOURS = ["#1f4e79", "#2e7d32", "#8e24aa", "#c62828", "#ef6c00", "#00838f", "#5d4037", "#3949ab",
                 "#6d8c00", "#ad1457"]
#: Label rows a lane may grow to (fewer when the page is short); events beyond are drawn
#: unlabelled, and the chronology still lists them.
MAX_ROWS = 8


@dataclass(frozen=True)
class TimelineSpec:
    """What to draw: the range, the events in it (in chronology order) and the lanes."""

    start: dt.date
    end: dt.date  # inclusive
    events: tuple[Event, ...]
    tracks: tuple[tuple[str, str], ...]  # (id, label) of lanes that have events, in pack order
    eras: tuple[Era, ...]

    @classmethod
    def of(cls, events: Sequence[Event], tracks: dict[str, str], eras: Sequence[Era],
           start: PartialDate | None = None, end: PartialDate | None = None) -> TimelineSpec:
        """The given range, or whole years around the events when there is none."""
        first = start.first_day() if start else dt.date(min(e.date.first_day() for e in events).year, 1, 1)
        last_year = max((e.end or e.date).last_day() for e in events).year
        last = end.last_day() if end else dt.date(last_year, 12, 31)
        used = {e.track for e in events}
        lanes = tuple((tid, label) for tid, label in tracks.items() if tid in used)
        lanes += tuple((tid, tid) for tid in sorted(used - set(tracks)))
        shown = tuple(era for era in eras if era.date.first_day() <= last and era.end.last_day() >= first)
        return cls(first, last, tuple(events), lanes, shown)


def _font(dpi: float, points: float, bold: bool = False) -> QFont:
    font = plain_font()
    font.setPixelSize(max(1, round(points * dpi / 72)))
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Mark:
    number: int
    event: Event
    left: float
    right: float
    row: int | None  # label row in its lane; None: unlabelled


class TimelinePainter:
    """Draws a TimelineSpec into a rectangle of any QPainter (PDF, image, widget).

    ``height(width)`` says how tall the drawing wants to be; ``paint`` draws it.
    """

    def __init__(self, spec: TimelineSpec, dpi: float) -> None:
        self.spec = spec
        self.dpi = dpi
        self.pt = dpi / 72  # device pixels per point
        self.label_font = _font(dpi, 7)
        self.row_h = QFontMetricsF(self.label_font).height() + 1.5 * self.pt
        self.max_rows = MAX_ROWS

    def fit(self, width: float, max_height: float) -> float:
        """Allow fewer label rows until the drawing fits ``max_height``; return its height."""
        while self.height(width) > max_height and self.max_rows > 1:
            self.max_rows -= 1
        return min(self.height(width), max_height)

    # ---- geometry ------------------------------------------------------------------------

    def _label_w(self, width: float) -> float:
        return min(width * 0.22, 110 * self.pt)

    def _x(self, chart_left: float, chart_w: float, day: dt.date, end_of_day: bool = False) -> float:
        first = self.spec.start.toordinal()
        span = max(1, self.spec.end.toordinal() + 1 - first)
        offset = day.toordinal() - first + (1 if end_of_day else 0)
        return chart_left + max(0.0, min(1.0, offset / span)) * chart_w

    def _marks(self, chart_left: float, chart_w: float) -> dict[str, list[_Mark]]:
        """Events placed per lane, each label in the first row where it does not touch another."""
        metrics = QFontMetricsF(self.label_font)
        lanes: dict[str, list[_Mark]] = {tid: [] for tid, _label in self.spec.tracks}
        edges: dict[str, list[float]] = {tid: [] for tid in lanes}
        for number, event in enumerate(self.spec.events, start=1):
            left = self._x(chart_left, chart_w, event.date.first_day())
            right = self._x(chart_left, chart_w, (event.end or event.date).last_day(), True)
            width = metrics.horizontalAdvance(str(number)) + 2 * self.pt
            start = min(left, chart_left + chart_w - width)
            rows = edges[event.track]
            row = next((i for i, edge in enumerate(rows) if edge <= start), None)
            if row is None and len(rows) < self.max_rows:
                rows.append(0.0)
                row = len(rows) - 1
            if row is not None:
                rows[row] = start + width
            lanes[event.track].append(_Mark(number, event, left, right, row))
        return lanes

    def _lane_heights(self, marks: dict[str, list[_Mark]]) -> list[float]:
        heights = []
        for track_id, _label in self.spec.tracks:
            rows = 1 + max((m.row or 0 for m in marks[track_id]), default=0)
            heights.append(max(30 * self.pt, 14 * self.pt + rows * self.row_h))
        return heights

    def height(self, width: float) -> float:
        label_w = self._label_w(width)
        marks = self._marks(label_w, width - label_w)
        return 14 * self.pt + sum(self._lane_heights(marks)) + 22 * self.pt

    # ---- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w = self._label_w(rect.width())
        chart_left, chart_w = rect.left() + label_w, rect.width() - label_w
        marks = self._marks(chart_left, chart_w)
        heights = self._lane_heights(marks)
        top = rect.top() + 14 * self.pt
        chart = QRectF(chart_left, top, chart_w, sum(heights))
        self._eras(painter, chart)
        self._axis(painter, chart)
        y = top
        for i, ((track_id, label), height) in enumerate(zip(self.spec.tracks, heights, strict=True)):
            lane = QRectF(rect.left(), y, rect.width(), height)
            colour = QColor(_LANE_COLOURS[i % len(_LANE_COLOURS)])
            self._lane(painter, lane, label, label_w, colour)
            self._events(painter, lane, marks[track_id], colour)
            y += height
        painter.restore()

    def _eras(self, painter: QPainter, chart: QRectF) -> None:
        """Shaded bands behind the lanes, titled above the chart where the title has room."""
        painter.setFont(_font(self.dpi, 6.5))
        metrics = QFontMetricsF(painter.font())
        free_from = chart.left()
        for i, era in enumerate(self.spec.eras):
            left = self._x(chart.left(), chart.width(), era.date.first_day())
            right = self._x(chart.left(), chart.width(), era.end.last_day(), True)
            painter.fillRect(QRectF(left, chart.top(), right - left, chart.height()),
                             QColor("#eef2f6") if i % 2 == 0 else QColor("#f5f0e8"))
            x = max(left + self.pt, free_from)
            if x + metrics.horizontalAdvance(era.title) <= chart.right():
                painter.setPen(QColor(MUTED))
                painter.drawText(QPointF(x, chart.top() - 3 * self.pt), era.title)
                free_from = x + metrics.horizontalAdvance(era.title) + 4 * self.pt

    def _lane(self, painter: QPainter, lane: QRectF, label: str, label_w: float, colour: QColor) -> None:
        painter.setPen(QPen(QColor("#c9d1d9"), 0.5 * self.pt))
        painter.drawLine(QPointF(lane.left(), lane.bottom()), QPointF(lane.right(), lane.bottom()))
        painter.setFont(_font(self.dpi, 7.5, bold=True))
        painter.setPen(colour)
        painter.drawText(QRectF(lane.left(), lane.top() + 3 * self.pt, label_w - 6 * self.pt, lane.height()),
                         Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, label)

    def _axis(self, painter: QPainter, chart: QRectF) -> None:
        y = chart.bottom()
        painter.setFont(_font(self.dpi, 7))
        metrics = QFontMetricsF(painter.font())
        for day, label in self._ticks(chart.width(), metrics):
            x = self._x(chart.left(), chart.width(), day)
            painter.setPen(QPen(QColor("#d0d7de"), 0.3 * self.pt, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, chart.top()), QPointF(x, y))
            painter.setPen(QPen(QColor("#333333"), 0.7 * self.pt))
            painter.drawLine(QPointF(x, y), QPointF(x, y + 3 * self.pt))
            painter.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2,
                                     y + 4 * self.pt + metrics.ascent()), label)
        painter.setPen(QPen(QColor("#333333"), 0.7 * self.pt))
        painter.drawLine(QPointF(chart.left(), y), QPointF(chart.right(), y))

    def _ticks(self, width: float, metrics: QFontMetricsF) -> list[tuple[dt.date, str]]:
        """Year ticks with a step that leaves room for the labels; months for short ranges."""
        start, end = self.spec.start, self.spec.end
        days = end.toordinal() - start.toordinal() + 1
        room = metrics.horizontalAdvance("0000") * 2.2
        if days < 800:
            ticks: list[tuple[dt.date, str]] = []
            day = dt.date(start.year, start.month, 1)
            step = max(1, int(room / (width * 30.4 / days)) + 1)
            while day <= end:
                if day >= start and (day.month - 1) % step == 0:
                    ticks.append((day, day.strftime("%b %Y" if day.month == 1 or not ticks else "%b")))
                day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            return ticks
        per_year = width * 365.25 / days
        step = next((s for s in (1, 2, 5, 10, 20, 50) if s * per_year >= room), 100)
        first = start.year + (0 if start == dt.date(start.year, 1, 1) else 1)
        first += (-first) % step
        return [(dt.date(y, 1, 1), str(y)) for y in range(first, end.year + 1, step)]

    def _events(self, painter: QPainter, lane: QRectF, marks: list[_Mark], colour: QColor) -> None:
        painter.setFont(self.label_font)
        metrics = QFontMetricsF(self.label_font)
        mark_y = lane.top() + 7 * self.pt
        for mark in marks:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            if mark.event.end is None and mark.event.date.precision == "day":
                painter.drawPath(_diamond(QPointF((mark.left + mark.right) / 2, mark_y), 3 * self.pt))
            else:
                width = max(mark.right - mark.left, 2.5 * self.pt)
                painter.drawRect(QRectF(mark.left, mark_y - 2.5 * self.pt, width, 5 * self.pt))
            if mark.row is None:
                continue
            label = str(mark.number)
            x = min(mark.left, lane.right() - metrics.horizontalAdvance(label) - 2 * self.pt)
            painter.setPen(colour.darker(130))
            baseline = mark_y + 5 * self.pt + mark.row * self.row_h + metrics.ascent()
            painter.drawText(QPointF(x, baseline), label)


def _diamond(centre: QPointF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(centre.x(), centre.y() - radius)
    path.lineTo(centre.x() + radius, centre.y())
    path.lineTo(centre.x(), centre.y() + radius)
    path.lineTo(centre.x() - radius, centre.y())
    path.closeSubpath()
    return path


class SharedTimeline:
    """The timeline view's painting routine, fitted to a PDF page (same interface as TimelinePainter)."""

    FONT_PX = 11.0  # in 96-dpi units, as on screen

    def __init__(self, spec: TimelineSpec, dpi: float, today: dt.date | None = None) -> None:
        from wsis_desktop.store.records import Track
        from wsis_desktop.timeline.data import TimelineData

        self.spec = spec
        self.ratio = max(dpi / 96.0, 1.0)
        self.today = today
        self.data = TimelineData(spec.events, [Track(tid, label) for tid, label in spec.tracks], spec.eras)

    def fit(self, width: float, max_height: float) -> float:
        """Axis, era band and every lane with its stacked periods, at their compact height."""
        from wsis_desktop.timeline.layout import natural_height
        from wsis_desktop.timeline.painter import FontTextMetrics

        font = plain_font()
        font.setPixelSize(round(self.FONT_PX))
        return min((natural_height(self.data, FontTextMetrics(font), _page_rows()) + 2) * self.ratio,
                   max_height)

    def paint(self, painter: QPainter, rect: QRectF) -> Frame:
        """Draw the range into ``rect``; return what went where (tests check the page with it)."""
        from wsis_desktop.timeline.painter import PaintOptions, render_range

        font = plain_font()
        options = PaintOptions(palette=_paper_palette(), font=font, today=self.today,
                               show_today=self.today is not None, filters=_page_rows())
        span = self.spec.end.toordinal() - self.spec.start.toordinal() + 1
        start = self.spec.start - dt.timedelta(days=round(span * 0.02))  # room for the first marker
        end = self.spec.end + dt.timedelta(days=round(span * 0.10))  # and for the last label
        return render_range(painter, rect, self.data, start, end, options, self.FONT_PX)


def _page_rows() -> FrameOptions:
    """A page cannot zoom to split a badge, and has room: its lanes take the rows the screen
    gives them at its closest zoom (rows.MAX_LANE_ROWS), whatever the scale of the range."""
    from wsis_desktop.timeline.layout import FrameOptions
    from wsis_desktop.timeline.rows import CLOSEST_BAND

    return FrameOptions(band=CLOSEST_BAND)


def _paper_palette() -> QPalette:
    """Dark text on white, whatever the desktop theme: this is paper."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1b1f23"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    return palette


def timeline_painter(spec: TimelineSpec, dpi: float,
                     today: dt.date | None = None) -> TimelinePainter | SharedTimeline:
    """The timeline view's routine when it is installed, else this module's own chart."""
    if importlib.util.find_spec("wsis_desktop.timeline.painter") is None:
        return TimelinePainter(spec, dpi)
    return SharedTimeline(spec, dpi, today)


def caption(shared: bool) -> str:
    if shared:
        return translate("Export", "Bars cover a period, or the whole month or year when only that is "
                                   "known; diamonds mark a day; where events crowd, a badge counts them. "
                                   "The chronology lists every event.")
    return translate("Export", "Numbers refer to the chronology. Bars cover a period, or the whole month or "
                               "year when only that is known; diamonds mark a day.")
