"""What a click on a link in the reader may do.

Internal ``wsis:ID`` links navigate; ``cite:N`` copies a citation; http(s)
addresses open in the system browser only after the reader confirms; every
other scheme is refused. Nothing is ever loaded inside the app.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ENTITY_SCHEME = "wsis"
CITE_SCHEME = "cite"


class LinkKind(Enum):
    ENTITY = "entity"
    CITE = "cite"
    EXTERNAL = "external"
    REFUSED = "refused"


def classify(url: QUrl) -> LinkKind:
    scheme = url.scheme().lower()
    if scheme == ENTITY_SCHEME and url.path():
        return LinkKind.ENTITY
    if scheme == CITE_SCHEME and url.path().isdigit():
        return LinkKind.CITE
    if scheme in ("http", "https") and url.host():
        return LinkKind.EXTERNAL
    return LinkKind.REFUSED


def entity_url(entity_id: str) -> str:
    return f"{ENTITY_SCHEME}:{entity_id}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LinkPolicy", text)


def confirm_external(parent: QWidget | None, url: QUrl) -> bool:
    """Show the address; open it in the system browser only if the reader says so."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox  # here, not at start-up: making its type costs ~3 ms

    box = QMessageBox(parent)
    box.setObjectName("external_link_dialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Open in your web browser?"))
    box.setText(_tr("This link leaves WSIS Desktop and needs an Internet connection:"))
    box.setInformativeText(url.toDisplayString())
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAccessibleName(_tr("Confirm opening an external link"))
    if box.exec() != QMessageBox.StandardButton.Open:
        return False
    return QDesktopServices.openUrl(url)


def refuse(parent: QWidget | None, url: QUrl) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("refused_link_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Link not opened"))
    box.setText(_tr("WSIS Desktop does not open links of this kind: {0}").format(url.toDisplayString()[:200]))
    box.exec()
