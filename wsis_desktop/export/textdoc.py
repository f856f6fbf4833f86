"""One way to make the QTextDocuments of an export: same fonts, same style sheet, same metrics."""

from __future__ import annotations

from html import escape

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


def new_document(device: QPaintDevice, width: float) -> QTextDocument:
    """An empty document laid out for ``device`` (fonts and lengths at its resolution), ``width`` wide."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(base_font())
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    doc.setTextWidth(width)  # unpaginated; the flow paginates tall sections itself
    return doc


def html_document(device: QPaintDevice, width: float, html: str) -> QTextDocument:
    doc = new_document(device, width)
    doc.setHtml(html)
    return doc


def text(value: str | None) -> str:
    """Plain text made safe for the HTML subset QTextDocument reads."""
    return escape(value or "", quote=True)


def link(href: str, label: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{text(label)}</a>'
