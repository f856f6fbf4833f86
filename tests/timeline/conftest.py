"""Fixtures of the timeline tests (helpers that are not fixtures: timeline_helpers.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QGuiApplication

from wsis_desktop.timeline.painter import FontTextMetrics


@pytest.fixture
def metrics(qapp: QGuiApplication) -> FontTextMetrics:
    """Text sizes in the application's font, as the layout measures them on screen."""
    return FontTextMetrics(QFont(qapp.font()))
