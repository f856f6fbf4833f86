"""PDF briefing packs: the same code path for the export dialog and ``wsis-desktop export``.

No widgets here except the optional ``dialog`` module; rendering uses QtGui only.
Names are loaded on first use: the command line registers ``export`` at every start,
and must not pay for the PDF machinery (Qt painting, pypdf) unless it exports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wsis_desktop.export.errors import ExportCancelled, ExportError, SelectionError, WriteFailed
    from wsis_desktop.export.options import ExportOptions
    from wsis_desktop.export.pdf import ExportResult, count_pages, export_pdf
    from wsis_desktop.export.selection import Selection

_HOMES = {
    "ExportCancelled": "errors", "ExportError": "errors", "SelectionError": "errors",
    "WriteFailed": "errors", "ExportOptions": "options", "ExportResult": "pdf",
    "count_pages": "pdf", "export_pdf": "pdf", "Selection": "selection",
}
__all__ = [
    "ExportCancelled", "ExportError", "ExportOptions", "ExportResult", "Selection", "SelectionError",
    "WriteFailed", "count_pages", "export_pdf",
]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"wsis_desktop.export.{_HOMES[name]}"), name)
    raise AttributeError(name)
