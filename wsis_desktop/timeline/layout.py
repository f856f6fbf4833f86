"""Where each event, cluster, label and lane goes for a given scale and rectangle.

Two steps. Grouping (which events merge into a count badge) depends only on
the zoom, so it is computed once per *zoom level* (pixels-per-day rounded
*down* to a quarter power of two) and sub-row, in day coordinates, and cached:
panning never regroups, and spacing drawn at the real zoom is never tighter
than the spacing grouped at its level. Everything a group draws (marker or
bar, label, badge) ends before the next group's anchor, so nothing drawn in a
sub-row meets anything else there, whatever it holds: rows.stack_rows keeps
overlapping events in different sub-rows up to the zoom band's cap, and what
overlaps beyond it merges into count badges. Framing turns the groups that fall in the visible
window (found by bisection) into rectangles in painter coordinates.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from wsis_desktop.store.records import Era, Event
from wsis_desktop.timeline.data import POINT, TimelineData
from wsis_desktop.timeline.rows import CLOSEST_BAND, MARKER_PX, band_of
from wsis_desktop.timeline.scale import Axis, TimeScale, axis

MARK = MARKER_PX  # px: the size of a point event's marker, the smallest thing drawn
GAP = 4.0  # px: between a label and the next item
MIN_LABEL = 24.0  # px: a label with less room than this is left to the tooltip
NAMED = 48.0  # px: a bar alone gets at least this room for its label ("Co…" names nothing)
MAX_LABEL = 320.0
ROW_PAD = 3.0  # px: above a lane's first sub-row and below its last


class TextMetrics(Protocol):
    """What the layout needs to know about the font (see painter.FontTextMetrics)."""

    @property
    def key(self) -> Hashable: ...
    def width(self, text: str) -> float: ...
    def height(self) -> float: ...
    def elided(self, text: str, width: float) -> str: ...


# ---- grouping per zoom level -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Group:
    """Events of one lane drawn as one thing: an event alone, or a count badge."""

    members: tuple[int, ...]  # event indices, first is the anchor
    anchor: float  # day where the drawn shape starts (at the level's zoom)
    first: float  # earliest start day of the members
    last: float  # latest end day of the members
    head: tuple[float, float]  # start and end days of the first member


@dataclass(frozen=True, slots=True)
class LaneGroups:
    groups: tuple[Group, ...]
    anchors: tuple[float, ...]  # for bisect


def level_of(px_per_day: float) -> int:
    return math.floor(math.log2(px_per_day) * 4)


def badge_width(count: int | str, metrics: TextMetrics) -> float:
    return max(MARK + 8, metrics.width(str(count)) + 10)


def _anchor_px(start: float, end: float, ppd: float) -> float:
    """Left edge of the drawn shape: the bar's start, or a centred marker's left."""
    return min(start * ppd, (start + end) / 2 * ppd - MARK / 2)


def group_lane(data: TimelineData, members: tuple[int, ...], ppd: float, metrics: TextMetrics) -> LaneGroups:
    """Greedy sweep in anchor order: an item joins the open group while it starts before the
    group's badge (sized for one more member) would end plus a gap, or, while the group is one
    item, before that item's drawn shape ends; and a bar needs the least room for its label,
    or the next item joins it. So a run of periods (or months, or years) too short to name
    becomes one count badge instead of a row of unlabelled slivers, and splits as the zoom
    gives them room; day events drawn as bars at a close zoom merge only in pairs.

    So all a group draws (badge, shape, label; a badge's extent line is cut there) lies before
    the next group's anchor: at this zoom, and at every closer zoom of its level, where these
    gaps only grow."""
    starts, ends, shapes = data.starts, data.ends, data.shapes
    half = MARK / 2
    crowd = 4 + NAMED + GAP  # a bar's label starts 4 px in, and needs its room and a gap

    def reach(i: int) -> float:
        """The right edge of the item's drawn shape: a bar's end, or a centred marker's."""
        start, end = starts[i] * ppd, ends[i] * ppd
        return end if end - start >= MARK else (start + end) / 2 + half

    ordered = sorted((min(starts[i] * ppd, (starts[i] + ends[i]) / 2 * ppd - half), i) for i in members)
    widths = [badge_width("8" * d, metrics) + GAP for d in range(1, 7)]  # the widest digit
    groups: list[Group] = []
    k, n = 0, len(ordered)
    while k < n:
        a0, head = ordered[k]
        first, last = starts[head], ends[head]
        end = reach(head)
        if (ends[head] - starts[head]) * ppd >= MARK:  # a bar alone: room for its label, or it joins
            end = max(end, starts[head] * ppd + crowd)
        j = k + 1
        while j < n and (ordered[j][0] < a0 + widths[len(str(j - k + 1)) - 1] or ordered[j][0] < end):
            i = ordered[j][1]
            first, last = min(first, starts[i]), max(last, ends[i])
            period_bar = shapes[i] != POINT and (ends[i] - starts[i]) * ppd >= MARK
            end = starts[i] * ppd + crowd if period_bar else -math.inf
            j += 1
        members_here = tuple(o[1] for o in ordered[k:j])
        groups.append(Group(members_here, a0 / ppd, first, last, (starts[head], ends[head])))
        k = j
    return LaneGroups(tuple(groups), tuple(g.anchor for g in groups))


class GroupCache:
    """Groups per (lane, band and sub-row, level, filter, font), least recently used dropped first."""

    def __init__(self, size: int = 1024) -> None:
        self._items: OrderedDict[Hashable, LaneGroups] = OrderedDict()
        self._size = size

    def get(self, data: TimelineData, lane: Hashable, level: int, members: tuple[int, ...],
            filter_key: Hashable, metrics: TextMetrics) -> LaneGroups:
        key = (id(data), lane, level, filter_key, metrics.key)
        found = self._items.get(key)
        if found is None:
            found = group_lane(data, members, 2.0 ** (level / 4), metrics)
            self._items[key] = found
            if len(self._items) > self._size:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        return found


# ---- the frame ---------------------------------------------------------------------------


Box = tuple[float, float, float, float]  # x, y, width, height in painter coordinates


class DrawnEvent(NamedTuple):
    """One event drawn alone: ``shape`` is "diamond" (a day), "block" (a month or year
    too narrow to draw as a bar) or "bar" (its real extent).

    Hundreds are made per repaint, so they hold plain numbers (a tuple is made some twenty
    times faster than a QRectF or a frozen dataclass); ``rect`` and ``label_rect`` give Qt's."""

    event: Event
    lane: int
    shape: str
    box: Box
    label: str
    label_box: Box | None
    kind: int = POINT  # data.POINT, SPAN (a whole month or year) or RANGE
    row: int = 0  # the sub-row of its lane (periods that overlap are stacked)

    @property
    def rect(self) -> QRectF:
        return QRectF(*self.box)

    @property
    def label_rect(self) -> QRectF | None:
        return None if self.label_box is None else QRectF(*self.label_box)


class DrawnCluster(NamedTuple):
    """Several crowded events of one lane drawn as a count badge over their extent."""

    members: tuple[int, ...]  # indices into ``data.events``
    lane: int
    box: Box  # the badge
    extent_box: Box  # a thin line from the first start to the last end
    data: TimelineData
    row: int = 0  # the sub-row of its lane

    @property
    def rect(self) -> QRectF:
        return QRectF(*self.box)

    @property
    def extent(self) -> QRectF:
        return QRectF(*self.extent_box)

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(self.data.events[i] for i in self.members)

    @property
    def text(self) -> str:
        return str(len(self.members))


@dataclass(frozen=True, slots=True)
class DrawnLane:
    id: str
    label: str
    rect: QRectF  # the whole lane, gutter included (may lie outside the plot when scrolled)
    label_rect: QRectF
    rows: tuple[float, ...] = ()  # the centre y of each sub-row


@dataclass(frozen=True, slots=True)
class EraTitle:
    """An era's title in the era band: never over an event, a label or another title."""

    era: Era
    text: str
    rect: QRectF


@dataclass(frozen=True, slots=True)
class FrameOptions:
    """What to leave out: hidden lanes, and (when set) every event not in ``only``; and the
    zoom band whose rows the lanes use (rows.py; None: the band of the scale drawn)."""

    hidden_tracks: frozenset[str] = frozenset()
    only: frozenset[str] | None = None
    band: int | None = None

    def band_at(self, px_per_day: float) -> int:
        return band_of(px_per_day) if self.band is None else self.band


@dataclass(frozen=True, slots=True)
class Frame:
    """Everything one paint draws, in painter coordinates; also what clicks are tested on."""

    rect: QRectF
    plot: QRectF  # where time is drawn (right of the lane labels, below the header)
    axis_rect: QRectF
    era_rect: QRectF
    scale: TimeScale  # its width is the plot's width; x_of() + plot.left() = painter x
    axis: Axis
    lanes: tuple[DrawnLane, ...]
    eras: tuple[tuple[Era, QRectF], ...]
    events: tuple[DrawnEvent, ...]
    clusters: tuple[DrawnCluster, ...]
    era_titles: tuple[EraTitle, ...] = ()
    content_height: float = 0.0  # of all shown lanes; more than plot's height: they scroll
    scroll_y: float = 0.0  # how far the lanes are scrolled up (clamped to what exists)

    @property
    def max_scroll(self) -> float:
        return max(self.content_height - self.plot.height(), 0.0)

    def x(self, day: float) -> float:
        return self.plot.left() + self.scale.x_of(day)

    def label_rects(self) -> list[QRectF]:
        return [d.label_rect for d in self.events if d.label_rect is not None]

    def hit(self, pos: QPointF) -> DrawnEvent | DrawnCluster | None:
        """The topmost thing under ``pos``: badges, then markers, then bars, then labels."""
        if not self.plot.contains(pos):
            return None
        px, py = pos.x(), pos.y()
        for cluster in reversed(self.clusters):
            if _within(cluster.box, px, py, 2, 3):
                return cluster
        for drawn in sorted(self.events, key=lambda d: d.shape == "bar"):
            if _within(drawn.box, px, py, 3, 4):
                return drawn
        for drawn in self.events:
            if drawn.label_box is not None and _within(drawn.label_box, px, py, 0, 0):
                return drawn
        return None

    def find(self, event_id: str) -> DrawnEvent | DrawnCluster | None:
        """Where ``event_id`` is drawn: alone, inside a cluster, or not in view."""
        for drawn in self.events:
            if drawn.event.id == event_id:
                return drawn
        for cluster in self.clusters:
            index = cluster.data.index.get(event_id)
            if index in cluster.members:
                return cluster
        return None


def _within(box: Box, x: float, y: float, dx: float, dy: float) -> bool:
    """Whether (x, y) lies in ``box`` grown by ``dx`` and ``dy`` on each side (a mouse's slack)."""
    left, top, width, height = box
    return left - dx <= x < left + width + dx and top - dy <= y < top + height + dy


def header_heights(metrics: TextMetrics, has_eras: bool) -> tuple[float, float]:
    """Heights of the axis (two rows of labels) and of the era strip."""
    line = metrics.height()
    return 2 * line + 8, (line + 4 if has_eras else 0.0)


def row_height(metrics: TextMetrics) -> float:
    """One sub-row: a line of label text with a little air."""
    return metrics.height() + 4


def lane_heights(row_counts: list[int], metrics: TextMetrics, room: float) -> list[float]:
    """Each lane as tall as its sub-rows, sharing spare ``room`` evenly (up to 1.5 lines each)."""
    natural = [n * row_height(metrics) + 2 * ROW_PAD for n in row_counts]
    spare = (room - sum(natural)) / max(len(natural), 1)
    extra = min(max(spare, 0.0), 1.5 * metrics.height())
    return [h + extra for h in natural]


def shown_lanes(data: TimelineData, options: FrameOptions) -> list[int]:
    return [i for i, lane in enumerate(data.lanes) if lane.id not in options.hidden_tracks]


def natural_height(data: TimelineData, metrics: TextMetrics, options: FrameOptions | None = None,
                   band: int = CLOSEST_BAND) -> float:
    """Header and every shown lane at its compact height with the rows of zoom ``band`` (unless
    ``options`` sets one): what a drawing needs to show all."""
    options = options or FrameOptions()
    band = band if options.band is None else options.band
    axis_h, era_h = header_heights(metrics, bool(data.eras))
    counts = [len(data.rows_of(i, options.only, band)) for i in shown_lanes(data, options)]
    return axis_h + era_h + sum(lane_heights(counts, metrics, 0.0))


def gutter_width(data: TimelineData, metrics: TextMetrics) -> float:
    widest = max((metrics.width(lane.label) for lane in data.lanes), default=0.0)
    return min(max(widest + 16, 80.0), 190.0)


def plot_rect(data: TimelineData, rect: QRectF, metrics: TextMetrics) -> QRectF:
    """The part of ``rect`` where time is drawn; a scale's width should be its width."""
    axis_h, era_h = header_heights(metrics, bool(data.eras))
    gutter = gutter_width(data, metrics)
    return QRectF(rect.left() + gutter, rect.top() + axis_h + era_h,
                  max(rect.width() - gutter, 1.0), max(rect.height() - axis_h - era_h, 1.0))


def build_frame(data: TimelineData, scale: TimeScale, rect: QRectF, metrics: TextMetrics,
                options: FrameOptions | None = None, cache: GroupCache | None = None,
                scroll_y: float = 0.0) -> Frame:
    """Lay out what ``scale``'s range looks like inside ``rect`` (scale's width is replaced
    by the plot width), with the lanes scrolled up by ``scroll_y`` pixels when they overflow."""
    plot = plot_rect(data, rect, metrics)
    scale = scale.with_width(plot.width())
    axis_h, era_h = header_heights(metrics, bool(data.eras))
    axis_rect = QRectF(plot.left(), rect.top(), plot.width(), axis_h)
    era_rect = QRectF(plot.left(), rect.top() + axis_h, plot.width(), era_h)
    options = options or FrameOptions()
    shown = shown_lanes(data, options)
    only, band = options.only, options.band_at(scale.px_per_day)
    rows_of = [data.rows_of(i, only, band) for i in shown]  # "only the selection": no empty rows
    heights = lane_heights([len(rows) for rows in rows_of], metrics, plot.height())
    content = sum(heights)
    scroll_y = min(max(scroll_y, 0.0), max(content - plot.height(), 0.0))
    row_h = row_height(metrics)
    lanes: list[DrawnLane] = []
    events: list[DrawnEvent] = []
    clusters: list[DrawnCluster] = []
    cache = cache if cache is not None else GroupCache()
    level = level_of(scale.px_per_day)
    top = plot.top() - scroll_y
    for position, (lane_index, rows, lane_h) in enumerate(zip(shown, rows_of, heights, strict=True)):
        lane = data.lanes[lane_index]
        first = top + (lane_h - len(rows) * row_h) / 2  # the spare room above and below
        centres = tuple(first + (k + 0.5) * row_h for k in range(len(rows)))
        label_rect = QRectF(rect.left() + 6, centres[0] - row_h / 2, plot.left() - rect.left() - 12, row_h)
        lanes.append(DrawnLane(lane.id, metrics.elided(lane.label, label_rect.width()),
                               QRectF(rect.left(), top, rect.width(), lane_h), label_rect, centres))
        if top < plot.bottom() and top + lane_h > plot.top():  # lanes scrolled out of sight: skipped
            for k, (cy, members) in enumerate(zip(centres, rows, strict=True)):
                if cy - row_h / 2 >= plot.bottom() or cy + row_h / 2 <= plot.top():
                    continue
                groups = cache.get(data, (lane_index, band, k), level, members, only, metrics)
                _frame_lane(data, groups, scale, plot, (position, k), cy, metrics, events, clusters)
        top += lane_h
    eras = tuple(
        (era, QRectF(x0, era_rect.top(), x1 - x0, plot.bottom() - era_rect.top()))
        for era in data.eras
        if (x0 := max(plot.left() + scale.x_of(era.date.first_day().toordinal()), plot.left()))
        < (x1 := min(plot.left() + scale.x_of(era.end.last_day().toordinal() + 1), plot.right()))
    )
    return Frame(rect, plot, axis_rect, era_rect, scale, axis(scale), tuple(lanes), eras,
                 tuple(events), tuple(clusters), _era_titles(eras, era_rect, metrics), content, scroll_y)


def _era_titles(eras: tuple[tuple[Era, QRectF], ...], band: QRectF,
                metrics: TextMetrics) -> tuple[EraTitle, ...]:
    """Titles in the era band only, each from its era's start until the next era begins
    (a short era's title may run past its shading); too little room: left to the shading."""
    titles = []
    for k, (era, box) in enumerate(eras):
        left = box.left() + 4
        right = (eras[k + 1][1].left() if k + 1 < len(eras) else band.right()) - 6
        text = metrics.elided(era.title, right - left) if right - left >= MIN_LABEL else ""
        if text:
            titles.append(EraTitle(era, text, QRectF(left, band.top(), metrics.width(text), band.height())))
    return tuple(titles)


def _visible_groups(lanes: LaneGroups, scale: TimeScale) -> range:
    """Indices of the groups that may show in the window. All a group draws lies between its
    anchor and the next group's, so only the group anchored just before the window can reach
    into it from the left; ``slack`` covers anchors moving by up to a marker at the real zoom."""
    slack = MARK / scale.px_per_day
    lo = max(bisect_left(lanes.anchors, scale.start - slack) - 1, 0)
    return range(lo, bisect_left(lanes.anchors, scale.end + slack))


def _frame_lane(data: TimelineData, lanes: LaneGroups, scale: TimeScale, plot: QRectF,
                place: tuple[int, int], cy: float, metrics: TextMetrics, events: list[DrawnEvent],
                clusters: list[DrawnCluster]) -> None:
    """Rectangles for the visible groups of one sub-row (the hot loop of a repaint)."""
    visible = _visible_groups(lanes, scale)
    if not visible:
        return
    left, right = plot.left(), plot.right() - 2
    lane, sub_row = place
    line = metrics.height()
    bar_h = max(line - 3, MARK)
    bar_top, mark_top, label_top, badge_top = cy - bar_h / 2, cy - MARK / 2, cy - line / 2, cy - line / 2 - 1
    starts, ends, shapes, records = data.starts, data.ends, data.shapes, data.events
    ppd, origin, half = scale.px_per_day, scale.start, MARK / 2
    groups = lanes.groups
    stop = min(visible.stop + 1, len(groups))  # the group after the last limits its label
    xs = [left + (a if (a := (s - origin) * ppd) < (b := ((s + e) / 2 - origin) * ppd - half) else b)
          for s, e in (groups[g].head for g in range(visible.start, stop))]  # min() as a test: hot
    xs.append(math.inf)
    badges: dict[int, float] = {}
    elided, width_of = metrics.elided, metrics.width
    for n, g in enumerate(visible):
        group = groups[g]
        x, limit = xs[n], xs[n + 1] - GAP
        count = len(group.members)
        if count > 1:
            width = badges.get(count) or badges.setdefault(count, badge_width(count, metrics))
            x0, x1 = left + (group.first - origin) * ppd, left + (group.last - origin) * ppd
            if x < left < x1 - width:  # started before the window and still running: keep it in sight
                x = max(x, min(left, limit - width))
            if x1 > limit:  # a last marker's end may reach under the next item's left half
                x1 = limit
            clusters.append(DrawnCluster(group.members, lane, (x, badge_top, width, line + 2),
                                         (x0, cy - 1.5, x1 - x0, 3.0), data, sub_row))
            continue
        i = group.members[0]
        x0, x1 = left + (starts[i] - origin) * ppd, left + (ends[i] - origin) * ppd
        box: Box
        if x1 - x0 >= MARK:
            shape, box = "bar", (x0, bar_top, x1 - x0, bar_h)
            text_x = (x0 if x0 > left else left) + 4
            if (x1 - x0 < 2 * NAMED and limit - x1 >= NAMED + 3
                    and width_of(records[group.members[0]].title) > x1 - x0 - 8):
                text_x = x1 + 3  # beside a short bar: its edges (dashed for a month or year) cross text
        else:
            shape = "diamond" if shapes[i] == POINT else "block"
            box = (x, mark_top, MARK, MARK)
            text_x = x + MARK + 3
        end = limit if limit < right else right  # elided, never cut at the edge
        room = (end if end < text_x + MAX_LABEL else text_x + MAX_LABEL) - text_x
        if x1 <= left:  # a bar that ended before the window: its name would float free of it
            room = 0.0
        label, label_box = "", None
        event = records[i]
        if room >= MIN_LABEL:
            label = elided(event.title, room)
            if label:
                label_box = (text_x, label_top, w if (w := width_of(label)) < room else room, line)
        events.append(DrawnEvent(event, lane, shape, box, label, label_box, shapes[i], sub_row))


def cluster_tooltip(cluster: DrawnCluster, limit: int = 12) -> str:
    """"12 events, zoom in to separate them", their span, and the first titles, one a line."""
    return "\n".join(_cluster_lines(cluster, limit))


def cluster_description(cluster: DrawnCluster, limit: int = 20) -> str:
    """The same in one line, for a screen reader: what the badge holding the focus counts."""
    head, span, *lines = _cluster_lines(cluster, limit)
    return f"{head} ({span}): " + "; ".join(lines) + "."


def _cluster_lines(cluster: DrawnCluster, limit: int) -> list[str]:
    events = cluster.events
    first, last = events[0], max(events, key=lambda e: (e.end or e.date).last_day())
    head = QCoreApplication.translate("Timeline", "%n events, zoom in to separate them", "", len(events))
    span = f"{first.date.display()} – {(last.end or last.date).display()}"
    lines = [f"{e.when}: {e.title}" for e in events[:limit]]
    if len(events) > limit:
        lines.append(QCoreApplication.translate("Timeline", "and %n more", "", len(events) - limit))
    return [head, span, *lines]
