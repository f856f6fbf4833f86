"""Every keyboard shortcut in the window does one thing: no two actions share a key sequence."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from wsis_desktop.views.main_window import MainWindow


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    window.show_search()  # panels made on demand add their actions too
    owners: dict[str, list[str]] = defaultdict(list)
    actions = {id(a): a for a in window.findChildren(QAction)}.values()
    for action in actions:
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                owners[sequence.toString(QKeySequence.SequenceFormat.PortableText)].append(
                    action.objectName() or action.text())
    assert len(owners) > 20  # the reader's own shortcuts are all here
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert clashes == {}


def test_ctrl_p_opens_quick_open_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    """A key two actions shared would fire neither: press it for real, as a reader would."""
    window.detail.setFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window._quick_open
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
