"""Tags in the real window: the tags bar edits the shown entry's tags; the tree and search filter by tag."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from wsis_desktop.models import roles
from wsis_desktop.views.main_window import MainWindow


def visible_ids(window: MainWindow, parent: QModelIndex | None = None) -> set[str]:
    """Every entity id the tree shows now (its proxy's rows, all levels)."""
    model = window.tree_pane.view.model()
    parent = parent or QModelIndex()
    found = set()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.add(index.data(roles.ENTITY_ID))
        found |= visible_ids(window, index)
    return found


def type_tag(qtbot: QtBot, window: MainWindow, tag: str) -> None:
    field = window.briefing.tags.field
    field.setFocus()
    field.setText(tag)  # not typed key by key: the completion popup cannot open offscreen
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_tags_bar_adds_completes_and_removes(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.briefing.tags
    assert window.open_entity("igf")
    window.briefing.add_tag.trigger()  # Ctrl+Shift+T puts the keyboard in the tag field
    assert editor.field.hasFocus()
    type_tag(qtbot, window, "  red   line ")
    type_tag(qtbot, window, "Day 2")
    assert editor.tags() == ["Day 2", "red line"]
    assert editor.field.text() == ""
    assert [b.accessibleName() for b in editor.buttons] == ["Remove tag “Day 2”", "Remove tag “red line”"]
    assert window.user is not None and window.user.tags_for("igf") == ["Day 2", "red line"]
    window.open_entity("cstd")
    assert editor.tags() == []
    completer = editor.field.completer()
    completer.setCompletionPrefix("LINE")
    assert completer.currentCompletion() == "red line"  # offered from the tags in use, any case
    type_tag(qtbot, window, "red line")
    editor.buttons[0].click()
    assert window.user.tags_for("cstd") == []
    window.open_entity("igf")
    qtbot.keyClick(editor.field, Qt.Key.Key_Backspace)  # in the empty field: drops the last tag
    assert editor.tags() == ["Day 2"]


def test_tree_tag_filter_shows_tagged_entries_and_their_branches(window: MainWindow, qtbot: QtBot) -> None:
    store = window.user
    assert store is not None
    window.tree_pane.model.index_of("unga")  # load its branch, so "not shown" means filtered out
    everything = visible_ids(window)
    assert "unga" in everything
    store.add_tag("igf", "Internet Governance Forum", "day 1")
    store.add_tag("cstd", "CSTD", "day 1")
    store.add_tag("ecosoc", "ECOSOC", "later")
    window.briefing.tags_changed()
    box = window.briefing.tree_tags
    assert box.isVisibleTo(window) and box.accessibleName()
    assert [box.itemText(i) for i in range(box.count())] == ["All tags", "day 1 (2)", "later (1)"]
    box.choose("day 1")
    shown = visible_ids(window)
    assert {"igf", "cstd"} <= shown and "ecosoc" not in shown and "unga" not in shown
    ancestors = {ref.id for ref in window.pack.ancestors("igf")}
    assert ancestors <= shown  # the way to each match stays open
    window.tree_pane.set_filter("Internet")
    assert "igf" in visible_ids(window) and "cstd" not in visible_ids(window)  # text and tag together
    window.tree_pane.set_filter("")
    box.choose(None)
    assert visible_ids(window) >= everything  # (filtering loaded more branches)


def test_removing_the_last_use_of_the_chosen_tag_shows_all_again(window: MainWindow) -> None:
    store = window.user
    assert store is not None
    window.tree_pane.model.index_of("unga")
    assert "unga" in visible_ids(window)
    store.add_tag("igf", "Internet Governance Forum", "solo")
    window.briefing.tags_changed()
    window.briefing.tree_tags.choose("solo")
    assert "unga" not in visible_ids(window)
    window.open_entity("igf")
    window.briefing.tags.remove("solo")
    assert window.briefing.tree_tags.current_tag() is None
    assert "unga" in visible_ids(window)


def test_search_tag_filter_limits_results(window: MainWindow, qtbot: QtBot) -> None:
    store = window.user
    assert store is not None
    store.add_tag("igf-2025", "IGF 2025, Lillestrøm", "oslo")
    window.show_search()
    panel = window.search_panel
    panel.query_box.setText("IGF")
    panel.run_search()
    assert len(panel.result_ids()) > 1
    assert "igf-2025" in panel.result_ids()
    box = window.briefing.search_tags
    assert box.accessibleName() == "Only results with this tag"
    box.choose("oslo")
    assert panel.result_ids() == ["igf-2025"]
    panel.query_box.setText("")
    panel.run_search()
    assert panel.result_ids() == ["igf-2025"]  # no query: every entry with the tag
    store.add_tag("cstd", "CSTD", "oslo")
    window.briefing.tags_changed()
    panel.run_search()
    assert panel.result_ids() == ["cstd", "igf-2025"]  # by title
    box.choose(None)
    panel.query_box.setText("IGF")
    panel.run_search()
    assert len(panel.result_ids()) > 1


def test_note_matches_get_a_section_of_their_own(window: MainWindow, qtbot: QtBot) -> None:
    store = window.user
    assert store is not None
    store.set_note("cstd", "Commission on Science and Technology for Development",
                   "Ask the chair about 50% of the budget_line.")
    window.show_search()
    panel = window.search_panel
    notes = window.briefing.note_results
    for query, expected in [("budget_line", ["cstd"]), ("50%", ["cstd"]), ('"', []), ("CHAIR", ["cstd"])]:
        panel.query_box.setText(query)
        panel.run_search()
        assert notes.entity_ids() == expected, query
        assert notes.isVisibleTo(panel) == bool(expected)
    assert notes.heading.text() == "In your notes"
    assert "Ask the chair" in notes.list.item(0).text()
    with qtbot.waitSignal(window.entity_shown) as shown:
        notes.list.setCurrentRow(0)
        notes.list.itemActivated.emit(notes.list.item(0))
    assert shown.args == ["cstd"]
