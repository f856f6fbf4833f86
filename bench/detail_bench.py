"""Detail pane render of a large entity: read it, build the page, set it, paint it.

Uses the reader's own DetailView (PageBuilder HTML + QTextBrowser.setHtml) and
grabs the viewport, which forces layout and painting of what is on screen.
"""

from __future__ import annotations

from pathlib import Path

from bench.figures import Row, timed_ms
from wsis_desktop.store import Pack

FIGURE = "detail pane: large entity"


def largest_entity(pack: Pack) -> str:
    """The entity with the most to show (body, quotes, relations); for small packs only."""
    def size(entity_id: str) -> int:
        entity = pack.entity(entity_id)
        return len(entity.body) + 200 * len(entity.quotes) + 100 * len(pack.relations(entity_id))
    return max(pack.all_ids(), key=size)


def measure(packs: dict[str, Path], large: dict[str, str], repetitions: int) -> list[Row]:
    try:
        from bench.qtapp import application
        from wsis_desktop.views.detail_html import Acronyms
        from wsis_desktop.views.detail_view import DetailView
    except ImportError:
        return [Row.skip(FIGURE, "skipped: not built yet (wsis_desktop.views.detail_view)")]
    app = application()
    rows = []
    for name, path in packs.items():
        pack = Pack.open(path)
        try:
            entity_id = large.get(name) or largest_entity(pack)
            view = DetailView(Acronyms(pack.glossary()))
            view.resize(760, 900)
            view.show()
            app.processEvents()

            def render(entity_id: str = entity_id, view: DetailView = view, pack: Pack = pack) -> None:
                view.show_detail(pack.detail(entity_id))
                view.viewport().grab()

            times = [timed_ms(render) for _ in range(repetitions)]
            detail = pack.detail(entity_id)
            rows.append(Row.of(FIGURE, name, times, note=(
                f"{entity_id}: {len(detail.entity.body):,} chars of body, {len(detail.relations)} relations, "
                f"{len(detail.entity.quotes)} quotes; pack.detail + PageBuilder + setHtml + paint")))
            view.close()
            view.deleteLater()
            app.processEvents()
        finally:
            pack.close()
    return rows
