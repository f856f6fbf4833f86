"""The reader window driven like a person would: clicks, keys, links, on the real fixture pack."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_dialogs import DialogAnswerer, step_down_the_tree  # tests/gui/gui_dialogs.py: on sys.path
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from wsis_desktop.models import roles
from wsis_desktop.store import Pack
from wsis_desktop.views.main_window import MainWindow


def _tree_index(window: MainWindow, entity_id: str):  # a proxy QModelIndex
    pane = window.tree_pane
    window.tree_pane.select_entity(entity_id)
    index = pane.view.currentIndex()
    assert index.data(roles.ENTITY_ID) == entity_id
    return index


def _anchor_position(window: MainWindow, href: str) -> int:
    """Where in the detail document the link to ``href`` starts."""
    block = window.detail.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                return fragment.position()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} in the page")


def test_start_page_status_bar_and_title(window: MainWindow) -> None:
    assert window.detail.entity_id == "overview"
    assert window.is_ready()
    as_of = window.statusBar().findChild(QLabel, "pack_as_of")
    version = window.statusBar().findChild(QLabel, "pack_version")
    assert as_of.text() == "Knowledge base as of 27 November 2026"
    assert "test.1" in version.text()
    assert as_of.isVisible()


def test_click_in_tree_shows_entity(window: MainWindow, qtbot: QtBot) -> None:
    index = _tree_index(window, "cstd")
    window.tree_pane.view.clearSelection()
    rect = window.tree_pane.view.visualRect(index)
    qtbot.mouseClick(window.tree_pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.detail.entity_id == "cstd"
    assert "Commission on Science and Technology for Development" in window.detail.toPlainText()


def test_search_then_open_result(window: MainWindow, qtbot: QtBot) -> None:
    window.actions_.find.trigger()
    panel = window.search_panel
    assert panel.query_box.hasFocus()
    qtbot.keyClicks(panel.query_box, "Commission on Science")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=1000)
    assert panel.model.index(0).data(roles.ENTITY_ID) == "cstd"
    qtbot.keyClick(panel.query_box, Qt.Key.Key_Return)
    assert window.detail.entity_id == "cstd"


def test_search_filters_by_kind_and_year(window: MainWindow, qtbot: QtBot) -> None:
    window.show_search()
    panel = window.search_panel
    panel.query_box.setText("igf")
    panel.run_search()
    kinds = {panel.model.index(r).data(roles.KIND) for r in range(panel.model.rowCount())}
    assert "mechanism" in kinds
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("meeting"))
    panel.run_search()
    kinds = {panel.model.index(r).data(roles.KIND) for r in range(panel.model.rowCount())}
    assert kinds == {"meeting"}
    panel.kind_box.setCurrentIndex(0)
    panel.year_from.setValue(2025)
    panel.year_to.setValue(2025)
    panel.run_search()
    assert [panel.model.index(r).data(roles.ENTITY_ID) for r in range(panel.model.rowCount())] == ["igf-2025"]


@pytest.mark.parametrize("text", ['"', "AND (", "*", "NEAR(", "-", "🙂🙂", "منتدى حوكمة الإنترنت",
                                  "x" * 10_000, "\x02\x03<b>", "   ", "igf OR 1=1; --"])
def test_odd_search_input_never_fails(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.show_search()
    panel = window.search_panel
    panel.query_box.setText(text)
    panel.run_search()
    if panel.model.rowCount() == 0 and text.strip():
        assert panel.message.isVisible() or not panel.isVisible()
        assert "Nothing found" in panel.message.text()
    qtbot.keyClick(panel.query_box, Qt.Key.Key_Return)  # opening "nothing" is harmless too
    assert window.detail.entity_id is not None


def test_escape_returns_from_search_to_tree(window: MainWindow, qtbot: QtBot) -> None:
    window.show_search()
    assert window.left.currentWidget() is window.search_panel
    qtbot.keyClick(window.search_panel.query_box, Qt.Key.Key_Escape)
    assert window.left.currentWidget() is window.tree_pane
    assert window.tree_pane.view.hasFocus()


def test_follow_relation_then_back_and_forward(window: MainWindow, qtbot: QtBot) -> None:
    window.open_entity("igf")
    window.detail.follow_link(QUrl("wsis:tunis-agenda"))
    assert window.detail.entity_id == "tunis-agenda"
    qtbot.keyClick(window.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.entity_id == "igf"
    qtbot.keyClick(window.detail, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.detail.entity_id == "tunis-agenda"
    assert window.actions_.back.isEnabled() and not window.actions_.forward.isEnabled()


def test_relation_link_click_with_the_mouse(window: MainWindow, qtbot: QtBot) -> None:
    window.open_entity("igf")
    cursor = QTextCursor(window.detail.document())
    cursor.setPosition(_anchor_position(window, "wsis:tunis-agenda") + 1)
    point = window.detail.cursorRect(cursor).center()
    qtbot.mouseClick(window.detail.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.detail.entity_id == "tunis-agenda"
    # The side buttons as a real mouse sends them: to the window's QWindow, which passes them to the
    # widget under the pointer (a click sent to a widget directly would skip the window's filter).
    handle = window.windowHandle()
    qtbot.mouseClick(handle, Qt.MouseButton.BackButton, pos=window.detail.viewport().mapTo(window, point))
    assert window.detail.entity_id == "igf"
    in_tree = window.tree_pane.view.viewport().mapTo(window, QPoint(10, 10))
    qtbot.mouseClick(handle, Qt.MouseButton.ForwardButton, pos=in_tree)
    assert window.detail.entity_id == "tunis-agenda"
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=in_tree)  # other buttons pass through
    assert window.tree_pane.view.hasFocus()


def test_relations_from_both_ends(window: MainWindow) -> None:
    window.open_entity("tunis-agenda")
    text = window.detail.toPlainText()
    assert "Established:" in text and "Internet Governance Forum" in text  # igf established_by tunis-agenda
    assert "Adopted at:" in text


def test_quick_open_by_document_symbol(window: MainWindow, qtbot: QtBot) -> None:
    window.actions_.quick_open.trigger()
    dialog = window._quick_open
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.box, "A/RES/70/125")
    assert dialog.model.index(0).data(roles.ENTITY_ID) == "a-res-70-125"
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.detail.entity_id == "a-res-70-125"


def test_keyboard_only_from_search_to_a_relation_and_back(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.search_panel.query_box
    assert box.hasFocus()
    qtbot.keyClicks(box, "IGF")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=1000)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_panel.results, Qt.Key.Key_Return)
    assert window.detail.entity_id == window.search_panel.model.index(0).data(roles.ENTITY_ID) == "igf"
    assert window.detail.hasFocus()
    # Tab through the page's links to the relation "Established by: Tunis Agenda", Enter follows it.
    for _ in range(30):
        qtbot.keyClick(window.detail, Qt.Key.Key_Tab)
        if window.detail.textCursor().charFormat().anchorHref() == "wsis:tunis-agenda" or \
                window.detail.textCursor().selectedText() == "Tunis Agenda for the Information Society":
            break
    else:
        pytest.fail("Tab never reached the relation link")
    qtbot.keyClick(window.detail, Qt.Key.Key_Return)
    assert window.detail.entity_id == "tunis-agenda"
    qtbot.keyClick(window.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.entity_id == "igf"


def test_settings_restored_in_a_new_window(make_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    first = make_window()
    first.resize(760, 560)  # a different size from the fixture's, so restoring shows
    first.splitter.setSizes([230, 520])
    first.open_entity("cstd")
    first.zoom.zoom_in()
    first.zoom.zoom_in()
    sizes = first.splitter.sizes()
    base = first.detail.font().pointSizeF() - 2
    first.close()
    second = make_window(resize=False)
    assert second.detail.entity_id == "cstd"
    assert second.zoom.level == 2
    assert second.detail.font().pointSizeF() == pytest.approx(base + 2)
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes() == sizes


def test_a_window_closed_unchanged_leaves_the_settings_file_alone(
        make_window: Callable[..., MainWindow], profile: Path) -> None:
    for entity_id in ("cstd", None):  # the second start settles where the window manager puts it
        window = make_window(resize=False)
        if entity_id:
            window.open_entity(entity_id)
        window.close()
    settings_file = profile / "settings.ini"

    def written() -> tuple[bytes, int, int]:
        return settings_file.read_bytes(), settings_file.stat().st_mtime_ns, settings_file.stat().st_ino

    before = written()
    unchanged = make_window(resize=False)
    assert unchanged.detail.entity_id == "cstd"
    unchanged.close()  # nothing changed: the file is not written again (same bytes, time and inode)
    assert written() == before
    changed = make_window(resize=False)
    changed.open_entity("igf")
    changed.close()  # a change is written
    assert settings_file.stat().st_ino != before[2] and b"last_entity=igf" in settings_file.read_bytes()


def test_zoom_keys_change_every_pane(window: MainWindow, qtbot: QtBot) -> None:
    detail, tree = window.detail.font().pointSizeF(), window.tree_pane.view.font().pointSizeF()
    qtbot.keyClick(window.detail, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.font().pointSizeF() == detail + 1
    assert window.tree_pane.view.font().pointSizeF() == tree + 1
    window.show_search()
    assert window.search_panel.results.font().pointSizeF() > tree
    qtbot.keyClick(window.detail, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.font().pointSizeF() == detail


def test_meeting_mode_hides_tree_and_enlarges_type(window: MainWindow, qtbot: QtBot) -> None:
    size = window.detail.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.actions_.meeting.isChecked()
    assert not window.left.isVisible()
    assert window.detail.font().pointSizeF() > size + 4
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.left.isVisible() and window.detail.font().pointSizeF() == size


def test_copy_citation_is_un_style(window: MainWindow, qtbot: QtBot) -> None:
    window.open_entity("igf")
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_C, mods)
    assert QGuiApplication.clipboard().text() == "WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72"
    window.detail.follow_link(QUrl("cite:0"))
    assert QGuiApplication.clipboard().text() == "WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72"


def test_acronyms_show_their_expansion(window: MainWindow) -> None:
    window.open_entity("igf")
    text = window.detail.toPlainText()
    at = text.index("The IGF meets")
    cursor = QTextCursor(window.detail.document())
    cursor.setPosition(at + len("The I"))
    assert cursor.charFormat().toolTip() == "Internet Governance Forum"


def test_quotations_are_marked_with_document_and_paragraph(window: MainWindow) -> None:
    window.open_entity("igf")
    text = window.detail.toPlainText()
    assert "“We ask the UN Secretary-General" in text
    assert "— WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72" in text


class _UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def url_recorder() -> _UrlRecorder:
    """Catches QDesktopServices.openUrl for http(s), Qt's own hook, so no browser starts."""
    recorder = _UrlRecorder()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    yield recorder
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_external_link_asks_first_and_cancel_opens_nothing(
        window: MainWindow, dialogs: DialogAnswerer, url_recorder: _UrlRecorder) -> None:
    window.open_entity("igf")
    address = "https://www.intgovforum.org/en/content/wsis20-and-igf20-review-by-the-un-general-assembly-2025"
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    window.detail.follow_link(QUrl(address))
    assert address in dialogs.seen[0]
    assert url_recorder.opened == []
    assert window.detail.entity_id == "igf"
    dialogs.answer(QMessageBox.StandardButton.Open)
    window.detail.follow_link(QUrl(address))
    assert url_recorder.opened == [address]


