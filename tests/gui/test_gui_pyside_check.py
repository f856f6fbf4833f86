"""PySide's per-module check ("does this module use PySide6?"), made quicker at start, answers as
PySide's own does, for our modules, the standard library, extension and built-in modules."""

from __future__ import annotations

import importlib
import sys

import pytest

from wsis_desktop import app

MODULES = ["wsis_desktop.views.main_window", "wsis_desktop.views.icons", "wsis_desktop.store.pack",
           "wsis_desktop.cli", "json", "sqlite3", "sqlite3.dbapi2", "_sqlite3", "sys", "builtins",
           "PySide6.QtCore", "shiboken6", "shibokensupport.feature"]


def test_the_quicker_check_answers_as_pysides_own() -> None:
    app.quicken_pyside_import_check()
    app.quicken_pyside_import_check()  # a second call changes nothing
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide has no per-module check")
    quick = feature._mod_uses_pyside
    original = quick.pyside_original
    assert not hasattr(original, "pyside_original")  # wrapped once, not twice
    answers = {}
    for name in MODULES:
        module = importlib.import_module(name)
        answers[name] = quick(module)
        assert answers[name] == original(module), name
    assert answers["wsis_desktop.views.main_window"] and not answers["wsis_desktop.store.pack"]
