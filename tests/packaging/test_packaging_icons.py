"""The app icon: every size exists, is what its name says, and is made from the current SVG master."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "resources" / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.parametrize("size", SIZES)
def test_png_sizes(size: int) -> None:
    assert _png_size(APP / f"wsis-desktop-{size}.png") == (size, size)


def _render_master(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(APP / "wsis-desktop.svg"))
    assert renderer.isValid()
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


@pytest.mark.parametrize("size", [64, 256])
def test_pngs_come_from_the_current_master(qapp: object, size: int) -> None:
    """A PNG left stale after an edit of the SVG differs in many pixels; rsvg and Qt differ only at edges."""
    drawn = _render_master(size)
    shipped = QImage(str(APP / f"wsis-desktop-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
    differing = 0
    for y in range(size):
        for x in range(size):
            a, b = QColor(drawn.pixel(x, y)), QColor(shipped.pixel(x, y))
            channels = zip(a.getRgb(), b.getRgb(), strict=True)
            differing += max(abs(one - other) for one, other in channels) > 48
    share = differing / (size * size)
    # 0.3 % today (anti-aliasing); recolouring the small bookmark alone gives 6 %.
    assert share < 0.01, f"wsis-desktop-{size}.png differs from the SVG in {share:.1%}; run make_icons.sh"


def test_ico_has_the_windows_sizes() -> None:
    data = (APP / "wsis-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # 0 in the width byte means 256
    assert {16, 24, 32, 48, 256} <= sizes


def test_icns_is_whole_and_has_retina_sizes() -> None:
    data = (APP / "wsis-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        kinds.add(kind.decode("ascii"))
        offset += length
    assert offset == len(data)
    assert {"ic08", "ic09"} <= kinds, kinds  # 256 and 512 px: what Finder and the Dock draw
