"""Durability: a note typed in a real window survives SIGKILL the moment the window says "Saved"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from wsis_desktop.userdata import UserStore, default_user_db_path
from wsis_desktop.views.main_window import MainWindow

CHILD = Path(__file__).with_name("note_child.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_note_survives_sigkill_right_after_saved(fixture_pack_path: Path, profile: Path,
                                                 make_window: Callable[..., MainWindow]) -> None:
    text = "Delegation line: support the IGF mandate"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, str(CHILD), str(fixture_pack_path), str(profile), "igf", text],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "SAVED", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    with UserStore.open(default_user_db_path(profile)) as store:
        note = store.note("igf")
        assert note is not None and note.body == text
    window = make_window()
    window.open_entity("igf")
    assert window.personal.notes.editor.toPlainText() == text and text in window.detail.toPlainText()
