"""Turning what a person types into a safe FTS5 query.

User text never reaches ``MATCH`` raw: it is split into words, each word is
quoted as an FTS5 string (so ``AND``, ``NEAR(``, ``*``, ``"`` and ``-`` are
just text), and the last word gets a ``*`` so results follow the keystrokes.
"""

from __future__ import annotations

import re
import unicodedata

#: More words than this add nothing to ranking and only cost time.
MAX_TERMS = 12
#: Words longer than this are not words; FTS5 would match nothing anyway.
MAX_TERM_LENGTH = 64

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


def match_expression(text: str, prefix: bool = True) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None if it has no words.

    Every word is required; the last may be a prefix of a longer word.
    """
    terms = words(text)
    if not terms:
        return None
    quoted = [f'"{t}"' for t in terms]  # \w+ words never contain a double quote
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def column_filtered(expression: str, columns: tuple[str, ...]) -> str:
    """Restrict a MATCH expression to some columns of the index."""
    return "{" + " ".join(columns) + "} : (" + expression + ")"
