"""What Qt's PDF writer cannot do, added afterwards with pypdf: jumps inside the document,
the outline (bookmarks) and the full document information.

Qt writes every ``<a href>`` as a URI link with the right rectangle. Links to
``wsis:<id>`` become jumps to that section (or disappear when the entity is
not in the export); web addresses stay as they are.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    Fit,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
)

from wsis_desktop.export.errors import WriteFailed
from wsis_desktop.export.flow import Plan
from wsis_desktop.export.page import Geometry
from wsis_desktop.export.words import fill, translate

SCHEME = "wsis:"


def finish(drawn: Path, out: Path, target: Path, plan: Plan, geometry: Geometry,
           metadata: dict[str, str]) -> None:
    """Read Qt's PDF from ``drawn``, add links, outline and metadata, write ``out``.

    Qt does not report write errors, so a file cut short (disk full) is found
    here, by reading it back strictly.
    """
    message = translate("Export", "Cannot write %1: the file was cut short (is the disk full?).")
    cut_short = WriteFailed(fill(message, target))
    try:
        writer = PdfWriter(clone_from=PdfReader(drawn, strict=True))
    except (PyPdfError, ValueError, OSError):
        raise cut_short from None
    if len(writer.pages) != plan.page_count:
        raise cut_short
    _links(writer, plan, geometry)
    _outline(writer, plan, geometry)
    writer.add_metadata({f"/{key}": value for key, value in metadata.items()})
    writer.page_mode = "/UseOutlines"
    with open(out, "wb") as handle:
        writer.write(handle)


def _destination(writer: PdfWriter, plan: Plan, geometry: Geometry, key: str) -> ArrayObject | None:
    placed = plan.destinations().get(key)
    if placed is None:
        return None
    top = geometry.to_points(geometry.body.top() + placed.y) + 6
    return ArrayObject([writer.pages[placed.page].indirect_reference, NameObject("/XYZ"),
                        NullObject(), FloatObject(round(top, 2)), NullObject()])


def _links(writer: PdfWriter, plan: Plan, geometry: Geometry) -> None:
    targets: dict[str, ArrayObject | None] = {}
    for page in writer.pages:
        annots = page.get("/Annots")
        if annots is None:
            continue
        kept = ArrayObject()
        for ref in annots.get_object():
            annot = ref.get_object()
            action = annot.get("/A")
            uri = action.get_object().get("/URI") if action is not None else None
            if not (isinstance(uri, str) and uri.startswith(SCHEME)):
                kept.append(ref)
                continue
            key = uri[len(SCHEME):]
            if key not in targets:
                targets[key] = _destination(writer, plan, geometry, key)
            if targets[key] is None:
                continue  # not in this export: no link (the text says so by not being blue)
            del annot["/A"]
            annot[NameObject("/Dest")] = targets[key]
            kept.append(ref if isinstance(ref, IndirectObject) else annot)
        page[NameObject("/Annots")] = kept


def _outline(writer: PdfWriter, plan: Plan, geometry: Geometry) -> None:
    items: dict[str, IndirectObject] = {}
    for placed in plan.placed:
        part = placed.part
        if part.outline is None:
            continue
        parent = items.get(part.outline_parent) if part.outline_parent else None
        top = geometry.to_points(geometry.body.top() + placed.y) + 6
        items[part.key] = writer.add_outline_item(part.outline, placed.page, parent=parent,
                                                  fit=Fit.xyz(top=round(top, 2)))
