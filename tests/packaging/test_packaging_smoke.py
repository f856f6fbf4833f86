"""The bundle smoke test can fail: run against a fake bundle that misbehaves in one way at a time.

The fake is a shell script standing in for the frozen executable, laid out like a PyInstaller
folder; the real bundle is smoke-tested by `make bundle-test`.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from wsis_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("smoke_test", ROOT / "packaging" / "smoke_test.py")
assert _spec is not None and _spec.loader is not None
smoke_test = importlib.util.module_from_spec(_spec)
sys.modules["smoke_test"] = smoke_test
_spec.loader.exec_module(smoke_test)

GOOD = {
    "--quit-when-ready": 'echo "default: This plugin does not support propagateSizeHints()" >&2',
    "search": 'echo \'[{"id": "igf", "kind": "mechanism"}]\'',
    "--version": f'echo "wsis-desktop {__version__} (knowledge pack test.1, as of 27 November 2026)"',
    "--help": 'echo "search show export"',
    "export": 'out=$(echo "$@" | sed "s/.*--out //"); printf "%%PDF-1.4\\n" > "$out"; '
              'head -c 2000 /dev/zero >> "$out"',
}


def _fake_bundle(folder: Path, behaviour: dict[str, str]) -> Path:
    shutil.copytree(ROOT / "resources", folder / "_internal" / "resources")
    (folder / "_internal" / "data").mkdir()
    (folder / "_internal" / "data" / "wsis.db").write_bytes(b"")
    cases = "\n".join(f'  {arg}) {body} ;;' for arg, body in behaviour.items())
    exe = folder / "wsis-desktop"
    exe.write_text(f'#!/bin/sh\ncase "$1" in\n{cases}\n  *) exit 9 ;;\nesac\n', encoding="utf-8")
    exe.chmod(0o755)
    return folder


def test_whitelist_entries_all_say_why() -> None:
    assert smoke_test.read_whitelist(smoke_test.WHITELIST)


def test_whitelist_without_a_reason_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "whitelist.txt"
    bad.write_text("# harmless\nfirst\n\nsecond\n", encoding="utf-8")
    with pytest.raises(smoke_test.SmokeFailed, match="without a comment"):
        smoke_test.read_whitelist(bad)


def test_well_behaved_bundle_passes(tmp_path: Path) -> None:
    smoke_test.smoke(_fake_bundle(tmp_path / "wsis-desktop", GOOD), smoke_test.WHITELIST)


@pytest.mark.parametrize(("arg", "body", "reason"), [
    ("--quit-when-ready", 'echo "qt.qpa.plugin: Could not load the Qt platform plugin" >&2', "unexpected"),
    ("--quit-when-ready", "exit 1", "exit 1"),
    ("search", "echo '[]'", "no hit"),
    ("--version", 'echo "wsis-desktop 0.0.0 (no usable knowledge pack)"', "expected app"),
    ("export", "true", "not a PDF"),
])
def test_misbehaving_bundle_fails(tmp_path: Path, arg: str, body: str, reason: str) -> None:
    bundle = _fake_bundle(tmp_path / "wsis-desktop", {**GOOD, arg: body})
    with pytest.raises(smoke_test.SmokeFailed, match=reason):
        smoke_test.smoke(bundle, smoke_test.WHITELIST)


def test_bundle_without_its_pack_fails(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "wsis-desktop", GOOD)
    (bundle / "_internal" / "data" / "wsis.db").unlink()
    with pytest.raises(smoke_test.SmokeFailed, match="missing from the bundle"):
        smoke_test.smoke(bundle, smoke_test.WHITELIST)
