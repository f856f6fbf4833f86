"""One way to make the QTextDocuments of an export: same fonts, same style sheet, same metrics."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QPaintDevice, QTextDocument

#: Families tried in order; the first installed one is embedded in the PDF.
FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans"]
BASE_POINT_SIZE = 9.5
ACCENT = "#1f4e79"
MUTED = "#5f6b76"
LINK = "#1a5fb4"

#: Status colours: (background, text) for the provenance badge.
STATUS_COLOURS = {
    "confirmed": ("#dcefe0", "#1d5e2c"),
    "partial": ("#fcefd2", "#7a4f00"),
    "unconfirmed": ("#f8dcdc", "#8a1c1c"),
}

STYLE = f"""
h1 {{ font-size: 17pt; color: {ACCENT}; margin-top: 0; margin-bottom: 3px; }}
h2 {{ font-size: 11.5pt; color: {ACCENT}; margin-top: 16px; margin-bottom: 5px; }}
h3 {{ font-size: 10pt; margin-top: 8px; margin-bottom: 3px; }}
p {{ margin-top: 0; margin-bottom: 5px; }}
a {{ color: {LINK}; text-decoration: none; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8pt; }}
.lead {{ font-size: 10.5pt; margin-top: 5px; }}
td {{ vertical-align: top; }}
th {{ text-align: left; color: {MUTED}; font-weight: normal; }}
"""


def plain_font() -> QFont:
    """The export's families, without ligatures: "fi" must stay two letters for search and copy."""
    font = QFont()
    font.setFamilies(FAMILIES)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def base_font() -> QFont:
    font = plain_font()
    font.setPointSizeF(BASE_POINT_SIZE)
    return font


@dataclass(frozen=True)
class Surface:
    """Where documents are laid out: the device (its resolution), the text width, and the page
    height when the document is to be paginated (None: one long page)."""

    device: QPaintDevice
    width: float
    page_height: float | None = None


def new_document(surface: Surface, html: str = "") -> QTextDocument:
    """A document with the export's fonts and style sheet, laid out on ``surface`` as it is filled.

    The size and device are set while the document is empty, so the content is
    laid out once, as it goes in (setting them afterwards lays it all out again).
    """
    doc = QTextDocument()
    doc.setDefaultFont(base_font())
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    if surface.page_height is None:
        doc.setTextWidth(surface.width)
    else:
        doc.setPageSize(QSizeF(surface.width, surface.page_height))
    doc.documentLayout().setPaintDevice(surface.device)
    if html:
        doc.setHtml(html)
    return doc


def paginate(doc: QTextDocument, page_height: float) -> int:
    """Lay a document out again in pages ``page_height`` tall; return how many."""
    doc.setPageSize(QSizeF(doc.textWidth(), page_height))
    return doc.pageCount()


def html_document(device: QPaintDevice, width: float, html: str) -> QTextDocument:
    """A small document (cover, headings) on one long page."""
    return new_document(Surface(device, width), html)


def text(value: str | None) -> str:
    """Plain text made safe for the HTML subset QTextDocument reads."""
    return escape(value or "", quote=True)


def link(href: str, label: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{text(label)}</a>'
