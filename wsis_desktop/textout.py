"""Plain-text and JSON forms of store records, for the command line."""

from __future__ import annotations

import json
from typing import Any

from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.records import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Citation,
    EntityDetail,
    SearchHit,
)


def marked(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with its highlight markers replaced by visible brackets."""
    return snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)


def _plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if hasattr(value, "_asdict"):  # a record (a NamedTuple)
        return {name: _plain(field) for name, field in value._asdict().items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def hits_json(hits: list[SearchHit]) -> str:
    return json.dumps([
        {"id": h.ref.id, "kind": h.ref.kind, "title": h.ref.title, "acronym": h.ref.acronym,
         "symbol": h.ref.symbol, "snippet": marked(h.snippet, "**", "**"), "rank": round(h.rank, 4)}
        for h in hits
    ], ensure_ascii=False, indent=2)


def hits_text(hits: list[SearchHit]) -> str:
    lines = []
    for hit in hits:
        lines.append(f"{hit.ref.id}  [{hit.ref.kind_label}]  {hit.ref.title}")
        lines.append(f"    {' '.join(marked(hit.snippet).split())}")
    return "\n".join(lines)


def detail_json(detail: EntityDetail) -> str:
    data = _plain(detail)
    data["entity"]["when"] = detail.entity.when
    data["entity"]["status_label"] = detail.entity.status_label
    for event, record in zip(data["events"], detail.events, strict=True):
        event["when"] = record.when
    return json.dumps(data, ensure_ascii=False, indent=2)


def _cite(citation: Citation) -> str:
    parts = [citation.reference()]
    if citation.document is not None and citation.url:
        parts.append(citation.url)
    if citation.note:
        parts.append(f"({citation.note})")
    return " — ".join(parts[:2]) + (f" {parts[2]}" if len(parts) > 2 else "")


def detail_text(detail: EntityDetail) -> str:
    entity = detail.entity
    out = [entity.full_title, "=" * min(len(entity.full_title), 78)]
    out.append(f"{entity.ref.kind_label} · {entity.status_label}"
               + (f" · {entity.when}" if entity.when else "")
               + (f" · as of {entity.as_of.display()}" if entity.as_of else ""))
    if detail.path:
        out.append("In: " + " › ".join(ref.title for ref in detail.path))
    if entity.symbol:
        out.append(f"Symbol: {entity.symbol}")
    if entity.issued_by:
        out.append(f"Issued by: {entity.issued_by.title}")
    out += ["", entity.summary]
    if entity.note:
        out += ["", f"Note: {entity.note}"]
    if entity.facts:
        out += ["", "Key facts:"] + [f"  {label}: {value}" for label, value in entity.facts]
    if entity.body:
        out += ["", entity.body]
    for quote in entity.quotes:
        ref = quote.symbol or quote.document.title
        out += ["", f"  “{quote.text}”", f"    ({ref}{', para. ' + quote.para if quote.para else ''})"]
    if detail.relations:
        out += ["", "Relations:"]
        out += [f"  {r.label}: {r.other.title} ({r.other.id})" for r in detail.relations]
    if detail.events:
        out += ["", "Timeline:"] + [f"  {e.when}: {e.title}" for e in detail.events]
    out += ["", "Sources:"] + [f"  - {_cite(c)}" for c in entity.citations]
    return "\n".join(out)
