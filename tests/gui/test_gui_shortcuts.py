"""Every keyboard shortcut in the window does one thing: no two actions share a key sequence."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

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


def _readme_keys() -> list[str]:
    """The key column of the README's "Using it" table, one entry per key sequence."""
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    section = text.split("## Using it", 1)[1].split("\n## ", 1)[0]
    keys = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0] not in ("Keys", "---"):
            keys.extend(key.strip() for key in cells[0].split(" / "))
    return keys


def test_the_readme_key_table_matches_the_window(window: MainWindow) -> None:
    window.show_search()
    bound = {}
    for action in {id(a): a for a in window.findChildren(QAction)}.values():
        for sequence in action.shortcuts():
            bound[sequence.toString(QKeySequence.SequenceFormat.PortableText)] = action
    documented = _readme_keys()
    assert len(documented) >= 15
    assert [key for key in documented if key not in bound] == []  # no key the window lacks
    undocumented = {action.objectName() for key, action in bound.items() if key not in documented
                    and action.shortcuts()[0].toString(QKeySequence.SequenceFormat.PortableText) == key}
    assert undocumented <= {"quit"}  # every action's main key is in the table (Quit is Ctrl+Q everywhere)
