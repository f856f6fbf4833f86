"""The About box: app and pack versions, licences, and where the user's own data is kept."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from wsis_desktop import APP_NAME, __version__
from wsis_desktop.store.records import PackInfo


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_html(info: PackInfo, data_dir: Path, settings_file: str) -> str:
    """The About text; a function of its own so tests can read it without a dialog."""
    return "".join([
        f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3>",
        "<p>", escape(tr("Knowledge pack {0}, as of {1}.").format(info.data_version, info.as_of.display())),
        "</p><p>", escape(tr(
            "WSIS Desktop is free software under the MIT licence. It uses Qt {0} and PySide6 under the "
            "GNU LGPL v3, Python (PSF licence), SQLite (public domain), sqlite-utils (Apache 2.0), "
            "PyYAML (MIT) and pypdf (BSD).").format(qVersion())),
        "</p><p>", escape(tr(
            "The knowledge pack was compiled by the WSIS Desktop team from public UN, ITU and other "
            "sources, each cited where it is used; quoted UN documents remain under their publishers' "
            "terms.")),
        "</p><p>", escape(tr("Your own data is kept apart from the pack, in {0}; settings in {1}. "
                              "Start with --profile DIR to keep them all in DIR.")
                           .format(data_dir, settings_file)),
        "</p>",
    ])


def show_about(parent: QWidget, info: PackInfo, data_dir: Path, settings_file: str) -> None:
    QMessageBox.about(parent, tr("About WSIS Desktop"), about_html(info, data_dir, settings_file))
