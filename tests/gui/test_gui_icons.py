"""The toolbar's back and forward arrows are the pictures the style itself gives, in both layout
directions, though found without asking the style, and they show on dark palettes too; the bookmark
star shows its state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from wsis_desktop.views.icons import arrow_icon, bookmark_icon
from wsis_desktop.views.main_window import MainWindow

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


def _ink_lightness(icon: QIcon) -> float:
    """The mean lightness of the picture's opaque pixels (its ink), 0 to 255."""
    image = icon.pixmap(QSize(16, 16)).toImage()
    ink = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    ink = [c for c in ink if c.alpha() > 128]
    assert ink, "the picture is empty"
    return sum(c.lightness() for c in ink) / len(ink)


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(text))
    return palette


def test_arrows_show_on_dark_palettes_as_on_light_ones(qtbot: QtBot) -> None:
    dark, light = _palette("#2b2b2b", "#eeeeee"), _palette("#f0f0f0", "#000000")
    for forward in (False, True):
        assert _ink_lightness(arrow_icon(forward, light)) < 100  # Qt's own black arrows
        assert _ink_lightness(arrow_icon(forward, dark)) > 180  # drawn in the light button text


def test_the_windows_arrows_follow_a_change_of_palette(qtbot: QtBot, window: MainWindow) -> None:
    before = QApplication.palette()
    assert _ink_lightness(window.actions_.back.icon()) < 100
    try:
        QApplication.setPalette(_palette("#2b2b2b", "#eeeeee"))
        qtbot.waitUntil(lambda: _ink_lightness(window.actions_.back.icon()) > 180)
        assert _ink_lightness(window.actions_.forward.icon()) > 180
    finally:
        QApplication.setPalette(before)
    qtbot.waitUntil(lambda: _ink_lightness(window.actions_.back.icon()) < 100)
