"""The personal layer's storage: the user's own SQLite file, apart from the pack.

Plain Python and stdlib sqlite3; the only Qt use is QStandardPaths (QtCore) in
``location``. This package and wsis_desktop.store are the only places with SQL.
"""

from wsis_desktop.userdata.errors import (
    ImportRefused,
    InvalidInput,
    UnknownItem,
    UserDataCorrupt,
    UserDataError,
    UserDataForeign,
    UserDataTooNew,
    UserDataWriteError,
)
from wsis_desktop.userdata.location import default_user_db_path
from wsis_desktop.userdata.records import Bookmark, BriefingPack, HistoryEntry, Note, Orphan, PackItem, Tag
from wsis_desktop.userdata.schema import SCHEMA_VERSION
from wsis_desktop.userdata.store import UserStore
from wsis_desktop.userdata.transfer import FORMAT_VERSION, ImportSummary

__all__ = [
    "FORMAT_VERSION", "SCHEMA_VERSION", "Bookmark", "BriefingPack", "HistoryEntry", "ImportRefused",
    "ImportSummary", "InvalidInput", "Note", "Orphan", "PackItem", "Tag", "UnknownItem", "UserDataCorrupt",
    "UserDataError", "UserDataForeign", "UserDataTooNew", "UserDataWriteError", "UserStore",
    "default_user_db_path",
]
