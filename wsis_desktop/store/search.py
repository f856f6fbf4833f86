"""Turning what a person types into a safe FTS5 query.

User text never reaches ``MATCH`` raw: it is split into words, each word is
quoted as an FTS5 string (so ``AND``, ``NEAR(``, ``*``, ``"`` and ``-`` are
just text), and the last word gets a ``*`` so results follow the keystrokes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import accumulate

#: More words than this add nothing to ranking and only cost time.
MAX_TERMS = 12
#: Words longer than this are not words; FTS5 would match nothing anyway.
MAX_TERM_LENGTH = 64

#: The pack indexes prefixes of two and three letters; a one-letter prefix would merge the
#: lists of every word with that letter (100 ms at 100,000 entities) to show nothing useful.
MIN_PREFIX = 2

_WORD = re.compile(r"\w+", re.UNICODE)

#: Letters that Unicode does not decompose, so FTS5's remove_diacritics leaves
#: them alone: "Lillestrøm" must still be found by "Lillestrom".
_EXTRA_FOLDS = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
     "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "ð": "d"}
)


def fold(text: str) -> str:
    """Lower-case ASCII-ish form of ``text``, for matching and comparing titles."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def extra_fold_forms(text: str) -> str:
    """Folded forms of the words FTS5 would not fold itself, space-separated."""
    words = {w for w in _WORD.findall(text) if w.translate(_EXTRA_FOLDS) != w}
    return " ".join(sorted(fold(w) for w in words))


def words(text: str) -> list[str]:
    """The searchable words of ``text``, folded, capped in number and length."""
    found = [w for w in _WORD.findall(fold(text)) if len(w) <= MAX_TERM_LENGTH]
    return found[:MAX_TERMS]


def typed_words(text: str) -> list[str]:
    """``words`` of a query being typed: a last word of one letter after others is still being typed,
    so it is left out ("action l" searches "action", and the results do not blink empty)."""
    terms = words(text)
    if len(terms) > 1 and len(terms[-1]) < MIN_PREFIX:
        terms.pop()
    return terms


def match_expression(text: str, prefix: bool = True) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None if it has no words.

    Every word is required; the last, from two letters on, may be a prefix of a longer word.
    """
    terms = typed_words(text) if prefix else words(text)
    if not terms:
        return None
    quoted = [f'"{t}"' for t in terms]  # \w+ words never contain a double quote
    if prefix and len(terms[-1]) >= MIN_PREFIX:
        quoted[-1] += "*"
    return " ".join(quoted)


def column_filtered(expression: str, columns: tuple[str, ...]) -> str:
    """Restrict a MATCH expression to some columns of the index."""
    return "{" + " ".join(columns) + "} : (" + expression + ")"


def name_tier_filtered(expression: str) -> str:
    """Matches that may rank in the name tier: in the names column, or a title starting with the query."""
    return f"({{names}} : ({expression})) OR ({{title}} : (^{expression}))"


#: Words shown before the first marked word of a snippet: a result row may show only its start.
_LEAD = 3


def snippet(texts: Sequence[str], text: str, start: str, end: str, size: int = 16) -> str:
    """About ``size`` words of the first of ``texts`` with a query word, around the most of them.

    FTS5's own snippet() reads every match's position list (15 ms for a common word at 100,000
    entities); this reads only the texts shown, and a text only when a query word is in it.
    """
    terms = typed_words(text)
    if not terms:
        return ""
    whole, last = set(terms[:-1]), terms[-1]
    prefix = len(last) >= MIN_PREFIX

    def hit(word: str) -> bool:
        folded = word.lower() if word.isascii() else fold(word)
        return folded in whole or folded == last or (prefix and folded.startswith(last))

    # Plain ASCII text (most of it) is marked by one regex; other text word by word, folded.
    found = re.compile(r"(?<!\w)(?:" + "".join(re.escape(w) + "|" for w in whole) + re.escape(last)
                       + (r"\w*" if prefix else "") + r")(?!\w)", re.IGNORECASE | re.ASCII)

    best: tuple[int, str, list[re.Match[str]], int] | None = None
    for candidate in texts:
        if not candidate or not (_has_any(candidate.lower(), terms)
                                 or (not candidate.isascii() and _has_any(fold(candidate), terms))):
            continue
        tokens = list(_WORD.finditer(candidate))
        if candidate.isascii():
            starts = {m.start() for m in found.finditer(candidate)}
            marks = [t.start() in starts for t in tokens]
        else:
            marks = [hit(t.group()) for t in tokens]
        before = list(accumulate(marks, initial=0))  # before[i]: hits among the first i words
        for first in sorted({max(0, i - _LEAD) for i, marked in enumerate(marks) if marked}):
            count = before[min(first + size, len(marks))] - before[first]  # a window from just before a hit
            if best is None or count > best[0]:
                best = (count, candidate, tokens, first)
        if best is not None:
            break
    if best is None:
        return ""
    _, chosen, tokens, first = best
    shown = tokens[first:first + size]
    pieces, at = [], shown[0].start()
    for token in shown:
        pieces.append(chosen[at:token.start()])
        pieces.append(f"{start}{token.group()}{end}" if hit(token.group()) else token.group())
        at = token.end()
    if first + size >= len(tokens):
        pieces.append(chosen[at:])
    return ("…" if first else "") + "".join(pieces) + ("" if first + size >= len(tokens) else "…")


def _has_any(text: str, terms: Sequence[str]) -> bool:
    return any(term in text for term in terms)
