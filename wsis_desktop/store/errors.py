"""Errors the store reports to people, each with a one-line message.

They are "environment" errors in the qutebrowser sense: a missing, corrupt,
foreign or newer file. Callers show ``str(error)`` and carry on or exit;
anything else that escapes the store is a bug.
"""

from __future__ import annotations


class PackError(Exception):
    """The knowledge pack cannot be used; ``str()`` says why in one line."""


class PackMissing(PackError):
    """No file where the pack should be."""


class PackCorrupt(PackError):
    """The file is not a readable SQLite database, or is damaged."""


class PackForeign(PackError):
    """A readable SQLite file, but not a WSIS Desktop knowledge pack."""


class PackTooNew(PackError):
    """A pack written by a newer version of the app."""


class PackUnsupported(PackError):
    """This machine's SQLite lacks something the pack needs (FTS5)."""


class PackWriteError(PackError):
    """A pack could not be written (folder missing or read-only, disk full)."""


class NotFound(PackError):
    """No entity with the id asked for."""
