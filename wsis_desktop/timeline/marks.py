"""Drawing events, count badges and their labels: the part of a paint that scales with data.

Items are drawn in runs that share a pen and brush (set once per run, not per
item), bars in one call per style, and, when a cache is given (on screen, not in
a PDF, which gets vectors), labels go through prepared QStaticText and count
badges are stamped from prepared pixmaps: all keep a repaint of thousands of
events within a frame's time.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap, QPolygonF, QStaticText, QTransform

from wsis_desktop.timeline.colours import Colours
from wsis_desktop.timeline.data import SPAN
from wsis_desktop.timeline.layout import Box, DrawnCluster, DrawnEvent, Frame

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class TextCache:
    """Prepared static texts (and their sizes) by (text, font), and count badges as pixmaps;
    each cleared when it grows too big."""

    PAD = 2  # px around a badge in its pixmap, for the outline of a highlighted one

    def __init__(self, size: int = 5000) -> None:
        self.items: dict[tuple[str, str], tuple[QStaticText, float, float]] = {}  # by (text, font key)
        self._badges: dict[Hashable, QPixmap] = {}
        self._size = size

    def badge(self, text: str, box: Box, font: QFont, ratio: float,
              style: tuple[QPen | Qt.PenStyle, QColor, QColor], font_key: str) -> QPixmap:
        """A pill of ``box``'s size with ``text`` centred, in ``style`` (pen, fill, ink), made
        once: stamping it costs a third of drawing a rounded, antialiased shape and a text."""
        pen, fill, ink = style
        key = (text, round(box[2], 1), round(box[3], 1), font_key, ratio, fill.rgba(), ink.rgba(),
               pen if isinstance(pen, Qt.PenStyle) else (pen.color().rgba(), pen.widthF()))
        found = self._badges.get(key)
        if found is None:
            if len(self._badges) >= 512:
                self._badges.clear()
            found = self._badges[key] = _badge_pixmap(text, box[2], box[3], font, ratio, style, self.PAD)
        return found

    def get(self, text: str, font: QFont, font_key: str) -> tuple[QStaticText, float, float]:
        key = (text, font_key)
        found = self.items.get(key)
        if found is None:
            if len(self.items) >= self._size:
                self.items.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            size = static.size()
            found = self.items[key] = (static, size.width(), size.height())
        return found


class _Texts:
    """Left-aligned (or centred), vertically centred text: static when cached, drawText otherwise."""

    def __init__(self, painter: QPainter, font: QFont, cache: TextCache | None) -> None:
        self._painter, self.font, self.cache = painter, font, cache
        self.font_key = font.key()

    def draw(self, box: QRectF, text: str) -> None:
        if self.cache is None:
            self._painter.drawText(box, _LEFT, text)
            return
        static, _width, height = self.cache.get(text, self.font, self.font_key)
        self._painter.drawStaticText(QPointF(box.left(), box.center().y() - height / 2), static)

    def draw_boxes(self, labels: Sequence[tuple[Box, str]]) -> None:
        """Like draw(), for many of a layout's (x, y, width, height) boxes, each with its text;
        static text on whole pixels (the loop of a repaint, so the cache is read directly)."""
        painter = self._painter
        if self.cache is None:
            for box, text in labels:
                painter.drawText(QRectF(*box), _LEFT, text)
            return
        found, get, font, font_key = self.cache.items, self.cache.get, self.font, self.font_key
        for (x, y, _w, h), text in labels:
            static, _width, height = found.get((text, font_key)) or get(text, font, font_key)
            painter.drawStaticText(round(x), round(y + (h - height) / 2), static)

    def draw_box_centred(self, box: Box, text: str) -> None:
        if self.cache is None:
            self._painter.drawText(QRectF(*box), Qt.AlignmentFlag.AlignCenter, text)
            return
        static, width, height = self.cache.get(text, self.font, self.font_key)
        self._painter.drawStaticText(round(box[0] + (box[2] - width) / 2),
                                     round(box[1] + (box[3] - height) / 2), static)


def _badge_pixmap(text: str, width: float, height: float, font: QFont, ratio: float,
                  style: tuple[QPen | Qt.PenStyle, QColor, QColor], pad: int) -> QPixmap:
    pen, fill, ink = style
    pixmap = QPixmap(math.ceil((width + 2 * pad) * ratio), math.ceil((height + 2 * pad) * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(pen)
    painter.setBrush(fill)
    box = QRectF(pad, pad, width, height)
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def faded(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


class _Runs:
    """Sets pen and brush only when they change between consecutive items."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self._key: Hashable = None

    def use(self, key: Hashable, pen: QPen | Qt.PenStyle, brush: QBrush | QColor | Qt.BrushStyle) -> None:
        if key != self._key:
            self._painter.setPen(pen)
            self._painter.setBrush(brush)
            self._key = key

    def use_made(self, key: Hashable, make: Callable[[], tuple[QPen, QColor]]) -> None:
        """Like use(), but builds the pen and brush only when the key changes."""
        if key != self._key:
            pen, brush = make()
            self._painter.setPen(pen)
            self._painter.setBrush(brush)
            self._key = key


