"""The reader window: it assembles the panes and wires them in ``_wire``; each pane owns its behaviour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QMouseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from wsis_desktop.models.entity_tree import EntityTreeModel
from wsis_desktop.models.history import History
from wsis_desktop.services.paths import app_data_dir
from wsis_desktop.services.settings import Settings
from wsis_desktop.store import NotFound, Pack
from wsis_desktop.views.actions import ReaderActions
from wsis_desktop.views.detail_html import Acronyms
from wsis_desktop.views.detail_view import DetailView
from wsis_desktop.views.icons import kind_icon
from wsis_desktop.views.tree_pane import TreePane
from wsis_desktop.views.zoom import Zoom

if TYPE_CHECKING:
    from wsis_desktop.export import Selection
    from wsis_desktop.timeline.widget import TimelineView  # run-time import: app.attach_timeline
    from wsis_desktop.userdata import UserStore
    from wsis_desktop.views.personal.layer import PersonalLayer
    from wsis_desktop.views.personal.packs_layer import BriefingLayer
    from wsis_desktop.views.quick_open import QuickOpenDialog
    from wsis_desktop.views.search_panel import SearchPanel

#: A window that is ready but not painted by then (hidden behind others, say) is completed anyway.
FIRST_PAINT_WAIT_MS = 1000
_MOUSE_PRESS = QEvent.Type.MouseButtonPress  # looked up once: the filter sees every mouse event
_BACK_BUTTON = Qt.MouseButton.BackButton
_FORWARD_BUTTON = Qt.MouseButton.ForwardButton


class MainWindow(QMainWindow):
    """Tree | detail, a timeline dock at the bottom, search and quick open on demand.

    What the first paint does not need (the user file and the personal layer: notes, bookmarks and
    briefing-pack docks, the tags bar) is built by ``finish_building`` from the event loop once the
    ready window has been painted, or at once by whatever needs it first.

    Signals:
        entity_shown(str): the detail pane now shows this entity.
        became_ready(): shown, tree filled, first page rendered (``--quit-when-ready``).
        first_painted(): ready and painted once (or not painted a second after ready): the moment
            for what the first sight does not need.
    """

    entity_shown = Signal(str)
    became_ready = Signal()
    first_painted = Signal()

    def __init__(self, pack: Pack, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.settings = settings
        self.user: UserStore | None = None  # opened by finish_building; None after: personal features off
        self._personal: PersonalLayer | None = None  # made by finish_building
        self._briefing: BriefingLayer | None = None
        self.history = History()
        self.timeline: TimelineView | None = None
        self._search: SearchPanel | None = None  # made on first Ctrl+F
        self._quick_open: QuickOpenDialog | None = None  # made on first Ctrl+P
        self._ready = False
        self._painted = False  # the first paint has happened
        self._after_paint_done = False
        self.browsing = False  # True while showing an entry the reader stepped onto in the tree
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("WSIS Desktop"))
        self._fit_first_size()
        self._build()
        self._wire()
        self._restore()

    # ---- assembly ------------------------------------------------------------------------

    def _build(self) -> None:
        self.actions_ = ReaderActions(self)
        self.actions_.build_menus()
        self.actions_.build_toolbar()
        self.tree_model = EntityTreeModel(self.pack, kind_icon, self)
        self.tree_pane = TreePane(self.pack, self.tree_model, self)
        self.left = QStackedWidget(self)
        self.left.setObjectName("left_pane")
        self.left.addWidget(self.tree_pane)
        self.detail = DetailView(Acronyms(self.pack.glossary()), self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 940])
        self.setCentralWidget(self.splitter)
        self.timeline_dock = QDockWidget(self.tr("Timeline"), self)
        self.timeline_dock.setObjectName("timeline")
        self.timeline_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                       | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        self.timeline_dock.hide()
        self.zoom = Zoom(self.settings.zoom, self)
        self._panes_zoomed = False
        if self.zoom.level:  # a size other than normal shows at first sight; normal changes nothing yet
            self._zoom_panes()
        self._status_bar()

    def _status_bar(self) -> None:
        info = self.pack.info
        version = QLabel(self.tr("Knowledge pack {0}").format(info.data_version), self)
        version.setObjectName("pack_version")
        as_of = QLabel(self.tr("Knowledge base as of {0}").format(info.as_of.display()), self)
        as_of.setObjectName("pack_as_of")
        for label in (version, as_of):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    def _wire(self) -> None:
        """Every connection between panes, in one place."""
        acts = self.actions_
        acts.back.triggered.connect(self.go_back)
        acts.forward.triggered.connect(self.go_forward)
        acts.home.triggered.connect(self.show_start_page)
        acts.find.triggered.connect(self.show_search)
        acts.quick_open.triggered.connect(self.show_quick_open)
        acts.focus_tree.triggered.connect(self.show_tree)
        acts.copy_citation.triggered.connect(self.copy_citation)
        acts.zoom_in.triggered.connect(self.zoom.zoom_in)
        acts.zoom_out.triggered.connect(self.zoom.zoom_out)
        acts.zoom_reset.triggered.connect(self.zoom.reset)
        acts.meeting.toggled.connect(self.set_meeting_mode)
        acts.quit.triggered.connect(self.close)
        acts.export_entry.triggered.connect(self.export_entry)
        acts.export_branch.triggered.connect(self.export_branch)
        acts.about.triggered.connect(self.show_about)
        # Through ``personal``: a key pressed before the layer is built (just after the first paint)
        # builds it, instead of doing nothing.
        acts.toggle_bookmark.triggered.connect(self._toggle_bookmark)
        acts.show_bookmarks.triggered.connect(lambda: self.personal.show_bookmarks())
        acts.show_notes.triggered.connect(lambda: self.personal.show_notes())
        acts.export_user.triggered.connect(lambda: self.personal.export_json())
        acts.export_notes.triggered.connect(lambda: self.personal.export_markdown())
        acts.import_user.triggered.connect(lambda: self.personal.import_json())
        self.zoom.changed.connect(self._zoom_changed)
        self.tree_pane.entity_activated.connect(self.open_entity)
        self.tree_pane.entity_browsed.connect(self.browse_entity)
        self.tree_pane.export_requested.connect(self.export_entries)
        self.detail.entity_link_clicked.connect(self.open_entity)
        self.detail.citation_copied.connect(self._citation_copied)
        self.detail.highlighted.connect(self._link_hovered)
        if self.timeline is not None:
            self._wire_timeline(self.timeline)

    # ---- built just after the first paint ------------------------------------------------

    def finish_building(self) -> None:
        """Open the user file and build the personal layer; at once if called, else just after ready.

        Docks and toolbars made here were not there when ``_restore`` ran, so the saved window state
        is applied again now that they exist (QMainWindow.restoreState places only what exists).
        """
        if self._personal is not None:
            return
        from wsis_desktop.views.personal.layer import PersonalLayer  # loaded here: not needed to paint
        from wsis_desktop.views.personal.opening import open_user_store, show_refusal
        from wsis_desktop.views.personal.packs_layer import BriefingLayer

        self._zoom_panes()
        self.user, refusal = open_user_store(self.settings.profile)
        self._personal = PersonalLayer(self)
        self.actions_.go_menu.addMenu(self._personal.recent_menu)
        self._briefing = BriefingLayer(self)  # tags, briefing packs, exports of selections
        if not self.settings.window_state().isEmpty():
            self.restoreState(self.settings.window_state())
        self._wire_personal()
        self._briefing.wire()
        shown = self.detail.entity_id
        if shown:  # what was shown before: its visit, note and star, and the page's own parts if any
            self._personal.entity_shown(shown)
            if self._personal.page_extra(self.pack.detail(shown), self.detail.palette()):
                self.detail.refresh()  # not otherwise: the page would be rendered again unchanged
        if refusal:
            show_refusal(self, refusal)

    def _zoom_panes(self) -> None:
        """Put the panes shown from the start under the zoom (once)."""
        if not self._panes_zoomed:
            self._panes_zoomed = True
            for widget in (self.tree_pane.view, self.tree_pane.filter_box, self.detail):
                self.zoom.register(widget)

    def _after_first_paint(self) -> None:
        if self._after_paint_done:
            return
        self._after_paint_done = True
        if self.isVisible():  # a smoke test that quit at ready does not build it
            self.finish_building()
        self.first_painted.emit()

    @property
    def personal(self) -> PersonalLayer:
        """Bookmarks, notes and recent history (built on first use if it is not yet)."""
        self.finish_building()
        assert self._personal is not None
        return self._personal

    @property
    def briefing(self) -> BriefingLayer:
        """Tags, briefing packs and the exports of selections (built on first use if it is not yet)."""
        self.finish_building()
        assert self._briefing is not None
        return self._briefing

    def _toggle_bookmark(self, checked: bool) -> None:
        """Ctrl+D. Before the personal layer was built the star could not show whether the entry is
        bookmarked, so the press is read as "the other way round from what the user file says"."""
        if self._personal is None:
            self.finish_building()  # the star now shows the user file's answer
            checked = not self.actions_.toggle_bookmark.isChecked()
            self.actions_.toggle_bookmark.setChecked(checked)
        self.personal.toggle_bookmark(checked)

    def _wire_personal(self) -> None:
        personal = self.personal
        personal.entity_chosen.connect(self._open_from_search)
        self.entity_shown.connect(personal.entity_shown)

    def _wire_timeline(self, widget: TimelineView) -> None:
        # TimelineView.entity_activated carries an entity id; event_activated an event id (older views
        # had only that one, carrying the entity id).
        activated = getattr(widget, "entity_activated", None) or widget.event_activated
        activated.connect(self.open_entity)
        self.entity_shown.connect(widget.show_entity)
        self.briefing.wire_timeline(widget)

    def set_timeline(self, widget: TimelineView) -> None:
        """Put the timeline (a TimelineView) in the bottom dock and wire it to the reader."""
        self.finish_building()  # the briefing layer takes the timeline's ranges; state restored first
        self.timeline = widget
        self.timeline_dock.setWidget(widget)
        self.timeline_dock.show()
        self.zoom.register(widget)
        self._wire_timeline(widget)
        if self.detail.entity_id:
            widget.show_entity(self.detail.entity_id)

    def show_about(self) -> None:
        from wsis_desktop.views.about import show_about  # rarely opened: not loaded at start-up

        show_about(self, self.pack.info, app_data_dir(self.settings.profile), self.settings.file_name)

    def _fit_first_size(self) -> None:
        """First run: 1280×800, or 90% of a smaller screen (a 1366×768 laptop must see the status bar)."""
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        width, height = 1280, 800
        if room is not None:
            width, height = min(width, int(room.width() * 0.95)), min(height, int(room.height() * 0.9))
        self.resize(width, height)

    # ---- export --------------------------------------------------------------------------

    def export_entry(self) -> None:
        """Export the entry in the detail pane to PDF, through the export dialog."""
        if self.detail.entity_id:
            self.export_entries([self.detail.entity_id])

    def export_branch(self) -> None:
        """Export the shown entry and everything below it in the tree."""
        from wsis_desktop.export import Selection  # loaded on demand: keeps start-up lean

        if self.detail.entity_id:
            self.export_selection(Selection(subtree_ids=(self.detail.entity_id,)))

    def export_entries(self, entity_ids: list[str]) -> None:
        """Export these entries, in this order (the tree's selected rows, or the shown one)."""
        from wsis_desktop.export import Selection

        if entity_ids:
            self.export_selection(Selection.of_entities(*entity_ids))

    def export_selection(self, selection: Selection, title: str = "") -> None:
        """The one way to the export dialog: every export of the window comes through here."""
        from wsis_desktop.export.dialog import export_from_gui

        notes = self.briefing.notes_provider()
        result = export_from_gui(self, self.pack, selection, title=title, notes=notes)
        if result is not None:
            self.statusBar().showMessage(self.tr("Saved {0}").format(str(result.path)), 8000)

    # ---- navigation ----------------------------------------------------------------------

    def open_entity(self, entity_id: str, record: bool = True) -> bool:
        """Show ``entity_id`` in the detail pane and the tree; False (and a message) if unknown."""
        try:
            detail = self.pack.detail(entity_id)
        except NotFound:
            self.statusBar().showMessage(self.tr("No entry “{0}” in this knowledge pack.").format(entity_id),
                                         5000)
            return False
        self.detail.show_detail(detail)
        self.tree_pane.select_entity(entity_id)
        if record:
            self.history.visit(entity_id)
        self._update_history_actions()
        self.setWindowTitle(self.tr("{0} — WSIS Desktop").format(detail.entity.title))
        self.settings.last_entity = entity_id
        self.entity_shown.emit(entity_id)
        return True

    def browse_entity(self, entity_id: str) -> None:
        """Show an entity the reader stepped onto in the tree; a run of such steps is one history step."""
        self.browsing = True  # read by entity_shown's receivers: a passing step, not a chosen visit
        try:
            shown = self.open_entity(entity_id, record=False)
        finally:
            self.browsing = False
        if shown:
            self.history.visit(entity_id, browsing=True)
            self._update_history_actions()

    def show_start_page(self) -> None:
        start = self.pack.overview_id()
        if start:
            self.open_entity(start)

    def go_back(self) -> None:
        entity_id = self.history.back()
        if entity_id:
            self.open_entity(entity_id, record=False)

    def go_forward(self) -> None:
        entity_id = self.history.forward()
        if entity_id:
            self.open_entity(entity_id, record=False)

    def _update_history_actions(self) -> None:
        self.actions_.back.setEnabled(self.history.can_go_back())
        self.actions_.forward.setEnabled(self.history.can_go_forward())

    # ---- finding -------------------------------------------------------------------------

    @property
    def search_panel(self) -> SearchPanel:
        """The search panel, made (and its module imported) on first use."""
        if self._search is None:
            from wsis_desktop.views.search_panel import SearchPanel

            self._search = SearchPanel(self.pack, self)
            self.zoom.register(self._search.query_box)
            self.zoom.register(self._search.results)
            self._search.entity_chosen.connect(self._open_from_search)
            self._search.dismissed.connect(self.show_tree)
            self.left.addWidget(self._search)
            self.briefing.attach_search(self._search)
        return self._search

    def show_search(self) -> None:
        if self.actions_.meeting.isChecked():
            self.left.show()
        self.left.setCurrentWidget(self.search_panel)
        self.search_panel.start()

    def _open_from_search(self, entity_id: str) -> None:
        if self.open_entity(entity_id):
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_tree(self) -> None:
        self.left.setCurrentWidget(self.tree_pane)
        if self.actions_.meeting.isChecked():
            self.left.hide()
            self.detail.setFocus()
        else:
            self.tree_pane.view.setFocus()

    def show_quick_open(self) -> None:
        if self._quick_open is None:
            from wsis_desktop.views.quick_open import QuickOpenDialog

            self._quick_open = QuickOpenDialog(self.pack, self)
            self._quick_open.entity_chosen.connect(self._open_from_search)
        self._quick_open.open_for()

    # ---- reading -------------------------------------------------------------------------

    def copy_citation(self) -> None:
        if not self.detail.copy_citation():
            self.statusBar().showMessage(self.tr("This entry has no citation to copy."), 4000)

    def _citation_copied(self, reference: str) -> None:
        self.statusBar().showMessage(self.tr("Copied: {0}").format(reference), 4000)

    def _link_hovered(self, url: QUrl) -> None:
        text = url.toDisplayString() if url.scheme() in ("http", "https") else ""
        if text:
            self.statusBar().showMessage(text, 3000)
        else:
            self.statusBar().clearMessage()

    def _zoom_changed(self, level: int) -> None:
        self.settings.zoom = level
        self.statusBar().showMessage(self.tr("Text size {0:+d}").format(level) if level else
                                     self.tr("Normal text size"), 2000)

    def set_meeting_mode(self, on: bool) -> None:
        """Full screen, large type, tree hidden: for reading in the room."""
        self.left.setVisible(not on)
        self.zoom.set_meeting(on)
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
            self.detail.setFocus()
        else:
            self.showMaximized() if getattr(self, "_was_maximized", False) else self.showNormal()

    # ---- state and events ----------------------------------------------------------------

    def _restore(self) -> None:
        if not self.settings.geometry().isEmpty():
            self.restoreGeometry(self.settings.geometry())
        if not self.settings.window_state().isEmpty():
            self.restoreState(self.settings.window_state())
        if not self.settings.splitter().isEmpty():
            self.splitter.restoreState(self.settings.splitter())
        last = self.settings.last_entity
        if not (last and self.open_entity(last)):
            self.show_start_page()

    def save_state(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        self.settings.zoom = self.zoom.level
        self.settings.sync()

    def is_ready(self) -> bool:
        return self.isVisible() and self.tree_model.rowCount() > 0 and self.detail.entity_id is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None:  # every mouse press in this window passes its QWindow first
            handle.installEventFilter(self)  # (again on a later show: Qt keeps one, never two)
        if not self._ready:
            QTimer.singleShot(0, self._check_ready)

    def _check_ready(self) -> None:
        if not self._ready and self.is_ready():
            self._ready = True
            self.became_ready.emit()  # first, so a smoke test's quit comes before what follows
            if self._painted:
                QTimer.singleShot(0, self, self._after_first_paint)
            # A window never painted; the window as context: no call once it is deleted.
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._after_first_paint)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The first paint of the window (children paint just after, in the same frame) starts a
        zero timer: it runs once the frame is on screen, so what it builds never delays it."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._ready:
                QTimer.singleShot(0, self, self._after_first_paint)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the desktop turned light or dark
            self.actions_.fit_icons_to(self.palette())

    def closeEvent(self, event: QCloseEvent) -> None:
        personal = self._personal
        if personal is not None and not personal.may_close():  # a note the user file refused: kept
            event.ignore()
            return
        if self.actions_.meeting.isChecked():
            self.actions_.meeting.setChecked(False)
        self.save_state()
        if personal is not None:
            personal.close()  # saves the note being typed, then closes the user file
        self.user = None
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The mouse's back and forward buttons, wherever the pointer is in this window.

        Installed on the window's QWindow, not the application: a filter on the application sees
        every event of every object, and wrapping them for Python made PySide create ~100 classes.
        """
        if event.type() == _MOUSE_PRESS and isinstance(event, QMouseEvent):
            if event.button() == _BACK_BUTTON:
                self.go_back()
                return True
            if event.button() == _FORWARD_BUTTON:
                self.go_forward()
                return True
        return False
