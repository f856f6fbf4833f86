"""File › Export my notes and bookmarks, Export notes as Markdown, Import: file choice and messages.

The store validates and writes; this module asks where, and says in one line
what happened. A refused import changes nothing and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wsis_desktop.userdata import ImportSummary, UserDataError, UserStore

JSON_NAME = "WSIS Desktop notes and bookmarks.json"
MARKDOWN_NAME = "WSIS Desktop notes.md"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonalTransfer", text)


def _documents(name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or Path.home()) / name)


def _save_path(parent: QWidget, title: str, name: str, filter_: str, suffix: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, _documents(name), filter_)
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)


def _tell(parent: QWidget, icon: QMessageBox.Icon, text: str, name: str) -> None:
    box = QMessageBox(icon, _tr("Your own data"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.exec()


def export_json(parent: QWidget, store: UserStore, path: Path | None = None) -> Path | None:
    """Write everything the reader has to one JSON file (asks where unless ``path`` is given)."""
    return _export(parent, store.export_json, path, _tr("Export my notes and bookmarks"), JSON_NAME,
                   _tr("JSON files (*.json)"), ".json")


def export_markdown(parent: QWidget, store: UserStore, path: Path | None = None) -> Path | None:
    """Write every note to one Markdown file for reading (asks where unless ``path`` is given)."""
    return _export(parent, store.export_notes_markdown, path, _tr("Export notes as Markdown"), MARKDOWN_NAME,
                   _tr("Markdown files (*.md)"), ".md")


def _export(parent: QWidget, write: Callable[[Path], None], path: Path | None, title: str, name: str,
            filter_: str, suffix: str) -> Path | None:
    """Ask where (unless given), write, and say why in one line if it could not be written."""
    path = path or _save_path(parent, title, name, filter_, suffix)
    if path is None:
        return None
    try:
        write(path)
    except UserDataError as error:
        _tell(parent, QMessageBox.Icon.Warning, str(error), "personal_export_error")
        return None
    return path


def import_json(parent: QWidget, store: UserStore, path: Path | None = None) -> ImportSummary | None:
    """Validate a whole export file, merge it, and say what was added; a bad file changes nothing."""
    if path is None:
        kinds = _tr("JSON files (*.json);;All files (*)")
        title = _tr("Import notes and bookmarks")
        chosen, _filter = QFileDialog.getOpenFileName(parent, title, _documents(""), kinds)
        if not chosen:
            return None
        path = Path(chosen)
    try:
        summary = store.import_json(path)
    except UserDataError as error:
        _tell(parent, QMessageBox.Icon.Warning, str(error), "personal_import_error")
        return None
    _tell(parent, QMessageBox.Icon.Information, summary_text(summary), "personal_import_done")
    return summary


def summary_text(summary: ImportSummary) -> str:
    """One line saying what an import added."""
    if summary.total == 0:
        return _tr("Nothing new: everything in that file was already here.")
    counts = [(summary.bookmarks, _tr("1 bookmark"), _tr("{0} bookmarks")),
              (summary.notes, _tr("1 note"), _tr("{0} notes")),
              (summary.tags, _tr("1 tag"), _tr("{0} tags")),
              (summary.packs, _tr("1 briefing pack"), _tr("{0} briefing packs")),
              (summary.pack_items, _tr("1 briefing pack entry"), _tr("{0} briefing pack entries")),
              (summary.history, _tr("1 recent entry"), _tr("{0} recent entries"))]
    parts = [one if count == 1 else many.format(count) for count, one, many in counts if count]
    return _tr("Imported: {0}. Nothing was replaced or duplicated.").format(", ".join(parts))