def paint_marks(painter: QPainter, frame: Frame, lane_colours: Sequence[QColor], colours: Colours,
                highlighted: frozenset[str], texts: _Texts) -> None:
    """Bars first, then markers, then badges, then labels on top of everything."""
    dim = bool(highlighted)
    view = (frame.plot.left() - 4, frame.plot.right() + 4)
    bars: dict[tuple[int, bool, bool, bool], list[QRectF]] = {}
    markers: list[tuple[DrawnEvent, bool]] = []
    for drawn in frame.events:
        lit = dim and drawn.event.id in highlighted
        if drawn.shape == "bar":
            x, y, w, h = drawn.box
            x0, x1 = max(x, view[0]), min(x + w, view[1])  # only where it can be seen
            bars.setdefault((drawn.lane, drawn.kind != SPAN, dim and not lit, lit), []).append(
                QRectF(x0 + 0.5, y + 0.5, x1 - x0 - 1, h - 1))
        else:
            markers.append((drawn, lit))
    _paint_bars(painter, bars, lane_colours, colours)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)  # diamonds and round badges
    runs = _Runs(painter)
    markers.sort(key=lambda m: (m[0].lane, m[0].shape))
    for drawn, lit in markers:
        _paint_marker(painter, runs, drawn, lane_colours[drawn.lane], colours, dim and not lit, lit)
    lit_indices = {frame.clusters[0].data.index[i] for i in highlighted
                   if i in frame.clusters[0].data.index} if frame.clusters and dim else set()
    _paint_clusters(painter, runs, frame.clusters, lane_colours, colours, lit_indices, dim, texts, view)
    painter.setPen(colours.text)
    faint = [d for d in frame.events if d.label_box is not None and dim and d.event.id not in highlighted]
    texts.draw_boxes([(d.label_box, d.label) for d in frame.events
                      if d.label_box is not None and not (dim and d.event.id not in highlighted)])
    if faint:
        painter.setPen(colours.muted)
        texts.draw_boxes([(d.label_box, d.label) for d in faint if d.label_box is not None])


def _paint_bars(painter: QPainter, bars: dict[tuple[int, bool, bool, bool], list[QRectF]],
                lane_colours: Sequence[QColor], colours: Colours) -> None:
    """Bars in one call per style, square and unsmoothed: they are upright rectangles (crisp on
    whole pixels), and a rounded, smoothed outline cost 15-20 µs a bar. Outlines are 1 px:
    Qt dashes a thicker or smoothed outline some fifteen times slower (3 ms for a year drawn
    across 1,800 px), and unsmoothed, 1.2 px looked the same as 1."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for (lane, ranged, dimmed, lit), rects in bars.items():
        pen, brush = _event_style("bar", ranged, lane_colours[lane], colours, dimmed, lit)
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRects(rects)
    painter.restore()


def _paint_marker(painter: QPainter, runs: _Runs, drawn: DrawnEvent, colour: QColor, colours: Colours,
                  dimmed: bool, lit: bool) -> None:
    """A diamond for a day, a small block for a month or year (or a period) too short for a bar."""
    ranged = drawn.kind != SPAN
    runs.use_made((drawn.lane, drawn.shape, ranged, dimmed, lit),
                  lambda: _event_style(drawn.shape, ranged, colour, colours, dimmed, lit))
    x, y, w, h = drawn.box
    if drawn.shape == "diamond":
        cx, cy, r = x + w / 2, y + h / 2, w / 2 + 0.5
        painter.drawPolygon(QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy),
                                       QPointF(cx, cy + r), QPointF(cx - r, cy)]))
    else:
        painter.drawRoundedRect(QRectF(x + 1, y + 1, w - 2, h - 2), 2, 2)


def _event_style(shape: str, ranged: bool, colour: QColor, colours: Colours, dimmed: bool,
                 lit: bool) -> tuple[QPen, QColor]:
    """Bars are translucent (text stays readable over them); a whole month or year gets a
    dashed outline, because its edges are the calendar's, not a known day."""
    edge = faded(colour, 90) if dimmed else colour
    if shape == "bar":
        pen = QPen(colours.accent, 2.5) if lit else QPen(edge, 1)
        if not ranged:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen, faded(colour, 40 if dimmed else (110 if ranged else 60))
    if shape == "diamond":
        return (QPen(colours.accent, 2.5) if lit else QPen(colours.base, 1)), edge
    return (QPen(colours.accent, 2.5) if lit else QPen(edge, 1.2)), faded(colour, 40 if dimmed else 140)


