"""Shared fixtures: real packs built by the real build, and offscreen Qt.

QT_QPA_PLATFORM is set here, before anything imports Qt, so every test runs
offscreen on a machine with no display (CI included) without extra flags.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wsis_desktop.build import build_pack  # imported after QT_QPA_PLATFORM is set, on purpose
from wsis_desktop.store import Pack

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SOURCES = ROOT / "tests" / "fixtures" / "data"
REAL_SOURCES = ROOT / "data"


@pytest.fixture(scope="session")
def fixture_pack_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small fixture source set, built once per test session by the real build."""
    out = tmp_path_factory.mktemp("packs") / "fixture.db"
    build_pack(FIXTURE_SOURCES, out)
    return out


@pytest.fixture(scope="session")
def real_pack_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real knowledge base in data/, built once per test session."""
    out = tmp_path_factory.mktemp("packs") / "wsis.db"
    build_pack(REAL_SOURCES, out)
    return out


@pytest.fixture
def fixture_pack(fixture_pack_path: Path) -> Iterator[Pack]:
    pack = Pack.open(fixture_pack_path)
    yield pack
    pack.close()


@pytest.fixture
def real_pack(real_pack_path: Path) -> Iterator[Pack]:
    pack = Pack.open(real_pack_path)
    yield pack
    pack.close()


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    """A writable copy of the fixture sources, for tests that break them on purpose."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_SOURCES, target)
    return target
