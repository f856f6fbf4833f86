"""The window's commands: one QAction each, with its standard shortcut, and the menus that list them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow

from wsis_desktop.views.icons import arrow_icon, bookmark_icon

Key = QKeySequence.StandardKey


class ReaderActions:
    """Creates the actions on ``window`` (so their shortcuts work anywhere in it)."""

    def __init__(self, window: QMainWindow) -> None:
        tr = window.tr
        self._window = window
        self.back = self._make(tr("&Back"), [Key.Back, "Alt+Left"], "go_back")
        self.forward = self._make(tr("&Forward"), [Key.Forward, "Alt+Right"], "go_forward")
        self.fit_icons_to(window.palette())
        self.home = self._make(tr("&Start page"), ["Alt+Home"], "go_home")
        self.find = self._make(tr("&Search…"), [Key.Find], "find")
        self.quick_open = self._make(tr("&Go to…"), ["Ctrl+P"], "quick_open")
        self.focus_tree = self._make(tr("Show the &contents tree"), ["Ctrl+T"], "focus_tree")
        self.copy_citation = self._make(tr("&Copy citation"), ["Ctrl+Shift+C"], "copy_citation")
        self.zoom_in = self._make(tr("Zoom &in"), [Key.ZoomIn, "Ctrl+=", "Ctrl++"], "zoom_in")
        self.zoom_out = self._make(tr("Zoom &out"), [Key.ZoomOut, "Ctrl+-"], "zoom_out")
        self.zoom_reset = self._make(tr("&Normal size"), ["Ctrl+0"], "zoom_reset")
        self.meeting = self._make(tr("&Meeting mode"), [Key.FullScreen, "F11"], "meeting_mode")
        self.meeting.setCheckable(True)
        # Not Key.Print: that is Ctrl+P, which the issue gives to quick open (an ambiguous key fires neither).
        self.export_entry = self._make(tr("&Export entry to PDF…"), ["Ctrl+Shift+E"], "export_entry")
        self.export_branch = self._make(tr("Export &branch to PDF…"), ["Ctrl+Shift+B"], "export_branch")
        self.quit = self._make(tr("&Quit"), [Key.Quit, "Ctrl+Q"], "quit")
        self.about = self._make(tr("&About WSIS Desktop"), [], "about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self._make_personal(tr)

    def fit_icons_to(self, palette: QPalette) -> None:
        """Give the arrows the look that shows on ``palette`` (again when the desktop's changes)."""
        self.back.setIcon(arrow_icon(forward=False, palette=palette))
        self.forward.setIcon(arrow_icon(forward=True, palette=palette))

    def _make_personal(self, tr: Callable[[str], str]) -> None:
        self.toggle_bookmark = self._make(tr("&Bookmark this entry"), ["Ctrl+D"], "toggle_bookmark")
        self.toggle_bookmark.setCheckable(True)
        self.toggle_bookmark.setIcon(bookmark_icon())
        self.show_bookmarks = self._make(tr("Show &bookmarks"), ["Ctrl+Shift+D"], "show_bookmarks")
        self.show_notes = self._make(tr("Edit your &note"), ["Ctrl+Shift+N"], "show_notes")
        self.export_user = self._make(tr("Export my notes and &bookmarks…"), [], "export_user")
        self.export_notes = self._make(tr("Export notes as &Markdown…"), [], "export_notes")
        self.import_user = self._make(tr("&Import notes and bookmarks…"), [], "import_user")

    def personal_actions(self) -> list[QAction]:
        """The actions that need the user's own file (disabled when it was refused)."""
        return [self.toggle_bookmark, self.show_bookmarks, self.show_notes,
                self.export_user, self.export_notes, self.import_user]

    def _make(self, text: str, keys: Sequence[Key | str], name: str) -> QAction:
        """An action on the window, its shortcuts a standard key's bindings or a sequence like "Ctrl+P"."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        sequences: list[QKeySequence] = []
        for key in keys:
            for sequence in (QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]):
                if not sequence.isEmpty() and sequence not in sequences:
                    sequences.append(sequence)
        action.setShortcuts(sequences)
        self._window.addAction(action)
        return action

    def build_menus(self) -> None:
        tr = self._window.tr
        bar = self._window.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([self.export_entry, self.export_branch])
        file_menu.addSeparator()
        file_menu.addActions([self.export_user, self.export_notes, self.import_user])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit = bar.addMenu(tr("&Edit"))
        edit.addAction(self.copy_citation)
        go = bar.addMenu(tr("&Go"))
        go.addActions([self.back, self.forward, self.home])
        go.addSeparator()
        go.addActions([self.find, self.quick_open, self.focus_tree])
        go.addSeparator()
        self.go_menu = go  # the personal layer adds its Recent submenu here
        marks = bar.addMenu(tr("&Bookmarks"))
        marks.addActions([self.toggle_bookmark, self.show_bookmarks, self.show_notes])
        view = bar.addMenu(tr("&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view.addSeparator()
        view.addAction(self.meeting)
        self.briefing_menu = bar.addMenu(tr("&Briefing"))  # filled by the briefing layer, just after
        self.briefing_menu.setObjectName("briefing_menu")
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.about)

    def build_toolbar(self) -> None:
        tools = self._window.addToolBar(self._window.tr("Navigation"))
        tools.setObjectName("navigation_toolbar")
        tools.setMovable(False)
        tools.addActions([self.back, self.forward])
        tools.addSeparator()
        tools.addActions([self.find, self.quick_open, self.copy_citation])
        tools.addSeparator()
        tools.addAction(self.toggle_bookmark)
