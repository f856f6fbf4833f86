"""What Qt's PDF writer cannot do, added afterwards: jumps inside the document, the outline
(bookmarks) and the full document information.

Qt writes every ``<a href>`` as a URI link annotation with the right
rectangle. Links to ``wsis:<id>`` become jumps to that section (or inert
when the entity is not in the export); web addresses stay as they are.

The additions are written as a PDF *incremental update*: Qt's bytes are kept
as they are and only the changed and new objects, a cross-reference section
and a trailer are appended (ISO 32000-1, 7.5.6). pypdf reads what is needed and
serialises the new objects; re-writing the whole document with pypdf took
seconds for a 260-page pack, this takes a fraction of one.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)

from wsis_desktop.export.errors import WriteFailed
from wsis_desktop.export.flow import Plan
from wsis_desktop.export.page import Geometry
from wsis_desktop.export.words import fill, translate

SCHEME = "wsis:"


@dataclass
class _Update:
    """Objects to append: replacements (same number) and new ones (numbers from ``size``)."""

    reader: PdfReader
    size: int
    objects: dict[int, PdfObject | _Raw] = field(default_factory=dict)

    def add(self, obj: PdfObject) -> IndirectObject:
        number = self.size
        self.size += 1
        self.objects[number] = obj
        return IndirectObject(number, 0, self.reader)

    def replace(self, ref: IndirectObject, obj: PdfObject | _Raw) -> None:
        self.objects[ref.idnum] = obj


class _Raw:
    """An object already in PDF syntax. A whole-pack export has thousands of link annotations;
    building and serialising them as pypdf objects took half a second."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def write_to_stream(self, stream: io.BytesIO, encryption_key: object = None) -> None:
        stream.write(self.data)


def finish(drawn: Path, out: Path, target: Path, plan: Plan, geometry: Geometry,
           metadata: dict[str, str]) -> None:
    """Read Qt's PDF from ``drawn``, add links, outline and metadata, write ``out``.

    Qt does not report write errors, so a file cut short (disk full) is found
    here, by reading it back strictly.
    """
    message = translate("Export", "Cannot write %1: the file was cut short (is the disk full?).")
    original = drawn.read_bytes()
    try:
        with _quiet_pypdf():  # its warnings on a cut-short file would be a second, unclear message
            reader = PdfReader(io.BytesIO(original), strict=True)
            found = [page.indirect_reference for page in reader.pages]
            size = reader.trailer["/Size"]
            root = _referenced(reader.trailer, "/Root")
            info_entry = _referenced(reader.trailer, "/Info")  # Qt writes one; added below if not
        previous = int(original.rstrip().rsplit(b"startxref", 1)[1].split()[0])
    except (PyPdfError, ValueError, IndexError, OSError):
        raise WriteFailed(fill(message, target)) from None
    pages = [ref for ref in found if ref is not None]
    if len(pages) != len(found) or len(pages) != plan.page_count or root is None or not isinstance(size, int):
        raise WriteFailed(fill(message, target))
    update = _Update(reader, int(size))
    destinations = _Destinations(pages, plan, geometry)
    _links(original, reader, update, destinations)
    outlines = _outline(update, plan, destinations)
    root_ref, catalog = root
    catalog[NameObject("/PageMode")] = NameObject("/UseOutlines")
    if outlines is not None:
        catalog[NameObject("/Outlines")] = outlines
    update.replace(root_ref, catalog)
    if info_entry is None:
        info = DictionaryObject()
        info_ref = update.add(info)
    else:
        info_ref, info = info_entry
        update.replace(info_ref, info)
    for key, value in metadata.items():
        info[NameObject(f"/{key}")] = TextStringObject(value)
    with open(out, "wb") as handle:
        handle.write(original)
        _append(handle, len(original), update, previous, root_ref, info_ref, reader.trailer.get("/ID"))


def _referenced(trailer: DictionaryObject, key: str) -> tuple[IndirectObject, DictionaryObject] | None:
    """The trailer's reference under ``key`` and a copy of the dictionary it refers to (to change and
    append); None if the trailer has no such entry, ValueError if it is not a dictionary's reference."""
    if key not in trailer:
        return None
    ref, target = trailer.raw_get(key), trailer[key]
    if not isinstance(ref, IndirectObject) or not isinstance(target, DictionaryObject):
        raise ValueError(f"{key} in the trailer is not a reference to a dictionary")
    return ref, DictionaryObject(target)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


class _Destinations:
    """``[page /XYZ null top null]`` for the start of each part, by key."""

    def __init__(self, pages: list[IndirectObject], plan: Plan, geometry: Geometry) -> None:
        self.pages = pages
        self.placed = plan.destinations()
        self.geometry = geometry

    def __call__(self, key: str) -> ArrayObject | None:
        placed = self.placed.get(key)
        if placed is None:
            return None
        return ArrayObject([self.pages[placed.page], NameObject("/XYZ"), NullObject(),
                            FloatObject(self._top(placed.y)), NullObject()])

    def raw(self, key: str) -> bytes | None:
        """The same destination in PDF syntax."""
        placed = self.placed.get(key)
        if placed is None:
            return None
        return f"[{self.pages[placed.page].idnum} 0 R /XYZ null {self._top(placed.y)} null]".encode()

    def _top(self, y: float) -> float:
        return round(self.geometry.to_points(self.geometry.body.top() + y) + 6, 2)


