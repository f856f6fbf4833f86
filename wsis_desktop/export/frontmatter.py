"""Cover, table of contents and the chronology of a date range, as HTML for QTextDocument."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from wsis_desktop import __version__
from wsis_desktop.export.options import ExportOptions
from wsis_desktop.export.sections import href
from wsis_desktop.export.textdoc import ACCENT, MUTED, STATUS_COLOURS, link, text
from wsis_desktop.store.records import Citation, EntityRef, Event, PackInfo

translate = QCoreApplication.translate


@dataclass(frozen=True)
class TocEntry:
    key: str  # the link target: an entity id or a special section key
    title: str
    note: str  # kind, or what the section holds
    depth: int
    page: int | None = None  # 1-based; None while the layout is being measured


def cover_html(options: ExportOptions, info: PackInfo, entity_count: int, event_count: int) -> str:
    parts = [f'<p style="font-size:26pt; color:{ACCENT}; font-weight:bold;">{text(options.title)}</p>']
    if options.subtitle:
        parts.append(f'<p style="font-size:15pt; color:{MUTED};">{text(options.subtitle)}</p>')
    parts.append('<p style="margin-top:24pt;"></p>')
    if options.author:
        parts.append(f'<p style="font-size:12pt;">{text(options.author)}</p>')
    date = options.export_date()
    parts.append(f'<p style="font-size:12pt;">{date.day} {date.strftime("%B %Y")}</p>')
    parts.append(f'<p style="margin-top:36pt; font-size:11pt;"><b>'
                 f'{text(translate("Export", "Knowledge base as of %1").replace("%1", info.as_of.display()))}'
                 "</b></p>")
    parts.append(f'<p class="muted">{text(info.title)} · '
                 f'{text(translate("Export", "pack version %1").replace("%1", info.data_version))} · '
                 f'{text(translate("Export", "WSIS Desktop %1").replace("%1", __version__))}</p>')
    counts = translate("Export", "%1 entries, %2 timeline events").replace("%1", str(entity_count)) \
        .replace("%2", str(event_count))
    parts.append(f'<p class="muted">{text(counts)}</p>')
    return "".join(parts)


def legend_html() -> str:
    """What the provenance badges mean: printed at the foot of the cover."""
    rows = [
        ("confirmed", translate("Export", "Confirmed"),
         translate("Export", "confirmed by at least one independent source")),
        ("partial", translate("Export", "Partly confirmed"),
         translate("Export", "substance confirmed; a detail (paragraph, exact date, symbol) is not")),
        ("unconfirmed", translate("Export", "One source only, unconfirmed"),
         translate("Export", "stated by one source only")),
    ]
    cells = "".join(
        f'<tr><td><span style="background-color:{STATUS_COLOURS[key][0]}; color:{STATUS_COLOURS[key][1]};'
        f' font-weight:bold;">&nbsp;{text(label)}&nbsp;</span></td><td>{text(meaning)}</td></tr>'
        for key, label, meaning in rows)
    intro = translate("Export", "Every entry carries a provenance badge. Quotations are verbatim official "
                      "text with their document and paragraph; everything else is in our own words.")
    return (f'<p class="small muted">{text(intro)}</p>'
            f'<table class="small" cellspacing="0" cellpadding="2" border="0">{cells}</table>')


def toc_html(entries: Sequence[TocEntry]) -> str:
    rows = []
    for entry in entries:
        page = str(entry.page) if entry.page is not None else "999"
        indent = 14 * entry.depth
        weight = "bold" if entry.depth == 0 and entry.key.startswith("_") else "normal"
        rows.append(
            f'<tr><td style="padding-left:{indent}px; font-weight:{weight};">'
            f"{link(href(entry.key), entry.title)}"
            f'<span class="small muted">&nbsp;&nbsp;{text(entry.note)}</span></td>'
            f'<td width="12%" align="right">{page}</td></tr>')
    return (f'<h1>{text(translate("Export", "Contents"))}</h1>'
            f'<table width="100%" cellspacing="0" cellpadding="2" border="0">{"".join(rows)}</table>')


def chronology_html(events: Sequence[Event], tracks: dict[str, str], refs: dict[str, EntityRef],
                    included: Collection[str], include_citations: bool, heading: str) -> str:
    """Every event of the range in date order, with the entries it concerns and its sources."""
    rows = []
    for number, event in enumerate(events, start=1):
        names = [link(href(i), refs[i].title) if i in included else text(refs[i].title)
                 for i in event.entity_ids if i in refs]
        lines = [f"<b>{text(event.title)}</b>",
                 f'<span class="small muted">{text(tracks.get(event.track, event.track))} · '
                 f"{text(event.status_label)}</span>"]
        if event.note:
            lines.append(f'<span class="small"><i>{text(event.note)}</i></span>')
        if names:
            concerns = text(translate("Export", "Concerns:"))
            lines.append(f'<span class="small">{concerns} {", ".join(names)}</span>')
        if include_citations and event.citations:
            lines.append(f'<span class="small muted">{_sources(event.citations, included)}</span>')
        rows.append(f'<tr><td width="6%" align="right" style="color:{MUTED};">{number}</td>'
                    f'<td width="22%">{text(event.when)}</td><td>{"<br>".join(lines)}</td></tr>')
    return (f"<h1>{text(heading)}</h1>"
            f'<table width="100%" cellspacing="0" cellpadding="3" border="0">{"".join(rows)}</table>')


def _sources(citations: Sequence[Citation], included: Collection[str]) -> str:
    parts = []
    for citation in citations:
        bits = []
        if citation.document is not None:
            ref = citation.reference()
            linked = citation.document.id in included
            bits.append(link(href(citation.document.id), ref) if linked else text(ref))
        if citation.url:
            bits.append(link(citation.url, citation.url))
        parts.append(" — ".join(bits))
    return text(translate("Export", "Sources:")) + " " + "; ".join(parts)
