"""Translated words for the export: Qt's translate under the "Export" context, and %1-style filling."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2, ... replaced by ``values`` (as QString.arg does)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        template = template.replace(f"%{number}", str(value))
    return template
