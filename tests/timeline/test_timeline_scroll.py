"""Eight lanes in a short dock: they scroll under a fixed header, with a scroll bar, the
wheel and the keyboard; labels stay with their lanes; Ctrl+wheel still zooms."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from timeline_helpers import shown  # tests/timeline/timeline_helpers.py

from wsis_desktop.store import Pack
from wsis_desktop.timeline.layout import Frame
from wsis_desktop.timeline.widget import TimelineView


@pytest.fixture
def short(qtbot: QtBot, real_pack: Pack) -> Iterator[TimelineView]:
    """The real pack's eight lanes in a dock about as high as a 1366×768 laptop gives it."""
    yield shown(qtbot, TimelineView(real_pack), 1366, 200)


def wheel(widget: object, pos: QPointF, dy: int,
          mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    event = QWheelEvent(pos, pos, QPoint(0, 0), QPoint(0, dy), Qt.MouseButton.NoButton, mods,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def lane(frame: Frame, lane_id: str):  # type: ignore[no-untyped-def]  # a DrawnLane
    return next(d for d in frame.lanes if d.id == lane_id)


def test_lanes_overflow_and_the_scroll_bar_shows(short: TimelineView) -> None:
    canvas = short.canvas
    assert len(short.data.lanes) == 8
    assert canvas.max_scroll() > 0
    assert short.scroll_bar.isVisible()
    assert short.scroll_bar.maximum() == math.ceil(canvas.max_scroll())
    last = lane(canvas.frame(), "agenda-2030")
    assert last.rect.top() >= canvas.frame().plot.bottom()  # out of sight before scrolling
    short.scroll_bar.setValue(short.scroll_bar.maximum())
    frame = canvas.frame()
    last = lane(frame, "agenda-2030")
    assert frame.plot.top() <= last.rect.top() and last.rect.bottom() == pytest.approx(frame.plot.bottom())
    assert any(d.event.track == "agenda-2030" for d in frame.events)
    assert not any(d.event.track == "summits" and d.rect.bottom() <= frame.plot.top() for d in frame.events)


def test_lane_labels_move_with_their_lanes(short: TimelineView) -> None:
    canvas = short.canvas
    before = lane(canvas.frame(), "igf")
    canvas.set_scroll_y(40)
    after = lane(canvas.frame(), "igf")
    assert after.rect.top() == pytest.approx(before.rect.top() - 40)
    assert after.label_rect.center().y() == pytest.approx(after.rows[0])  # beside its first row
    assert after.label_rect.center().y() == pytest.approx(before.label_rect.center().y() - 40)
    assert canvas.frame().axis_rect.top() == 0  # the header stays put


def test_wheel_scrolls_overflowing_lanes_and_ctrl_wheel_zooms(short: TimelineView) -> None:
    canvas = short.canvas
    x = canvas.plot().left() + 300
    scale = canvas.scale
    wheel(canvas, QPointF(x, 150), dy=-120)  # wheel down: lanes move up
    assert canvas.scroll_y > 0 and canvas.scale == scale
    assert short.scroll_bar.value() == round(canvas.scroll_y)
    wheel(canvas, QPointF(x, 150), dy=120)
    assert canvas.scroll_y == 0
    day = canvas.scale.day_at(300)
    wheel(canvas, QPointF(x, 150), dy=120, mods=Qt.KeyboardModifier.ControlModifier)
    assert canvas.scale.span < scale.span
    assert canvas.scale.day_at(300) == pytest.approx(day, abs=1e-6)  # zoomed about the cursor
    assert canvas.scroll_y == 0


def test_wheel_zooms_when_everything_fits(short: TimelineView, qtbot: QtBot) -> None:
    short.resize(1366, round(short.canvas.natural_height()) + 60)
    qtbot.wait(10)
    canvas = short.canvas
    assert canvas.max_scroll() == 0 and not short.scroll_bar.isVisible()
    span = canvas.scale.span
    wheel(canvas, QPointF(canvas.plot().left() + 300, 100), dy=120)
    assert canvas.scale.span < span


def test_hiding_lanes_shrinks_the_scroll(short: TimelineView) -> None:
    canvas = short.canvas
    canvas.set_scroll_y(canvas.max_scroll())
    for action in short.lane_actions()[:6]:
        action.setChecked(False)
    assert canvas.max_scroll() == 0 and canvas.scroll_y == 0
    assert not short.scroll_bar.isVisible()


def test_keys_scroll_lanes_and_traversal_brings_the_event_into_sight(short: TimelineView,
                                                                     qtbot: QtBot) -> None:
    canvas = short.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.scroll_y == pytest.approx(canvas.row_step())
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.scroll_y == 0
    agenda = [e.id for e in canvas.shown_events() if e.track == "agenda-2030"]
    summits = [e.id for e in canvas.shown_events() if e.track == "summits"]
    for target in (agenda[-1], summits[0], agenda[0]):
        canvas.set_current(target)
        frame = canvas.frame()
        found = frame.find(target)
        assert found is not None, target
        assert frame.plot.top() <= found.rect.top() and found.rect.bottom() <= frame.plot.bottom(), target
    # stepping with the arrow keys from a lane out of sight scrolls each focused event into view
    canvas.set_scroll_y(0)
    for _ in range(30):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        found = canvas.frame().find(canvas.current)
        assert found is not None and canvas.frame().plot.contains(found.rect.center())
