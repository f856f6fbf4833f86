"""Errors an export reports to people; ``str()`` is one line that says what to do."""

from __future__ import annotations


class ExportError(Exception):
    """The export did not produce a file; nothing was written or replaced."""


class SelectionError(ExportError):
    """The selection cannot be exported: unknown id, nothing selected, inverted dates."""


class WriteFailed(ExportError):
    """The PDF could not be written (folder not writable, disk full, ...)."""


class ExportCancelled(ExportError):
    """The user cancelled; no file was written."""
