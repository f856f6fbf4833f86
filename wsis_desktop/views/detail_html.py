"""The detail pane's page: HTML built from an entity's records.

Colours come from the palette passed in, so the page reads well in light and
dark themes; the body's Markdown goes through Qt's own Markdown reader. Known
acronyms carry their expansion as a ``title`` (shown on hover).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette, QTextDocument

from wsis_desktop.store.records import Citation, EntityDetail, Event, Quote, Relation
from wsis_desktop.views.link_policy import CITE_SCHEME, entity_url

#: Badge colours per status: mid tones that read on light and on dark backgrounds.
_STATUS_COLOURS = {"confirmed": "#2e9e6a", "partial": "#c98a1a", "unconfirmed": "#c2455a"}
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)
#: Qt writes link colours and fonts into Markdown HTML; the page's own style should win.
_INLINE_NOISE = re.compile(r"\s*(color|font-family|font-size):[^;\"]*;?")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_WORD = re.compile(r"\w+")
Role = QPalette.ColorRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailPage", text)


class Acronyms:
    """Wraps known acronyms in text with a title giving their expansion."""

    def __init__(self, glossary: Mapping[str, str]) -> None:
        self._glossary = dict(glossary)
        # One alternative per term would take a 3,500-term glossary 120 ms to compile at start-up:
        # plain words are looked up in the glossary instead; only terms with other characters
        # ("WSIS+20", "UN DESA"), longest first, are spelled out.
        spelled = sorted((t for t in self._glossary if len(t) >= 2 and not _WORD.fullmatch(t)),
                         key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<![\w/+-])(" + "".join(re.escape(t) + "|" for t in spelled) + r"\w+)(?![\w/+-])")
            if self._glossary else None
        )

    def expansion(self, term: str) -> str | None:
        return self._glossary.get(term)

    def in_text(self, text: str) -> str:
        """Escape plain text and mark its acronyms."""
        return self.in_html(html.escape(text, quote=False))

    def in_html(self, fragment: str) -> str:
        """Mark acronyms in the text parts of an HTML fragment, leaving tags alone."""
        if self._pattern is None:
            return fragment
        parts = _TAG_OR_TEXT.split(fragment)
        for i, part in enumerate(parts):
            if part and not part.startswith("<"):
                parts[i] = self._pattern.sub(self._wrap, part)
        return "".join(parts)

    def _wrap(self, match: re.Match[str]) -> str:
        term = match.group(1)
        expansion = self._glossary.get(term) if len(term) >= 2 else None
        return term if expansion is None else f'<span title="{html.escape(expansion)}">{term}</span>'


def markdown_fragment(markdown: str) -> str:
    """Markdown as an HTML fragment (the inside of <body>), with Qt's inline colours removed."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    match = _BODY.search(document.toHtml())
    fragment = match.group(1) if match else ""
    return re.sub(r'style="([^"]*)"', lambda m: f'style="{_INLINE_NOISE.sub("", m.group(1))}"', fragment)


def style_sheet(palette: QPalette) -> str:
    """CSS for the page from the palette's roles."""
    text = palette.color(Role.Text).name()
    muted = palette.color(Role.PlaceholderText).name()
    link = palette.color(Role.Link).name()
    panel = palette.color(Role.AlternateBase).name()
    mid = palette.color(Role.Mid).name()
    return f"""
      body {{ color: {text}; }}
      a {{ color: {link}; text-decoration: none; }}
      h1 {{ font-size: x-large; margin-bottom: 2px; }}
      h2 {{ font-size: large; margin-top: 16px; margin-bottom: 4px; }}
      .meta, .path, .small, .source {{ color: {muted}; }}
      .summary {{ font-size: medium; font-style: italic; }}
      table.facts {{ border-color: {mid}; border-style: solid; }}
      th {{ background-color: {panel}; text-align: left; font-weight: 600; }}
      td.bar {{ background-color: {link}; }}
      td.quote {{ background-color: {panel}; }}
    """


