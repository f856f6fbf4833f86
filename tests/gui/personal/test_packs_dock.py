"""Briefing packs in the real window: add from the detail pane, tree and timeline; reorder by keyboard and
by drag; Delete and Enter; rename and delete; everything survives a restart."""

from __future__ import annotations

from collections.abc import Callable

from gui_dialogs import DialogAnswerer, answer_input  # tests/gui/gui_dialogs.py: on sys.path
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from wsis_desktop.models import roles
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.views.main_window import MainWindow
from wsis_desktop.views.personal.packs_model import PackItemsModel


def rows(window: MainWindow) -> list[str]:
    model = window.briefing.packs.model
    return [model.index(row).data() for row in range(model.rowCount())]


def fill(window: MainWindow) -> None:
    window.open_entity("igf")
    window.briefing.add_to_pack.trigger()  # Ctrl+Shift+K
    window.tree_pane.select_entity("cstd")
    window.briefing.tree_add.trigger()  # the tree's context menu
    window.briefing.add_range(PartialDate(2005), PartialDate(2006))
    window.open_entity("unga")
    window.briefing.add_to_pack.trigger()


def test_add_from_detail_tree_and_range_makes_a_pack(window: MainWindow) -> None:
    fill(window)
    packs = window.briefing.packs
    assert window.briefing.dock.isVisible()
    assert packs.pack_combo.currentText() == "Briefing pack"  # made on first add
    assert rows(window) == ["Internet Governance Forum",
                            "Commission on Science and Technology for Development",
                            "Timeline: 2005 – 2006", "United Nations General Assembly"]
    window.open_entity("igf")
    window.briefing.add_to_pack.trigger()
    assert len(rows(window)) == 4  # an entry is listed once
    assert "already in the briefing pack" in window.statusBar().currentMessage()
    for widget in (packs.pack_combo, packs.view, packs.export_button, packs.new_button):
        assert widget.accessibleName()
    assert "Ctrl+Up" in packs.view.toolTip() and "Alt+Up" in packs.view.toolTip()


