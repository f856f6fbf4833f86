"""Fixtures for the personal store: a fresh user file in a profile folder per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wsis_desktop.userdata import UserStore


@pytest.fixture
def user_db(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "userdata.sqlite"


@pytest.fixture
def store(user_db: Path) -> Iterator[UserStore]:
    with UserStore.open(user_db) as opened:
        yield opened
