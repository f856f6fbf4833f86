"""One resource helper, three ways to run: a checkout, an installed wheel, a frozen bundle.

The frozen bundle itself is started by `make bundle-test` (packaging/smoke_test.py); here its
layout rule is checked with the two attributes PyInstaller sets, and the wheel is built for real.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wsis_desktop.services import resources

ROOT = Path(__file__).resolve().parents[2]


def test_checkout_finds_data_and_resources() -> None:
    assert resources.checkout_root() == ROOT
    assert resources.bundle_root() is None
    assert resources.default_pack_path() == ROOT / "data" / "wsis.db"
    assert resources.resource_path("app", "wsis-desktop.svg").is_file()


def test_frozen_bundle_looks_inside_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.bundle_root() == tmp_path
    assert resources.default_pack_path() == tmp_path / "data" / "wsis.db"
    assert resources.resource_path("app", "x.svg") == tmp_path / "resources" / "app" / "x.svg"


PROBE = """
import json, sys
from wsis_desktop.services import resources
from wsis_desktop.store import Pack
pack = Pack.open(resources.default_pack_path())
print(json.dumps({"module": __import__("wsis_desktop").__file__,
                  "pack": str(resources.default_pack_path()),
                  "icon": resources.resource_path("app", "wsis-desktop.svg").is_file(),
                  "hits": [hit.ref.id for hit in pack.search("igf", limit=5)]}))
"""


@pytest.mark.slow
def test_installed_wheel_carries_pack_and_resources(tmp_path: Path) -> None:
    """`pip wheel .` (setup.py builds the pack in), installed away from the checkout, finds its files."""
    env = dict(os.environ, WSIS_PACK_SOURCES=str(ROOT / "tests" / "fixtures" / "data"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", str(ROOT), "--no-deps", "-w", str(tmp_path / "wheel")],
                   env=env, check=True, capture_output=True)
    wheel = next((tmp_path / "wheel").glob("wsis_desktop-*.whl"))
    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True,
                   capture_output=True)

    probe = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, capture_output=True, text=True,
                           env=dict(os.environ, PYTHONPATH=str(site)), check=True)
    found = json.loads(probe.stdout)
    assert Path(found["module"]).is_relative_to(site), "the probe imported the checkout, not the wheel"
    assert found["pack"] == str(site / "wsis_desktop" / "data" / "wsis.db")
    assert found["icon"] is True
    assert "igf" in found["hits"]
