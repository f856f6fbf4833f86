"""The range actions: export the visible (or a Shift+dragged) range to PDF, or add it to the
briefing pack; both carry the first and last day as PartialDates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from timeline_helpers import shown  # tests/timeline/timeline_helpers.py

from wsis_desktop.store import Pack
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.timeline.scale import ordinal
from wsis_desktop.timeline.widget import TimelineView

# Offscreen has no window manager: a popup menu cannot raise itself or grab the keyboard there.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def view(qtbot: QtBot, fixture_pack: Pack) -> Iterator[TimelineView]:
    widget = shown(qtbot, TimelineView(fixture_pack), 1366, 300)
    yield widget
    widget.ranges.menu.hide()


def day(text: str) -> PartialDate:
    return PartialDate.parse(text)


def test_menu_actions_emit_the_visible_range(view: TimelineView, qtbot: QtBot) -> None:
    canvas = view.canvas
    canvas.set_scale(canvas.scale.preset("year", about=ordinal(dt.date(2005, 6, 1))))
    menu = view.button("range").menu()
    texts = [a.text() for a in menu.actions() if a.isVisible() or not a.isSeparator()]
    assert "Export this range to PDF…" in texts and "Add this range to the briefing pack" in texts
    with qtbot.waitSignal(view.range_export_requested) as exported:
        view.ranges.export.trigger()
    assert exported.args == [day("2005-01-01"), day("2005-12-31")]
    canvas.set_scale(canvas.scale.preset("month", about=ordinal(dt.date(2025, 6, 20))))
    with qtbot.waitSignal(view.range_add_requested) as added:
        view.ranges.add.trigger()
    assert added.args == [day("2025-06-01"), day("2025-06-30")]


def test_whole_view_offers_whole_years_not_the_margins(view: TimelineView, qtbot: QtBot) -> None:
    view.canvas.apply_preset("all")
    assert view.canvas.scale.end > ordinal(dt.date(2028, 1, 1))  # room for labels on the right
    with qtbot.waitSignal(view.range_export_requested) as exported:
        view.ranges.export.trigger()
    first_event = view.data.events[0].date.first_day()
    last_end = max((e.end or e.date).last_day() for e in view.data.events)
    assert exported.args[0] == day(f"{min(first_event.year, 2004)}-01-01")  # the Tunis era starts in 2004
    assert exported.args[1] == day(f"{last_end.year}-12-31")


def test_menu_title_names_the_range(view: TimelineView) -> None:
    canvas = view.canvas
    canvas.set_scale(canvas.scale.preset("month", about=ordinal(dt.date(2005, 11, 16))))
    view.ranges.popup(canvas.mapToGlobal(QPoint(400, 100)))
    titles = [a.text() for a in view.ranges.menu.actions() if a.isSeparator() and a.text()]
    assert titles == ["1–30 November 2005"]
    assert not view.ranges.zoom.isVisible()  # nothing dragged out: nothing to zoom to


def test_context_menu_on_the_timeline(view: TimelineView) -> None:
    view.canvas.customContextMenuRequested.emit(QPoint(500, 120))
    assert view.ranges.menu.isVisible()


def shift_drag(widget: object, x0: float, x1: float, y: float = 150) -> None:
    shift = Qt.KeyboardModifier.ShiftModifier
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, x, button, buttons in ((QEvent.Type.MouseButtonPress, x0, left, left),
                                     (QEvent.Type.MouseMove, (x0 + x1) / 2, none, left),
                                     (QEvent.Type.MouseMove, x1, none, left),
                                     (QEvent.Type.MouseButtonRelease, x1, left, none)):
        pos = QPointF(x, y)
        QApplication.sendEvent(widget, QMouseEvent(kind, pos, pos, button, buttons, shift))


def test_shift_drag_offers_the_dragged_range(view: TimelineView, qtbot: QtBot) -> None:
    canvas = view.canvas
    canvas.set_scale(canvas.scale.preset("year", about=ordinal(dt.date(2005, 6, 1))))
    plot = canvas.plot()
    x0 = plot.left() + canvas.scale.x_of(ordinal(dt.date(2005, 3, 10)) + 0.5)
    x1 = plot.left() + canvas.scale.x_of(ordinal(dt.date(2005, 8, 20)) + 0.5)
    scale = canvas.scale
    with qtbot.waitSignal(canvas.range_selected) as picked:
        shift_drag(canvas, x0, x1)
    assert canvas.scale == scale  # a Shift+drag picks a range; it does not pan
    start, end = picked.args
    assert canvas.band == (start, end)
    assert view.ranges.menu.isVisible() and view.ranges.zoom.isVisible()
    with qtbot.waitSignal(view.range_export_requested) as exported:
        view.ranges.export.trigger()
    assert exported.args == [day("2005-03-10"), day("2005-08-20")]
    view.ranges.menu.hide()
    qtbot.waitUntil(lambda: canvas.band is None)
    with qtbot.waitSignal(view.range_add_requested) as added:  # later: the visible range again
        view.ranges.add.trigger()
    assert added.args == [day("2005-01-01"), day("2005-12-31")]


def test_zoom_to_a_dragged_range(view: TimelineView, qtbot: QtBot) -> None:
    canvas = view.canvas
    plot = canvas.plot()
    with qtbot.waitSignal(canvas.range_selected) as picked:
        shift_drag(canvas, plot.left() + 200, plot.left() + 420)
    view.ranges.zoom.trigger()
    assert (canvas.scale.start, canvas.scale.end) == pytest.approx(tuple(picked.args))