def _paint_clusters(painter: QPainter, runs: _Runs, clusters: Sequence[DrawnCluster],
                    lane_colours: Sequence[QColor], colours: Colours, lit_indices: set[int], dim: bool,
                    texts: _Texts, view: tuple[float, float]) -> None:
    """Extents (merged where they overlap, so a crowded row is one line), badges, counts."""
    if not clusters:
        return
    lit_of = [bool(lit_indices) and not lit_indices.isdisjoint(c.members) for c in clusters]
    fills = [(faded(c, 80), c, faded(c, 50), faded(c, 110)) for c in lane_colours]
    ink = [QColor(255, 255, 255) if c.lightness() < 150 else QColor(0, 0, 0) for c in lane_colours]
    lit_pen = QPen(colours.accent, 2.5)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # upright lines, 3 px thick
    for (lane, faint), boxes in _merged_extents(clusters, lit_of, dim, view).items():
        runs.use(("extent", lane, faint), Qt.PenStyle.NoPen, fills[lane][2 if faint else 3])
        painter.drawRects(boxes)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if texts.cache is not None:  # on screen: stamped from prepared pixmaps
        cache, ratio, pad = texts.cache, painter.device().devicePixelRatioF(), texts.cache.PAD
        stamps: dict[tuple[int, int, bool, bool], QPixmap] = {}
        for cluster, lit in zip(clusters, lit_of, strict=True):
            lane, count, faint = cluster.lane, len(cluster.members), dim and not lit
            pixmap = stamps.get((lane, count, faint, lit))
            if pixmap is None:
                style = (lit_pen if lit else Qt.PenStyle.NoPen, fills[lane][0 if faint else 1], ink[lane])
                pixmap = cache.badge(cluster.text, cluster.box, texts.font, ratio, style, texts.font_key)
                stamps[(lane, count, faint, lit)] = pixmap
            x, y, _w, _h = cluster.box
            painter.drawPixmap(round(x) - pad, round(y) - pad, pixmap)
        return
    for cluster, lit in zip(clusters, lit_of, strict=True):
        faint = dim and not lit
        runs.use(("badge", cluster.lane, faint, lit), lit_pen if lit else Qt.PenStyle.NoPen,
                 fills[cluster.lane][0 if faint else 1])
        x, y, w, h = cluster.box
        painter.drawRoundedRect(QRectF(x, y, w, h), h / 2, h / 2)
    runs.use("badge-text", Qt.PenStyle.NoPen, Qt.BrushStyle.NoBrush)
    lane = -1
    for cluster in clusters:
        if cluster.lane != lane:
            lane = cluster.lane
            painter.setPen(ink[lane])
        texts.draw_box_centred(cluster.box, cluster.text)


def _merged_extents(clusters: Sequence[DrawnCluster], lit_of: Sequence[bool], dim: bool,
                    view: tuple[float, float]) -> dict[tuple[int, bool], list[QRectF]]:
    """The extent lines longer than their badges, cut to what can be seen, joined where they
    meet in a row; by lane and faintness (one fill each)."""
    spans: dict[tuple[int, int, bool], list[list[float]]] = {}  # [x0, x1, y, height] by row
    for cluster, lit in zip(clusters, lit_of, strict=True):
        x, y, w, h = cluster.extent_box
        if w <= cluster.box[2]:
            continue
        x0, x1 = max(x, view[0]), min(x + w, view[1])
        row = spans.setdefault((cluster.lane, cluster.row, dim and not lit), [])
        if row and x0 <= row[-1][1]:
            row[-1][1] = max(row[-1][1], x1)
        else:
            row.append([x0, x1, y, h])
    merged: dict[tuple[int, bool], list[QRectF]] = {}
    for (lane, _row, faint), lines in spans.items():
        merged.setdefault((lane, faint), []).extend(QRectF(x0, y, x1 - x0, h) for x0, x1, y, h in lines)
    return merged
