"""Export a selection of the pack to a PDF briefing: the one entry point for the GUI and the CLI.

Steps: check the selection; plan the pages (every part laid out once, then
dropped); paint with QPdfWriter into a hidden file beside the target; add
links, outline and metadata with pypdf into a second hidden file; rename it
over the target. Any failure or cancel removes the hidden files.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPdfWriter, QTextDocument

from wsis_desktop import __version__
from wsis_desktop.export import frontmatter
from wsis_desktop.export.atomic import atomic_target, failure
from wsis_desktop.export.errors import ExportCancelled, WriteFailed
from wsis_desktop.export.finish import finish
from wsis_desktop.export.flow import Kind, Part, Placed, Plan, plan
from wsis_desktop.export.options import ExportOptions
from wsis_desktop.export.page import RESOLUTION, Geometry, set_up
from wsis_desktop.export.render import Renderer
from wsis_desktop.export.sections import SectionWriter
from wsis_desktop.export.selection import Resolved, Selection, resolve
from wsis_desktop.export.textdoc import ACCENT, Surface, html_document, new_document, text
from wsis_desktop.export.timeline_page import (
    SharedTimeline,
    TimelinePainter,
    TimelineSpec,
    caption,
    timeline_painter,
)
from wsis_desktop.export.words import fill, translate
from wsis_desktop.store import Pack
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.records import Event

Chart = TimelinePainter | SharedTimeline
Maker = Callable[[Surface], QTextDocument]

#: progress(done, total): called often; cancelled(): True to stop (no file is written).
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
#: Characters of laid-out sections kept from the plan for drawing: the whole real pack has
#: 500,000 and keeping them costs 20 MB (40 bytes a character), so this bounds it to about 40 MB.
KEEP_CHARS = 1_000_000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    page_count: int
    entity_count: int
    event_count: int
    seconds: float


@dataclass(frozen=True)
class _Span:
    """One timeline page: a range (or, without one, the span of the entities' events) and its events."""

    key: str
    start: PartialDate | None
    end: PartialDate | None
    events: tuple[Event, ...]
    position: int  # entities of the export before it


def _span_key(index: int) -> str:
    return "_timeline" if index == 0 else f"_timeline-{index + 1}"


class _Export:
    """One export in progress: the parts, built lazily from the pack."""

    def __init__(self, pack: Pack, resolved: Resolved, options: ExportOptions, writer: QPdfWriter) -> None:
        self.pack = pack
        self.resolved = resolved
        self.options = options
        self.writer = writer
        self.geometry = Geometry.of(options)
        self.included = frozenset(resolved.entity_ids)
        self.refs = pack.refs(resolved.entity_ids)
        self.tracks = {t.id: t.label for t in pack.tracks()}
        self.spans = self._spans()
        self.events = self._timeline_events()
        self.sections = SectionWriter(self.included, options, self.tracks)
        self.toc: list[frontmatter.TocEntry] = []
        self._kept: dict[str, QTextDocument] = {}  # laid out while planning, drawn as they are
        self._kept_chars = 0
        self._planning = False
        self.parts = self._parts()

    # ---- what goes in --------------------------------------------------------------------

    def _timeline_events(self) -> list[Event]:
        if self.resolved.has_range:
            return list(self.resolved.range_events)
        return list(self.spans[0].events) if self.spans else []

    def _spans(self) -> list[_Span]:
        """One timeline page per range that has events (in order); else one for the entities' events."""
        if self.resolved.has_range:
            found = [r for r in self.resolved.ranges if r.events]
            return [_Span(_span_key(i), r.start, r.end, r.events, r.position) for i, r in enumerate(found)]
        if not self.options.include_timeline:
            return []
        events = tuple(e for e in self.pack.events() if self.included.intersection(e.entity_ids))
        return [_Span(_span_key(0), None, None, events, 0)] if events else []

    def _parts(self) -> list[Part]:
        parts = [Part("_cover", Kind.COVER, self.options.title)]
        contents = translate("Export", "Contents")
        parts.append(Part("_contents", Kind.CHAPTER, contents, make=self._toc_document, outline=contents))
        spans = sorted(self.spans, key=lambda span: span.position)
        depth: dict[str, int] = {}
        for index, entity_id in enumerate(self.resolved.entity_ids):
            after_timeline = bool(spans) and spans[0].position <= index
            while spans and spans[0].position <= index:
                parts.extend(self._timeline_parts(spans.pop(0)))
            ref = self.refs[entity_id]
            parent = self._outline_parent(entity_id, depth)
            depth[entity_id] = depth[parent] + 1 if parent else 0
            kind = Kind.CHAPTER if index == 0 or after_timeline else Kind.FLOW
            parts.append(Part(entity_id, kind, ref.title, make=self._entity_maker(entity_id),
                              outline=ref.title, outline_parent=parent))
            self.toc.append(frontmatter.TocEntry(entity_id, ref.title, ref.kind_label, depth[entity_id]))
        for span in spans:
            parts.extend(self._timeline_parts(span))
        return parts

    def _timeline_parts(self, span: _Span) -> list[Part]:
        title = self._timeline_title(span)
        chronology = translate("Export", "Chronology")
        key, list_key = span.key, span.key.replace("_timeline", "_chronology")
        self.toc.append(frontmatter.TocEntry(key, title, "", 0))
        self.toc.append(frontmatter.TocEntry(list_key, chronology,
                                             fill(translate("Export", "%1 events"), len(span.events)), 1))
        return [Part(key, Kind.DRAWING, title, measure=lambda: self._timeline_height(span), outline=title),
                Part(list_key, Kind.FLOW, chronology, outline=chronology, outline_parent=key,
                     make=self._keeping(list_key, lambda surface: self._chronology_document(span, surface)))]

    @staticmethod
    def _timeline_title(span: _Span) -> str:
        if span.start and span.end:
            return fill(translate("Export", "Timeline, %1 to %2"), span.start.display(), span.end.display())
        return translate("Export", "Timeline")

    def _outline_parent(self, entity_id: str, placed: dict[str, int]) -> str | None:
        """The nearest ancestor already in the export, so bookmarks nest like the tree."""
        for ancestor in reversed(self.pack.ancestors(entity_id)):
            if ancestor.id in placed:
                return ancestor.id
        return None

    # ---- documents and painters ----------------------------------------------------------

    def _entity_maker(self, entity_id: str) -> Maker:
        return self._keeping(entity_id, lambda surface: self.sections.document(self.pack.detail(entity_id),
                                                                               surface))

    def _keeping(self, key: str, build: Maker) -> Maker:
        """``build`` once: the plan lays every document out to measure it, and up to KEEP_CHARS of them
        are kept and drawn as they are (laying out again was a third of a whole-pack export); beyond
        that they are built again, so memory stays bounded however large the export."""
        def make(surface: Surface) -> QTextDocument:
            kept = self._kept.pop(key, None)
            if kept is not None:
                return kept
            doc = build(surface)
            if self._planning and self._kept_chars + doc.characterCount() <= KEEP_CHARS:
                self._kept[key] = doc
                self._kept_chars += doc.characterCount()
            return doc
        return make

    def _toc_document(self, surface: Surface) -> QTextDocument:
        return new_document(surface, frontmatter.toc_html(self.toc))

    def _chronology_document(self, span: _Span, surface: Surface) -> QTextDocument:
        refs = self.pack.refs(i for e in span.events for i in e.entity_ids)
        html = frontmatter.chronology_html(list(span.events), self.tracks, refs, self.included,
                                           self.options.include_citations, translate("Export", "Chronology"))
        return new_document(surface, html)

    def paint_cover(self, painter: QPainter, geometry: Geometry) -> None:
        band = QRectF(0, 0, geometry.page.width(), geometry.mm(12))
        painter.fillRect(band, QColor(ACCENT))
        painter.setPen(QColor("white"))
        painter.setFont(self.sections_font(9))
        painter.drawText(band.adjusted(geometry.body.left(), 0, -geometry.body.left(), 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         translate("Export", "WSIS Desktop · briefing pack"))
        info = self.pack.info
        cover = html_document(self.writer, geometry.body.width(),
                              frontmatter.cover_html(self.options, info, len(self.resolved.entity_ids),
                                                     len(self.events)))
        self._draw_at(painter, cover, geometry.body.left(), geometry.body.top() + geometry.mm(40))
        legend = html_document(self.writer, geometry.body.width(), frontmatter.legend_html())
        self._draw_at(painter, legend, geometry.body.left(), geometry.body.bottom() - legend.size().height())

    def _timeline_drawing(self, span: _Span) -> tuple[QTextDocument, Chart, QTextDocument, float]:
        """Heading, chart (fitted to the page) and caption of a timeline page, and the chart's height."""
        body = self.geometry.body
        heading = html_document(self.writer, body.width(), f"<h1>{text(self._timeline_title(span))}</h1>")
        spec = TimelineSpec.of(span.events, self.tracks, self.pack.eras(), span.start, span.end)
        chart = timeline_painter(spec, RESOLUTION, self.options.export_date())
        shared = isinstance(chart, SharedTimeline)
        note = html_document(self.writer, body.width(), f'<p class="small muted">{text(caption(shared))}</p>')
        room = body.height() - heading.size().height() - note.size().height() - 2 * self.geometry.mm(4)
        return heading, chart, note, chart.fit(body.width(), room)

    def _timeline_height(self, span: _Span) -> float:
        heading, _chart, note, height = self._timeline_drawing(span)
        return heading.size().height() + height + note.size().height() + 2 * self.geometry.mm(4)

    def page_painters(self) -> dict[str, Callable[[QPainter, Geometry], None]]:
        """What paints each drawn page, by part key: the cover and every timeline page."""
        painters: dict[str, Callable[[QPainter, Geometry], None]] = {"_cover": self.paint_cover}
        for span in self.spans:
            painters[span.key] = functools.partial(self.paint_timeline, span=span)
        return painters

    def paint_timeline(self, painter: QPainter, geometry: Geometry, span: _Span) -> None:
        heading, chart, note, height = self._timeline_drawing(span)
        body = geometry.body
        self._draw_at(painter, heading, body.left(), body.top())
        top = body.top() + heading.size().height() + geometry.mm(4)
        chart.paint(painter, QRectF(body.left(), top, body.width(), height))
        self._draw_at(painter, note, body.left(), top + height + geometry.mm(4))

    @staticmethod
    def sections_font(points: float) -> QFont:
        from wsis_desktop.export.textdoc import base_font
        font = base_font()
        font.setPixelSize(round(points * RESOLUTION / 72))
        return font

    @staticmethod
    def _draw_at(painter: QPainter, doc: QTextDocument, x: float, y: float) -> None:
        painter.save()
        painter.translate(x, y)
        doc.drawContents(painter)
        painter.restore()

    # ---- the two passes ------------------------------------------------------------------

    def plan(self, step: Callable[[Part, QTextDocument | None], None] | None = None) -> Plan:
        """Measure everything; then give the table of contents its page numbers."""
        self._planning = True
        try:
            layout = plan(self.parts, self.geometry, self.writer, step)
        finally:
            self._planning = False
        pages = layout.destinations()
        self.toc = [frontmatter.TocEntry(e.key, e.title, e.note, e.depth, pages[e.key].page + 1)
                    for e in self.toc]
        return layout

    def metadata(self) -> dict[str, str]:
        info = self.pack.info
        subject = translate("Export", "Briefing from the WSIS Desktop knowledge base as of %1: %2 entries, "
                                      "%3 timeline events").replace("%1", info.as_of.display()) \
            .replace("%2", str(len(self.resolved.entity_ids))).replace("%3", str(len(self.events)))
        return {
            "Title": self.options.title,
            "Author": self.options.author,
            "Subject": subject,
            "Creator": f"WSIS Desktop {__version__} (knowledge pack {info.data_version}, "
                       f"as of {info.as_of.iso()})",
            "Keywords": "WSIS; WSIS+20; briefing",
        }


def _new_writer(target: str | QIODevice, options: ExportOptions) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    set_up(writer, options)
    writer.setTitle(options.title)
    writer.setAuthor(options.author)
    writer.setCreator(f"WSIS Desktop {__version__}")
    return writer


def count_pages(pack: Pack, selection: Selection, options: ExportOptions) -> int:
    """How many pages the export would have (the dialog's preview); raises SelectionError."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _new_writer(buffer, options)
    return _Export(pack, resolve(pack, selection), options, writer).plan().page_count


def export_pdf(pack: Pack, selection: Selection, options: ExportOptions, out_path: str | Path,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> ExportResult:
    """Write the PDF to ``out_path``, replacing it only once the new file is complete.

    Raises SelectionError (nothing to export), WriteFailed or ExportCancelled;
    in every case no file is left behind and an existing file is untouched.
    """
    started = time.perf_counter()
    target = Path(out_path).expanduser().absolute()
    resolved = resolve(pack, selection)
    with atomic_target(target) as files:
        drawn, finished = files.temp("qt"), files.temp("pdf")
        writer = _new_writer(str(drawn), options)
        export = _Export(pack, resolved, options, writer)
        total = 2 * len(export.parts) + 1
        done = 0

        def step(*_: object) -> None:
            nonlocal done
            done += 1
            if cancelled is not None and cancelled():
                raise ExportCancelled(translate("Export", "Export cancelled; no file was written."))
            if progress is not None:
                progress(done, total)

        layout = export.plan(step)
        _paint(writer, export, layout, step)
        del writer
        try:
            finish(drawn, finished, target, layout, export.geometry, export.metadata())
        except OSError as error:
            raise failure(target, error) from None
        step()
        files.commit(finished)
    return ExportResult(target, layout.page_count, len(resolved.entity_ids), len(export.events),
                        time.perf_counter() - started)


def _paint(writer: QPdfWriter, export: _Export, layout: Plan, step: Callable[[Placed], None]) -> None:
    painter = QPainter()
    if not painter.begin(writer):
        raise WriteFailed(translate("Export", "Cannot write the PDF: the file could not be opened."))
    try:
        info = export.pack.info
        note = fill(translate("Export", "WSIS Desktop · knowledge base as of %1"), info.as_of.display())
        renderer = Renderer(writer, painter, export.geometry, layout, export.options.title, note,
                            export.page_painters())
        renderer.run(step)
    finally:
        painter.end()
