"""Drawing events, count badges and their labels: the part of a paint that scales with data.

Items are drawn in runs that share a pen and brush (set once per run, not per
item), and labels go through prepared QStaticText when a cache is given: both
keep a repaint of thousands of events within a frame's time.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF, QStaticText, QTransform

from wsis_desktop.timeline.colours import Colours
from wsis_desktop.timeline.data import SPAN
from wsis_desktop.timeline.layout import DrawnCluster, DrawnEvent, Frame

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class TextCache:
    """Prepared static texts (and their sizes) by (text, font); cleared when it grows too big."""

    def __init__(self, size: int = 5000) -> None:
        self._items: dict[tuple[str, str], tuple[QStaticText, float, float]] = {}
        self._size = size

    def get(self, text: str, font: QFont, font_key: str) -> tuple[QStaticText, float, float]:
        key = (text, font_key)
        found = self._items.get(key)
        if found is None:
            if len(self._items) >= self._size:
                self._items.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            size = static.size()
            found = self._items[key] = (static, size.width(), size.height())
        return found


class _Texts:
    """Left-aligned (or centred), vertically centred text: static when cached, drawText otherwise."""

    def __init__(self, painter: QPainter, font: QFont, cache: TextCache | None) -> None:
        self._painter, self._font, self.cache = painter, font, cache
        self._font_key = font.key()

    def draw(self, box: QRectF, text: str) -> None:
        if self.cache is None:
            self._painter.drawText(box, _LEFT, text)
            return
        static, _width, height = self.cache.get(text, self._font, self._font_key)
        self._painter.drawStaticText(QPointF(box.left(), box.center().y() - height / 2), static)

    def draw_centred(self, box: QRectF, text: str) -> None:
        if self.cache is None:
            self._painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            return
        static, width, height = self.cache.get(text, self._font, self._font_key)
        centre = box.center()
        self._painter.drawStaticText(QPointF(centre.x() - width / 2, centre.y() - height / 2), static)


def faded(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


class _Runs:
    """Sets pen and brush only when they change between consecutive items."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self._key: Hashable = None
        self.brush: QBrush | QColor | Qt.BrushStyle = Qt.BrushStyle.NoBrush  # the run's fill

    def use(self, key: Hashable, pen: QPen | Qt.PenStyle, brush: QBrush | QColor | Qt.BrushStyle) -> None:
        if key != self._key:
            self._painter.setPen(pen)
            self._painter.setBrush(brush)
            self._key, self.brush = key, brush

    def use_made(self, key: Hashable, make: Callable[[], tuple[QPen, QColor]]) -> None:
        """Like use(), but builds the pen and brush only when the key changes."""
        if key != self._key:
            pen, brush = make()
            self._painter.setPen(pen)
            self._painter.setBrush(brush)
            self._key, self.brush = key, brush


def paint_marks(painter: QPainter, frame: Frame, lane_colours: Sequence[QColor], colours: Colours,
                highlighted: frozenset[str], texts: _Texts) -> None:
    """Bars first, then markers, then badges, then labels on top of everything."""
    dim = bool(highlighted)
    runs = _Runs(painter)
    view = (frame.plot.left() - 4, frame.plot.right() + 4)
    order = sorted(frame.events, key=lambda d: (d.shape != "bar", d.lane, d.shape))
    for drawn in order:
        lit = drawn.event.id in highlighted
        _paint_event(painter, runs, drawn, lane_colours[drawn.lane], colours, dim and not lit, lit, view)
    lit_indices = {frame.clusters[0].data.index[i] for i in highlighted
                   if i in frame.clusters[0].data.index} if frame.clusters and dim else set()
    _paint_clusters(painter, runs, frame.clusters, lane_colours, colours, lit_indices, dim, texts, view)
    painter.setPen(colours.text)
    for drawn in frame.events:
        if drawn.label_rect is not None:
            lit = drawn.event.id in highlighted
            painter.setPen(colours.muted if dim and not lit else colours.text)
            texts.draw(drawn.label_rect, drawn.label)