def test_other_schemes_are_refused(window: MainWindow, dialogs: DialogAnswerer,
                                   url_recorder: _UrlRecorder) -> None:
    for address in ("file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x"):
        dialogs.answer(QMessageBox.StandardButton.Ok)
        window.detail.follow_link(QUrl(address))
    assert len(dialogs.seen) == 3 and all("does not open links" in seen for seen in dialogs.seen)
    assert url_recorder.opened == []


def test_detail_never_loads_resources(window: MainWindow) -> None:
    from PySide6.QtGui import QTextDocument

    for address in ("https://example.org/x.png", "http://example.org/", "file:///etc/hostname", "x.png"):
        assert window.detail.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(address)) is None
        # QTextBrowser.loadResource takes the address as text too
        assert window.detail.loadResource(QTextDocument.ResourceType.ImageResource, address) is None
    window.detail.setHtml('<img src="https://example.org/tracker.png">')  # asks loadResource; gets nothing


def test_arrow_keys_in_the_tree_show_entries_but_make_one_history_step(
        window: MainWindow, qtbot: QtBot) -> None:
    seen = step_down_the_tree(window, qtbot, "cstd", 3)
    view = window.tree_pane.view
    assert len(set(seen)) == 3 and "cstd" not in seen  # each step shows its entry
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.entity_id == "cstd"  # one Back undoes the whole run
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.detail.entity_id == seen[-1]


