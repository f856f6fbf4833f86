"""PDF briefing packs: the same code path for the export dialog and ``wsis-desktop export``.

No widgets here except the optional ``dialog`` module; rendering uses QtGui only.
"""

from wsis_desktop.export.errors import ExportCancelled, ExportError, SelectionError, WriteFailed
from wsis_desktop.export.options import ExportOptions
from wsis_desktop.export.pdf import ExportResult, count_pages, export_pdf
from wsis_desktop.export.selection import Selection

__all__ = [
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "Selection",
    "SelectionError",
    "WriteFailed",
    "count_pages",
    "export_pdf",
]
