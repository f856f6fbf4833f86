"""Icons: by entity kind (resources/icons/<kind>.svg, loaded once each), the bookmark star and the
back/forward arrows. Pictures are files, drawn by Qt only when first shown: none costs start-up."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from wsis_desktop.services.resources import resource_path

#: The arrows Qt's common style falls back to when the icon theme has none (Qt's own resources).
_QT_ARROWS = ":/qt-project.org/styles/commonstyle/images/arrow-{0}-{1}.png"


@cache
def kind_icon(kind: str) -> QIcon:
    """The icon for ``kind`` (an empty icon for a kind with no picture)."""
    path = resource_path("icons", f"{kind}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def bookmark_icon() -> QIcon:
    """A checkable action's star: an outline when off, filled gold when the entry is bookmarked."""
    icon = QIcon()
    icon.addFile(str(resource_path("icons", "bookmark-off.svg")), QSize(), QIcon.Mode.Normal, QIcon.State.Off)
    icon.addFile(str(resource_path("icons", "bookmark-on.svg")), QSize(), QIcon.Mode.Normal, QIcon.State.On)
    return icon


def arrow_icon(forward: bool, palette: QPalette | None = None) -> QIcon:
    """The Back or Forward arrow the style would give (SP_ArrowBack / SP_ArrowForward), found as the
    common style finds it: the icon theme's go-previous / go-next, else Qt's own pictures, pointing
    the other way in a right-to-left layout. Asking the style itself would make PySide build its
    QStyle class, ~10 ms of start-up, for two pictures. Qt's own pictures are black: on a dark
    ``palette`` they are drawn in its button text colour instead, or they could not be seen."""
    right = forward != (QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    icon = QIcon.fromTheme(QIcon.ThemeIcon.GoNext if right else QIcon.ThemeIcon.GoPrevious)
    if not icon.isNull():
        return icon  # the theme's own, made for its light or dark look
    for size in (16, 32, 128):  # a picture Qt does not have is not added
        icon.addFile(_QT_ARROWS.format("right" if right else "left", size), QSize(size, size))
    if icon.isNull():  # a Qt without those pictures: ask the style after all
        from PySide6.QtWidgets import QApplication, QStyle

        pixmap = QStyle.StandardPixmap.SP_ArrowForward if forward else QStyle.StandardPixmap.SP_ArrowBack
        icon = QApplication.style().standardIcon(pixmap)
    if palette is not None and is_dark(palette):
        icon = _tinted(icon, palette)
    return icon


def is_dark(palette: QPalette) -> bool:
    """True for a palette whose windows are dark (light text on them)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _tinted(icon: QIcon, palette: QPalette) -> QIcon:
    """``icon``'s shapes filled with the palette's button text colour, at each size it has."""
    tinted = QIcon()
    for size in icon.availableSizes() or [QSize(16, 16)]:
        pixmap = QPixmap(icon.pixmap(size))
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), palette.color(QPalette.ColorRole.ButtonText))
        painter.end()
        tinted.addPixmap(pixmap)
    return tinted
