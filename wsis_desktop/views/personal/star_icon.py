"""The bookmark star, drawn here: an outline when off, filled when the entry is starred."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

GOLD = QColor("#e0a100")


def _star(size: int, filled: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    path = QPainterPath()
    centre, outer, inner = size / 2, size * 0.46, size * 0.19
    for point in range(10):
        radius = outer if point % 2 == 0 else inner
        angle = -math.pi / 2 + point * math.pi / 5
        spot = QPointF(centre + radius * math.cos(angle), centre + 0.04 * size + radius * math.sin(angle))
        path.moveTo(spot) if point == 0 else path.lineTo(spot)
    path.closeSubpath()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(GOLD.darker(130), max(1.0, size / 16)))
    if filled:
        painter.setBrush(GOLD)
    painter.drawPath(path)
    painter.end()
    return pixmap


def star_icon() -> QIcon:
    """A checkable action's icon: outline (off) and filled (on), at toolbar and menu sizes."""
    icon = QIcon()
    for size in (16, 22, 24, 32, 48):
        icon.addPixmap(_star(size, False), QIcon.Mode.Normal, QIcon.State.Off)
        icon.addPixmap(_star(size, True), QIcon.Mode.Normal, QIcon.State.On)
    return icon
