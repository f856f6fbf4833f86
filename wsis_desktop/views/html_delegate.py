"""Draws a result row: icon, kind, title and a highlighted snippet (rich text)."""

from __future__ import annotations

import html
from collections import OrderedDict

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wsis_desktop.models import roles

_PAD = 4
_ICON = 16


#: Laid-out rows kept for reuse: typing one more letter mostly shows the same rows again.
_CACHE_SIZE = 400


class ResultDelegate(QStyledItemDelegate):
    """Two or three lines per result; the snippet's <b> marks the matched words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: OrderedDict[tuple[object, ...], QTextDocument] = OrderedDict()

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: int) -> QTextDocument:
        key = (index.data(roles.ENTITY_ID), index.data(roles.SNIPPET_HTML), width,
               bool(option.state & QStyle.StateFlag.State_Selected), option.font.key(),
               option.palette.cacheKey())
        document = self._cache.get(key)
        if document is None:
            document = self._cache[key] = self._make_document(option, index, width)
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return document

    def _make_document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                       width: int) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(group, text_role).name()
        muted = colour if selected else option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        kind = html.escape(QCoreApplication.translate("Kinds", index.data(roles.KIND_LABEL) or ""))
        title = html.escape(index.data(Qt.ItemDataRole.DisplayRole) or "")
        snippet = index.data(roles.SNIPPET_HTML) or ""
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setTextWidth(max(40, width))
        snippet_html = f'<br><span style="color:{muted}">{snippet}</span>' if snippet else ""
        document.setHtml(
            f'<div style="color:{colour}"><b>{title}</b> <span style="color:{muted}">· {kind}</span>'
            f"{snippet_html}</div>"
        )
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text, option.text = option.text, ""
        icon, option.icon = option.icon, option.icon.__class__()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        rect: QRect = option.rect
        icon.paint(painter, QRect(rect.left() + _PAD, rect.top() + _PAD + 2, _ICON, _ICON))
        left = rect.left() + 2 * _PAD + _ICON
        document = self._document(option, index, rect.right() - left - _PAD)
        painter.save()
        painter.translate(left, rect.top() + _PAD)
        painter.setClipRect(0, 0, rect.width() - left, rect.height() - 2 * _PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = option.rect.width() if option.rect.width() > 0 else 300
        lines = 3 if index.data(roles.SNIPPET_HTML) else 1
        height = option.fontMetrics.lineSpacing() * lines + 2 * _PAD + 2
        return QSize(width, max(height, _ICON + 2 * _PAD))
