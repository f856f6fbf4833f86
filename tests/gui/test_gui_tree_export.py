"""Several entries picked in the tree (Ctrl+click) go into one PDF, in tree order, through the dialog."""

from __future__ import annotations

from pathlib import Path

from gui_dialogs import answer_export  # tests/gui/gui_dialogs.py: this folder is on sys.path
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from wsis_desktop.views.main_window import MainWindow


def _ctrl_click(window: MainWindow, qtbot: QtBot, entity_id: str) -> None:
    view = window.tree_pane.view
    index = window.tree_pane._proxy.mapFromSource(window.tree_model.index_of(entity_id))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     view.visualRect(index).center())


def test_ctrl_click_picks_several_and_they_export_in_tree_order(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    pane = window.tree_pane
    window.open_entity("unga")
    for entity_id in ("cstd", "igf"):  # picked in another order than the tree's
        _ctrl_click(window, qtbot, entity_id)
    picked = pane.selected_ids()
    assert set(picked) == {"unga", "cstd", "igf"}
    tree_order = sorted(picked, key=lambda e: pane.view.visualRect(
        pane._proxy.mapFromSource(window.tree_model.index_of(e))).top())
    assert picked == tree_order
    assert pane.export_selected in pane.view.actions()  # offered in the tree's context menu
    seen: list = []
    answer_export(tmp_path / "three.pdf", notes=False, seen=seen)
    pane.export_selected.trigger()
    reader = PdfReader(tmp_path / "three.pdf")
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    titles = [window.pack.ref(e).title for e in tree_order]  # type: ignore[union-attr]
    assert [t for t in top if t in titles] == titles


def test_one_selected_row_exports_that_entry(window: MainWindow) -> None:
    window.tree_pane.select_entity("cstd")
    assert window.tree_pane.selected_ids() == ["cstd"]
    window.tree_pane.view.selectionModel().clearSelection()
    assert window.tree_pane.selected_ids() == []
    window.tree_pane.view.selectionModel().select(
        window.tree_pane._proxy.mapFromSource(window.tree_model.index_of("igf")),
        QItemSelectionModel.SelectionFlag.Select)
    assert window.tree_pane.selected_ids() == ["igf"]


def test_the_picked_rows_go_into_the_briefing_pack_together(window: MainWindow, qtbot: QtBot) -> None:
    window.open_entity("unga")
    _ctrl_click(window, qtbot, "cstd")
    window.briefing.tree_add.trigger()
    model = window.briefing.packs.model
    added = {model.item(row).entity_id for row in range(model.rowCount())}
    assert added == {"unga", "cstd"}
