"""Page set-up: paper, orientation, margins, and the bands for header, body and footer.

Painting happens in device pixels of the PDF writer (1200 per inch); PDF
annotations and bookmarks use points (72 per inch). This module converts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize

from wsis_desktop.export.options import ExportOptions

RESOLUTION = 1200
_MM = RESOLUTION / 25.4
_PAPER_IDS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def page_layout(options: ExportOptions) -> QPageLayout:
    """Full-page layout (no Qt margins): header and footer are drawn in the margins by us."""
    orientation = (QPageLayout.Orientation.Landscape if options.orientation == "landscape"
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(_PAPER_IDS[options.paper]), orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


def set_up(device: QPagedPaintDevice, options: ExportOptions) -> None:
    device.setPageLayout(page_layout(options))


@dataclass(frozen=True)
class Geometry:
    """Rectangles of one page in device pixels."""

    page: QRectF
    body: QRectF
    header: QRectF
    footer: QRectF

    @classmethod
    def of(cls, options: ExportOptions) -> Geometry:
        full = page_layout(options).fullRectPoints()
        scale = RESOLUTION / 72
        page = QRectF(0, 0, full.width() * scale, full.height() * scale)
        side, top, bottom = 20 * _MM, 22 * _MM, 20 * _MM
        body = page.adjusted(side, top, -side, -bottom)
        header = QRectF(side, 10 * _MM, body.width(), 7 * _MM)
        footer = QRectF(side, page.height() - 14 * _MM, body.width(), 7 * _MM)
        return cls(page, body, header, footer)

    def mm(self, value: float) -> float:
        return value * _MM

    def to_points(self, y_pixels: float) -> float:
        """A y in device pixels from the top, as a PDF y in points from the bottom."""
        return (self.page.height() - y_pixels) * 72 / RESOLUTION

    def x_points(self, x_pixels: float) -> float:
        return x_pixels * 72 / RESOLUTION
