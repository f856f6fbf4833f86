"""The build: text sources in ``data/`` → a validated, versioned, read-only SQLite pack.

``build_pack`` and ``check_sources`` are loaded on first use, so that importing
``BuildFailed`` (as the command line does at start-up) does not pull in sqlite-utils.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wsis_desktop.build.problems import BuildFailed, Problem

if TYPE_CHECKING:
    from wsis_desktop.build.pipeline import build_pack, check_sources

__all__ = ["BuildFailed", "Problem", "build_pack", "check_sources"]


def __getattr__(name: str) -> Any:
    if name in ("build_pack", "check_sources"):
        from wsis_desktop.build import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
