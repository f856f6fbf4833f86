"""Made-up timeline records for the benchmark and the scale tests (never shown to users).

Deterministic for a seed: the same call gives the same events, so figures are comparable.
"""

from __future__ import annotations

import datetime as dt
import random

from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.records import Era, Event, Track

_WORDS = ("summit", "review", "forum", "resolution", "session", "report", "consultation", "meeting",
          "working", "group", "outcome", "digital", "cooperation", "governance", "internet", "agenda",
          "commission", "council", "assembly", "declaration", "action", "line", "open", "high-level")


def synthetic(count: int = 10_000, lanes: int = 8, seed: int = 2003,
              first_year: int = 1998, last_year: int = 2030) -> tuple[list[Event], list[Track], list[Era]]:
    """``count`` events on ``lanes`` tracks: most on a day, some a month or a year, some periods."""
    rng = random.Random(seed)
    tracks = [Track(f"track-{i}", f"Track {i + 1}") for i in range(lanes)]
    first, last = dt.date(first_year, 1, 1).toordinal(), dt.date(last_year, 12, 31).toordinal()
    events = []
    for n in range(count):
        day = dt.date.fromordinal(rng.randint(first, last))
        roll = rng.random()
        end = None
        if roll < 0.6:
            date = PartialDate(day.year, day.month, day.day)
        elif roll < 0.75:
            date = PartialDate(day.year, day.month)
        elif roll < 0.85:
            date = PartialDate(day.year)
        else:
            date = PartialDate(day.year, day.month, day.day)
            stop = day + dt.timedelta(days=rng.choice((2, 4, 30, 200, 700, 1800)))
            end = PartialDate(stop.year, stop.month, stop.day)
        title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 7))).capitalize()
        events.append(Event(f"ev-synthetic-{n}", date, end, title, rng.choice(tracks).id, "confirmed",
                            None, (f"entity-{rng.randint(0, count // 20)}",)))
    eras = [Era("era-a", "Era A", PartialDate(2002), PartialDate(2005, 11)),
            Era("era-b", "Era B", PartialDate(2014), PartialDate(2015, 12))]
    return events, tracks, eras
