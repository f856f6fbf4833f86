"""Feature subcommands (export) are loaded only when the command line may use them: opening the
window does not import them, and help, a command and a mistyped command still see every one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wsis_desktop import cli


def _commands(argv: list[str]) -> set[str]:
    parser = cli.build_parser(argv)
    sub = next(a for a in parser._actions if a.dest == "==SUPPRESS==" and a.choices)  # the subparsers
    return set(sub.choices)  # type: ignore[arg-type]  # a dict of name -> parser


@pytest.mark.parametrize("argv", [[], ["--quit-when-ready"], ["--data", "export", "--profile", "search"],
                                  ["--version", "--data=x.db"]])
def test_the_window_alone_does_not_load_feature_commands(argv: list[str]) -> None:
    assert "export" not in _commands(argv) and "search" in _commands(argv)


@pytest.mark.parametrize("argv", [["export", "--out", "a.pdf"], ["--data", "p.db", "export"], ["-h"],
                                  ["--help"], ["exprot"], ["search", "igf"]])
def test_a_command_or_help_sees_every_command(argv: list[str]) -> None:
    assert {"export", "search", "show", "build-data", "check"} <= _commands(argv)


def test_a_mistyped_command_names_export_among_the_choices(fixture_pack_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "wsis_desktop", "--data", str(fixture_pack_path), "exprot"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and "export" in done.stderr and "Traceback" not in done.stderr