def test_keyboard_reorders_removes_and_opens(window: MainWindow, qtbot: QtBot) -> None:
    fill(window)
    view = window.briefing.packs.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert rows(window)[2] == "Internet Governance Forum" and view.currentIndex().row() == 2
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert rows(window)[1] == "Internet Governance Forum"
    store = window.user
    assert store is not None
    (pack,) = store.packs()
    assert [item.title or item.start for item in pack.items][:2] == [
        "Commission on Science and Technology for Development", "Internet Governance Forum"]
    view.setCurrentIndex(view.model().index(0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert rows(window)[0] == "Internet Governance Forum"
    with qtbot.waitSignal(window.entity_shown) as shown:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert shown.args == ["igf"]


def test_drag_moves_through_mime_data(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]  # pytest-qt fixture
    fill(window)
    model = window.briefing.packs.model
    qtmodeltester.check(model)
    data = model.mimeData([model.index(0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert rows(window)[2] == "Internet Governance Forum"  # dropped before the 4th row
    data = model.mimeData([model.index(3)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert rows(window)[0] == "United Nations General Assembly"
    assert not model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    other = PackItemsModel(window.user)  # type: ignore[arg-type]  # the window has a store
    assert not model.dropMimeData(other.mimeData([]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 4)  # what QListView's internal move calls
    assert rows(window)[3] == "United Nations General Assembly"


def test_packs_survive_a_restart(make_window: Callable[..., MainWindow]) -> None:
    first = make_window()
    fill(first)
    first.briefing.packs.view.setCurrentIndex(first.briefing.packs.model.index(3))
    first.briefing.packs.move_current(-3)
    before = rows(first)
    first.close()
    second = make_window()
    assert rows(second) == before and before[0] == "United Nations General Assembly"


def test_new_rename_and_delete(window: MainWindow, dialogs: DialogAnswerer) -> None:
    fill(window)
    packs = window.briefing.packs
    answer_input("Day 2")
    packs.new_button.click()
    assert packs.pack_combo.currentText() == "Day 2" and rows(window) == []
    assert packs.hint.isVisibleTo(packs) and not packs.export_button.isEnabled()
    answer_input("Day 2 – plenary")
    packs.rename_button.click()
    assert [packs.pack_combo.itemText(i) for i in range(packs.pack_combo.count())] == [
        "Briefing pack", "Day 2 – plenary"]
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert not packs.create_pack("briefing   pack".replace("b", "B"))  # a clash: one clear message
    assert "already exists" in dialogs.seen[-1]
    packs.pack_combo.setCurrentIndex(0)
    assert len(rows(window)) == 4
    dialogs.answer(QMessageBox.StandardButton.Yes)
    packs.delete_button.click()
    assert "4 items" in dialogs.seen[-1]
    assert packs.pack_combo.count() == 1 and packs.pack_combo.currentText() == "Day 2 – plenary"


def test_timeline_range_menu_adds_to_the_pack(window: MainWindow, fixture_pack) -> None:  # type: ignore[no-untyped-def]  # Pack
    from wsis_desktop.timeline.widget import TimelineView

    timeline = TimelineView(fixture_pack)
    window.set_timeline(timeline)
    timeline.range_add_requested.emit(PartialDate(2015), PartialDate(2025, 12))
    assert rows(window) == ["Timeline: 2015 – December 2025"]


def test_export_says_which_entries_are_gone_and_cancel_exports_nothing(
        qtbot: QtBot, window: MainWindow, dialogs: DialogAnswerer) -> None:
    fill(window)
    packs = window.briefing.packs
    assert window.user is not None
    pack_id = window.user.packs()[0].id
    window.user.add_entity_item(pack_id, "dropped-by-a-newer-pack", "Old working group")
    packs.model.reload()
    emitted: list[tuple[object, str]] = []
    packs.export_requested.disconnect(window.briefing.export_sequence)  # no export dialog: only what is asked
    packs.export_requested.connect(lambda items, name: emitted.append((items, name)))
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    packs.request_export()
    assert "“Old working group”" in dialogs.seen[0] and emitted == []
    dialogs.answer(QMessageBox.StandardButton.Ok)
    packs.request_export()
    items = emitted[0][0]
    assert "dropped-by-a-newer-pack" not in items and items[0] == "igf" and len(items) == 4


def test_the_chosen_pack_is_the_one_shown_after_a_restart(make_window: Callable[..., MainWindow]) -> None:
    first = make_window()
    fill(first)  # makes "Briefing pack", first in name order
    assert first.briefing.packs.create_pack("Day 2")
    assert first.briefing.packs.pack_combo.currentText() == "Day 2"
    first.close()
    second = make_window()
    assert second.briefing.packs.pack_combo.currentText() == "Day 2" and rows(second) == []


def test_entries_dragged_in_from_the_tree_and_search_land_where_dropped(window: MainWindow,
                                                                       qtbot: QtBot) -> None:
    """What a drop from the tree or the results list does: the views are drag sources only, the pack
    list takes the entity ids at the drop row, and an entry already in the pack is not added again."""
    fill(window)  # igf, cstd, a range, unga
    packs = window.briefing.packs
    tree, proxy = window.tree_pane.view, window.tree_pane.view.model()
    assert tree.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
    dragged = [proxy.mapFromSource(window.tree_model.index_of(e)) for e in ("a-res-70-125", "igf")]
    data = proxy.mimeData(dragged)
    assert window.pack.ref("igf").title in data.text()  # type: ignore[union-attr]  # titles, for other programs
    model = packs.model
    assert packs.view.dragDropMode() == QAbstractItemView.DragDropMode.DragDrop  # takes drops from outside
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    ids = [model.item(row).entity_id for row in range(model.rowCount())]
    assert ids == ["igf", "a-res-70-125", "cstd", None, "unga"]  # igf was there already: not twice
    window.show_search()
    panel = window.search_panel
    qtbot.keyClicks(panel.query_box, "Tunis Agenda")
    panel.run_search()
    assert panel.results.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
    first = panel.model.index(0)
    found = first.data(roles.ENTITY_ID)
    assert model.dropMimeData(panel.model.mimeData([first]), Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert model.item(model.rowCount() - 1).entity_id == found
    bogus = QMimeData()
    bogus.setData(roles.ENTITY_IDS_MIME, b"not json")
    assert not model.dropMimeData(bogus, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    again = window.user.pack(window.user.packs()[0].id)  # type: ignore[union-attr]  # written through
    assert [item.entity_id for item in again.items][-1] == found


def test_the_pack_list_takes_a_drop_from_another_view(window: MainWindow) -> None:
    """Drag-enter, move and drop events sent to the list as the window system would send them."""
    fill(window)
    view = window.briefing.packs.view
    proxy = window.tree_pane.view.model()
    data = proxy.mimeData([proxy.mapFromSource(window.tree_model.index_of("a-res-70-125"))])
    at = QPointF(view.visualRect(view.model().index(0)).center())
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(at.toPoint(), Qt.DropAction.CopyAction, data, buttons, mods),
                  QDragMoveEvent(at.toPoint(), Qt.DropAction.CopyAction, data, buttons, mods),
                  QDropEvent(at, Qt.DropAction.CopyAction, data, buttons, mods)):
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted(), type(event).__name__
    ids = [view.model().item(row).entity_id for row in range(view.model().rowCount())]
    assert "a-res-70-125" in ids and len(ids) == 5



def test_a_first_pack_that_cannot_be_made_stops_the_add(window: MainWindow, dialogs: DialogAnswerer) -> None:
    """Adding with no pack chosen makes "Briefing pack" first; when that fails (here another window on the
    same file made one by that name meanwhile) the warning says why and the add stops there. It went on
    to add to a pack with id None, and the status bar said "No briefing pack with id None."."""
    assert window.user is not None and window.briefing.packs.pack_combo.count() == 0
    window.user.create_pack("Briefing pack")  # as the other window would: this list does not know it
    window.statusBar().clearMessage()
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert not window.briefing.packs.add_entity("igf", "Internet Governance Forum")
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert not window.briefing.packs.add_range(PartialDate(2005), PartialDate(2006))
    assert len(dialogs.seen) == 2 and all("already exists" in seen for seen in dialogs.seen)
    assert window.statusBar().currentMessage() == ""
    assert [len(pack.items) for pack in window.user.packs()] == [0]
