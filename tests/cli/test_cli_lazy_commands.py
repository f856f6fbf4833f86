"""Subcommands, and the feature packages that hold some (export), are loaded only when the command line
may use them: opening the window makes none of them, and help, a command and a mistyped command still
see every one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wsis_desktop import cli


def _commands(argv: list[str]) -> set[str]:
    parser = cli.build_parser(argv)
    subs = [a for a in parser._actions if a.dest == "==SUPPRESS==" and a.choices]  # the subparsers
    return set(subs[0].choices) if subs else set()  # type: ignore[arg-type]  # a dict of name -> parser


@pytest.mark.parametrize("argv", [[], ["--quit-when-ready"], ["--data", "export", "--profile", "search"],
                                  ["--version", "--data=x.db"]])
def test_the_window_alone_makes_no_subcommand(argv: list[str]) -> None:
    assert _commands(argv) == set()
    args = cli.build_parser(argv).parse_args(argv)
    assert args.func is cli.run_gui


def test_the_window_keeps_its_options_where_a_command_could_be_mistaken() -> None:
    args = cli.build_parser(["--data", "export", "--profile", "search"]).parse_args(
        ["--data", "export", "--profile", "search"])
    assert (args.func, args.data, args.profile) == (cli.run_gui, Path("export"), Path("search"))


@pytest.mark.parametrize("argv", [["export", "--out", "a.pdf"], ["--data", "p.db", "export"], ["-h"],
                                  ["--help"], ["exprot"], ["search", "igf"]])
def test_a_command_or_help_sees_every_command(argv: list[str]) -> None:
    assert {"export", "search", "show", "build-data", "check"} <= _commands(argv)


def test_a_mistyped_command_names_export_among_the_choices(fixture_pack_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "wsis_desktop", "--data", str(fixture_pack_path), "exprot"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and "export" in done.stderr and "Traceback" not in done.stderr
