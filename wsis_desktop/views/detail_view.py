"""The detail pane: one entity's page, with links that never load anything inside the app."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from wsis_desktop.store.records import Citation, EntityDetail
from wsis_desktop.views import link_policy
from wsis_desktop.views.detail_html import Acronyms, PageBuilder
from wsis_desktop.views.link_policy import LinkKind

_log = logging.getLogger(__name__)


class DetailView(QTextBrowser):
    """Renders an :class:`EntityDetail`.

    Signals:
        entity_link_clicked(str): an internal ``wsis:ID`` link was followed.
        citation_copied(str): a UN-style reference was put on the clipboard.
    """

    entity_link_clicked = Signal(str)
    citation_copied = Signal(str)

    def __init__(self, acronyms: Acronyms, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self.setAccessibleName(self.tr("Entity details"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(14)
        self._acronyms = acronyms
        self._detail: EntityDetail | None = None
        self._citations: list[Citation] = []
        #: Adds HTML of the caller's own below the summary (the personal layer's note and bookmarks).
        self.extra_html: Callable[[EntityDetail, QPalette], str] | None = None
        self.anchorClicked.connect(self.follow_link)

    @property
    def entity_id(self) -> str | None:
        return self._detail.entity.id if self._detail else None

    def show_detail(self, detail: EntityDetail) -> None:
        self._detail = detail
        self._render()
        self.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        """Render the shown entity again (its extra HTML changed), keeping the scroll position."""
        position = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(position)

    def _render(self) -> None:
        if self._detail is None:
            return
        builder = PageBuilder(self._acronyms, self.palette())
        extra = self.extra_html(self._detail, self.palette()) if self.extra_html is not None else ""
        self.setHtml(builder.page(self._detail, extra))
        self._citations = builder.citations

    def primary_citation(self) -> Citation | None:
        """The entity's first citation of an official document, else its first citation."""
        with_doc = [c for c in self._citations if c.document is not None]
        return next(iter(with_doc or self._citations), None)

    def copy_citation(self, citation: Citation | None = None) -> str:
        """Put a UN-style reference on the clipboard and return it ("" if there is none)."""
        citation = citation or self.primary_citation()
        if citation is None:
            return ""
        reference = citation.reference()
        QGuiApplication.clipboard().setText(reference)
        self.citation_copied.emit(reference)
        return reference

    def follow_link(self, url: QUrl) -> None:
        kind = link_policy.classify(url)
        if kind is LinkKind.ENTITY:
            self.entity_link_clicked.emit(url.path())
        elif kind is LinkKind.CITE:
            number = int(url.path())
            if number < len(self._citations):
                self.copy_citation(self._citations[number])
        elif kind is LinkKind.EXTERNAL:
            link_policy.confirm_external(self, url)
        else:
            link_policy.refuse(self, url)

    # ---- Qt overrides --------------------------------------------------------------------

    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Refuse every resource that is not inside the app: the reader never fetches anything.
        Qt passes a QUrl; a caller in Python may pass the address as text, as QTextBrowser allows."""
        url = QUrl(name)
        if url.scheme() == "qrc":
            return super().loadResource(type, url)
        _log.info("refused to load resource %s", url.toDisplayString()[:200])
        return None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()  # colours in the page come from the palette
