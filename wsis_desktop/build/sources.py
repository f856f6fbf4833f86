"""Reading ``data/``: YAML and Markdown-with-front-matter files into records."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from wsis_desktop.build.fields import Fields
from wsis_desktop.build.problems import Problem
from wsis_desktop.build.records import CiteRec, EntityRec, EventRec, GlossaryRec, RelationRec, Sources
from wsis_desktop.store.schema import GENERATED_KINDS, RELATION_NAMES

#: libyaml's safe loader is several times faster than the pure-Python one on large packs.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ID_FORM = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)(.*)\Z", re.DOTALL)

_ENTITY_FIELDS = {
    "id", "kind", "title", "short_title", "acronym", "aliases", "symbol", "parent", "order",
    "summary", "date", "end", "status", "as_of", "note", "facts", "relations", "quotes",
    "citations",
}
_DOCUMENT_FIELDS = (_ENTITY_FIELDS - {"kind"}) | {"issued_by", "body"}
_EVENT_FIELDS = {"id", "date", "end", "title", "track", "entities", "status", "note", "citations"}
_GLOSSARY_FIELDS = {"term", "expansion", "entity", "citations"}


def read_sources(data_dir: Path, problems: list[Problem]) -> Sources:
    """Read every source file under ``data_dir``; problems are appended, never raised."""
    sources = Sources()
    _read_pack(data_dir, sources, problems)
    for path in sorted((data_dir / "entities").rglob("*.md")):
        _read_entity_file(path, data_dir, sources, problems)
    for path in sorted((data_dir / "documents").rglob("*.yaml")):
        for item in _yaml_list(path, data_dir, problems):
            _read_document(item, sources, problems)
    for path in sorted((data_dir / "events").rglob("*.yaml")):
        for item in _yaml_list(path, data_dir, problems):
            _read_event(item, sources)
    glossary = data_dir / "glossary.yaml"
    if glossary.exists():
        for item in _yaml_list(glossary, data_dir, problems):
            _read_glossary(item, sources)
    return sources


def _relative(path: Path, data_dir: Path) -> str:
    return path.relative_to(data_dir.parent).as_posix()


def _load_yaml(path: Path, data_dir: Path, text: str, problems: list[Problem]) -> Any:
    try:
        return yaml.load(text, Loader=_SAFE_LOADER)  # a safe loader: the C one where libyaml is built
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problems.append(Problem(_relative(path, data_dir), None, None, f"malformed YAML{where}"))
        return None


def _read_text(path: Path, data_dir: Path, problems: list[Problem]) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem(_relative(path, data_dir), None, None, f"cannot read: {error}"))
        return None


def _yaml_list(path: Path, data_dir: Path, problems: list[Problem]) -> list[Fields]:
    file = _relative(path, data_dir)
    text = _read_text(path, data_dir, problems)
    data = _load_yaml(path, data_dir, text, problems) if text is not None else None
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(Problem(file, None, None, "expected a list of items"))
        return []
    items = []
    for raw in data:
        item_id = raw.get("id") or raw.get("term") if isinstance(raw, dict) else None
        items.append(Fields(raw, file, str(item_id) if item_id else None, problems))
    return items


def _read_pack(data_dir: Path, sources: Sources, problems: list[Problem]) -> None:
    path = data_dir / "pack.yaml"
    text = _read_text(path, data_dir, problems) if path.exists() else None
    if text is None:
        problems.append(Problem("data/pack.yaml", None, None, "missing pack.yaml"))
        return
    fields = Fields(_load_yaml(path, data_dir, text, problems) or {}, _relative(path, data_dir),
                    None, problems)
    fields.unknown({"title", "data_version", "as_of", "tracks", "eras"})
    sources.title = fields.text("title", required=True) or ""
    sources.data_version = fields.text("data_version", required=True) or ""
    sources.as_of = fields.date("as_of", required=True) or ""
    for track in fields.mappings("tracks"):
        track.unknown({"id", "label"})
        track_id, label = track.text("id", required=True), track.text("label", required=True)
        if track_id and label:
            sources.tracks.append((track_id, label))
    for era in fields.mappings("eras"):
        era.id = era.text("id")
        era.unknown({"id", "title", "date", "end", "citations"})
        era_id, title = era.id, era.text("title", required=True)
        start, end = era.date("date", required=True), era.date("end", required=True)
        cites = era.citations()
        if era_id and title and start and end:
            sources.eras.append((era_id, title, start, end, cites))


def _read_entity_file(path: Path, data_dir: Path, sources: Sources, problems: list[Problem]) -> None:
    file = _relative(path, data_dir)
    text = _read_text(path, data_dir, problems)
    if text is None:
        return
    match = _FRONT_MATTER.match(text)
    if not match:
        problems.append(Problem(file, path.stem, None, "no YAML front matter between '---' lines"))
        return
    data = _load_yaml(path, data_dir, match.group(1), problems)
    if data is None:
        return
    fields = Fields(data, file, str(data.get("id")) if isinstance(data, dict) else None, problems)
    fields.unknown(_ENTITY_FIELDS)
    kind = fields.text("kind", required=True) or ""
    if kind in GENERATED_KINDS:  # known from where it is written, so checked here
        fields.problem("kind", f"kind '{kind}' is made by the build; entity files may not use it")
    entity = _entity(fields, kind=kind)
    if entity is None:
        return
    entity.body = match.group(2).strip()
    if entity.id != path.stem:
        fields.problem("id", f"the id must equal the file name '{path.stem}'")
    sources.entities.append(entity)
    _relations(fields, entity.id, entity.citations, sources)


def _entity(fields: Fields, kind: str) -> EntityRec | None:
    entity_id = fields.text("id", required=True)
    title = fields.text("title", required=True)
    if entity_id is None or title is None:
        return None
    return EntityRec(
        id=entity_id,
        kind=kind,
        title=title,
        file=fields.file,
        short_title=fields.text("short_title"),
        acronym=fields.text("acronym"),
        aliases=fields.strings("aliases"),
        symbol=fields.text("symbol"),
        parent=fields.text("parent"),
        order=fields.integer("order"),
        summary=fields.text("summary", required=True) or "",
        date=fields.date("date"),
        end=fields.date("end"),
        status=fields.text("status", required=True) or "",
        as_of=fields.date("as_of"),
        note=fields.text("note"),
        facts=fields.facts(),
        citations=fields.citations(),
        quotes=fields.quotes(),
    )


def _relations(fields: Fields, owner: str, default_cites: list[CiteRec], sources: Sources) -> None:
    for item in fields.mappings("relations"):
        item.unknown({"type", "target", "note", "cite"})
        name, target = item.text("type", required=True), item.text("target", required=True)
        if name is None or target is None:
            continue
        if name not in RELATION_NAMES:
            item.problem("relations", f"unknown relation type '{name}'")
            continue
        stored, reverse = RELATION_NAMES[name]
        cites = item.citations("cite", required=False) or list(default_cites)
        source, target = (target, owner) if reverse else (owner, target)
        sources.relations.append(
            RelationRec(source, stored, target, item.text("note"), cites, fields.file, owner))


def _read_document(fields: Fields, sources: Sources, problems: list[Problem]) -> None:
    fields.unknown(_DOCUMENT_FIELDS)
    document = _entity(fields, kind="document")
    if document is None:
        return
    document.issued_by = fields.text("issued_by")
    document.body = fields.text("body") or ""
    document.parent = document.parent or "section-documents"
    sources.entities.append(document)
    _relations(fields, document.id, document.citations, sources)


def _read_event(fields: Fields, sources: Sources) -> None:
    fields.unknown(_EVENT_FIELDS)
    event_id, title = fields.text("id", required=True), fields.text("title", required=True)
    date, track = fields.date("date", required=True), fields.text("track", required=True)
    event = EventRec(
        id=event_id or "", date=date or "", end=fields.date("end"), title=title or "",
        track=track or "", entities=fields.strings("entities"),
        status=fields.text("status", required=True) or "", note=fields.text("note"),
        citations=fields.citations(), file=fields.file,
    )
    if event_id and title and date and track:
        sources.events.append(event)


def _read_glossary(fields: Fields, sources: Sources) -> None:
    fields.unknown(_GLOSSARY_FIELDS)
    term, expansion = fields.text("term", required=True), fields.text("expansion", required=True)
    entity = fields.text("entity")
    cites = fields.citations(required=entity is None)
    if term and expansion:
        sources.glossary.append(GlossaryRec(term, expansion, entity, cites, fields.file))