#: A link annotation as Qt writes it for ``<a href="wsis:...">``; matching the bytes is many
#: times faster than parsing thousands of objects. The export tests fail if Qt changes the form.
_PACK_LINK = re.compile(
    rb"(\d+) 0 obj\s*<<\s*/Type /Annot\s*/Subtype /Link\s*/Rect \[([-\d. ]+)\]\s*/Border \[0 0 0\]\s*"
    rb"/A <<\s*/Type /Action\s*/S /URI\s*/URI \(wsis:([a-z0-9_-]+)\)\s*>>\s*>>\s*endobj")


def _links(original: bytes, reader: PdfReader, update: _Update, destination: _Destinations) -> None:
    """Each ``wsis:`` link becomes a jump to its section, or inert if the entity is not exported."""
    for match in _PACK_LINK.finditer(original):
        number, rect, key = int(match[1]), b" ".join(match[2].split()), match[3].decode()
        dest = destination.raw(key)
        jump = b" /Dest " + dest if dest is not None else b""
        annotation = b"<< /Type /Annot /Subtype /Link /Rect [" + rect + b"] /Border [0 0 0]" + jump + b" >>"
        update.replace(IndirectObject(number, 0, reader), _Raw(annotation))


def _outline(update: _Update, plan: Plan, destination: _Destinations) -> IndirectObject | None:
    """Bookmarks for every part that has one, nested as the parts say."""
    children: dict[str | None, list[str]] = {}
    titles: dict[str, str] = {}
    for placed in plan.placed:
        part = placed.part
        if part.outline is not None:
            parent = part.outline_parent if part.outline_parent in titles else None
            children.setdefault(parent, []).append(part.key)
            titles[part.key] = part.outline
    if not titles:
        return None
    root = DictionaryObject({NameObject("/Type"): NameObject("/Outlines")})
    root_ref = update.add(root)
    refs = {key: update.add(DictionaryObject()) for key in titles}

    def link(parent_ref: IndirectObject, parent: DictionaryObject, keys: list[str]) -> int:
        total = 0
        for index, key in enumerate(keys):
            item = update.objects[refs[key].idnum]
            assert isinstance(item, DictionaryObject)
            item[NameObject("/Title")] = TextStringObject(titles[key])
            item[NameObject("/Parent")] = parent_ref
            dest = destination(key)
            if dest is not None:
                item[NameObject("/Dest")] = dest
            if index > 0:
                item[NameObject("/Prev")] = refs[keys[index - 1]]
            if index + 1 < len(keys):
                item[NameObject("/Next")] = refs[keys[index + 1]]
            below = children.get(key, [])
            if below:
                count = link(refs[key], item, below)
                item[NameObject("/Count")] = NumberObject(count)
                total += count
            total += 1
        parent[NameObject("/First")] = refs[keys[0]]
        parent[NameObject("/Last")] = refs[keys[-1]]
        return total

    root[NameObject("/Count")] = NumberObject(link(root_ref, root, children[None]))
    return root_ref


def _append(handle: io.BufferedWriter, offset: int, update: _Update, previous: int, root: IndirectObject,
            info: IndirectObject, ids: PdfObject | None) -> None:
    """Write the changed objects, their cross-reference section and the new trailer."""
    buffer = io.BytesIO()
    buffer.write(b"\n")
    positions: dict[int, int] = {}
    for number in sorted(update.objects):
        positions[number] = offset + buffer.tell()
        buffer.write(f"{number} 0 obj\n".encode())
        update.objects[number].write_to_stream(buffer)
        buffer.write(b"\nendobj\n")
    xref = offset + buffer.tell()
    buffer.write(b"xref\n")
    numbers = sorted(positions)
    start = 0
    while start < len(numbers):
        end = start
        while end + 1 < len(numbers) and numbers[end + 1] == numbers[end] + 1:
            end += 1
        buffer.write(f"{numbers[start]} {end - start + 1}\n".encode())
        for number in numbers[start:end + 1]:
            buffer.write(f"{positions[number]:010d} 00000 n\r\n".encode())
        start = end + 1
    trailer = DictionaryObject({
        NameObject("/Size"): NumberObject(update.size),
        NameObject("/Root"): root,
        NameObject("/Info"): info,
        NameObject("/Prev"): NumberObject(previous),
    })
    if ids is not None:
        trailer[NameObject("/ID")] = ids
    buffer.write(b"trailer\n")
    trailer.write_to_stream(buffer)
    buffer.write(f"\nstartxref\n{xref}\n%%EOF\n".encode())
    handle.write(buffer.getvalue())
