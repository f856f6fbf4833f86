"""Typed access to one YAML mapping, recording a located Problem for every bad field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wsis_desktop.build.problems import Problem
from wsis_desktop.build.records import CiteRec, QuoteRec
from wsis_desktop.store.dates import PartialDate


class Fields:
    """Reads fields of one source item; problems go to the shared list, reads never raise."""

    def __init__(self, data: Any, file: str, item_id: str | None, problems: list[Problem]) -> None:
        self.file = file
        self.id = item_id
        self.problems = problems
        if isinstance(data, dict):
            self.data: dict[str, Any] = data
        else:
            self.data = {}
            self.problem(None, "expected a mapping of fields")

    def problem(self, field: str | None, message: str, warning: bool = False) -> None:
        self.problems.append(Problem(self.file, self.id, field, message, warning))

    def unknown(self, allowed: set[str]) -> None:
        for key in sorted(set(self.data) - allowed, key=str):
            self.problem(str(key), "unknown field")

    def text(self, name: str, required: bool = False) -> str | None:
        value = self.data.get(name)
        if value is None or value == "":
            if required:
                self.problem(name, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem(name, "expected text")
            return None
        return str(value).strip()

    def integer(self, name: str, default: int = 0) -> int:
        value = self.data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(name, "expected a whole number")
            return default
        return int(value)

    def date(self, name: str, required: bool = False) -> str | None:
        """A date at its written precision, checked; returned in source form."""
        value = self.data.get(name)
        if value is None or value == "":
            if required:
                self.problem(name, "missing")
            return None
        if isinstance(value, dt.date):  # unquoted YAML date: still a day-precision date
            value = value.isoformat()
        elif isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.problem(name, f"bad date {value!r}")
            return None
        try:
            return PartialDate.parse(value).iso()
        except ValueError as error:
            self.problem(name, f"bad date: {error}")
            return None

    def strings(self, name: str) -> list[str]:
        value = self.data.get(name) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            self.problem(name, "expected a list of texts")
            return []
        return [str(v).strip() for v in value]

    def mappings(self, name: str) -> list[Fields]:
        value = self.data.get(name) or []
        if not isinstance(value, list):
            self.problem(name, "expected a list")
            return []
        return [Fields(item, self.file, self.id, self.problems) for item in value]

    def citations(self, name: str = "citations", required: bool = True) -> list[CiteRec]:
        cites = []
        for item in self.mappings(name):
            item.unknown({"doc", "para", "url", "note"})
            cite = CiteRec(item.text("doc"), item.text("para"), item.text("url"), item.text("note"))
            if cite.doc is None and cite.url is None:
                self.problem(name, "a citation needs a document (doc) or an address (url)")
                continue
            if cite.url is not None and not cite.url.startswith(("https://", "http://")):
                self.problem(name, f"citation address must start with http(s)://: {cite.url}")
                continue
            cites.append(cite)
        if required and not cites:
            self.problem(name, "missing citation: every item cites at least one source")
        return cites

    def quotes(self) -> list[QuoteRec]:
        quotes = []
        for item in self.mappings("quotes"):
            item.unknown({"doc", "para", "text"})
            doc, text = item.text("doc"), item.text("text")
            if doc is None or text is None:
                self.problem("quotes", "a quotation needs its document (doc) and its text")
                continue
            quotes.append(QuoteRec(doc, item.text("para"), text))
        return quotes

    def facts(self) -> list[tuple[str, str]]:
        facts = []
        for item in self.mappings("facts"):
            item.unknown({"label", "value"})
            label, value = item.text("label"), item.text("value")
            if label is None or value is None:
                self.problem("facts", "a key fact needs a label and a value")
                continue
            facts.append((label, value))
        return facts
