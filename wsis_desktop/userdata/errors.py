"""Errors the personal store reports to people, each with a one-line message.

Like the pack's errors these are "environment" errors: the caller shows
``str(error)`` and carries on. Whatever else escapes is a bug.
"""

from __future__ import annotations


class UserDataError(Exception):
    """The user's own data file cannot be used; ``str()`` says why in one line."""


class UserDataCorrupt(UserDataError):
    """The file is damaged or not an SQLite database; it is left untouched."""


class UserDataForeign(UserDataError):
    """A readable SQLite file, but not a WSIS Desktop user file; it is left untouched."""


class UserDataTooNew(UserDataError):
    """Written by a newer WSIS Desktop; refused so that it is not damaged."""


class UserDataWriteError(UserDataError):
    """A change or an export could not be written (read-only folder, disk full, locked)."""


class ImportRefused(UserDataError):
    """An import file was refused as a whole; nothing was changed."""


class UnknownItem(UserDataError):
    """No briefing pack or pack item with the id asked for."""


class InvalidInput(UserDataError):
    """A value the user typed cannot be stored as it is (empty tag, duplicate pack name, bad date)."""
