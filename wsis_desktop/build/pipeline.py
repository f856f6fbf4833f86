"""Check and build: validate everything, write a temporary file, check it, then rename."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from wsis_desktop.build.problems import BuildFailed, Problem
from wsis_desktop.build.records import Sources
from wsis_desktop.build.sources import read_sources
from wsis_desktop.build.validate import validate
from wsis_desktop.build.writer import add_glossary_entities, write_pack
from wsis_desktop.store.errors import PackError, PackWriteError
from wsis_desktop.store.pack import Pack
from wsis_desktop.store.records import PackInfo


def check_sources(data_dir: Path) -> tuple[Sources, list[Problem]]:
    """Read and validate; raise BuildFailed if there is any error. Returns the warnings too."""
    if not data_dir.is_dir():
        raise BuildFailed([Problem(str(data_dir), None, None, "no such folder")])
    problems: list[Problem] = []
    sources = read_sources(data_dir, problems)
    problems += validate(sources)
    if any(not p.warning for p in problems):
        raise BuildFailed(problems)
    return sources, problems


def build_pack(data_dir: Path, out: Path) -> tuple[PackInfo, list[Problem]]:
    """Build ``out`` from ``data_dir`` atomically: on any failure the old pack is untouched."""
    sources, warnings = check_sources(data_dir)
    add_glossary_entities(sources)
    out = out.resolve()
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        write_pack(sources, tmp)
        _verify(tmp)
        os.replace(tmp, out)
    except (OSError, sqlite3.Error) as error:
        tmp.unlink(missing_ok=True)
        raise PackWriteError(f"Cannot write the knowledge pack {out}: {error}.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with_pack = Pack.open(out)
    try:
        return with_pack.info, warnings
    finally:
        with_pack.close()


def _verify(path: Path) -> None:
    """Refuse to publish a file that SQLite or our own reader does not accept."""
    connection = sqlite3.connect(path)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    if result != "ok":
        raise BuildFailed([Problem(str(path), None, None, f"built file failed its check: {result}")])
    try:
        pack = Pack.open(path)
        pack.search("wsis")
        pack.close()
    except PackError as error:
        raise BuildFailed([Problem(str(path), None, None, f"built file failed its check: {error}")]) from None
