"""Finding the app's own files the same way from a checkout, a wheel and a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
PACK_NAME = "wsis.db"


def checkout_root() -> Path | None:
    """The repository folder when running from a source checkout, else None."""
    root = _PACKAGE_DIR.parent
    return root if (root / "data" / "SCHEMA.md").is_file() else None


def bundle_root() -> Path | None:
    """The unpacked folder of a frozen (PyInstaller) bundle, else None."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if getattr(sys, "frozen", False) and base else None


def sources_dir() -> Path:
    """The knowledge-pack sources (``data/``); only a checkout has them."""
    root = checkout_root()
    return (root / "data") if root else Path.cwd() / "data"


def default_pack_path() -> Path:
    """Where the bundled knowledge pack is: bundle, then checkout, then installed package."""
    bundle = bundle_root()
    if bundle is not None:
        return bundle / "data" / PACK_NAME
    root = checkout_root()
    if root is not None:
        return root / "data" / PACK_NAME
    return _PACKAGE_DIR / "data" / PACK_NAME


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (icons, styles), wherever the app runs from."""
    bundle = bundle_root()
    if bundle is not None:
        return bundle.joinpath("resources", *parts)
    root = checkout_root()
    if root is not None:
        return root.joinpath("resources", *parts)
    return _PACKAGE_DIR.joinpath("resources", *parts)
