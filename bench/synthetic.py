"""Synthetic knowledge packs: deterministic data/ sources, built by the real build.

A pack of any size is written as the text sources of data/SCHEMA.md (pack.yaml,
entities/*.md, documents/*.yaml, events/*.yaml, glossary.yaml) and then built
with ``wsis_desktop.build.build_pack``, so every benchmark measures packs the
way users get them. Lengths of titles, summaries, bodies and notes follow
quantiles measured on the real sources in data/; words follow the real word
counts (bench/vocabulary.py). The same size and seed always give the same
files and the same pack.

    python -m bench.synthetic 100k            # build (or reuse) bench/packs/<key>.db
    python -m bench.synthetic --entities 5000 --events 500 --seed 7 --keep-sources
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

from bench.vocabulary import WORDS

#: Bump when the generator's output changes, so cached packs are rebuilt.
GENERATOR_VERSION = 2
DEFAULT_SEED = 20031210  # the Geneva summit opened on 10 December 2003
PACKS_DIR = Path(__file__).resolve().parent / "packs"
_SHM = Path("/dev/shm")

# Quantiles (0, 10, 25, 50, 75, 90, 97, 100 %) measured on the real sources in data/
# (195 entities, November 2026), in characters.
_QUANTILES = (0.0, 0.10, 0.25, 0.50, 0.75, 0.90, 0.97, 1.0)
TITLE_LENGTHS = (6, 8, 15, 31, 44, 71, 133, 186)
SUMMARY_LENGTHS = (77, 114, 144, 202, 262, 314, 411, 661)
BODY_LENGTHS = (0, 0, 115, 452, 838, 1511, 1901, 3608)
NOTE_LENGTHS = (0, 0, 0, 111, 230, 382, 405, 472)
QUOTE_LENGTHS = (24, 68, 100, 148, 260, 444, 520, 584)
FACT_LENGTHS = (2, 6, 14, 28, 58, 90, 121, 165)
#: Real sources: 3 citations per entity (1 to 9), 2.7 relations, 5.3 links per body, 18 % with an acronym.
CITATION_COUNTS = (1, 1, 2, 3, 4, 5, 7, 9)
LINK_EVERY_CHARS = 110
RELATION_MIX = (("related_to", 134), ("part_of", 70), ("co_facilitates", 45), ("feeds_into", 38),
                ("mandates", 38), ("established_by", 31), ("adopted", 27), ("organises", 23),
                ("facilitates", 18), ("adopted_at", 12), ("reviews", 8), ("reports_to", 6),
                ("renewed_by", 6), ("member_of", 3), ("chairs", 3))
STATUS_MIX = (("confirmed", 63), ("partial", 23), ("unconfirmed", 14))
TRACKS = (("summits", "Summits and reviews", 39), ("igf", "Internet Governance Forum", 28),
          ("ecosoc-cstd", "ECOSOC and CSTD", 23), ("unga", "General Assembly", 12),
          ("digital-cooperation", "Digital cooperation", 10), ("wsis-forum", "WSIS Forum", 9),
          ("agenda-2030", "Agenda 2030", 5), ("itu", "ITU", 5))
#: Share of the entities (before glossary terms) in each part of the tree; projects take the rest.
SHARES = {"documents": 0.12, "meetings": 0.10, "bodies": 0.04, "concepts": 0.05, "people": 0.04}
GROUP_MAX = 200  # siblings per group node outside the deliberately wide stocktaking branch
DEEP_LEVELS = 24
FIRST_YEAR, LAST_YEAR = 1998, 2030

_URLS = ("https://dig.watch/processes/wsis20", "https://www.itu.int/net4/wsis/stocktaking/",
         "https://www.intgovforum.org/en/content/igf-2025", "https://unctad.org/topic/commission-on-science-"
         "and-technology-for-development", "https://publicadministration.desa.un.org/topics/wsis",
         "https://www.itu.int/net4/wsis/forum/", "https://www.un.org/techenvoy/global-digital-compact",
         "https://unesdoc.unesco.org/", "https://press.un.org/en/", "https://www.undp.org/digital")
_COUNTRIES = ("Kenya", "Brazil", "India", "Norway", "Tunisia", "Switzerland", "Mexico", "Egypt", "Viet Nam",
              "Senegal", "Indonesia", "Chile", "Jordan", "Rwanda", "Bangladesh", "Fiji", "Peru", "Ghana",
              "Estonia", "Côte d'Ivoire", "Türkiye", "Sri Lanka", "Bhutan", "Colombia", "Morocco",
              "Nepal", "Uganda", "Samoa", "Mongolia", "Paraguay", "São Tomé and Príncipe", "Lithuania")
_CITIES = ("Geneva", "Tunis", "Athens", "Rio de Janeiro", "Hyderabad", "Sharm El Sheikh", "Vilnius",
           "Nairobi", "Baku", "Bali", "Istanbul", "João Pessoa", "Guadalajara", "Berlin", "Kyoto",
           "Addis Ababa", "Riyadh", "Lillestrøm", "Paris", "New York")
_FIRST = ("Amina", "Nitin", "Markus", "Chengetai", "Doreen", "Houlin", "Audrey", "Kofi", "Ana", "Jānis",
          "Mei", "Olga", "Raúl", "Fatou", "Søren", "Ilse", "Tomás", "Yuki", "Nomvula", "Pedro")
_LAST = ("Kummer", "Desai", "Masango", "Bogdan-Martin", "Zhao", "Azoulay", "Annan", "Neves", "Ndiaye",
         "Karklins", "Lokaale", "Gill", "Hochschild", "Møller", "Ørsted", "Okonjo", "Lindqvist",
         "Díaz", "Yamamoto", "Mbeki", "Castro", "Popescu")
_PROJECT_NOUNS = ("telecentres", "broadband access points", "e-learning platform", "open data portal",
                  "digital skills programme", "community radio network", "e-health records system",
                  "cybersecurity awareness campaign", "school connectivity project", "mobile payments pilot",
                  "e-agriculture extension service", "digital library", "e-government one-stop shop",
                  "Internet exchange point", "accessibility toolkit", "multilingual content initiative")
_PROJECT_GROUPS = ("rural women", "persons with disabilities", "smallholder farmers", "youth", "teachers",
                   "indigenous communities", "small enterprises", "older persons", "local governments",
                   "refugees", "health workers", "public libraries")
_DOC_SERIES = (("unga", "A/RES/{s}/{n}", "Resolution adopted by the General Assembly: {topic}"),
               ("unga", "A/{s}/{n}", "Report of the Secretary-General on {topic}"),
               ("ecosoc", "E/RES/{y}/{n}", "Economic and Social Council resolution on {topic}"),
               ("cstd", "E/CN.16/{y}/{n}", "Report of the Commission on Science and Technology for "
                "Development on {topic}"),
               ("itu", "ITU PP Res. {n} ({y})", "ITU Plenipotentiary Conference resolution on {topic}"),
               ("itu", "ITU Council Res. {n} ({y})", "ITU Council resolution on {topic}"))
_ACTION_LINES = ("Role of public governance authorities and all stakeholders in the promotion of ICTs for "
                 "development", "Information and communication infrastructure", "Access to information "
                 "and knowledge", "Capacity building", "Building confidence and security in the use of "
                 "ICTs", "Enabling environment", "ICT applications", "Cultural diversity and identity, "
                 "linguistic diversity and local content", "Media", "Ethical dimensions of the "
                 "Information Society", "International and regional cooperation")
_EXTRA_TERMS = (("ICT", "Information and communication technology"), ("SDG", "Sustainable Development Goal"),
                ("ICTs", "Information and communication technologies"))
_ANCHOR_BODIES = (("cstd", "Commission on Science and Technology for Development", "CSTD"),
                  ("ecosoc", "Economic and Social Council", "ECOSOC"),
                  ("unga", "United Nations General Assembly", "UNGA"),
                  ("itu", "International Telecommunication Union", "ITU"),
                  ("unesco", "United Nations Educational, Scientific and Cultural Organization", "UNESCO"),
                  ("undp", "United Nations Development Programme", "UNDP"),
                  ("un-desa", "UN Department of Economic and Social Affairs", "UN DESA"))
_SECTIONS = (("section-phases", "Summit phases"), ("section-action-lines", "Action lines"),
             ("section-mechanisms", "Mechanisms and meetings"), ("section-reviews", "Reviews"),
             ("section-stocktaking", "WSIS Stocktaking"), ("section-related", "Related processes and ideas"),
             ("section-bodies", "Bodies"), ("section-people", "People"),
             ("section-documents", "Documents"), ("section-glossary", "Glossary"))
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Size:
    """How big a synthetic pack is: entities in the built pack (glossary terms included), events."""

    entities: int
    events: int
    seed: int = DEFAULT_SEED

    @property
    def key(self) -> str:
        """The cache name: changes with anything that changes the pack."""
        return f"synthetic-e{self.entities}-v{self.events}-s{self.seed}-g{GENERATOR_VERSION}"


SIZES = {"1k": Size(1_000, 1_000), "10k": Size(10_000, 10_000), "100k": Size(100_000, 10_000)}


@dataclass
class Node:
    """One entity of the plan: placed in the tree before any text is written."""

    id: str
    kind: str
    title: str
    parent: str | None
    order: int
    folder: str
    acronym: str | None = None
    symbol: str | None = None
    short_title: str | None = None
    issued_by: str | None = None
    date: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _project_total(projects: int) -> int:
    """Entities that ``projects`` stocktaking projects add: themselves, prize years, acronyms."""
    return projects + min(14, projects // 7) + projects // 100


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")


def _j(value: object) -> str:
    """A YAML scalar: JSON strings are valid YAML double-quoted strings.

    Every text is quoted, ids too: YAML 1.1 reads a bare ``no`` (an acronym's slug) as false.
    """
    return json.dumps(value, ensure_ascii=False)


def _flow(mapping: dict[str, Any]) -> str:
    parts = []
    for key, value in mapping.items():
        if isinstance(value, list):
            value = "[" + ", ".join(_flow(v) if isinstance(v, dict) else _j(v) for v in value) + "]"
        else:
            value = _j(value)
        parts.append(f"{key}: {value}")
    return "{" + ", ".join(parts) + "}"


class Writer:
    """The random choices of one pack; everything comes from one seeded ``random.Random``."""

    def __init__(self, size: Size) -> None:
        self.size = size
        self.rng = random.Random(size.seed)
        # Each word repeated by its count: uniform picks from this pool follow the real frequencies,
        # several times faster than weighted picks.
        self.word_pool: tuple[str, ...] = tuple(word for word, count in WORDS for _ in range(count))
        self.nodes: list[Node] = []
        self.ids: set[str] = set()
        self.acronyms: list[str] = [term for term, _ in _EXTRA_TERMS]
        self.term_slugs = {slug(term) for term in self.acronyms}
        self.documents: list[str] = []
        self.bodies: list[str] = []
        self.linkable: list[Node] = []
        self._mixes: dict[tuple[tuple[str, int], ...], tuple[list[str], list[int]]] = {}

    # ---- random pieces -------------------------------------------------------------------

    def length(self, quantiles: tuple[int, ...]) -> int:
        """A length drawn from a measured distribution (linear between quantiles)."""
        u = self.rng.random()
        i = min(bisect.bisect_right(_QUANTILES, u) - 1, len(_QUANTILES) - 2)
        p0, p1 = _QUANTILES[i], _QUANTILES[i + 1]
        q0, q1 = quantiles[i], quantiles[i + 1]
        return round(q0 + (q1 - q0) * (u - p0) / (p1 - p0))

    def pick(self, mix: tuple[tuple[str, int], ...]) -> str:
        names, weights = self._mixes.get(mix) or self._mixes.setdefault(
            mix, ([m[0] for m in mix], list(accumulate(m[1] for m in mix))))
        return self.rng.choices(names, cum_weights=weights)[0]

    def some_words(self, k: int) -> list[str]:
        return self.rng.choices(self.word_pool, k=k)

    def sentence(self, n_words: int) -> str:
        chosen = self.some_words(n_words)
        if n_words > 9 and self.rng.random() < 0.4:
            chosen[self.rng.randrange(3, n_words - 3)] += ","
        text = " ".join(chosen)
        return text[0].upper() + text[1:] + "."

    def prose(self, length: int) -> str:
        """Sentences of real words, about ``length`` characters long."""
        out: list[str] = []
        total = 0
        while total < length:
            s = self.sentence(self.rng.randint(7, 26))
            out.append(s)
            total += len(s) + 1
        text = " ".join(out)
        if len(text) > length + 40:
            cut = text.rfind(" ", 0, max(length, 20))
            text = text[:cut].rstrip(",") + "." if cut > 0 else text
        return text

    def date(self, precision_mix: tuple[int, int, int] = (62, 17, 21)) -> str:
        year = self.rng.randint(FIRST_YEAR, LAST_YEAR)
        precision = self.rng.choices((3, 2, 1), weights=precision_mix)[0]
        if precision == 1:
            return f"{year}"
        month = self.rng.randint(1, 12)
        if precision == 2:
            return f"{year}-{month:02d}"
        return f"{year}-{month:02d}-{self.rng.randint(1, 28):02d}"

    def end_after(self, start: str) -> str:
        year = int(start[:4]) + self.rng.choice((0, 0, 0, 1, 2, 5))
        return start.replace(start[:4], str(min(year, LAST_YEAR + 5)), 1) if len(start) > 4 else str(year)

    def title(self, base: str) -> str:
        """``base`` stretched with real words towards a length drawn from the real titles."""
        target = self.length(TITLE_LENGTHS)
        if len(base) < target - 12:
            base += ": " + " ".join(self.some_words(max(1, (target - len(base)) // 7)))
        return base

    def acronym_for(self, title: str) -> str:
        letters = "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z]+", title) if w[0].isupper()
                          or len(w) > 3).upper()[:6] or "X"
        letters = letters if len(letters) > 1 else letters + "X"
        candidate, n = letters, 2
        while slug(candidate) in self.term_slugs:
            candidate, n = f"{letters}{n}", n + 1
        self.add_acronym(candidate)
        return candidate

    def add_acronym(self, acronym: str) -> None:
        """Remember an acronym; glossary term ids are made from its slug, so slugs must differ."""
        self.acronyms.append(acronym)
        self.term_slugs.add(slug(acronym))

    def citations(self) -> list[dict[str, str]]:
        cites = []
        for _ in range(self.length(CITATION_COUNTS)):
            cite: dict[str, str] = {}
            if self.documents and self.rng.random() < 0.32:
                cite["doc"] = self.rng.choice(self.documents)
                if self.rng.random() < 0.6:
                    cite["para"] = str(self.rng.randint(1, 120))
            if not cite or self.rng.random() < 0.7:
                cite["url"] = self.rng.choice(_URLS)
            if self.rng.random() < 0.3:
                cite["note"] = self.prose(self.rng.randint(20, 80))
            cites.append(cite)
        return cites

    # ---- the plan: ids, titles and places in the tree ---------------------------------------

    def add(self, node: Node, linkable: bool = True) -> Node:
        assert node.id not in self.ids, node.id
        self.ids.add(node.id)
        self.nodes.append(node)
        if node.kind == "document":
            self.documents.append(node.id)
        if linkable:
            self.linkable.append(node)
        return node

    def unique_id(self, base: str) -> str:
        candidate, n = base[:60].strip("-"), 2
        while candidate in self.ids:
            candidate, n = f"{base[:56].strip('-')}-{n}", n + 1
        return candidate

    def grouped(self, parent: str, folder: str, count: int, label: str) -> Iterator[tuple[str, int]]:
        """(parent, order) for ``count`` children, adding group nodes when there are many."""
        if count <= GROUP_MAX:
            yield from ((parent, i) for i in range(count))
            return
        groups = -(-count // GROUP_MAX)
        for g in range(groups):
            group = self.add(Node(self.unique_id(f"{parent}-group-{g + 1}"), "section",
                                  f"{label}, part {g + 1} of {groups}", parent, g, folder), linkable=False)
            size = min(GROUP_MAX, count - g * GROUP_MAX)
            yield from ((group.id, i) for i in range(size))

    def plan(self) -> dict[str, Any]:
        """Place every entity; return what the benchmarks need to know about the tree."""
        rng = self.rng
        self.add(Node("overview", "overview", "WSIS Desktop (synthetic pack)", None, 0, "start"))
        for order, (sid, title) in enumerate(_SECTIONS):
            self.add(Node(sid, "section", title, None, order + 1, "sections"), linkable=False)
        for order, (eid, title, acronym) in enumerate(_ANCHOR_BODIES):
            self.add_acronym(acronym)
            self.bodies.append(self.add(Node(eid, "body", title, "section-bodies", order, "bodies",
                                             acronym=acronym)).id)
        for n, title in enumerate(_ACTION_LINES, 1):
            self.add(Node(f"c{n}", "action-line", f"C{n}. {title}", "section-action-lines", n,
                          "action-lines"))
        self.add(Node("geneva-2003", "phase", "WSIS first phase, Geneva 2003", "section-phases", 1, "phases",
                      date="2003-12-10"))
        self.add(Node("tunis-2005", "phase", "WSIS second phase, Tunis 2005", "section-phases", 2, "phases",
                      date="2005-11-16"))
        for eid, title, acronym in (("igf", "Internet Governance Forum", "IGF"),
                                    ("wsis-forum", "WSIS Forum", None),
                                    ("ungis", "United Nations Group on the Information Society", "UNGIS")):
            if acronym:
                self.add_acronym(acronym)
            self.add(Node(eid, "mechanism", title, "section-mechanisms", len(self.nodes), "mechanisms",
                          acronym=acronym))
        fixed = len(self.nodes) + len(self.acronyms)  # every acronym becomes a glossary term entity
        budget = max(0, self.size.entities - fixed)
        counts = {part: int(budget * share) for part, share in SHARES.items()}
        self._plan_bodies(counts["bodies"])
        self._plan_documents(counts["documents"])
        self._plan_meetings(counts["meetings"])
        deep_leaf = self._plan_deep()
        self._plan_concepts(counts["concepts"])
        self._plan_people(counts["people"])
        remaining = self.size.entities - len(self.nodes) - len(self.acronyms) - 2  # the two branch roots
        projects = max(0, remaining - remaining // 8)
        while _project_total(projects + 1) <= remaining:
            projects += 1
        while projects > 0 and _project_total(projects) > remaining:
            projects -= 1
        largest = self._plan_projects(projects)
        for n in range(remaining - _project_total(projects)):  # what the project count could not fill
            self.add(Node(f"person-extra-{n + 1}", "person", f"{_FIRST[n]} {_LAST[n]}", "section-people",
                          GROUP_MAX + n, "people"))
        rng.shuffle(self.linkable)
        return {"largest_branch": largest, "deep_leaf": deep_leaf}

    def _plan_bodies(self, count: int) -> None:
        kinds = ("Commission", "Agency", "Council", "Office", "Union", "Network", "Institute", "Forum")
        for parent, order in self.grouped("section-bodies", "bodies", count, "Bodies"):
            country = self.rng.choice(_COUNTRIES)
            topic = " ".join(w.capitalize() for w in self.some_words(2) if w.isalpha())
            title = f"{country} {self.rng.choice(kinds)} for {topic or 'Development'}".strip()
            acronym = self.acronym_for(title) if self.rng.random() < 0.6 else None
            node = self.add(Node(self.unique_id(slug(acronym or title)), "body", title, parent, order,
                                 "bodies", acronym=acronym))
            self.bodies.append(node.id)

    def _plan_documents(self, count: int) -> None:
        series_groups: dict[tuple[int, int], str] = {}
        numbers: dict[tuple[int, int], int] = {}
        for i in range(count):
            s = self.rng.randrange(len(_DOC_SERIES))
            year = self.rng.randint(FIRST_YEAR, LAST_YEAR)
            issuer, symbol_form, title_form = _DOC_SERIES[s]
            group = series_groups.get((s, year))
            if group is None:
                label = title_form.split(":")[0].split(" on ")[0].replace("Report of the", "Reports of the")
                group = self.add(Node(self.unique_id(f"docs-{slug(symbol_form.split('{')[0])}-{year}"),
                                      "section", f"{label}, {year}", "section-documents",
                                      s * 100 + year - FIRST_YEAR, "document-groups"), linkable=False).id
                series_groups[(s, year)] = group
            numbers[(s, year)] = number = numbers.get((s, year), 0) + 1 + self.rng.randrange(3)
            symbol = symbol_form.format(s=year - 1945, y=year, n=number)
            topic = self.prose(self.rng.randint(30, 90)).rstrip(".").lower()
            title = title_form.format(topic=topic)
            short = f"{symbol.split(' (')[0]}: {topic[:40]}" if self.rng.random() < 0.3 else None
            self.add(Node(self.unique_id(slug(symbol)), "document", title, group, number, f"documents-{s}",
                          symbol=symbol, short_title=short, issued_by=issuer,
                          date=f"{year}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}",
                          extra={"file": f"documents/{slug(symbol_form.split('{')[0])}-{i // 1000}.yaml"}))

    def _plan_meetings(self, count: int) -> None:
        series = (("igf", "Internet Governance Forum"), ("wsis-forum", "WSIS Forum"),
                  ("cstd", "CSTD annual session"), ("ecosoc", "ECOSOC coordination segment"))
        years = range(2006, LAST_YEAR + 1)
        per_meeting = max(0, count // (len(series) * len(years)) - 1)
        for owner, label in series:
            for year in years:
                city = self.rng.choice(_CITIES)
                meeting = self.add(Node(f"{owner}-{year}" if owner != "igf" else f"igf-{year}",
                                        "meeting", f"{label} {year}, {city}", owner, year, "meetings",
                                        date=f"{year}-{self.rng.randint(1, 12):02d}"))
                for n in range(per_meeting):
                    topic = self.prose(self.rng.randint(25, 70)).rstrip(".")
                    self.add(Node(f"{meeting.id}-session-{n + 1}", "meeting",
                                  f"{label} {year}, session {n + 1}: {topic}", meeting.id, n,
                                  f"meetings/{owner}-{year}", date=meeting.date))

    def _plan_deep(self) -> str:
        parent = "section-reviews"
        self.add(Node("wsis-plus-20", "review", "WSIS+20 review", parent, 1, "reviews", date="2025-12"))
        parent = "wsis-plus-20"
        for level in range(1, DEEP_LEVELS + 1):
            node = self.add(Node(f"wsis-plus-20-stage-{level}", "process",
                                 self.title(f"WSIS+20 review, stage {level}"), parent, 0, "reviews"))
            for sibling in range(self.rng.randint(0, 2)):
                self.add(Node(f"wsis-plus-20-stage-{level}-note-{sibling + 1}", "concept",
                              self.title(f"Stage {level} note {sibling + 1}"), parent, sibling + 1,
                              "reviews"))
            parent = node.id
        return parent

    def _plan_concepts(self, count: int) -> None:
        label = "Related processes and ideas"
        for parent, order in self.grouped("section-related", "concepts", count, label):
            kind = "concept" if self.rng.random() < 0.7 else "process"
            words = [w for w in self.some_words(4) if len(w) > 3]
            title = self.title(" ".join(words).capitalize() or "Digital cooperation")
            acronym = self.acronym_for(title) if self.rng.random() < 0.1 else None
            self.add(Node(self.unique_id(slug(title)), kind, title, parent, order, "concepts",
                          acronym=acronym))

    def _plan_people(self, count: int) -> None:
        for parent, order in self.grouped("section-people", "people", count, "People"):
            name = f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"
            self.add(Node(self.unique_id(slug(name)), "person", name, parent, order, "people"))

    def _plan_projects(self, count: int) -> str:
        """The very wide branch: most projects sit directly under one node, the rest under prize years."""
        self.add(Node("stocktaking-projects", "process", "WSIS Stocktaking projects", "section-stocktaking",
                      1, "stocktaking"))
        self.add(Node("wsis-prizes", "process", "WSIS Prizes winners and champions", "section-stocktaking", 2,
                      "stocktaking"))
        prize_years = list(range(2012, 2026))
        for i in range(count):
            country = self.rng.choice(_COUNTRIES)
            noun, group = self.rng.choice(_PROJECT_NOUNS), self.rng.choice(_PROJECT_GROUPS)
            title = f"{noun[0].upper()}{noun[1:]} for {group} in {country}"
            if self.rng.random() < 0.4:
                title += f" ({self.rng.randint(2004, 2025)})"
            in_prizes = i % 7 == 6
            parent = "stocktaking-projects"
            if in_prizes:
                year = prize_years[(i // 7) % len(prize_years)]
                parent = f"wsis-prizes-{year}"
                if parent not in self.ids:
                    self.add(Node(parent, "process", f"WSIS Prizes {year}", "wsis-prizes", year,
                                  "stocktaking"))
            acronym = self.acronym_for(title) if i % 100 == 99 else None
            self.add(Node(f"project-{i + 1:06d}", "process", title, parent, i, f"stocktaking/{i // 1000:03d}",
                          acronym=acronym), linkable=i % 10 == 0)
        return "stocktaking-projects"

    # ---- text -----------------------------------------------------------------------------

    def body(self) -> str:
        length = self.length(BODY_LENGTHS)
        if length == 0:
            return ""
        paragraphs = []
        remaining = length
        while remaining > 0:
            size = min(remaining, self.rng.randint(150, 600))
            paragraph = self.prose(size)
            links = max(0, round(size / LINK_EVERY_CHARS * self.rng.random() * 2))
            words = paragraph.split(" ")
            for _ in range(links):
                target = self.rng.choice(self.linkable)
                at = self.rng.randrange(len(words))
                words[at] = f"[{target.acronym or target.title}](wsis:{target.id})"
            paragraph = " ".join(words)
            roll = self.rng.random()
            if roll < 0.08:
                paragraph = "\n".join(f"- {s}" for s in paragraph.split(". ") if s)
            elif roll < 0.12 and self.documents:
                source = f"{self.rng.choice(self.documents)}, para {self.rng.randint(1, 99)}"
                paragraph = f"> {paragraph}\n\n({source})"
            paragraphs.append(paragraph)
            remaining -= size
        return "\n\n".join(paragraphs)

    def common(self, node: Node) -> dict[str, Any]:
        """The fields every entity and document has, in source order."""
        rng = self.rng
        fields: dict[str, Any] = {"id": node.id}
        if node.kind != "document":
            fields["kind"] = node.kind
        fields["title"] = node.title
        for key in ("short_title", "acronym", "symbol"):
            if getattr(node, key):
                fields[key] = getattr(node, key)
        if node.acronym and rng.random() < 0.5:
            fields["aliases"] = [f"{node.title} ({node.acronym})"]
        if node.parent:
            fields["parent"] = node.parent
        fields["order"] = node.order
        date = node.date or (self.date((35, 20, 28)) if rng.random() < 0.55 else None)
        if date:
            fields["date"] = date
            if rng.random() < 0.25:
                fields["end"] = self.end_after(date)
        if node.issued_by:
            fields["issued_by"] = node.issued_by
        fields["status"] = self.pick(STATUS_MIX)
        if date and rng.random() < 0.11:
            fields["as_of"] = "2025-12-17"
        note_length = self.length(NOTE_LENGTHS)
        if note_length > 20:
            fields["note"] = self.prose(note_length)
        fields["summary"] = self.prose(self.length(SUMMARY_LENGTHS))
        fields["facts"] = [{"label": " ".join(self.some_words(2)).capitalize(),
                            "value": self.prose(self.length(FACT_LENGTHS)).rstrip(".")}
                           for _ in range(rng.choice((0, 0, 1, 2, 2, 3, 4, 6)))]
        fields["relations"] = self.relations(node)
        fields["quotes"] = self.quotes() if rng.random() < 0.06 else []
        fields["citations"] = self.citations()
        return fields

    def relations(self, node: Node) -> list[dict[str, Any]]:
        out = []
        for _ in range(self.rng.choice((0, 1, 2, 2, 3, 3, 4, 6))):
            target = self.rng.choice(self.linkable)
            if target.id == node.id:
                continue
            relation: dict[str, Any] = {"type": self.pick(RELATION_MIX), "target": target.id}
            if relation["type"] == "related_to" or self.rng.random() < 0.2:
                relation["note"] = self.prose(self.rng.randint(40, 160))
            if self.rng.random() < 0.6:
                relation["cite"] = self.citations()[:1]
            out.append(relation)
        return out

    def quotes(self) -> list[dict[str, str]]:
        return [{"doc": self.rng.choice(self.documents), "para": str(self.rng.randint(1, 120)),
                 "text": self.prose(self.length(QUOTE_LENGTHS))}
                for _ in range(self.rng.choice((1, 1, 2, 3, 5, 12, 16)))] if self.documents else []

    def front_matter(self, fields: dict[str, Any]) -> str:
        lines = []
        for key, value in fields.items():
            if isinstance(value, list):
                if not value:
                    continue
                if key == "aliases":
                    lines.append(f"{key}: [{', '.join(_j(v) for v in value)}]")
                else:
                    lines.append(f"{key}:")
                    lines.extend(f"  - {_flow(v)}" for v in value)
            elif key == "order":
                lines.append(f"{key}: {value}")
            else:
                lines.append(f"{key}: {_j(value)}")
        return "\n".join(lines)

    # ---- files ----------------------------------------------------------------------------

    def write(self, folder: Path) -> dict[str, Any]:
        """Write the whole source set under ``folder`` (which must be empty or missing)."""
        facts = self.plan()
        documents: dict[str, list[str]] = {}
        largest_body = ("", 0)
        for node in self.nodes:
            fields = self.common(node)
            if node.kind == "document":
                body = self.body() if self.rng.random() < 0.5 else ""
                if body:
                    fields["body"] = body
                item = self.front_matter(fields).replace("\n", "\n  ")
                documents.setdefault(node.extra["file"], []).append("- " + item)
                size = len(body)
            else:
                body = self.body()
                path = folder / "entities" / node.folder / f"{node.id}.md"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(f"---\n{self.front_matter(fields)}\n---\n{body}\n", encoding="utf-8")
                size = len(body) + len(fields.get("quotes", [])) * 200 + len(fields["relations"]) * 100
            if size > largest_body[1]:
                largest_body = (node.id, size)
        for name, items in documents.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(items) + "\n", encoding="utf-8")
        self._write_events(folder)
        self._write_glossary(folder)
        self._write_pack_yaml(folder)
        return {**facts, "large_entity": largest_body[0]}

    def _write_events(self, folder: Path) -> None:
        concerned = [n.id for n in self.linkable]
        files: dict[str, list[str]] = {}
        for n in range(self.size.events):
            track = self.pick(tuple((t, w) for t, _, w in TRACKS))
            date = self.date()
            fields: dict[str, Any] = {"id": f"ev-{n + 1:06d}", "date": date}
            if self.rng.random() < 0.31:
                fields["end"] = self.end_after(date)
            fields["title"] = self.prose(self.rng.randint(20, 80)).rstrip(".")
            fields["track"] = track
            fields["entities"] = self.rng.sample(concerned, min(len(concerned), self.rng.randint(1, 6)))
            fields["status"] = self.pick(STATUS_MIX)
            fields["citations"] = self.citations()[:2]
            lines = [f"{k}: {_j(v)}" if not isinstance(v, list) or k == "entities" else
                     f"{k}: [{', '.join(_flow(c) for c in v)}]" for k, v in fields.items()]
            files.setdefault(f"{track}-{date[:3]}0s", []).append("- " + "\n  ".join(lines))
        for name, items in files.items():
            path = folder / "events" / f"{name}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(items) + "\n", encoding="utf-8")

    def _write_glossary(self, folder: Path) -> None:
        lines = [f"- {_flow({'term': t, 'expansion': e, 'citations': [{'url': _URLS[0]}]})}"
                 for t, e in _EXTRA_TERMS]
        for node in self.nodes:
            if node.acronym:
                entry: dict[str, Any] = {"term": node.acronym, "expansion": node.title, "entity": node.id}
                if self.rng.random() < 0.3:
                    entry["citations"] = self.citations()[:1]
                lines.append(f"- {_flow(entry)}")
        (folder / "glossary.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def _write_pack_yaml(self, folder: Path) -> None:
        size = self.size
        tracks = "\n".join(f"  - {_flow({'id': t, 'label': label})}" for t, label, _ in TRACKS)
        eras = (("era-geneva", "Geneva phase", "2002", "2003-12"),
                ("era-tunis", "Tunis phase", "2004", "2005-11"),
                ("era-implementation", "Implementation", "2006", "2015-12"),
                ("era-wsis10", "WSIS+10 to WSIS+20", "2016", "2025-12"),
                ("era-beyond", "Beyond WSIS+20", "2026", "2030"))
        cite = [{"url": _URLS[0]}]
        era_lines = "\n".join(f"  - {_flow({'id': i, 'title': t, 'date': d, 'end': e, 'citations': cite})}"
                              for i, t, d, e in eras)
        title = f"Synthetic pack: {size.entities} entities, {size.events} events, seed {size.seed}"
        (folder / "pack.yaml").write_text(
            f"title: {_j(title)}\n"
            f"data_version: {_j(f'synthetic.{size.entities}.{size.events}.{size.seed}')}\n"
            f'as_of: "2026-11-27"\ntracks:\n{tracks}\neras:\n{era_lines}\n', encoding="utf-8")


def write_sources(size: Size, folder: Path) -> dict[str, Any]:
    """Write the sources of ``size`` under ``folder``; return facts about the tree for the benchmarks."""
    folder.mkdir(parents=True, exist_ok=True)
    return Writer(size).write(folder)


def pack_path(size: Size, packs_dir: Path = PACKS_DIR) -> Path:
    return packs_dir / f"{size.key}.db"


def build(size: Size, packs_dir: Path = PACKS_DIR, rebuild: bool = False, keep_sources: bool = False,
          log: bool = False) -> tuple[Path, dict[str, Any]]:
    """The built pack of ``size`` and its facts, from the cache when it is there."""
    from wsis_desktop.build import build_pack  # the build is only needed on a cache miss

    out = pack_path(size, packs_dir)
    manifest = out.with_suffix(".json")
    if out.exists() and manifest.exists() and not rebuild:
        return out, json.loads(manifest.read_text(encoding="utf-8"))
    packs_dir.mkdir(parents=True, exist_ok=True)
    # Sources are scratch: in memory where the system offers it (100k files), else beside the packs.
    scratch = _SHM if _SHM.is_dir() and os.access(_SHM, os.W_OK) else packs_dir
    sources = Path(tempfile.mkdtemp(prefix=f"{size.key}-", dir=scratch)) / "data"  # the build wants "data"
    try:
        started = time.perf_counter()
        facts = write_sources(size, sources)
        written = time.perf_counter()
        build_pack(sources, out)
        built = time.perf_counter()
        facts.update(write_seconds=round(written - started, 2), build_seconds=round(built - written, 2))
        manifest.write_text(json.dumps(facts, indent=2) + "\n", encoding="utf-8")
        if log:
            print(f"{out.name}: sources written in {facts['write_seconds']} s, built in "
                  f"{facts['build_seconds']} s", file=sys.stderr)
    finally:
        if keep_sources:
            print(f"sources kept in {sources}", file=sys.stderr)
        else:
            shutil.rmtree(sources.parent, ignore_errors=True)
    return out, facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.synthetic", description=__doc__.split("\n")[0])
    parser.add_argument("size", nargs="?", choices=sorted(SIZES), help="a ready-made size")
    parser.add_argument("--entities", type=int, help="entities in the built pack (glossary terms included)")
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rebuild", action="store_true", help="ignore the cache")
    parser.add_argument("--keep-sources", action="store_true", help="keep the generated data/ folder")
    args = parser.parse_args(argv)
    if args.size:
        size = Size(SIZES[args.size].entities, SIZES[args.size].events, args.seed)
    elif args.entities:
        size = Size(args.entities, args.events, args.seed)
    else:
        parser.error("give a size (1k, 10k, 100k) or --entities N")
    path, facts = build(size, rebuild=args.rebuild, keep_sources=args.keep_sources, log=True)
    print(path)
    print(json.dumps(facts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
