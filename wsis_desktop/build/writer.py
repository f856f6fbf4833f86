"""Writing a validated source set into a SQLite pack with sqlite-utils."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.db import Table

from wsis_desktop.build.records import CiteRec, EntityRec, RelationRec, Sources
from wsis_desktop.build.validate import term_id
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.schema import APP_MARK, SCHEMA_VERSION
from wsis_desktop.store.search import extra_fold_forms, fold

_FTS_COLUMNS = ("names", "title", "summary", "body_plain")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"[*_`#>|]+")


def add_glossary_entities(sources: Sources) -> None:
    """Turn glossary entries into ``term`` entities under the Glossary section."""
    for order, entry in enumerate(sorted(sources.glossary, key=lambda g: g.term.casefold())):
        entity_id = term_id(entry.term)
        cites = entry.citations
        if not cites and entry.entity:
            named = next(e for e in sources.entities if e.id == entry.entity)
            cites = named.citations[:1]
        sources.entities.append(EntityRec(
            id=entity_id, kind="term", title=entry.term, file=entry.file, parent="section-glossary",
            order=order, summary=entry.expansion, status="confirmed", citations=list(cites),
        ))
        if entry.entity:
            sources.relations.append(RelationRec(entity_id, "abbreviates", entry.entity, None,
                                                 list(cites), entry.file, entity_id))


def _table(db: sqlite_utils.Database, name: str) -> Table:
    """A table of the pack (sqlite-utils types ``db[name]`` as table-or-view)."""
    table = db[name]
    assert isinstance(table, Table)
    return table


def write_pack(sources: Sources, path: Path) -> None:
    """Write ``sources`` into a new SQLite file at ``path`` (which must not exist)."""
    db = sqlite_utils.Database(path)
    # A temporary file, checked and renamed only when complete: no need to sync every commit.
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA journal_mode = MEMORY")
    try:
        _create_tables(db)
        _insert(db, sources)
        db.execute(
            "CREATE VIRTUAL TABLE entities_fts USING fts5("
            + ", ".join(_FTS_COLUMNS)
            + ", content='entities', content_rowid='num',"
            " tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        db.execute("INSERT INTO entities_fts(entities_fts) VALUES ('rebuild')")
        db.execute("INSERT INTO entities_fts(entities_fts) VALUES ('optimize')")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.conn.commit()
        db.vacuum()  # type: ignore[no-untyped-call]  # sqlite-utils leaves it unannotated
    finally:
        db.close()  # type: ignore[no-untyped-call]  # sqlite-utils leaves it unannotated


def _create_tables(db: sqlite_utils.Database) -> None:
    text, integer = str, int
    _table(db, "meta").create({"key": text, "value": text}, pk="key")
    _table(db, "entities").create({
        "num": integer, "id": text, "kind": text, "title": text, "short_title": text,
        "acronym": text, "aliases": text, "symbol": text, "parent": text, "sort_order": integer,
        "child_count": integer, "summary": text, "body": text, "date": text, "date_end": text,
        "status": text, "as_of": text, "note": text, "issued_by": text, "facts": text,
        "names": text, "exact_names": text, "body_plain": text, "file": text,
    }, pk="num", not_null={"id", "kind", "title", "summary", "body", "status"})
    _table(db, "entities").create_index(["id"], unique=True)
    _table(db, "entities").create_index(["parent", "sort_order", "title"])
    _table(db, "entities").create_index(["kind"])
    _table(db, "relations").create({"num": integer, "source": text, "type": text, "target": text,
                            "note": text}, pk="num")
    _table(db, "relations").create_index(["source"])
    _table(db, "relations").create_index(["target"])
    _table(db, "citations").create({"owner_kind": text, "owner_id": text, "seq": integer,
                            "document_id": text, "para": text, "url": text, "note": text},
                           pk=("owner_kind", "owner_id", "seq"))
    _table(db, "quotes").create({"entity_id": text, "seq": integer, "document_id": text, "para": text,
                         "text": text}, pk=("entity_id", "seq"))
    _table(db, "events").create({"id": text, "date": text, "date_end": text, "sort_key": text,
                         "title": text, "track": text, "status": text, "note": text}, pk="id")
    _table(db, "events").create_index(["sort_key"])
    _table(db, "event_entities").create({"event_id": text, "entity_id": text, "seq": integer},
                                pk=("event_id", "seq"))
    _table(db, "event_entities").create_index(["entity_id"])
    _table(db, "tracks").create({"id": text, "label": text, "sort_order": integer}, pk="id")
    _table(db, "eras").create({"id": text, "title": text, "date": text, "date_end": text}, pk="id")
    _table(db, "glossary").create({"term": text, "expansion": text, "entity_id": text}, pk="term")


def _cite_rows(owner_kind: str, owner_id: str, cites: list[CiteRec]) -> list[dict[str, Any]]:
    return [{"owner_kind": owner_kind, "owner_id": owner_id, "seq": seq, "document_id": c.doc,
             "para": c.para, "url": c.url, "note": c.note} for seq, c in enumerate(cites)]


def _entity_row(num: int, entity: EntityRec, child_count: int) -> dict[str, Any]:
    names = [entity.acronym or "", *entity.aliases, entity.symbol or ""]
    searchable = " ".join([*names, entity.title, entity.short_title or "", entity.summary, entity.body])
    exact = [entity.title, entity.short_title, entity.acronym, entity.symbol, *entity.aliases]
    return {
        "num": num, "id": entity.id, "kind": entity.kind, "title": entity.title,
        "short_title": entity.short_title, "acronym": entity.acronym,
        "aliases": json.dumps(entity.aliases, ensure_ascii=False), "symbol": entity.symbol,
        "parent": entity.parent, "sort_order": entity.order, "child_count": child_count,
        "summary": entity.summary, "body": entity.body, "date": entity.date,
        "date_end": entity.end, "status": entity.status, "as_of": entity.as_of,
        "note": entity.note, "issued_by": entity.issued_by,
        "facts": json.dumps(entity.facts, ensure_ascii=False),
        "names": " ".join(filter(None, [*names, extra_fold_forms(searchable)])),
        "exact_names": "|" + "|".join(fold(n) for n in exact if n) + "|",
        "body_plain": plain_text(entity.body),
        "file": entity.file,
    }


def plain_text(markdown: str) -> str:
    """Markdown without link targets and markup, for indexing and snippets."""
    return " ".join(_MD_MARKS.sub(" ", _MD_LINK.sub(r"\1", markdown)).split())


def _insert(db: sqlite_utils.Database, sources: Sources) -> None:
    entities = sorted(sources.entities, key=lambda e: e.id)
    children = Counter(e.parent for e in entities if e.parent)
    _table(db, "entities").insert_all(_entity_row(n, e, children[e.id]) for n, e in enumerate(entities, 1))
    cites = [row for e in entities for row in _cite_rows("entity", e.id, e.citations)]
    quotes = [{"entity_id": e.id, "seq": seq, "document_id": q.doc, "para": q.para, "text": q.text}
              for e in entities for seq, q in enumerate(e.quotes)]
    unique = _merged_relations(sources.relations)
    _table(db, "relations").insert_all({"num": n, "source": r.source, "type": r.type, "target": r.target,
                                "note": r.note} for n, r in enumerate(unique, 1))
    cites += [row for n, r in enumerate(unique, 1) for row in _cite_rows("relation", str(n), r.citations)]
    events = sorted(sources.events, key=lambda v: v.id)
    _table(db, "events").insert_all({
        "id": v.id, "date": v.date, "date_end": v.end, "title": v.title, "track": v.track,
        "status": v.status, "note": v.note,
        "sort_key": PartialDate.parse(v.date).first_day().isoformat(),
    } for v in events)
    _table(db, "event_entities").insert_all({"event_id": v.id, "entity_id": e, "seq": seq}
                                    for v in events for seq, e in enumerate(v.entities))
    cites += [row for v in events for row in _cite_rows("event", v.id, v.citations)]
    for era_id, _title, _date, _end, era_cites in sources.eras:
        cites += _cite_rows("era", era_id, era_cites)
    _table(db, "citations").insert_all(cites)
    _table(db, "quotes").insert_all(quotes)
    _table(db, "tracks").insert_all({"id": t, "label": label, "sort_order": n}
                            for n, (t, label) in enumerate(sources.tracks))
    _table(db, "eras").insert_all({"id": i, "title": t, "date": d, "date_end": e}
                                  for i, t, d, e, _ in sources.eras)
    _table(db, "glossary").insert_all({"term": g.term, "expansion": g.expansion, "entity_id": g.entity}
                              for g in sorted(sources.glossary, key=lambda g: g.term))
    meta = {
        "app": APP_MARK, "title": sources.title, "data_version": sources.data_version,
        "as_of": sources.as_of, "entity_count": str(len(entities)), "event_count": str(len(events)),
    }
    meta["content_hash"] = content_hash(db)
    _table(db, "meta").insert_all({"key": k, "value": v} for k, v in sorted(meta.items()))


def _merged_relations(relations: list[RelationRec]) -> list[RelationRec]:
    """One relation per (source, type, target), with the citations of every file that states it."""
    merged: dict[tuple[str, str, str], RelationRec] = {}
    for relation in sorted(relations, key=lambda r: (r.source, r.type, r.target, r.file)):
        key = (relation.source, relation.type, relation.target)
        if key not in merged:
            merged[key] = RelationRec(relation.source, relation.type, relation.target, relation.note,
                                      list(relation.citations), relation.file, relation.declared_by)
            continue
        kept = merged[key]
        kept.note = kept.note or relation.note
        kept.citations += [c for c in relation.citations if c not in kept.citations]
    return list(merged.values())


def content_hash(db: sqlite_utils.Database) -> str:
    """SHA-256 over every row of every table, in a fixed order."""
    digest = hashlib.sha256()
    for table in sorted(db.table_names()):
        if table.startswith("entities_fts") or table == "meta":
            continue
        columns = ", ".join(f"[{c}]" for c in _table(db, table).columns_dict)
        for row in db.execute(f"SELECT {columns} FROM [{table}] ORDER BY {columns}"):
            digest.update(json.dumps(row, ensure_ascii=False).encode())
    return digest.hexdigest()
