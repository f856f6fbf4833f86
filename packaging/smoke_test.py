"""Smoke-test a built bundle the way a user gets it: copied elsewhere, no Python around, no network.

Copies the one-folder bundle into a fresh temporary folder, then runs it there with a bare
environment (PATH=/usr/bin:/bin, no PYTHONPATH, a throwaway HOME): ``--quit-when-ready`` offscreen,
``search igf --json``, ``--version`` and, when the app has it, ``export`` to a PDF. Fails on a
non-zero exit, on wrong output, and on any stderr line not matched by packaging/stderr-whitelist.txt.
On Linux it also checks, with the dynamic loader's own log, that every shared library the bundle
loaded came from the bundle or the system, never from a venv, a checkout or the build folder.

Standard library only: ``python packaging/smoke_test.py dist/wsis-desktop``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WHITELIST = Path(__file__).resolve().parent / "stderr-whitelist.txt"
TIMEOUT_S = 120


class SmokeFailed(Exception):
    """One check of the bundle failed; the message says which and why."""


def read_whitelist(path: Path) -> list[re.Pattern[str]]:
    """The stderr patterns (one regex a line); each must follow a ``#`` comment saying why."""
    patterns, commented = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            commented = False
        elif line.startswith("#"):
            commented = True
        elif not commented:
            raise SmokeFailed(f"{path.name}:{number}: an entry without a comment saying why: {line}")
        else:
            patterns.append(re.compile(line))
    return patterns


def app_version() -> str:
    """wsis_desktop.__version__, read as text so this script needs no import of the app."""
    text = (ROOT / "wsis_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise SmokeFailed("no __version__ in wsis_desktop/__init__.py")
    return match.group(1)


def bare_env(home: Path) -> dict[str, str]:
    """What a desktop session gives an app, and nothing from this build's shell or venv."""
    if os.name == "nt":  # Windows cannot start a process without SYSTEMROOT
        system = os.environ.get("SYSTEMROOT", r"C:\Windows")
        return {"SYSTEMROOT": system, "PATH": rf"{system}\System32", "USERPROFILE": str(home),
                "APPDATA": str(home / "AppData" / "Roaming"), "LOCALAPPDATA": str(home / "AppData" / "Local"),
                "TEMP": str(home), "TMP": str(home), "QT_QPA_PLATFORM": "offscreen"}
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime),
            "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


class Bundle:
    """A copied bundle and the checks run on it."""

    def __init__(self, folder: Path, work: Path, whitelist: list[re.Pattern[str]]) -> None:
        self.work = work
        self.exe = folder / ("wsis-desktop-cli.exe" if os.name == "nt" else "wsis-desktop")
        self.whitelist = whitelist
        self.env = bare_env(work / "home")
        self.log_dir = work / "ld-log"
        self.log_dir.mkdir()

    def run(self, *args: str, trace_libraries: bool = False) -> str:
        """Run the bundle; return stdout, or raise on a failed exit or an unexpected stderr line."""
        env = dict(self.env)
        if trace_libraries and sys.platform.startswith("linux"):
            env.update(LD_DEBUG="libs", LD_DEBUG_OUTPUT=str(self.log_dir / "ld"))
        started = time.monotonic()
        try:
            done = subprocess.run([str(self.exe), *args], cwd=self.work, env=env, capture_output=True,
                                  text=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as error:
            raise SmokeFailed(f"{' '.join(args)}: still running after {TIMEOUT_S} s") from error
        took = time.monotonic() - started
        unexpected = [line for line in done.stderr.splitlines()
                      if line.strip() and not any(p.search(line) for p in self.whitelist)]
        if done.returncode != 0 or unexpected:
            raise SmokeFailed(f"{' '.join(args)}: exit {done.returncode}; unexpected stderr:\n"
                              + "\n".join(unexpected or done.stderr.splitlines()[-20:]))
        print(f"  ok  {' '.join(args)}  ({took:.2f} s)")
        return done.stdout

    def foreign_libraries(self, bundle_dir: Path) -> list[str]:
        """Shared libraries the loader took from anywhere but the bundle or the system folders."""
        foreign = set()
        outside = (str(ROOT), sys.prefix, sys.base_prefix, str(Path.home()))
        for log in self.log_dir.glob("ld*"):
            for path in re.findall(r"calling init: (\S+)", log.read_text(errors="replace")):
                if not path.startswith(str(bundle_dir)) and path.startswith(outside):
                    foreign.add(path)
        return sorted(foreign)


def check_layout(bundle_dir: Path) -> None:
    """The pack and every file of resources/ where services/resources.py looks in a frozen bundle."""
    inside = bundle_dir / "_internal"
    wanted = [inside / "data" / "wsis.db"] + [
        inside / "resources" / f.relative_to(ROOT / "resources")
        for f in (ROOT / "resources").rglob("*") if f.is_file()]
    missing = [str(path.relative_to(bundle_dir)) for path in wanted if not path.is_file()]
    if missing:
        raise SmokeFailed("missing from the bundle: " + ", ".join(missing[:10]))
    print(f"  ok  layout: pack and {len(wanted) - 1} resource files")


def smoke(bundle_dir: Path, whitelist_path: Path) -> None:
    whitelist = read_whitelist(whitelist_path)
    version = app_version()
    with tempfile.TemporaryDirectory(prefix="wsis-smoke-") as tmp:
        work = Path(tmp)
        copy = work / "moved" / bundle_dir.name
        shutil.copytree(bundle_dir, copy, symlinks=True)
        (work / "home").mkdir()
        bundle = Bundle(copy, work, whitelist)
        print(f"smoke test of {bundle_dir} (run from a copy in {copy.parent})")
        check_layout(copy)

        bundle.run("--quit-when-ready", "--profile", str(work / "profile"), trace_libraries=True)
        foreign = bundle.foreign_libraries(copy)
        if foreign:
            raise SmokeFailed("libraries loaded from outside the bundle:\n" + "\n".join(foreign))

        hits = json.loads(bundle.run("search", "igf", "--json"))
        if not any(hit.get("id") == "igf" for hit in hits):
            raise SmokeFailed(f"search igf --json: no hit with id 'igf' in {hits!r:.300}")

        line = bundle.run("--version").strip()
        if not line.startswith(f"wsis-desktop {version} (knowledge pack "):
            raise SmokeFailed(f"--version: expected app {version} and a pack version, got {line!r}")

        if "export" in bundle.run("--help"):
            pdf = work / "briefing.pdf"
            bundle.run("export", "--entity", "igf", "--out", str(pdf))
            head = pdf.read_bytes()[:5] if pdf.is_file() else b""
            if head != b"%PDF-" or pdf.stat().st_size < 1024:
                raise SmokeFailed(f"export: {pdf.name} is not a PDF ({head!r})")
    print("smoke test passed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle, e.g. dist/wsis-desktop")
    parser.add_argument("--whitelist", type=Path, default=WHITELIST)
    args = parser.parse_args(argv)
    try:
        smoke(args.bundle.resolve(), args.whitelist)
    except SmokeFailed as error:
        print(f"smoke test FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
