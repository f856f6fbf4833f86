"""Writing the PDF so that a failure never leaves a partial file or harms a good one.

Everything is written to hidden temporary files beside the target, in the same
folder (so the final rename cannot cross file systems), flushed to disk, and
renamed over the target only when complete. On any failure or cancel the
temporary files are removed and the folder is as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wsis_desktop.export.errors import WriteFailed
from wsis_desktop.export.words import fill, translate

_UMASK = os.umask(0o022)
os.umask(_UMASK)


class AtomicTarget:
    """The file being exported and the temporary files made on its way."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self._temps: list[Path] = []
        folder = target.parent
        if not folder.is_dir():
            raise WriteFailed(fill(translate("Export", "Cannot write %1: no such folder."), target))
        if target.is_dir():
            raise WriteFailed(fill(translate("Export", "Cannot write %1: it is a folder."), target))

    def temp(self, stage: str) -> Path:
        """A new empty hidden file beside the target."""
        try:
            handle, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=f".{stage}.part",
                                            dir=self.target.parent)
        except OSError as error:
            raise failure(self.target, error) from None
        os.close(handle)
        path = Path(name)
        self._temps.append(path)
        return path

    def commit(self, finished: Path) -> None:
        """Flush ``finished`` to disk and rename it over the target."""
        try:
            with open(finished, "rb+") as handle:
                os.fsync(handle.fileno())
            os.chmod(finished, 0o666 & ~_UMASK)
            os.replace(finished, self.target)
        except OSError as error:
            raise failure(self.target, error) from None
        self._temps.remove(finished)

    def discard(self) -> None:
        for path in self._temps:
            path.unlink(missing_ok=True)
        self._temps.clear()


@contextmanager
def atomic_target(target: Path) -> Iterator[AtomicTarget]:
    """An AtomicTarget whose temporary files are removed however the block ends."""
    writer = AtomicTarget(target)
    try:
        yield writer
    finally:
        writer.discard()


def failure(target: Path, error: OSError) -> WriteFailed:
    """A one-line message for an operating-system error while writing ``target``."""
    reason = error.strerror or str(error)
    return WriteFailed(fill(translate("Export", "Cannot write %1: %2."), target, reason))
