"""The ``wsis-desktop`` command: the window by default, and headless subcommands.

Every subcommand uses the same store and build code as the GUI. Errors the
user can act on are one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wsis_desktop import __version__
from wsis_desktop.services import resources
from wsis_desktop.store import Pack, PackError

if TYPE_CHECKING:
    from wsis_desktop.build.problems import BuildFailed

EXIT_PACK_ERROR = 1
EXIT_INVALID = 2

Command = Callable[[argparse.Namespace], int]
Register = Callable[[argparse._SubParsersAction, argparse.ArgumentParser], None]  # type: ignore[type-arg]  # argparse's private generic

#: Subcommands that live in their own feature packages: name -> module with ``register(sub, common)``.
#: Loaded only when the command line may name one (see ``_extra_commands``), so the window starts
#: without them.
EXTRA_COMMANDS = {"export": "wsis_desktop.export.command"}
#: Global options that take a value: a word after one of them is not a command.
_VALUE_OPTIONS = ("--data", "--profile")


def _common_options(for_subcommand: bool) -> argparse.ArgumentParser:
    """Global options, accepted before or after the subcommand."""
    default = argparse.SUPPRESS if for_subcommand else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", metavar="PACK", type=Path, default=default,
                        help="open this knowledge pack instead of the bundled one")
    common.add_argument("--profile", metavar="DIR", type=Path, default=default,
                        help="keep all settings and user data in DIR")
    return common


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (default: sys.argv): subcommands only if it may name one."""
    parser = argparse.ArgumentParser(
        prog="wsis-desktop", parents=[_common_options(False)],
        description="Offline reference on WSIS and WSIS+20. With no command, opens the window.")
    parser.add_argument("--version", action="store_true", help="print the app and pack versions")
    parser.add_argument("--quit-when-ready", action="store_true",
                        help="open the window, exit 0 once it is shown with its content")
    parser.set_defaults(func=run_gui)
    argv = sys.argv[1:] if argv is None else argv
    if not _names_a_command(argv):  # the window: the subcommands' parsers (~4 ms) are not needed
        return parser
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    common = _common_options(True)

    search = sub.add_parser("search", parents=[common], help="full-text search of the pack")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(func=cmd_search)

    show = sub.add_parser("show", parents=[common], help="print one entity in full")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)

    build = sub.add_parser("build-data", parents=[common], help="build the pack from data/")
    build.add_argument("--sources", type=Path, default=None, help="source folder (default: data/)")
    build.add_argument("--out", type=Path, default=None, help="pack to write (default: --data)")
    build.set_defaults(func=cmd_build)

    check = sub.add_parser("check", parents=[common], help="validate data/ without writing")
    check.add_argument("--sources", type=Path, default=None, help="source folder (default: data/)")
    check.set_defaults(func=cmd_check)

    for register in _extra_commands():
        register(sub, common)
    return parser


def _names_a_command(argv: Sequence[str]) -> bool:
    """True if ``argv`` holds a word that is not an option or an option's value (a command, or a
    mistyped one: its error then lists every command), or asks for help."""
    after_value_option = False
    for word in argv:
        if word in ("-h", "--help"):
            return True
        if after_value_option:
            after_value_option = False
        elif word in _VALUE_OPTIONS:
            after_value_option = True
        elif not word.startswith("-"):
            return True
    return False


def _extra_commands() -> list[Register]:
    """The ``register`` functions of the feature subcommands (loaded only when a command may be named)."""
    import importlib

    registered = []
    for module in EXTRA_COMMANDS.values():
        with contextlib.suppress(ImportError):  # a feature left out of a build
            registered.append(importlib.import_module(module).register)
    return registered


def pack_path(args: argparse.Namespace) -> Path:
    return Path(args.data) if getattr(args, "data", None) else resources.default_pack_path()


def open_pack(args: argparse.Namespace) -> Pack:
    return Pack.open(pack_path(args))


def cmd_search(args: argparse.Namespace) -> int:
    from wsis_desktop import textout

    pack = open_pack(args)
    hits = pack.search(args.query, limit=max(1, args.limit))
    if args.json:
        print(textout.hits_json(hits))
    elif hits:
        print(textout.hits_text(hits))
    else:
        print(f"Nothing found for “{args.query}”.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from wsis_desktop import textout

    detail = open_pack(args).detail(args.id)
    print(textout.detail_json(detail) if args.json else textout.detail_text(detail))
    return 0


def _report(problems: Sequence[object]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    from wsis_desktop.build import BuildFailed, check_sources  # for building only: keep start-up lean

    sources_dir = args.sources or resources.sources_dir()
    try:
        sources, warnings = check_sources(sources_dir)
    except BuildFailed as failed:
        return _invalid(failed)
    _report(warnings)
    print(f"{sources_dir}: {len(sources.entities)} entities, {len(sources.relations)} relations, "
          f"{len(sources.events)} events, {len(sources.glossary)} glossary terms: valid"
          + (f" ({len(warnings)} warnings)" if warnings else ""))
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from wsis_desktop.build import BuildFailed, build_pack  # sqlite-utils is for building only

    sources_dir = args.sources or resources.sources_dir()
    out = args.out or pack_path(args)
    try:
        info, warnings = build_pack(sources_dir, out)
    except BuildFailed as failed:
        return _invalid(failed)
    _report(warnings)
    print(f"Built {out}: {info.entity_count} entities, {info.event_count} events, "
          f"data version {info.data_version}, as of {info.as_of.display()}")
    return 0


def _invalid(failed: BuildFailed) -> int:
    """Invalid sources: the errors on stderr (one line when there is one) and exit code 2."""
    errors = [p for p in failed.problems if not p.warning]
    if len(errors) == 1:  # the common case: one line that says it all
        print(f"wsis-desktop: {errors[0]} (nothing was written)", file=sys.stderr)
    else:
        _report(failed.problems)
        print(f"wsis-desktop: {len(errors)} errors in the sources; nothing was written.", file=sys.stderr)
    return EXIT_INVALID


def cmd_version(args: argparse.Namespace) -> int:
    try:
        info = open_pack(args).info
        pack = f"knowledge pack {info.data_version}, as of {info.as_of.display()}"
    except PackError as error:
        pack = f"no usable knowledge pack: {error}"
    print(f"wsis-desktop {__version__} ({pack})")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    if args.version:
        return cmd_version(args)
    from wsis_desktop.app import run  # Qt is imported only when a window is wanted

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser(argv).parse_args(argv)
    func: Command = args.func
    try:
        return func(args)
    except PackError as error:
        print(f"wsis-desktop: {error}", file=sys.stderr)
        return EXIT_PACK_ERROR
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        print(f"wsis-desktop: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return EXIT_PACK_ERROR
    except KeyboardInterrupt:
        return 130
