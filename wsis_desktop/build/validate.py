"""Cross-checks over all sources: ids, references, dates, the tree. Each problem is located."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wsis_desktop.build.problems import Problem
from wsis_desktop.build.records import CiteRec, EntityRec, Sources
from wsis_desktop.build.sources import ID_FORM
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.schema import KINDS, STATUSES

_ROOT_KINDS = {"section", "overview"}


def term_id(term: str) -> str:
    """The id of the glossary entity made for ``term``: ``term-cstd``."""
    return "term-" + re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def validate(sources: Sources) -> list[Problem]:
    """Every problem found across the sources (errors and warnings)."""
    problems: list[Problem] = []
    entities = _check_ids(sources, problems)
    for entity in sources.entities:
        _check_entity(entity, entities, problems)
    _check_tree(sources.entities, entities, problems)
    for relation in sources.relations:
        for end in (relation.source, relation.target):
            if end not in entities:
                problems.append(Problem(relation.file, relation.declared_by, "relations",
                                        f"unknown relation target '{end}'"))
        _check_cites(relation.citations, entities, relation.file, relation.declared_by,
                     "relations", problems)
    _check_events(sources, entities, problems)
    _check_glossary(sources, entities, problems)
    return problems


def _check_ids(sources: Sources, problems: list[Problem]) -> dict[str, EntityRec]:
    seen: dict[str, str] = {}
    entities: dict[str, EntityRec] = {}
    items: Iterable[tuple[str, str]] = [
        *((e.id, e.file) for e in sources.entities),
        *((v.id, v.file) for v in sources.events),
        *((term_id(g.term), g.file) for g in sources.glossary),
        *((era[0], "data/pack.yaml") for era in sources.eras),
    ]
    for item_id, file in items:
        if not ID_FORM.match(item_id):
            problems.append(Problem(file, item_id, "id", "ids are lowercase words joined by '-'"))
        if item_id in seen:
            problems.append(Problem(file, item_id, "id", f"duplicate id (also in {seen[item_id]})"))
        else:
            seen[item_id] = file
    for entity in sources.entities:
        entities.setdefault(entity.id, entity)
    return entities


def _check_entity(entity: EntityRec, entities: dict[str, EntityRec], problems: list[Problem]) -> None:
    def problem(field: str, message: str) -> None:
        problems.append(Problem(entity.file, entity.id, field, message))

    if entity.kind not in KINDS:
        problem("kind", f"unknown kind '{entity.kind}'")
    if entity.status not in STATUSES:
        problem("status", f"unknown status '{entity.status}' (use {', '.join(STATUSES)})")
    if entity.parent is None and entity.kind not in _ROOT_KINDS:
        problem("parent", "missing: every entity but sections and the overview has a parent")
    elif entity.parent is not None and entity.parent not in entities:
        problem("parent", f"unknown parent '{entity.parent}'")
    if entity.issued_by is not None and entity.issued_by not in entities:
        problem("issued_by", f"unknown entity '{entity.issued_by}'")
    _check_range(entity.date, entity.end, entity.file, entity.id, problems)
    _check_cites(entity.citations, entities, entity.file, entity.id, "citations", problems)
    for quote in entity.quotes:
        target = entities.get(quote.doc)
        if target is None or target.kind != "document":
            problem("quotes", f"unknown document '{quote.doc}'")


def _check_range(start: str | None, end: str | None, file: str, item_id: str | None,
                 problems: list[Problem]) -> None:
    if end is None:
        return
    if start is None:
        problems.append(Problem(file, item_id, "end", "an end date needs a start date"))
    elif PartialDate.parse(end).last_day() < PartialDate.parse(start).first_day():
        problems.append(Problem(file, item_id, "end", f"ends ({end}) before it starts ({start})"))


def _check_cites(cites: list[CiteRec], entities: dict[str, EntityRec], file: str,
                 item_id: str | None, field: str, problems: list[Problem]) -> None:
    for cite in cites:
        if cite.doc is None:
            continue
        target = entities.get(cite.doc)
        if target is None or target.kind != "document":
            problems.append(Problem(file, item_id, field, f"unknown document '{cite.doc}'"))


def _check_tree(records: list[EntityRec], entities: dict[str, EntityRec],
                problems: list[Problem]) -> None:
    reported: set[str] = set()
    for entity in records:
        path = [entity.id]
        current = entity.parent
        while current is not None and current in entities:
            if current in path:
                cycle = path[path.index(current):]
                if not reported & set(cycle):
                    problems.append(Problem(entity.file, entity.id, "parent",
                                            "cycle in the tree: " + " → ".join([*cycle, current])))
                    reported.update(cycle)
                break
            path.append(current)
            current = entities[current].parent


def _check_events(sources: Sources, entities: dict[str, EntityRec], problems: list[Problem]) -> None:
    tracks = {track_id for track_id, _ in sources.tracks}
    for event in sources.events:
        if event.track not in tracks:
            problems.append(Problem(event.file, event.id, "track", f"unknown track '{event.track}'"))
        if event.status not in STATUSES:
            problems.append(Problem(event.file, event.id, "status", f"unknown status '{event.status}'"))
        for linked in event.entities:
            if linked not in entities:
                problems.append(Problem(event.file, event.id, "entities", f"unknown entity '{linked}'"))
        _check_range(event.date, event.end, event.file, event.id, problems)
        _check_cites(event.citations, entities, event.file, event.id, "citations", problems)
    for era_id, _title, start, end, cites in sources.eras:
        _check_range(start, end, "data/pack.yaml", era_id, problems)
        _check_cites(cites, entities, "data/pack.yaml", era_id, "citations", problems)


def _check_glossary(sources: Sources, entities: dict[str, EntityRec], problems: list[Problem]) -> None:
    texts = " ".join(
        " ".join(filter(None, (e.title, e.summary, e.body, e.acronym, e.note)))
        for e in sources.entities
    ) + " ".join(f"{v.title} {v.note or ''}" for v in sources.events)
    for entry in sources.glossary:
        if entry.entity is not None and entry.entity not in entities:
            problems.append(Problem(entry.file, entry.term, "entity",
                                    f"unknown entity '{entry.entity}'"))
        _check_cites(entry.citations, entities, entry.file, entry.term, "citations", problems)
        if entry.entity is None and not re.search(rf"\b{re.escape(entry.term)}\b", texts):
            problems.append(Problem(entry.file, entry.term, "term",
                                    "names no entity and is used in no text", warning=True))
