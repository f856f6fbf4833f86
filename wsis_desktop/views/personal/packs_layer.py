"""Briefing packs and tags in the reader: the packs dock, the tags bar, tag filters, note search,
and every export of a selection from the window (a pack, search results, a timeline range).

Made by the main window in ``_build`` and connected in its ``_wire``; with no
user file (refused at start) only the exports of search results and ranges remain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

from wsis_desktop.models import roles
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.userdata import UserDataError
from wsis_desktop.views.note_results import NoteResults
from wsis_desktop.views.personal.packs_panel import PacksPanel, Sequence
from wsis_desktop.views.personal.tags_editor import TagEditor
from wsis_desktop.views.personal.tags_filter import TagFilterBox

if TYPE_CHECKING:
    from wsis_desktop.export import Selection
    from wsis_desktop.export.options import NotesProvider
    from wsis_desktop.views.main_window import MainWindow
    from wsis_desktop.views.search_panel import SearchPanel

ADD_TO_PACK_KEYS = "Ctrl+Shift+K"
ADD_TAG_KEYS = "Ctrl+Shift+T"


class BriefingLayer(QObject):
    """Tags and briefing packs for one window, and the window's selection exports."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.store = window.user
        self.search: SearchPanel | None = None
        self.menu: QMenu = window.actions_.briefing_menu  # in the menu bar from the first paint
        self.export_results = self._action(self.tr("Export search &results to PDF…"), "", "export_results")
        self.export_results.triggered.connect(self.export_search_results)
        if self.store is None:
            self.menu.addAction(self.export_results)
            return
        self.add_to_pack = self._action(self.tr("&Add to briefing pack"), ADD_TO_PACK_KEYS, "add_to_pack")
        self.add_tag = self._action(self.tr("Add a &tag…"), ADD_TAG_KEYS, "add_tag")
        self.packs = PacksPanel(self.store, window.pack.refs, window)
        self.packs.refresh_packs(choose=window.settings.briefing_pack)  # the pack chosen last time
        self.packs.model.modelReset.connect(self._remember_pack)  # every change of pack resets the list
        self.dock = QDockWidget(self.tr("Briefing packs"), window)
        self.dock.setObjectName("packs_dock")
        self.dock.setWidget(self.packs)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        show = self.dock.toggleViewAction()
        show.setText(self.tr("Show briefing &packs"))
        show.setShortcut(QKeySequence("Ctrl+Shift+J"))
        show.setObjectName("show_packs")
        self.menu.addActions([self.add_to_pack, show, self.add_tag])
        self.menu.addSeparator()
        self.menu.addAction(self.export_results)
        self.tags = TagEditor(self.store, window)
        self.tags_bar = QToolBar(self.tr("Tags"), window)
        self.tags_bar.setObjectName("tags_toolbar")
        self.tags_bar.addWidget(self.tags)
        window.addToolBar(self.tags_bar)
        self.tree_tags = TagFilterBox(self.store, self.tr("Show only entries with this tag"), window)
        window.tree_pane.add_filter_widget(self.tree_tags)
        self.tree_add = self._action(self.tr("Add to briefing pack"), "", "tree_add_to_pack")
        window.tree_pane.view.addAction(self.tree_add)
        window.tree_pane.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _action(self, text: str, keys: str, name: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
            self._window.addAction(action)
        return action

    # ---- wiring --------------------------------------------------------------------------

    def _remember_pack(self) -> None:
        self._window.settings.briefing_pack = self.packs.current_pack_id()

    def wire(self) -> None:
        if self.store is None:
            return
        window = self._window
        self.add_to_pack.triggered.connect(self.add_shown_entity)
        self.add_tag.triggered.connect(self.focus_tags)
        self.tree_add.triggered.connect(lambda: self._add_entities(window.tree_pane.selected_ids()))
        self.tree_tags.tag_chosen.connect(self._tree_tag_chosen)
        self.tags.tags_changed.connect(self.tags_changed)
        self.tags.failed.connect(self._say)
        self.packs.entity_activated.connect(window.open_entity)
        self.packs.export_requested.connect(self.export_sequence)
        self.packs.said.connect(self._say)
        window.entity_shown.connect(self.entity_shown)
        if window.detail.entity_id:
            self.entity_shown(window.detail.entity_id)

    def wire_timeline(self, timeline: QWidget) -> None:
        """The timeline's "export this range" and "add this range to the pack" (when it has them)."""
        exported = getattr(timeline, "range_export_requested", None)
        if exported is not None:
            exported.connect(self.export_range)
        added = getattr(timeline, "range_add_requested", None)
        if added is not None and self.store is not None:
            added.connect(self.add_range)

    def attach_search(self, panel: SearchPanel) -> None:
        """Give a new search panel its tag filter, its "In your notes" section and its result commands."""
        self.search = panel
        export = QAction(self.tr("Export results to PDF…"), panel)
        export.triggered.connect(self.export_search_results)
        panel.add_result_action(export)
        if self.store is None:
            return
        add = QAction(self.tr("Add to briefing pack"), panel)
        add.triggered.connect(lambda: self._add_index(panel.results.currentIndex()))
        panel.add_result_action(add)
        self.search_tags = TagFilterBox(self.store, self.tr("Only results with this tag"), panel)
        panel.add_filter_widget(self.search_tags)
        self.search_tags.tag_chosen.connect(lambda _tag: panel.set_tag_ids(self.search_tags.entity_ids()))
        self.note_results = NoteResults(self.store, panel)
        panel.add_section(self.note_results)
        panel.searched.connect(lambda _count: self.note_results.show_for(panel.query_box.text()))
        self.note_results.entity_chosen.connect(self._window.open_entity)

    # ---- tags ----------------------------------------------------------------------------

    def _tree_tag_chosen(self, _tag: str | None) -> None:
        self._window.tree_pane.set_tag_ids(self.tree_tags.entity_ids())

    def entity_shown(self, entity_id: str) -> None:
        ref = self._window.pack.refs([entity_id]).get(entity_id)
        self.tags.set_entity(entity_id, ref.title if ref else entity_id)

    def focus_tags(self) -> None:
        self.tags_bar.show()
        self.tags.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tags_changed(self) -> None:
        self.tree_tags.refresh()
        if self.tree_tags.current_tag() is not None:
            self._window.tree_pane.set_tag_ids(self.tree_tags.entity_ids())
        if self.search is not None:
            self.search_tags.refresh()
            if self.search_tags.current_tag() is not None:
                self.search.set_tag_ids(self.search_tags.entity_ids())

    # ---- packs ---------------------------------------------------------------------------

    def add_shown_entity(self) -> None:
        entity_id = self._window.detail.entity_id
        if entity_id:
            self._add_entity(entity_id)

    def _add_index(self, index: QModelIndex) -> None:
        """Add the entity at ``index`` of any entity list (a row with an ``roles.ENTITY_ID``)."""
        entity_id = index.data(roles.ENTITY_ID) if index.isValid() else None
        if entity_id:
            self._add_entity(entity_id)

    def _add_entities(self, entity_ids: list[str]) -> None:
        """The tree's selected rows, in tree order."""
        for entity_id in entity_ids:
            self._add_entity(entity_id)

    def _add_entity(self, entity_id: str) -> None:
        ref = self._window.pack.refs([entity_id]).get(entity_id)
        self.dock.show()
        self.packs.add_entity(entity_id, ref.title if ref else entity_id)

    def add_range(self, start: PartialDate, end: PartialDate) -> None:
        self.dock.show()
        self.packs.add_range(start, end)

    # ---- exports -------------------------------------------------------------------------

    def notes_provider(self) -> NotesProvider | None:
        """The reader's note on an entity, for "Include my notes"; None without a user file."""
        store = self.store
        if store is None:
            return None

        def note(entity_id: str) -> str | None:
            try:
                found = store.note(entity_id)
            except UserDataError:
                return None
            return found.body if found else None
        return note

    def export_sequence(self, items: Sequence, name: str) -> None:
        from wsis_desktop.export import Selection

        self._export(Selection.of_sequence(items), name)

    def export_search_results(self) -> None:
        from wsis_desktop.export import Selection

        panel = self.search
        ids = panel.result_ids() if panel is not None else []
        if panel is None or not ids:
            self._say(self.tr("Search first: there are no results to export."))
            return
        query = panel.query_box.text().strip()
        self._export(Selection(entity_ids=tuple(ids)), self.tr("Search: {0}").format(query) if query else "")

    def export_range(self, start: PartialDate, end: PartialDate) -> None:
        from wsis_desktop.export.selection import DateRange, Selection

        title = self.tr("Timeline, {0} to {1}").format(start.display(), end.display())
        self._export(Selection(ranges=(DateRange(start, end),)), title)

    def _export(self, selection: Selection, title: str) -> None:
        self._window.export_selection(selection, title)

    def _say(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 6000)
