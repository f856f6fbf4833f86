"""The personal store stays a data layer: no widgets, no GUI, and Qt only for QStandardPaths."""

from __future__ import annotations

import ast
from pathlib import Path

import wsis_desktop.userdata

PACKAGE = Path(wsis_desktop.userdata.__file__).parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_userdata_imports_no_widgets_and_qt_only_in_location() -> None:
    modules = sorted(PACKAGE.glob("*.py"))
    assert len(modules) >= 6
    for module in modules:
        imports = _imports(module)
        assert not any(name.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "wsis_desktop.views",
                                        "wsis_desktop.models")) for name in imports), module.name
        if module.name not in ("location.py",):
            assert not any(name.startswith("PySide6") for name in imports), module.name