def _paint_event(painter: QPainter, runs: _Runs, drawn: DrawnEvent, colour: QColor, colours: Colours,
                 dimmed: bool, lit: bool, view: tuple[float, float]) -> None:
    """One marker or bar; a bar only from ``view``'s left to its right (x), since drawing a
    shape costs as much as its length, seen or not (a decade-long bar at a month's zoom). A
    whole month or year is filled, then outlined with four separate dashed lines: Qt dashes a
    closed outline thicker than 1 px about fifteen times slower (3 ms for a year across 1,800 px)."""
    box = drawn.rect
    ranged = drawn.kind != SPAN
    runs.use_made((drawn.lane, drawn.shape, ranged, dimmed, lit),
                  lambda: _event_style(drawn.shape, ranged, colour, colours, dimmed, lit))
    if drawn.shape == "bar":
        x0, x1 = max(box.left(), view[0]) + 0.5, min(box.right(), view[1]) - 0.5
        y0, y1 = box.top() + 0.5, box.bottom() - 0.5
        if ranged:
            painter.drawRoundedRect(QRectF(x0, y0, x1 - x0, y1 - y0), 2, 2)
            return
        painter.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), runs.brush)
        painter.drawLines([QLineF(x0, y0, x1, y0), QLineF(x0, y1, x1, y1), QLineF(x0, y0, x0, y1),
                           QLineF(x1, y0, x1, y1)])
    elif drawn.shape == "diamond":
        c, r = box.center(), box.width() / 2 + 0.5
        painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                                       QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())]))
    else:
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 2, 2)


def _event_style(shape: str, ranged: bool, colour: QColor, colours: Colours, dimmed: bool,
                 lit: bool) -> tuple[QPen, QColor]:
    """Bars are translucent (text stays readable over them); a whole month or year gets a
    dashed outline, because its edges are the calendar's, not a known day."""
    edge = faded(colour, 90) if dimmed else colour
    if shape == "bar":
        pen = QPen(colours.accent, 2.5) if lit else QPen(edge, 1.2)
        if not ranged:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen, faded(colour, 40 if dimmed else (110 if ranged else 60))
    if shape == "diamond":
        return (QPen(colours.accent, 2.5) if lit else QPen(colours.base, 1)), edge
    return (QPen(colours.accent, 2.5) if lit else QPen(edge, 1.2)), faded(colour, 40 if dimmed else 140)


def _paint_clusters(painter: QPainter, runs: _Runs, clusters: Sequence[DrawnCluster],
                    lane_colours: Sequence[QColor], colours: Colours, lit_indices: set[int], dim: bool,
                    texts: _Texts, view: tuple[float, float]) -> None:
    """Extents (merged where they overlap, so a crowded lane is one line), badges, counts."""
    if not clusters:
        return
    lit_of = [bool(lit_indices) and not lit_indices.isdisjoint(c.members) for c in clusters]
    fills = [(faded(c, 80), c, faded(c, 50), faded(c, 110)) for c in lane_colours]
    ink = [QColor(255, 255, 255) if c.lightness() < 150 else QColor(0, 0, 0) for c in lane_colours]
    lit_pen = QPen(colours.accent, 2.5)
    for (lane, faint), boxes in _merged_extents(clusters, lit_of, dim, view).items():
        runs.use(("extent", lane, faint), Qt.PenStyle.NoPen, fills[lane][2 if faint else 3])
        painter.drawRects(boxes)
    for cluster, lit in zip(clusters, lit_of, strict=True):
        faint = dim and not lit
        runs.use(("badge", cluster.lane, faint, lit), lit_pen if lit else Qt.PenStyle.NoPen,
                 fills[cluster.lane][0 if faint else 1])
        radius = cluster.rect.height() / 2
        painter.drawRoundedRect(cluster.rect, radius, radius)
    runs.use("badge-text", Qt.PenStyle.NoPen, Qt.BrushStyle.NoBrush)
    lane = -1
    for cluster in clusters:
        if cluster.lane != lane:
            lane = cluster.lane
            painter.setPen(ink[lane])
        texts.draw_centred(cluster.rect, cluster.text)


def _merged_extents(clusters: Sequence[DrawnCluster], lit_of: Sequence[bool], dim: bool,
                    view: tuple[float, float]) -> dict[tuple[int, bool], list[QRectF]]:
    merged: dict[tuple[int, bool], list[QRectF]] = {}
    for cluster, lit in zip(clusters, lit_of, strict=True):
        box = cluster.extent
        if box.width() <= cluster.rect.width():
            continue
        if box.left() < view[0] or box.right() > view[1]:  # only what can be seen
            box = QRectF(max(box.left(), view[0]), box.top(), 0, box.height())
            box.setRight(min(cluster.extent.right(), view[1]))
        boxes = merged.setdefault((cluster.lane, dim and not lit), [])
        if boxes and box.left() <= boxes[-1].right():
            last = boxes[-1]
            last.setRight(max(last.right(), box.right()))
        else:
            boxes.append(QRectF(box))
    return merged
