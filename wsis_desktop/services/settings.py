"""Typed, central settings: every option declared once with its default.

Window state (geometry, splitters) and reader preferences (zoom, last entity)
are kept apart as in Picard's ``config.py``. With ``--profile DIR`` everything
goes to ``DIR/settings.ini``; otherwise to the platform's usual place.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from wsis_desktop.services.paths import settings_file

#: Bump when a key changes meaning; older values are then ignored.
SETTINGS_VERSION = 1
ZOOM_MIN, ZOOM_MAX = -6, 16


class Option(NamedTuple):
    key: str
    default: object


GEOMETRY = Option("window/geometry", QByteArray())
WINDOW_STATE = Option("window/state", QByteArray())
SPLITTER = Option("window/splitter", QByteArray())
ZOOM = Option("reader/zoom", 0)
LAST_ENTITY = Option("reader/last_entity", "")
BRIEFING_PACK = Option("briefing/pack", 0)


class Settings:
    """The app's settings, read and written through typed properties."""

    def __init__(self, profile: Path | None = None) -> None:
        self.profile = profile
        path = settings_file(profile)
        if path is None:
            self._store = QSettings()
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)
        if self._store.value("version", SETTINGS_VERSION, int) != SETTINGS_VERSION:
            self._store.clear()
        self._set("version", SETTINGS_VERSION)

    def _set(self, key: str, value: object) -> None:
        """Set ``key`` only if its value changes: an unchanged file is not rewritten at every exit."""
        current = self._store.value(key)
        if isinstance(value, QByteArray):
            unchanged = isinstance(current, QByteArray) and current == value
        else:  # the INI file gives text back ("2" for 2)
            unchanged = current is not None and str(current) == str(value)
        if not unchanged:
            self._store.setValue(key, value)

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def _bytes(self, option: Option) -> QByteArray:
        value = self._store.value(option.key, option.default)
        return value if isinstance(value, QByteArray) else QByteArray()

    def _int(self, option: Option) -> int | None:
        """The option's value as a whole number (the INI file gives text back), or None if it is none."""
        value = self._store.value(option.key, option.default)
        if not isinstance(value, int | float | str):  # a QVariant holds any Python object
            return None
        try:
            return int(value)
        except ValueError:
            return None

    def geometry(self) -> QByteArray:
        return self._bytes(GEOMETRY)

    def window_state(self) -> QByteArray:
        return self._bytes(WINDOW_STATE)

    def splitter(self) -> QByteArray:
        return self._bytes(SPLITTER)

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self._set(GEOMETRY.key, geometry)
        self._set(WINDOW_STATE.key, state)
        self._set(SPLITTER.key, splitter)

    @property
    def zoom(self) -> int:
        value = self._int(ZOOM)
        return 0 if value is None else max(ZOOM_MIN, min(ZOOM_MAX, value))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set(ZOOM.key, max(ZOOM_MIN, min(ZOOM_MAX, int(value))))

    @property
    def last_entity(self) -> str:
        return str(self._store.value(LAST_ENTITY.key, LAST_ENTITY.default) or "")

    @last_entity.setter
    def last_entity(self, entity_id: str) -> None:
        self._set(LAST_ENTITY.key, entity_id)

    @property
    def briefing_pack(self) -> int | None:
        """The briefing pack last chosen in its dock (an id in the user file), if any."""
        return self._int(BRIEFING_PACK) or None

    @briefing_pack.setter
    def briefing_pack(self, pack_id: int | None) -> None:
        self._set(BRIEFING_PACK.key, int(pack_id or 0))

    def sync(self) -> None:
        self._store.sync()
