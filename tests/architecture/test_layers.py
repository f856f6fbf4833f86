"""The layers stay apart: SQL lives in the data layers only, and the GUI never reaches for the build.

Parsed from the source (``ast``), so a new module is checked the day it is added.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import wsis_desktop

PACKAGE = Path(wsis_desktop.__file__).parent
#: The only packages that may talk to SQLite: the pack (read), its build (write), the user's file.
DATA_LAYERS = ("store", "build", "userdata")
#: SQL as this project writes it: keywords in capitals (prose like "Select … from" is not SQL).
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
                 r"|CREATE\s+TABLE|PRAGMA\s)", re.DOTALL)


def _modules() -> list[tuple[str, ast.Module]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        found.append((str(relative), ast.parse(path.read_text("utf-8"))))
    assert len(found) > 40
    return found


def _layer(relative: str) -> str:
    return relative.split("/", 1)[0] if "/" in relative else ""


def _imports(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_sqlite_is_imported_by_the_data_layers_only() -> None:
    offenders = [relative for relative, tree in _modules() if _layer(relative) not in DATA_LAYERS
                 and any(name.split(".")[0] in ("sqlite3", "sqlite_utils") for name in _imports(tree))]
    assert offenders == []


def test_no_sql_text_outside_the_data_layers() -> None:
    offenders = []
    for relative, tree in _modules():
        if _layer(relative) in DATA_LAYERS:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []


def test_the_gui_and_export_never_import_the_build() -> None:
    gui_layers = ("views", "models", "timeline", "export", "services")
    offenders = [relative for relative, tree in _modules() if _layer(relative) in gui_layers
                 and any(name.startswith("wsis_desktop.build") for name in _imports(tree))]
    assert offenders == []


def test_the_sql_pattern_recognises_sql() -> None:
    """Guards the guard: the pattern must match real statements and not ordinary prose."""
    assert SQL.search("SELECT id FROM entity WHERE kind = ?")
    assert SQL.search("INSERT INTO notes(entity_id) VALUES (?)")
    assert SQL.search("PRAGMA user_version")
    assert not SQL.search("Select the entries you want to export from the list.")


def test_the_data_layers_import_no_gui() -> None:
    """The store, build and user-data layers run headless: no widgets, no views or models; the user
    file's code uses Qt only to find its folder (QStandardPaths, in userdata/location.py)."""
    gui = ("PySide6.QtWidgets", "PySide6.QtGui", "wsis_desktop.views", "wsis_desktop.models")
    checked = 0
    for relative, tree in _modules():
        if _layer(relative) not in DATA_LAYERS:
            continue
        checked += 1
        imports = _imports(tree)
        assert not any(name.startswith(gui) for name in imports), relative
        if _layer(relative) == "userdata" and relative != "userdata/location.py":
            assert not any(name.startswith("PySide6") for name in imports), relative
    assert checked >= 20