def test_tree_filter_finds_unloaded_rows(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.tree_pane
    pane.set_filter("IGF 2025")
    proxy = pane.view.model()
    shown = []
    stack = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    while stack:
        index = stack.pop()
        shown.append(index.data(roles.ENTITY_ID))
        stack.extend(proxy.index(r, 0, index) for r in range(proxy.rowCount(index)))
    assert "igf-2025" in shown and "cstd" not in shown
    pane.set_filter("")
    assert proxy.rowCount() == window.tree_model.rowCount()


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    window.show_search()
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QSpinBox, QTextBrowser

    window.show_quick_open()

    controls = [w for kind in (QLineEdit, QComboBox, QSpinBox, QAbstractItemView, QTextBrowser)
                for w in window.findChildren(kind)
                if w.isVisible() and not isinstance(w.parent(), QSpinBox)]
    unnamed = [w for w in controls if not w.accessibleName()]
    assert controls and not unnamed, [type(w).__name__ + ":" + w.objectName() for w in unnamed]


class _LaneStandIn(QWidget):
    """A widget with the timeline's interface, to check the hook wires both directions."""

    entity_activated = Signal(str)
    event_activated = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    @Slot(str)
    def show_entity(self, entity_id: str) -> None:
        self.shown.append(entity_id)


def test_set_timeline_docks_and_wires_both_ways(window: MainWindow) -> None:
    lane = _LaneStandIn()
    window.set_timeline(lane)
    assert window.timeline_dock.widget() is lane and window.timeline_dock.objectName() == "timeline"
    assert lane.shown == ["overview"]
    window.open_entity("cstd")
    assert lane.shown[-1] == "cstd"
    lane.entity_activated.emit("igf")
    assert window.detail.entity_id == "igf"


def test_zoom_keys_in_the_timeline_zoom_time_not_text(window: MainWindow, fixture_pack: Pack,
                                                      qtbot: QtBot) -> None:
    from wsis_desktop.timeline.widget import TimelineView

    timeline = TimelineView(fixture_pack)
    window.set_timeline(timeline)
    window.show()
    qtbot.waitExposed(window)
    timeline.canvas.setFocus()
    qtbot.waitUntil(timeline.canvas.hasFocus)
    text_size, span = window.detail.font().pointSizeF(), timeline.canvas.scale.span
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert timeline.canvas.scale.span < span
    assert window.detail.font().pointSizeF() == text_size