class PageBuilder:
    """Builds the HTML page for one entity; ``citations`` keeps the order of the cite: links."""

    def __init__(self, acronyms: Acronyms, palette: QPalette) -> None:
        self._acronyms = acronyms
        self._palette = palette
        self.citations: list[Citation] = []

    def page(self, detail: EntityDetail, extra: str = "") -> str:
        """The page; ``extra`` is HTML the caller adds below the summary (e.g. the reader's own note)."""
        self.citations = []
        entity = detail.entity
        parts = [
            f"<html><head><style>{style_sheet(self._palette)}</style></head><body>",
            self._path(detail),
            f"<h1>{self._text(entity.full_title)}</h1>",
            self._meta(detail),
            f'<p class="summary">{self._text(entity.summary)}</p>' if entity.summary else "",
            extra,
            self._acronyms.in_html(markdown_fragment(entity.body)) if entity.body.strip() else "",
            self._facts(detail),
            self._quotes(entity.quotes),
            self._relations(detail.relations),
            self._events(detail.events),
            self._sources(entity.citations, entity.note),
            "</body></html>",
        ]
        return "\n".join(p for p in parts if p)

    def _text(self, text: str) -> str:
        return self._acronyms.in_text(text)

    @staticmethod
    def _link(entity_id: str, label: str) -> str:
        return f'<a href="{html.escape(entity_url(entity_id))}">{html.escape(label, quote=False)}</a>'

    def _path(self, detail: EntityDetail) -> str:
        if not detail.path:
            return ""
        links = " › ".join(self._link(ref.id, ref.title) for ref in detail.path)
        return f'<p class="path">{links}</p>'

    def _meta(self, detail: EntityDetail) -> str:
        entity = detail.entity
        bits = [html.escape(QCoreApplication.translate("Kinds", entity.ref.kind_label))]
        if entity.symbol:
            bits.append(html.escape(entity.symbol))
        if entity.when:
            bits.append(html.escape(entity.when))
        colour = _STATUS_COLOURS.get(entity.status, "")
        badge = html.escape(_tr(entity.status_label))
        bits.append(f'<span style="color:{colour}; font-weight:600">● {badge}</span>')
        if entity.as_of:
            bits.append(html.escape(_tr("as of {0}").format(entity.as_of.display())))
        return f'<p class="meta">{" · ".join(bits)}</p>'

    def _facts(self, detail: EntityDetail) -> str:
        entity = detail.entity
        rows: list[tuple[str, str]] = []
        if entity.ref.acronym:
            rows.append((_tr("Acronym"), html.escape(entity.ref.acronym)))
        if entity.aliases:
            rows.append((_tr("Also called"), self._text("; ".join(entity.aliases))))
        if entity.symbol:
            rows.append((_tr("Symbol"), html.escape(entity.symbol)))
        if entity.issued_by:
            rows.append((_tr("Issued by"), self._link(entity.issued_by.id, entity.issued_by.title)))
        if entity.when:
            rows.append((_tr("Date"), html.escape(entity.when)))
        rows.extend((html.escape(label), self._text(value)) for label, value in entity.facts)
        if not rows:
            return ""
        cells = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
        return (f"<h2>{_tr('Key facts')}</h2>"
                f'<table class="facts" border="1" cellspacing="0" cellpadding="4">{cells}</table>')

    def _quotes(self, quotes: tuple[Quote, ...]) -> str:
        if not quotes:
            return ""
        blocks = [f"<h2>{_tr('Official text')}</h2>"]
        for quote in quotes:
            where = self._where(quote.document.id, quote.symbol or quote.document.title, quote.para)
            blocks.append(
                '<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom:8px"><tr>'
                '<td class="bar" width="4"></td>'
                '<td class="quote" style="padding: 6px 10px">'
                f'<p style="margin:0">“{html.escape(quote.text, quote=False)}”</p>'
                f'<p class="source" style="margin:4px 0 0 0">— {where}</p></td></tr></table>'
            )
        return "".join(blocks)

    def _where(self, document_id: str, name: str, para: str | None) -> str:
        link = self._link(document_id, name)
        return link + (html.escape(_tr(", para. {0}").format(para)) if para else "")

    def _relations(self, relations: tuple[Relation, ...]) -> str:
        if not relations:
            return ""
        groups: dict[str, list[Relation]] = {}
        for relation in relations:
            groups.setdefault(relation.label, []).append(relation)
        lines = [f"<h2>{_tr('Relations')}</h2>"]
        for label, members in groups.items():
            links = ", ".join(self._relation_link(r) for r in members)
            lines.append(f"<p><b>{html.escape(_tr(label))}:</b> {links}</p>")
        return "".join(lines)

    def _relation_link(self, relation: Relation) -> str:
        link = self._link(relation.other.id, relation.other.title)
        return link + (f' <span class="small">({self._text(relation.note)})</span>' if relation.note else "")

    def _events(self, events: tuple[Event, ...]) -> str:
        if not events:
            return ""
        items = "".join(
            f"<li><b>{html.escape(event.when)}</b> — {self._text(event.title)}</li>" for event in events
        )
        return f"<h2>{_tr('Timeline')}</h2><ul>{items}</ul>"

    def _sources(self, citations: tuple[Citation, ...], note: str | None) -> str:
        if not citations and not note:
            return ""
        items = []
        for citation in citations:
            self.citations.append(citation)
            items.append(f"<li>{self._citation(citation, len(self.citations) - 1)}</li>")
        out = f"<h2>{_tr('Sources')}</h2><ol>{''.join(items)}</ol>"
        if note:
            out += f'<p class="small"><b>{_tr("Note")}:</b> {self._text(note)}</p>'
        return out

    def _citation(self, citation: Citation, number: int) -> str:
        bits = []
        if citation.document is not None:
            bits.append(self._where(citation.document.id, citation.symbol or citation.document.title,
                                    citation.para))
        if citation.url:
            address = html.escape(citation.url)
            bits.append(f'<a href="{address}" title="{address}">{html.escape(_host(citation.url))}</a>')
        if citation.note:
            bits.append(f'<span class="small">{self._text(citation.note)}</span>')
        copy = f'<a href="{CITE_SCHEME}:{number}" title="{_tr("Copy this citation")}">{_tr("copy")}</a>'
        return " — ".join(bits) + f' <span class="small">[{copy}]</span>'


def _host(url: str) -> str:
    """The readable part of an address: its host name."""
    match = re.match(r"https?://([^/]+)", url)
    return match.group(1) if match else url
