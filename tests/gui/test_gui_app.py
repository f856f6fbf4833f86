"""The GUI entry point: --quit-when-ready, --profile, and a pack that cannot be opened."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from gui_dialogs import DialogAnswerer  # tests/gui/gui_dialogs.py: this folder is on sys.path
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from wsis_desktop import app


def _run_cli(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "wsis_desktop", "--profile", str(profile), *args],
                          capture_output=True, text=True, timeout=60, env=env, check=False)


def test_quit_when_ready_exits_zero_and_keeps_settings_in_profile(fixture_pack_path: Path,
                                                                 tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    done = _run_cli("--data", str(fixture_pack_path), "--quit-when-ready", profile=profile)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    settings = (profile / "settings.ini").read_text()
    assert "last_entity=overview" in settings and "geometry" in settings


def test_bad_pack_is_one_line_and_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(os.urandom(5000))
    done = _run_cli("--data", str(bad), "--quit-when-ready", profile=tmp_path / "profile")
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wsis-desktop: ") and "bad.db" in lines[0]
    missing = _run_cli("--data", str(tmp_path / "none.db"), "--quit-when-ready", profile=tmp_path / "p")
    assert missing.returncode != 0 and len(missing.stderr.strip().splitlines()) == 1


def test_bad_pack_shows_an_error_dialog(qtbot: QtBot, tmp_path: Path, dialogs: DialogAnswerer,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 300)
    args = argparse.Namespace(data=bad, profile=tmp_path / "profile", quit_when_ready=False)
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert app.run(args) == app.EXIT_PACK_ERROR
    assert len(dialogs.seen) == 1 and "bad.db" in dialogs.seen[0]
    assert "\n" not in dialogs.seen[0].strip()
    assert capsys.readouterr().err.startswith("wsis-desktop: ")
    assert QApplication.activeModalWidget() is None
