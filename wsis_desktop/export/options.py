"""What the user chose in the export dialog or on the command line, apart from the selection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Paper = Literal["A4", "Letter"]
Orientation = Literal["portrait", "landscape"]

PAPERS: tuple[Paper, ...] = ("A4", "Letter")
ORIENTATIONS: tuple[Orientation, ...] = ("portrait", "landscape")

#: Given an entity id, the user's own note on it (or None); supplied by the personal store.
NotesProvider = Callable[[str], "str | None"]


@dataclass(frozen=True)
class ExportOptions:
    """Cover texts, what to include and the page set-up."""

    title: str = "WSIS briefing"
    subtitle: str = ""
    author: str = ""
    date: dt.date | None = None  # None: today
    include_relations: bool = True
    include_citations: bool = True
    include_timeline: bool = True
    include_notes: bool = False
    notes: NotesProvider | None = None
    paper: Paper = "A4"
    orientation: Orientation = "portrait"

    def export_date(self) -> dt.date:
        return self.date or dt.date.today()
