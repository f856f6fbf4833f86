"""The section of one entity: title, provenance badge, dates, key facts, body, quotes, relations, sources.

Links to other entities use ``wsis:<id>`` hrefs, as the pack's own Markdown
does; the finishing step turns them into jumps inside the PDF. Entities that
are not in the export are named without a link.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)

from wsis_desktop.export.options import ExportOptions
from wsis_desktop.export.textdoc import LINK, MUTED, STATUS_COLOURS, Surface, link, new_document, text
from wsis_desktop.store.records import Citation, EntityDetail, EntityRef, Event, Quote, Relation

translate = QCoreApplication.translate

_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\(wsis:([a-z0-9-]+)\)")


def _markdown_fragment(markdown: str) -> QTextDocumentFragment:
    """Markdown as rich text, its links in the export's colour (Qt gives them the palette's).

    Made in a scratch document that is never laid out, so re-colouring costs nothing.
    """
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setForeground(QColor(LINK))
                fmt.setFontUnderline(False)
                cursor.mergeCharFormat(fmt)
            it += 1
        block = block.next()
    return QTextDocumentFragment(doc)


def href(entity_id: str) -> str:
    return f"wsis:{entity_id}"


class SectionWriter:
    """Builds entity sections for one export: knows which ids are in it and the track names."""

    def __init__(self, included: Collection[str], options: ExportOptions, tracks: dict[str, str]) -> None:
        self.included = included
        self.options = options
        self.tracks = tracks

    def document(self, detail: EntityDetail, surface: Surface) -> QTextDocument:
        doc = new_document(surface, self.head_html(detail))
        body = self.body_markdown(detail.entity.body)
        if body.strip():
            cursor = QTextCursor(doc)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertFragment(_markdown_fragment(body))
        tail = self.tail_html(detail)
        if tail:
            cursor = QTextCursor(doc)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertHtml(tail)
        return doc

    # ---- pieces --------------------------------------------------------------------------

    def name(self, ref: EntityRef, label: str | None = None) -> str:
        """The entity's name, linked to its section when it is in the export."""
        shown = label or ref.title
        return link(href(ref.id), shown) if ref.id in self.included else text(shown)

    def head_html(self, detail: EntityDetail) -> str:
        entity = detail.entity
        trail = " › ".join(text(ref.title) for ref in detail.path)
        kind = text(entity.ref.kind_label) + (f" · {trail}" if trail else "")
        names = [n for n in (entity.symbol, entity.ref.acronym, *entity.aliases)
                 if n and n != entity.full_title]
        parts = [f'<p class="small muted">{kind}</p>', f"<h1>{text(entity.full_title)}</h1>"]
        if names:
            parts.append(f'<p class="muted">{text(" · ".join(dict.fromkeys(names)))}</p>')
        parts.append(f"<p>{self.badge(entity.status, entity.status_label)}{self.dates(detail)}</p>")
        if entity.note:
            parts.append(f'<p class="small"><i>{text(translate("Export", "Note on sources:"))}</i> '
                         f"{text(entity.note)}</p>")
        parts.append(f'<p class="lead">{text(entity.summary)}</p>')
        if entity.facts:
            parts.append(self.facts_html(entity.facts))
        return "".join(parts)

    @staticmethod
    def badge(status: str, label: str) -> str:
        background, colour = STATUS_COLOURS.get(status, ("#eeeeee", "#333333"))
        return (f'<span style="background-color:{background}; color:{colour}; font-weight:bold;">'
                f"&nbsp;{text(label)}&nbsp;</span>")

    def dates(self, detail: EntityDetail) -> str:
        entity = detail.entity
        bits = []
        if entity.when:
            bits.append(text(entity.when))
        if entity.as_of:
            bits.append(text(translate("Export", "as of %1").replace("%1", entity.as_of.display())))
        if entity.issued_by:
            bits.append(translate("Export", "issued by %1").replace("%1", self.name(entity.issued_by)))
        return "".join(f"&nbsp;&nbsp;·&nbsp;&nbsp;{b}" for b in bits)

    @staticmethod
    def facts_html(facts: tuple[tuple[str, str], ...]) -> str:
        rows = "".join(f'<tr><td width="28%" bgcolor="#f1f4f7"><b>{text(label)}</b></td>'
                       f"<td>{text(value)}</td></tr>" for label, value in facts)
        return (f'<h2>{text(translate("Export", "Key facts"))}</h2>'
                f'<table width="100%" cellspacing="0" cellpadding="3" border="0">{rows}</table>')

    def body_markdown(self, body: str) -> str:
        """The Markdown body with links to entities outside the export turned into plain words."""
        def unlink(match: re.Match[str]) -> str:
            return match.group(0) if match.group(2) in self.included else match.group(1)
        return _MARKDOWN_LINK.sub(unlink, body)

    def tail_html(self, detail: EntityDetail) -> str:
        parts = []
        if detail.entity.quotes:
            parts.append(self.quotes_html(detail.entity.quotes))
        if self.options.include_relations and detail.relations:
            parts.append(self.relations_html(detail.relations))
        if self.options.include_timeline and detail.events:
            parts.append(self.events_html(detail.events))
        note = self.user_note(detail.entity.id)
        if note:
            parts.append(self.note_html(note))
        if self.options.include_citations and detail.entity.citations:
            parts.append(self.sources_html(detail.entity.citations))
        return "".join(parts)

    @staticmethod
    def note_html(note: str) -> str:
        """The user's note in a tinted box, labelled as theirs: never to be read as sourced content."""
        label = translate("Export", "Your own note, not part of the sourced knowledge base")
        return (f'<h2>{text(translate("Export", "Your notes"))}</h2>'
                f'<table width="100%" cellpadding="5" border="0"><tr><td bgcolor="#fffbe6">'
                f'<p class="small muted"><i>{text(label)}</i></p>'
                f'<p>{text(note).replace(chr(10), "<br>")}</p></td></tr></table>')

    def user_note(self, entity_id: str) -> str | None:
        provider: Callable[[str], str | None] | None = self.options.notes
        if not (self.options.include_notes and provider):
            return None
        return provider(entity_id)

    def quotes_html(self, quotes: tuple[Quote, ...]) -> str:
        blocks = []
        for quote in quotes:
            source = self.name(quote.document, quote.symbol or quote.document.title)
            if quote.para:
                source += text(", " + translate("Export", "para. %1").replace("%1", quote.para))
            blocks.append(
                '<table width="100%" cellspacing="0" cellpadding="0" border="0" style="margin-bottom:6pt;">'
                f'<tr><td width="4" bgcolor="#9db4c8"></td><td width="10"></td>'
                f"<td><i>“{text(quote.text)}”</i><br>"
                f'<span class="small muted">— {source}</span></td></tr></table>')
        return f'<h2>{text(translate("Export", "In the official text"))}</h2>' + "".join(blocks)

    def relations_html(self, relations: tuple[Relation, ...]) -> str:
        # Paragraphs, not a table: tables cost QTextDocument several times more to lay out.
        rows = []
        for relation in relations:
            extra = []
            if relation.note:
                extra.append(text(relation.note))
            if self.options.include_citations and relation.citations:
                extra.append(text("; ".join(c.reference() for c in relation.citations if c.reference())))
            detail = f'<br><span class="small muted">{" — ".join(extra)}</span>' if extra else ""
            label = f'<span style="color:{MUTED};">{text(relation.label)}:</span>'
            rows.append(f'<p style="margin-left:12px;">{label} '
                        f"{self.name(relation.other)}{detail}</p>")
        return f'<h2>{text(translate("Export", "Relations"))}</h2>{"".join(rows)}'

    def events_html(self, events: tuple[Event, ...]) -> str:
        rows = "".join(
            f'<p style="margin-left:12px;">{text(event.when)}: {text(event.title)}'
            f'<span class="small muted"> — {text(self.tracks.get(event.track, event.track))}'
            f" · {text(event.status_label)}</span></p>"
            for event in events)
        return f'<h2>{text(translate("Export", "On the timeline"))}</h2>{rows}'

    def sources_html(self, citations: tuple[Citation, ...]) -> str:
        return (f'<h2>{text(translate("Export", "Sources"))}</h2>'
                f'<ol style="margin-top:0;">{"".join(f"<li>{self.citation(c)}</li>" for c in citations)}'
                "</ol>")

    def citation(self, citation: Citation) -> str:
        """Reference as the UN writes it, then the secondary source's address and any note."""
        parts = []
        if citation.document is not None:
            parts.append(self.name(citation.document, citation.reference()))
        if citation.url:
            parts.append(link(citation.url, citation.url))
        if citation.note:
            parts.append(f'<span class="muted">({text(citation.note)})</span>')
        return " — ".join(parts)
