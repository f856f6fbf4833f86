"""Icons: by entity kind (resources/icons/<kind>.svg, loaded once each), the bookmark star and the
back/forward arrows. Pictures are files, drawn by Qt only when first shown: none costs start-up."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon

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


def arrow_icon(forward: bool) -> QIcon:
    """The Back or Forward arrow the style would give (SP_ArrowBack / SP_ArrowForward), found as the
    common style finds it: the icon theme's go-previous / go-next, else Qt's own pictures, pointing
    the other way in a right-to-left layout. Asking the style itself would make PySide build its
    QStyle class, ~10 ms of start-up, for two pictures."""
    right = forward != (QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    icon = QIcon.fromTheme(QIcon.ThemeIcon.GoNext if right else QIcon.ThemeIcon.GoPrevious)
    if icon.isNull():
        for size in (16, 32, 128):  # a picture Qt does not have is not added
            icon.addFile(_QT_ARROWS.format("right" if right else "left", size), QSize(size, size))
    if icon.isNull():  # a Qt without those pictures: ask the style after all
        from PySide6.QtWidgets import QApplication, QStyle

        pixmap = QStyle.StandardPixmap.SP_ArrowForward if forward else QStyle.StandardPixmap.SP_ArrowBack
        icon = QApplication.style().standardIcon(pixmap)
    return icon
