"""A second yardstick for start-up: the least a reader window is, with nothing of the app in it.

A QMainWindow with a tree view on a Python item model (as a lazy tree over a store must be) and a
text pane showing a page of about the start page's size, shown, then quit, exactly as
bench/bare_window.py is. What it costs over the bare window is what any PySide reader pays (Qt's
``Qt`` namespace made into Python enums by the model, the font database, text layout); what the
app costs over it is the app's own. With ``--print-ready`` it prints when it was shown.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QTextBrowser, QTreeView

from bench.bare_window import show_and_quit  # started and quit as the bare window is

ROWS = [f"Branch {n}" for n in range(1, 13)]
PAGE = "<h1>Overview</h1>" + "".join(
    f"<h2>Part {n}</h2><p>{'A sentence of ordinary length about the summit and its review. ' * 7}</p>"
    for n in range(1, 12))  # about 5,000 characters of text, as the real start page


class _Rows(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ROWS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return ROWS[index.row()] if role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _fill(window: QMainWindow) -> None:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    tree = QTreeView()
    tree.setModel(_Rows(tree))
    tree.setHeaderHidden(True)
    text = QTextBrowser()
    text.setHtml(PAGE)
    splitter.addWidget(tree)
    splitter.addWidget(text)
    window.setCentralWidget(splitter)


def main() -> int:
    return show_and_quit("Minimal reader", _fill)


if __name__ == "__main__":
    sys.exit(main())
