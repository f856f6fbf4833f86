"""The build: text sources in ``data/`` → a validated, versioned, read-only SQLite pack."""

from wsis_desktop.build.pipeline import build_pack, check_sources
from wsis_desktop.build.problems import BuildFailed, Problem

__all__ = ["BuildFailed", "Problem", "build_pack", "check_sources"]
