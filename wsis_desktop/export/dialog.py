"""The export dialog: cover texts, what to include, paper, a page-count preview, then progress with cancel.

The main window calls :func:`export_from_gui`; everything else goes through
``export_pdf``, the same code path as ``wsis-desktop export``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wsis_desktop.export.errors import ExportCancelled, ExportError
from wsis_desktop.export.options import ExportOptions, NotesProvider
from wsis_desktop.export.pdf import ExportResult, count_pages, export_pdf
from wsis_desktop.export.selection import Selection
from wsis_desktop.store import Pack, PackError


class ExportDialog(QDialog):
    """Asks how to export ``selection``; on Export writes the PDF with a cancellable progress dialog.

    Signals: ``exported(str)`` with the path written.
    """

    exported = Signal(str)

    def __init__(self, pack: Pack, selection: Selection, parent: QWidget | None = None,
                 title: str = "", default_path: Path | None = None,
                 notes: NotesProvider | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.selection = selection
        self.notes = notes
        self.result_: ExportResult | None = None
        self.setWindowTitle(self.tr("Export to PDF"))
        self._build(title, default_path)
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self.update_preview)
        self._wire()
        self.update_preview()

    # ---- building ------------------------------------------------------------------------

    def _build(self, title: str, default_path: Path | None) -> None:
        self.title_edit = self._line(title or self.tr("WSIS briefing"), self.tr("Title"))
        self.subtitle_edit = self._line("", self.tr("Subtitle"))
        self.author_edit = self._line("", self.tr("Author"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Date on the cover"))
        self.relations_box = self._check(self.tr("Relations"), True)
        self.citations_box = self._check(self.tr("Citations"), True)
        self.timeline_box = self._check(self.tr("Timeline strip"), True)
        # Off until ticked: a briefing is often sent on, and a private note must never leave by default.
        self.notes_box = self._check(self.tr("My notes"), False)
        self.notes_box.setEnabled(self.notes is not None)
        self.notes_box.setToolTip(self.tr("Your private notes, in boxes marked as yours. "
                                          "Off unless you tick it."))
        self.paper_combo = self._combo(self.tr("Paper size"),
                                       [(self.tr("A4"), "A4"), (self.tr("Letter"), "Letter")])
        self.orientation_combo = self._combo(self.tr("Orientation"), [(self.tr("Portrait"), "portrait"),
                                                                      (self.tr("Landscape"), "landscape")])
        self.path_edit = self._line(str(default_path or self._default_path()), self.tr("File"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        includes = QHBoxLayout()
        for box in (self.relations_box, self.citations_box, self.timeline_box, self.notes_box):
            includes.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Subtitle:"), self.subtitle_edit)
        form.addRow(self.tr("&Author:"), self.author_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("Include:"), includes)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        form.addRow(self.tr("&Orientation:"), self.orientation_combo)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        self.preview_label = QLabel()
        self.preview_label.setAccessibleName(self.tr("Page count preview"))
        self.message_label = QLabel(wordWrap=True)
        self.message_label.setAccessibleName(self.tr("Export problem"))
        self.message_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._show_problem("")

    def _line(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(name)
        return edit

    def _check(self, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        box.setAccessibleName(text)
        return box

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def _wire(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for box in (self.relations_box, self.citations_box, self.timeline_box, self.notes_box):
            box.toggled.connect(self._preview_timer.start)
        for combo in (self.paper_combo, self.orientation_combo):
            combo.currentIndexChanged.connect(self._preview_timer.start)
        for edit in (self.title_edit, self.subtitle_edit, self.author_edit):
            edit.textChanged.connect(self._preview_timer.start)

    def _default_path(self) -> Path:
        documents = QStandardPaths.StandardLocation.DocumentsLocation
        folder = QStandardPaths.writableLocation(documents) or str(Path.home())
        return Path(folder) / "WSIS briefing.pdf"

    # ---- what the user chose -------------------------------------------------------------

    def options(self) -> ExportOptions:
        date = self.date_edit.date()
        return ExportOptions(
            title=self.title_edit.text().strip() or self.tr("WSIS briefing"),
            subtitle=self.subtitle_edit.text().strip(),
            author=self.author_edit.text().strip(),
            date=dt.date(date.year(), date.month(), date.day()),
            include_relations=self.relations_box.isChecked(),
            include_citations=self.citations_box.isChecked(),
            include_timeline=self.timeline_box.isChecked(),
            include_notes=self.notes_box.isChecked(),
            notes=self.notes,
            paper=self.paper_combo.currentData(),
            orientation=self.orientation_combo.currentData(),
        )

    def out_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to PDF"), str(self.out_path()),
                                                    self.tr("PDF files (*.pdf)"))
        if name:
            self.path_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    # ---- preview and export --------------------------------------------------------------

    def done(self, result: int) -> None:  # Qt override
        """Closed either way: a page count still waiting would run after the caller moved on."""
        self._preview_timer.stop()
        super().done(result)

    def update_preview(self) -> None:
        """Lay the export out (without writing) and say how many pages it will have."""
        try:
            pages = count_pages(self.pack, self.selection, self.options())
        except (ExportError, PackError) as error:
            self.preview_label.setText("")
            self._show_problem(str(error))
            self.export_button.setEnabled(False)
            return
        self.preview_label.setText(self.tr("Pages: %1").replace("%1", str(pages)))
        self.export_button.setEnabled(True)

    def accept(self) -> None:
        """Export with progress; stay open with a message if it fails or is cancelled."""
        path = self.out_path()
        if not path.name or path.suffix.lower() != ".pdf":
            self._show_problem(self.tr("Choose a file name ending in .pdf."))
            return
        self._show_problem("")
        progress = QProgressDialog(self.tr("Writing the PDF…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.tr("Export to PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAccessibleName(self.tr("Export progress"))

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        try:
            self.result_ = export_pdf(self.pack, self.selection, self.options(), path,
                                      progress=report, cancelled=progress.wasCanceled)
        except ExportCancelled as error:
            self._show_problem(str(error))
            return
        except (ExportError, PackError) as error:
            self._show_problem(str(error))
            return
        finally:
            progress.reset()
            progress.deleteLater()
        self.exported.emit(str(self.result_.path))
        super().accept()

    def _show_problem(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))


def export_from_gui(parent: QWidget | None, pack: Pack, selection: Selection, title: str = "",
                    notes: NotesProvider | None = None) -> ExportResult | None:
    """Show the export dialog for ``selection``; return what was written, or None if cancelled."""
    dialog = ExportDialog(pack, selection, parent, title=title, notes=notes)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_ if accepted else None
    finally:
        dialog.deleteLater()
