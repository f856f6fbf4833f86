"""The toolbar's back and forward arrows are the pictures the style itself gives, in both layout
directions, though found without asking the style."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from wsis_desktop.views.icons import arrow_icon

SP = QStyle.StandardPixmap


def _same(mine: QIcon, theirs: QIcon) -> bool:
    sizes = [QSize(n, n) for n in (16, 22, 24, 32, 48)]
    return not mine.isNull() and all(mine.pixmap(s).toImage() == theirs.pixmap(s).toImage() for s in sizes)


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_arrows_are_the_styles(qtbot: QtBot, direction: Qt.LayoutDirection) -> None:
    before = QGuiApplication.layoutDirection()
    QGuiApplication.setLayoutDirection(direction)
    try:
        style = QApplication.style()
        assert _same(arrow_icon(forward=False), style.standardIcon(SP.SP_ArrowBack))
        assert _same(arrow_icon(forward=True), style.standardIcon(SP.SP_ArrowForward))
        assert not _same(arrow_icon(forward=True), style.standardIcon(SP.SP_ArrowBack))
    finally:
        QGuiApplication.setLayoutDirection(before)
