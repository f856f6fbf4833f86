"""The reader never opens a network connection, checked two ways during a whole session.

Python's socket calls are made to fail loudly, and at the end the process's
open file descriptors are compared with the kernel's tables of Internet
sockets, which also catches anything Qt might open from C++.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_dialogs import DialogAnswerer  # tests/gui/gui_dialogs.py: this folder is on sys.path
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from wsis_desktop.views.main_window import MainWindow


def _inet_socket_inodes() -> set[str]:
    """Inodes of this process's open TCP/UDP sockets (Linux /proc)."""
    ours = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            ours.add(target[8:-1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                inet.add(line.split()[9])
    return ours & inet


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            attempts.append(f"{name}{args[1:] if name == 'connect' else args}")
            raise NetworkUsed(f"network use during the GUI session: {name}")
        return call

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux /proc to see sockets")
def test_full_session_opens_no_socket(no_network: list[str], make_window: Callable[..., MainWindow],
                                      qtbot: QtBot, dialogs: DialogAnswerer) -> None:
    before = _inet_socket_inodes()
    window = make_window()
    window.open_entity("igf")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_panel.query_box, "commission")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=1000)
    qtbot.keyClick(window.search_panel.query_box, Qt.Key.Key_Return)
    window.show_quick_open()
    qtbot.keyClicks(window._quick_open.box, "A/RES/70/125")
    qtbot.keyClick(window._quick_open.box, Qt.Key.Key_Return)
    window.open_entity("igf")
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    window.detail.follow_link(QUrl("https://www.intgovforum.org/"))
    window.detail.setHtml('<img src="https://example.org/pixel.png"><a href="https://example.org">x</a>')
    window.open_entity("igf")
    window.copy_citation()
    window.actions_.meeting.trigger()
    window.actions_.meeting.trigger()
    window.go_back()
    window.close()
    qtbot.wait(50)
    assert no_network == []
    assert _inet_socket_inodes() - before == set()
