"""Painting a planned export onto the PDF writer: page furniture, then each part in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from wsis_desktop.export.flow import SECTION_GAP_PT, Placed, Plan
from wsis_desktop.export.page import RESOLUTION, Geometry
from wsis_desktop.export.textdoc import ACCENT, MUTED, Surface, plain_font

translate = QCoreApplication.translate

#: Paints a one-page part (the cover, the timeline) into the page.
PagePainter = Callable[[QPainter, Geometry], None]


def _font(points: float, bold: bool = False) -> QFont:
    font = plain_font()
    font.setPixelSize(round(points * RESOLUTION / 72))
    font.setBold(bold)
    return font


class Renderer:
    """Walks the plan page by page; ``step`` is called after each part (progress and cancel)."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, geometry: Geometry, plan: Plan,
                 title: str, footer_note: str, painters: dict[str, PagePainter]) -> None:
        self.writer = writer
        self.painter = painter
        self.geometry = geometry
        self.plan = plan
        self.title = title
        self.footer_note = footer_note
        self.painters = painters
        self.titles = plan.section_titles()
        self.page = 0

    def run(self, step: Callable[[Placed], None] | None = None) -> None:
        self._furnish(0)
        for placed in self.plan.placed:
            self._go_to(placed.page)
            if placed.part.make is None:
                self.painters[placed.part.key](self.painter, self.geometry)
            else:
                height = self.geometry.body.height() if placed.paginated else None
                surface = Surface(self.writer, self.geometry.body.width(), height)
                self._draw_document(placed, placed.part.make(surface))
            if step is not None:
                step(placed)
        self._go_to(self.plan.page_count - 1)

    def _go_to(self, page: int) -> None:
        while self.page < page:
            self.writer.newPage()
            self.page += 1
            self._furnish(self.page)

    def _draw_document(self, placed: Placed, doc: QTextDocument) -> None:
        body = self.geometry.body
        painter = self.painter
        if not placed.paginated:
            if placed.y > 0:
                self._rule(body.top() + placed.y - SECTION_GAP_PT * RESOLUTION / 72 / 2)
            painter.save()
            painter.translate(body.left(), body.top() + placed.y)
            doc.drawContents(painter)
            painter.restore()
            return
        pages = doc.pageCount()
        context = QAbstractTextDocumentLayout.PaintContext()
        for index in range(min(pages, placed.pages)):
            self._go_to(placed.page + index)
            painter.save()
            painter.setClipRect(body)
            painter.translate(body.left(), body.top() - index * body.height())
            context.clip = QRectF(0, index * body.height(), body.width(), body.height())
            doc.documentLayout().draw(painter, context)
            painter.restore()

    def _rule(self, y: float) -> None:
        """A hairline between two sections that share a page."""
        body = self.geometry.body
        self.painter.save()
        self.painter.setPen(QPen(QColor("#d5dde5"), 0.5 * RESOLUTION / 72))
        self.painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y))
        self.painter.restore()

    def _furnish(self, page: int) -> None:
        """Running header (title, section) and footer (note, "Page X of N"); the cover has none."""
        if page == 0:
            return
        painter, geometry = self.painter, self.geometry
        painter.save()
        header, footer = geometry.header, geometry.footer
        painter.setPen(QPen(QColor("#b8c4cf"), 0.5 * RESOLUTION / 72))
        painter.drawLine(QPointF(header.left(), header.bottom()), QPointF(header.right(), header.bottom()))
        painter.drawLine(QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top()))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        half = QRectF(header.left(), header.top(), header.width() / 2 - geometry.mm(2), header.height())
        painter.setFont(_font(8, bold=True))
        painter.setPen(QColor(ACCENT))
        painter.drawText(half, left, _elide(painter, self.title, half.width()))
        painter.setFont(_font(8))
        painter.setPen(QColor(MUTED))
        other = half.translated(header.width() / 2 + geometry.mm(2), 0)
        painter.drawText(other, right, _elide(painter, self.titles[page], other.width()))
        painter.drawText(footer, left, self.footer_note)
        number = translate("Export", "Page %1 of %2").replace("%1", str(page + 1)) \
            .replace("%2", str(self.plan.page_count))
        painter.setPen(QColor("#222222"))
        painter.drawText(footer, right, number)
        painter.restore()


def _elide(painter: QPainter, text: str, width: float) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))
