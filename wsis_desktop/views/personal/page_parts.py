"""The reader's own items on the detail page: the note box and the start page's bookmarks.

Both are marked as the reader's, in a colour of their own, so no one takes a
private note for a sourced fact of the knowledge base.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from wsis_desktop.userdata import Bookmark, Note
from wsis_desktop.views.detail_html import markdown_fragment
from wsis_desktop.views.link_policy import entity_url

Role = QPalette.ColorRole
#: The note's accent: a violet that no sourced part of the page uses, readable on light and dark.
NOTE_ACCENT = QColor("#8a5cc7")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonalPage", text)


def _tint(palette: QPalette, amount: float) -> str:
    """The base colour moved ``amount`` of the way towards the accent."""
    base = palette.color(Role.Base)
    def mixed(a: int, b: int) -> int:
        return round(a + (b - a) * amount)

    return QColor(mixed(base.red(), NOTE_ACCENT.red()), mixed(base.green(), NOTE_ACCENT.green()),
                  mixed(base.blue(), NOTE_ACCENT.blue())).name()


def _box(palette: QPalette, mark: str, heading: str, caption: str, content: str) -> str:
    muted = palette.color(Role.PlaceholderText).name()
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:10px; margin-bottom:10px">'
        f'<tr><td width="5" style="background-color:{NOTE_ACCENT.name()}"></td>'
        f'<td style="background-color:{_tint(palette, 0.12)}; padding: 6px 12px">'
        f'<p style="margin:0"><b style="color:{NOTE_ACCENT.name()}">{mark} {html.escape(heading)}</b> '
        f'<span style="color:{muted}">— {html.escape(caption)}</span></p>'
        f"{content}</td></tr></table>"
    )


def note_box(note: Note, palette: QPalette) -> str:
    """The reader's note, rendered from Markdown, in its own marked box."""
    return _box(palette, "✎", _tr("Your note"), _tr("private, not part of the knowledge base"),
                markdown_fragment(note.body))


def bookmarks_section(bookmarks: list[Bookmark], titles: dict[str, str], palette: QPalette) -> str:
    """The start page's list of bookmarks; ``titles`` gives current titles (absent: no longer in the pack)."""
    if not bookmarks:
        return ""
    items = []
    for bookmark in bookmarks:
        title = titles.get(bookmark.entity_id)
        if title is None:
            gone = html.escape(_tr("no longer in the knowledge base"))
            items.append(f"<li>{html.escape(bookmark.title)} <i>({gone})</i></li>")
        else:
            url = html.escape(entity_url(bookmark.entity_id))
            items.append(f'<li><a href="{url}">{html.escape(title, quote=False)}</a></li>')
    listing = f'<ul style="margin-top:4px; margin-bottom:0">{"".join(items)}</ul>'
    return _box(palette, "★", _tr("Your bookmarks"), _tr("the entries you starred"), listing)
