"""Reading exported PDFs back the way a reader's tools do: pypdf for structure, poppler for text."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader


def page_texts(pdf: Path) -> list[str]:
    """Each page's text as poppler's pdftotext extracts it (pages split on form feeds)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    pages = out.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squash(text: str) -> str:
    """Whitespace collapsed and hyphenated line breaks ignored, for comparing wrapped text."""
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float  # from the top, in points
    x1: float
    y1: float


class _BoxParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.pages: list[list[Word]] = []
        self._word: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "page":
            self.pages.append([])
        elif tag == "word":
            self._word = {k: v or "" for k, v in attrs}

    def handle_data(self, data: str) -> None:
        if self._word is not None:
            w = self._word
            box = (float(w[k]) for k in ("xmin", "ymin", "xmax", "ymax"))
            self.pages[-1].append(Word(data, *box))
            self._word = None


def words(pdf: Path) -> list[list[Word]]:
    """Every word with its box, per page (pdftotext -bbox)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True)
    parser = _BoxParser()
    parser.feed(out.stdout)
    return parser.pages


@dataclass(frozen=True)
class InternalLink:
    page: int  # where the link is
    text: str  # the words under it
    target: int  # the page it jumps to


def internal_links(pdf: Path) -> list[InternalLink]:
    reader = PdfReader(pdf)
    boxes = words(pdf)
    found = []
    for index, page in enumerate(reader.pages):
        height = float(page.mediabox.height)
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            dest = annot.get("/Dest")
            if dest is None:
                continue
            x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
            top, bottom = height - y1, height - y0
            inside = [w.text for w in boxes[index]
                      if x0 <= (w.x0 + w.x1) / 2 <= x1 and top - 1 <= (w.y0 + w.y1) / 2 <= bottom + 1]
            found.append(InternalLink(index, " ".join(inside), reader.get_page_number(dest[0].get_object())))
    return found


def outline(pdf: Path) -> list[tuple[int, str, int]]:
    """(depth, title, page index) of every bookmark, in order."""
    reader = PdfReader(pdf)
    items: list[tuple[int, str, int]] = []

    def walk(level: list[object], depth: int) -> None:
        for item in level:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                items.append((depth, item.title, reader.get_destination_page_number(item)))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    return items


def listing(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (hidden ones too) with its content: "exactly as it was" means equal."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
