"""Where every part of the export goes: page by page, before anything is painted.

The plan is made by laying out each part once; the maker may keep a bounded
number of layouts for drawing (``pdf.KEEP_CHARS``) and lets the rest go, so
memory does not grow with the export beyond that. Short entity sections share a page
when they fit; a section taller than the space left starts a new page; one
taller than a page is paginated by QTextDocument's own layout (which never
cuts a line in two).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtGui import QPaintDevice, QTextDocument

from wsis_desktop.export.page import RESOLUTION, Geometry
from wsis_desktop.export.textdoc import Surface, paginate


class Kind(Enum):
    COVER = "cover"  # painted: a page of its own
    DRAWING = "drawing"  # painted at the top of a new page, ``measure()`` tall (the timeline)
    FLOW = "flow"  # a text document: shares a page when it fits
    CHAPTER = "chapter"  # a text document that starts a new page


@dataclass(frozen=True)
class Part:
    """One piece of the export. ``key`` is the link target; ``outline`` its bookmark (None: none)."""

    key: str
    kind: Kind
    title: str
    make: Callable[[Surface], QTextDocument] | None = None
    measure: Callable[[], float] | None = None  # height of a DRAWING, in device pixels
    outline: str | None = None
    outline_parent: str | None = None  # key of the bookmark this one nests under


@dataclass(frozen=True)
class Placed:
    part: Part
    page: int  # 0-based index of the first page
    y: float  # from the top of the body area on that page, in device pixels
    pages: int  # pages covered
    paginated: bool


@dataclass
class Plan:
    placed: list[Placed] = field(default_factory=list)
    page_count: int = 0

    def destinations(self) -> dict[str, Placed]:
        """Where each part starts, by key: the targets of links and bookmarks."""
        return {placed.part.key: placed for placed in self.placed}

    def section_titles(self) -> list[str]:
        """For each page, the title of the first part on it (what the running header shows)."""
        titles = [""] * self.page_count
        for placed in self.placed:
            for page in range(placed.page, placed.page + placed.pages):
                if not titles[page]:
                    titles[page] = placed.part.title
        return titles


#: Space between two sections sharing a page, in points.
SECTION_GAP_PT = 16


def plan(parts: Sequence[Part], geometry: Geometry, device: QPaintDevice,
         step: Callable[[Part, QTextDocument | None], None] | None = None) -> Plan:
    """Place every part; ``step`` is called after each (progress, cancel, or drawing it)."""
    result = Plan()
    body_h = geometry.body.height()
    gap = SECTION_GAP_PT * RESOLUTION / 72
    page, used = -1, body_h  # "used" of the current page's body; a full page forces a new one
    surface = Surface(device, geometry.body.width())
    for part, doc in _documents(parts, surface):
        if doc is None:
            page += 1
            result.placed.append(Placed(part, page, 0.0, 1, False))
            used = part.measure() if part.measure is not None else body_h
        else:
            height = doc.size().height()
            if part.kind is Kind.FLOW and used > 0 and used + gap + height <= body_h:
                result.placed.append(Placed(part, page, used + gap, 1, False))
                used += gap + height
            elif height <= body_h:
                page += 1
                result.placed.append(Placed(part, page, 0.0, 1, False))
                used = height
            else:
                count = paginate(doc, body_h)
                result.placed.append(Placed(part, page + 1, 0.0, count, True))
                page += count
                used = body_h
        if step is not None:
            step(part, doc)
    result.page_count = page + 1
    return result


def _documents(parts: Sequence[Part], surface: Surface) -> Iterator[tuple[Part, QTextDocument | None]]:
    for part in parts:
        yield part, part.make(surface) if part.make is not None else None
