"""The toolbar's back and forward arrows are the pictures the style itself gives, in both layout
directions, though found without asking the style; the bookmark star shows its state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from wsis_desktop.views.icons import arrow_icon, bookmark_icon

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


def _gold_share(icon: QIcon, state: QIcon.State) -> float:
    """How much of the 24-pixel picture is the star's gold fill."""
    image = icon.pixmap(QSize(24, 24), QIcon.Mode.Normal, state).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return sum(1 for c in pixels if c.alpha() > 200 and c.red() > 200 and 140 < c.green() < 180) / len(pixels)


def test_the_bookmark_star_is_an_outline_when_off_and_filled_when_on(qtbot: QtBot) -> None:
    icon = bookmark_icon()
    assert not icon.isNull()
    assert _gold_share(icon, QIcon.State.Off) < 0.01  # the outline is the darker gold, the inside empty
    assert _gold_share(icon, QIcon.State.On) > 0.05  # about a tenth of the square
