"""Desktop integration files: valid for the freedesktop tools, consistent with the app id and version."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wsis_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
INSTALLER = ROOT / "packaging" / "linux" / "install-desktop-entry.sh"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def _desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def _validate_desktop(path: Path) -> None:
    done = subprocess.run([_tool("desktop-file-validate"), str(path)], capture_output=True, text=True)
    problems = [line for line in done.stdout.splitlines() if re.search(r"\b(error|warning):", line)]
    assert done.returncode == 0 and not problems, done.stdout + done.stderr


def test_desktop_file_validates() -> None:
    _validate_desktop(DESKTOP)


def test_metainfo_validates() -> None:
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ids_and_version_agree_with_the_app() -> None:
    entry = _desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "wsis-desktop"
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, "add a <release> for this version"


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """A bundle folder as PyInstaller lays it out, in a folder whose name needs quoting."""
    folder = tmp_path / "my apps" / "wsis-desktop"
    shutil.copytree(ROOT / "resources", folder / "_internal" / "resources")
    (folder / "wsis-desktop").write_text("#!/bin/sh\n", encoding="utf-8")
    shutil.copy2(INSTALLER, folder)
    return folder


def test_menu_entry_installs_and_removes(fake_bundle: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "XDG_DATA_HOME": str(share)}
    script = str(fake_bundle / INSTALLER.name)
    subprocess.run([script], env=env, check=True, capture_output=True)

    installed = share / "applications" / DESKTOP.name
    assert _desktop_entry(installed)["Exec"] == f'"{fake_bundle / "wsis-desktop"}"'
    _validate_desktop(installed)
    icons = sorted(p.relative_to(share).as_posix() for p in (share / "icons").rglob("*.*"))
    assert f"icons/hicolor/256x256/apps/{APP_ID}.png" in icons
    assert f"icons/hicolor/scalable/apps/{APP_ID}.svg" in icons

    subprocess.run([script, "--remove"], env=env, check=True, capture_output=True)
    assert not [p for p in share.rglob("*") if p.is_file() and APP_ID in p.name]
