"""The knowledge pack, opened read-only: the only place in the app that holds SQL."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from wsis_desktop.store import search as fts
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.errors import (
    NotFound,
    PackCorrupt,
    PackForeign,
    PackMissing,
    PackTooNew,
    PackUnsupported,
)
from wsis_desktop.store.records import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Citation,
    Entity,
    EntityDetail,
    EntityRef,
    Era,
    Event,
    PackInfo,
    Quote,
    Relation,
    SearchHit,
    Track,
    TreeNode,
)
from wsis_desktop.store.schema import APP_MARK, RELATION_TYPES, SCHEMA_VERSION

#: A row as sqlite3 returns it. Its columns are the query's, of mixed types, so each caller unpacks
#: or converts them at once (into records, or the precise tuples below).
Row = tuple[Any, ...]
#: A search match (``Pack._scored``): rowid, the ``_REF_COLUMNS``, bm25 (0.0 if not asked), name tier.
_Scored = tuple[int, str, str, str, str | None, str | None, float, int]
#: A ranked match (``Pack._ranked``): ``_Scored`` without its name tier.
_Ranked = tuple[int, str, str, str, str | None, str | None, float]
#: Column weights for bm25: names (acronym, aliases, symbol) > title > summary > body.
_WEIGHTS = (10.0, 8.0, 3.0, 1.0)
_REF_COLUMNS = "e.id, e.kind, coalesce(e.short_title, e.title), e.acronym, e.symbol"
#: Ranking tier before bm25: 2 when a name (title, acronym, alias, symbol) is exactly what
#: was typed, 1 when a name starts with it. ``exact_names`` is "|name|name|", folded.
_NAME_TIER = ("(CASE WHEN instr(e.exact_names, '|' || :exact || '|') > 0 THEN 2"
              " WHEN instr(e.exact_names, '|' || :exact) > 0 THEN 1 ELSE 0 END)")
#: Searches with more matches than this rank a bounded pool of them (``Pack._ranked``).
SEARCH_POOL = 600
#: Statement kinds a pack may run: reading, and nothing else (sqlite3 authorizer codes).
_ALLOWED_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                              sqlite3.SQLITE_PRAGMA, sqlite3.SQLITE_RECURSIVE})
_ALLOWED_PRAGMAS = frozenset({"user_version", "trusted_schema", "query_only", "quick_check",
                              "table_info", "compile_options", "data_version"})


def _authorize(action: int, arg1: str | None, *_: object) -> int:
    """Let a pack run plain reads only, whatever its schema holds."""
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        return sqlite3.SQLITE_OK  # SQLite's own schema bookkeeping when FTS5 starts
    if action not in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and arg1 not in _ALLOWED_PRAGMAS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _date(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


class Pack:
    """A read-only connection to one knowledge pack, with typed queries.

    Safe to share between threads: queries are serialised by a lock.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection, info: PackInfo) -> None:
        self.path = path
        self.info = info
        self._db = connection
        self._lock = threading.Lock()

    # ---- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Pack:
        """Open and check a pack; raise a PackError subclass with a one-line reason."""
        path = Path(path).resolve()
        if not path.is_file():
            raise PackMissing(f"No knowledge pack at {path}. Build it with 'wsis-desktop build-data'.")
        uri = f"file:{quote(str(path))}?mode=ro"
        try:
            db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as error:
            raise PackCorrupt(f"Cannot open {path.name}: {error}.") from None
        try:
            info = cls._check(db, path)
        except BaseException:
            db.close()
            raise
        return cls(path, db, info)

    @staticmethod
    def _check(db: sqlite3.Connection, path: Path) -> PackInfo:
        name = path.name
        try:
            db.execute("PRAGMA trusted_schema = OFF")
            db.execute("PRAGMA query_only = ON")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            objects = dict(db.execute("SELECT name, type FROM sqlite_master").fetchall())
        except sqlite3.DatabaseError:
            raise PackCorrupt(
                f"{name} is not a WSIS Desktop knowledge pack: it is damaged or not a database."
            ) from None
        if "meta" not in objects or "entities" not in objects:
            raise PackForeign(f"{name} is a database, but not a WSIS Desktop knowledge pack.")
        if any(kind in ("trigger", "view") for kind in objects.values()):
            raise PackForeign(f"{name} contains code (views or triggers); it was not made by WSIS Desktop.")
        db.set_authorizer(_authorize)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError:
            raise PackCorrupt(f"{name} is damaged: its version table cannot be read.") from None
        if meta.get("app") != APP_MARK:
            raise PackForeign(f"{name} is a database, but not a WSIS Desktop knowledge pack.")
        if version > SCHEMA_VERSION:
            raise PackTooNew(
                f"{name} was made by a newer WSIS Desktop (pack format {version}; this app reads "
                f"format {SCHEMA_VERSION}). Update the app to open it."
            )
        if version < SCHEMA_VERSION:
            raise PackForeign(f"{name} uses an old pack format ({version}); rebuild it.")
        compile_options = {row[0] for row in db.execute("PRAGMA compile_options")}
        if "ENABLE_FTS5" not in compile_options:
            raise PackUnsupported("This Python's SQLite has no full-text search (FTS5); search cannot work.")
        try:
            return PackInfo(
                path=path,
                title=meta["title"],
                schema_version=version,
                data_version=meta["data_version"],
                as_of=PartialDate.parse(meta["as_of"]),
                entity_count=int(meta["entity_count"]),
                event_count=int(meta["event_count"]),
            )
        except (KeyError, ValueError):
            raise PackCorrupt(f"{name} is damaged: its version information is incomplete.") from None

    def close(self) -> None:
        self._db.close()

    # ---- plumbing ------------------------------------------------------------------------

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        """A cursor under the lock; database errors become one-line PackErrors."""
        with self._lock:
            try:
                yield self._db.cursor()
            except sqlite3.DatabaseError as error:
                raise PackCorrupt(
                    f"The knowledge pack {self.path.name} could not be read ({error}). "
                    "Rebuild it or reinstall the app."
                ) from None

    def _rows(self, sql: str, params: Sequence[object] | dict[str, object] = ()) -> list[Row]:
        with self._cursor() as cur:
            return cur.execute(sql, params).fetchall()

    # ---- tree ----------------------------------------------------------------------------

    def children(self, parent_id: str | None, offset: int = 0, limit: int = -1) -> list[TreeNode]:
        """Children of ``parent_id`` (None: the top-level sections), in tree order."""
        where = "e.parent = ?" if parent_id is not None else "e.parent IS NULL AND e.kind = 'section'"
        params: list[object] = [parent_id] if parent_id is not None else []
        rows = self._rows(
            f"SELECT {_REF_COLUMNS}, e.child_count FROM entities e WHERE {where} "
            "ORDER BY e.sort_order, e.title LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [TreeNode(EntityRef(*row[:5]), row[5]) for row in rows]

    def child_count(self, parent_id: str | None) -> int:
        if parent_id is None:
            return int(self._rows(
                "SELECT count(*) FROM entities WHERE parent IS NULL AND kind = 'section'")[0][0])
        rows = self._rows("SELECT child_count FROM entities WHERE id = ?", [parent_id])
        return int(rows[0][0]) if rows else 0

    def ancestors(self, entity_id: str) -> list[EntityRef]:
        """The path from the top of the tree down to ``entity_id``'s parent."""
        rows = self._rows(
            f"""WITH RECURSIVE up(id, depth) AS (
                  SELECT parent, 1 FROM entities WHERE id = ?
                  UNION ALL
                  SELECT e.parent, up.depth + 1 FROM entities e JOIN up ON e.id = up.id
                  WHERE up.depth < 64)
                SELECT {_REF_COLUMNS} FROM up JOIN entities e ON e.id = up.id
                ORDER BY up.depth DESC""",
            [entity_id],
        )
        return [EntityRef(*row) for row in rows]

    def row_of(self, entity_id: str) -> int:
        """Position of an entity among its siblings, in tree order (-1 if unknown)."""
        rows = self._rows(
            """SELECT count(*) FROM entities s, entities e
               WHERE e.id = ? AND s.parent IS e.parent
                 AND (e.parent IS NOT NULL OR s.kind = 'section')
                 AND (s.sort_order < e.sort_order
                      OR (s.sort_order = e.sort_order AND s.title < e.title))""",
            [entity_id],
        )
        return int(rows[0][0]) if self.ref(entity_id) else -1

    # ---- entities ------------------------------------------------------------------------

    def ref(self, entity_id: str) -> EntityRef | None:
        rows = self._rows(f"SELECT {_REF_COLUMNS} FROM entities e WHERE e.id = ?", [entity_id])
        return EntityRef(*rows[0]) if rows else None

    def refs(self, entity_ids: Iterable[str]) -> dict[str, EntityRef]:
        ids = list(dict.fromkeys(entity_ids))
        found: dict[str, EntityRef] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._rows(f"SELECT {_REF_COLUMNS} FROM entities e WHERE e.id IN ({marks})", chunk):
                found[row[0]] = EntityRef(*row)
        return found

    def overview_id(self) -> str | None:
        rows = self._rows("SELECT id FROM entities WHERE kind = 'overview' ORDER BY sort_order LIMIT 1")
        return rows[0][0] if rows else None

    def entity(self, entity_id: str) -> Entity:
        rows = self._rows(
            f"""SELECT {_REF_COLUMNS}, e.parent, e.title, e.aliases, e.summary, e.body, e.date,
                       e.date_end, e.status, e.as_of, e.note, e.issued_by, e.facts
                FROM entities e WHERE e.id = ?""",
            [entity_id],
        )
        if not rows:
            raise NotFound(f"No entity '{entity_id}' in the knowledge pack.")
        (eid, kind, title, acronym, symbol, parent, full_title, aliases, summary, body, date,
         end, status, as_of, note, issued_by, facts) = rows[0]
        return Entity(
            ref=EntityRef(eid, kind, title, acronym, symbol),
            parent=parent,
            full_title=full_title,
            aliases=tuple(json.loads(aliases)),
            summary=summary,
            body=body,
            date=_date(date),
            end=_date(end),
            status=status,
            as_of=_date(as_of),
            note=note,
            issued_by=self.ref(issued_by) if issued_by else None,
            facts=tuple((label, value) for label, value in json.loads(facts)),
            citations=self._citations("entity", [eid]).get(eid, ()),
            quotes=self._quotes(eid),
        )

    def detail(self, entity_id: str) -> EntityDetail:
        """An entity with its relations from both ends, its events and its path."""
        return EntityDetail(
            entity=self.entity(entity_id),
            relations=tuple(self.relations(entity_id)),
            events=tuple(self.events(entity_id=entity_id)),
            path=tuple(self.ancestors(entity_id)),
        )

    def relations(self, entity_id: str) -> list[Relation]:
        """Relations where the entity is either end, labelled from its side."""
        rows = self._rows(
            f"""SELECT r.num, r.type, r.note, 1, {_REF_COLUMNS}
                FROM relations r JOIN entities e ON e.id = r.target WHERE r.source = :id
                UNION ALL
                SELECT r.num, r.type, r.note, 0, {_REF_COLUMNS}
                FROM relations r JOIN entities e ON e.id = r.source WHERE r.target = :id""",
            {"id": entity_id},
        )
        cites = self._citations("relation", [str(row[0]) for row in rows])
        relations = []
        for num, rtype, note, outgoing, *ref in rows:
            kind = RELATION_TYPES[rtype]
            relations.append(Relation(
                type=rtype,
                label=kind.label if outgoing else kind.inverse_label,
                other=EntityRef(*ref),
                outgoing=bool(outgoing),
                note=note,
                citations=cites.get(str(num), ()),
            ))
        relations.sort(key=lambda r: (r.label, r.other.title))
        return relations

    def _citations(self, owner_kind: str, owner_ids: list[str]) -> dict[str, tuple[Citation, ...]]:
        found: dict[str, list[Citation]] = {}
        for start in range(0, len(owner_ids), 500):
            chunk = owner_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._rows(
                f"""SELECT c.owner_id, c.para, c.url, c.note, {_REF_COLUMNS}
                    FROM citations c LEFT JOIN entities e ON e.id = c.document_id
                    WHERE c.owner_kind = ? AND c.owner_id IN ({marks}) ORDER BY c.owner_id, c.seq""",
                [owner_kind, *chunk],
            )
            for owner, para, url, note, *ref in rows:
                document = EntityRef(*ref) if ref[0] else None
                symbol = document.symbol if document else None
                found.setdefault(owner, []).append(Citation(document, symbol, para, url, note))
        return {owner: tuple(cites) for owner, cites in found.items()}

    def _quotes(self, entity_id: str) -> tuple[Quote, ...]:
        rows = self._rows(
            f"""SELECT q.para, q.text, {_REF_COLUMNS} FROM quotes q
                JOIN entities e ON e.id = q.document_id WHERE q.entity_id = ? ORDER BY q.seq""",
            [entity_id],
        )
        return tuple(Quote(EntityRef(*ref), ref[4], para, text) for para, text, *ref in rows)

    def glossary(self) -> dict[str, str]:
        """Every acronym and its expansion."""
        return dict(self._rows("SELECT term, expansion FROM glossary ORDER BY term"))

    def all_ids(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT id FROM entities ORDER BY num")]

    def subtree_ids(self, root_id: str) -> list[str]:
        """``root_id`` and everything below it, depth first in tree order."""
        ordered: list[str] = []
        stack = [root_id]
        while stack:
            current = stack.pop()
            ordered.append(current)
            stack.extend(reversed([node.ref.id for node in self.children(current)]))
        return ordered

    # ---- timeline ------------------------------------------------------------------------

    def tracks(self) -> list[Track]:
        return [Track(*row) for row in self._rows("SELECT id, label FROM tracks ORDER BY sort_order")]

    def eras(self) -> list[Era]:
        rows = self._rows("SELECT id, title, date, date_end FROM eras ORDER BY date")
        return [Era(i, t, PartialDate.parse(d), PartialDate.parse(e)) for i, t, d, e in rows]

    def events(self, entity_id: str | None = None, with_citations: bool = True) -> list[Event]:
        """Every event in date order, or those that concern ``entity_id``."""
        if entity_id is None:
            rows = self._rows(
                "SELECT id, date, date_end, title, track, status, note FROM events ORDER BY sort_key, id")
        else:
            rows = self._rows(
                """SELECT v.id, v.date, v.date_end, v.title, v.track, v.status, v.note
                   FROM events v JOIN event_entities x ON x.event_id = v.id
                   WHERE x.entity_id = ? ORDER BY v.sort_key, v.id""",
                [entity_id],
            )
        ids = [row[0] for row in rows]
        links: dict[str, list[str]] = {}
        if entity_id is None:
            for event_id, linked in self._rows(
                    "SELECT event_id, entity_id FROM event_entities ORDER BY event_id, seq"):
                links.setdefault(event_id, []).append(linked)
        else:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for event_id, linked in self._rows(
                        f"SELECT event_id, entity_id FROM event_entities WHERE event_id IN ({marks}) "
                        "ORDER BY event_id, seq", chunk):
                    links.setdefault(event_id, []).append(linked)
        cites = self._citations("event", ids) if with_citations else {}
        return [
            Event(eid, PartialDate.parse(date), _date(end), title, track, status, note,
                  tuple(links.get(eid, ())), cites.get(eid, ()))
            for eid, date, end, title, track, status, note in rows
        ]

    # ---- search --------------------------------------------------------------------------

    def search(
        self,
        text: str,
        limit: int = 50,
        kinds: Sequence[str] | None = None,
        years: tuple[int, int] | None = None,
    ) -> list[SearchHit]:
        """Ranked full-text search with a highlighted snippet; odd input finds nothing, never fails.

        Exact matches of a title, acronym or document symbol come first; then bm25,
        weighting names above titles above summaries above bodies. Exact over every
        match when there are at most ``SEARCH_POOL`` of them; beyond that, over a
        bounded pool (see ``_ranked``), so a keystroke costs the same at any pack size.
        """
        expression = fts.match_expression(text)
        if expression is None:
            return []
        filters, params = self._filters(kinds, years)
        narrower = (fts.column_filtered(expression, ("names", "title")),)
        ranked, everything = self._ranked(expression, fts.fold(text.strip()), limit,
                                          fts.name_tier_filtered(expression), narrower, filters, params)
        if not ranked:
            return []
        if everything:  # few matches: FTS5's own snippets cost little
            snippets = dict(self._rows(
                f"""SELECT rowid, snippet(entities_fts, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 16)
                    FROM entities_fts
                    WHERE entities_fts MATCH :match AND +rowid IN ({_ints(row[0] for row in ranked)})""",
                {"match": expression}))
        else:
            snippets = {num: fts.snippet(texts, text, HIGHLIGHT_START, HIGHLIGHT_END)
                        for num, *texts in self._texts(row[0] for row in ranked)}
        return [SearchHit(EntityRef(*row[1:6]), snippets.get(row[0], ""), float(row[6])) for row in ranked]

    def _texts(self, nums: Iterable[int]) -> list[tuple[int, str, str, str]]:
        """Summary, title and plain body of entities by row number, for snippets (short texts first)."""
        rows = f"SELECT num, summary, title, body_plain FROM entities WHERE num IN ({_ints(nums)})"
        return self._rows(rows)

    def _ranked(self, expression: str, exact: str, limit: int, tier: str, narrower: Sequence[str],
                filters: str = "", params: dict[str, object] | None = None) -> tuple[list[_Ranked], bool]:
        """The top ``limit`` matches as (rowid, ref columns..., bm25) rows, best first; True if exact.

        Up to ``SEARCH_POOL`` matches: every one, by name tier, then other kinds before glossary
        terms, then bm25. Beyond that, bm25 costs too much (3 µs a row, and a pass over every
        match of each word for its weight: 150 ms and more for a common word at 100,000
        entities), so a pool is ranked instead, without it: the entities in the name tier
        (found by ``tier``), then up to ``SEARCH_POOL`` matches in pack order of each
        ``narrower`` expression (names and titles, which bm25 weights highest), by name tier,
        other kinds before terms, shorter titles first; and only if they are too few, the
        first matches of ``expression`` by bm25 after them. Pool rows carry a rank of 0.
        """
        size, params = max(SEARCH_POOL, limit), params or {}
        matches = self._rows(
            f"""SELECT entities_fts.rowid
                FROM entities_fts CROSS JOIN entities e ON e.num = entities_fts.rowid
                WHERE entities_fts MATCH :match {filters} LIMIT :size""",
            {"match": expression, "size": size + 1, **params})
        if len(matches) <= size:
            every = self._scored(expression, exact, size, filters, params)
            every.sort(key=lambda row: (-row[7], row[2] == "term", row[6]))
            return [row[:7] for row in every[:max(0, limit)]], True
        pool: dict[int, tuple[int, _Scored]] = {}
        for match in (tier, *narrower):
            for row in self._scored(match, exact, size, filters, params, bm25=False):
                if row[7] > 0 or match is not tier:
                    pool.setdefault(row[0], (0, row))
        if len(pool) < limit:
            for row in self._scored(expression, exact, size, filters, params):
                pool.setdefault(row[0], (1, row))
        # In the pool, a shorter title ranks higher (bm25 on a title is mostly its length).
        ordered = sorted(pool.values(), key=lambda item: (-item[1][7], item[0], item[1][2] == "term",
                                                          item[1][6] if item[0] else len(item[1][3])))
        return [row[:7] for _, row in ordered[:max(0, limit)]], False

    def _scored(self, match: str, exact: str, size: int, filters: str, params: dict[str, object],
                bm25: bool = True) -> list[_Scored]:
        """The first ``size`` matches in pack order: rowid, ref columns, bm25 (0 if not asked), name tier."""
        score = f"bm25(entities_fts, {', '.join(map(str, _WEIGHTS))})" if bm25 else "0.0"
        return self._rows(
            f"""SELECT entities_fts.rowid, {_REF_COLUMNS}, {score}, {_NAME_TIER}
                FROM entities_fts CROSS JOIN entities e ON e.num = entities_fts.rowid
                WHERE entities_fts MATCH :match {filters} LIMIT :size""",
            {"match": match, "exact": exact, "size": size, **params})

    @staticmethod
    def _filters(kinds: Sequence[str] | None, years: tuple[int, int] | None) -> tuple[str, dict[str, object]]:
        clauses: list[str] = []
        params: dict[str, object] = {}
        if kinds:
            names = [f":kind{i}" for i in range(len(kinds))]
            clauses.append(f"AND e.kind IN ({', '.join(names)})")
            params.update({f"kind{i}": kind for i, kind in enumerate(kinds)})
        if years:
            clauses.append("AND e.date IS NOT NULL AND CAST(substr(e.date, 1, 4) AS INTEGER) "
                           "BETWEEN :year_from AND :year_to")
            params.update(year_from=min(years), year_to=max(years))
        return " ".join(clauses), params

    def quick_open(self, text: str, limit: int = 20) -> list[EntityRef]:
        """Entities whose title, acronym, alias or symbol starts with what was typed."""
        expression = fts.match_expression(text)
        if expression is None:
            return []
        ranked, _ = self._ranked(fts.column_filtered(expression, ("names", "title")), fts.fold(text.strip()),
                                 limit, fts.name_tier_filtered(expression), ())
        return [EntityRef(*row[1:6]) for row in ranked]


def _ints(values: Iterable[int]) -> str:
    """Row ids written into SQL, for ``+rowid IN (...)``: a filter on the rows MATCH yields (so bm25
    and snippet run for those rows only), never a lookup per id (a full MATCH for each)."""
    return ",".join(str(int(value)) for value in values)
