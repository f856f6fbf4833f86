"""``wsis-desktop export``: the headless way to the same PDF the export dialog writes."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wsis_desktop.export.options import ORIENTATIONS, PAPERS

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

EXIT_WRITE_FAILED = 1
EXIT_BAD_SELECTION = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Add the ``export`` subcommand (called by cli.build_parser)."""
    parser = subparsers.add_parser(
        "export", parents=[common], help="write a PDF briefing pack",
        description="Write a PDF briefing pack: cover, contents, timeline, one section per entry, sources. "
                    "Give at least one of --entity, --subtree, --search, --timeline or --all.")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--entity", action="extend", nargs="+", default=[], metavar="ID",
                        help="an entry to include (repeat or list several)")
    parser.add_argument("--subtree", action="extend", nargs="+", default=[], metavar="ID",
                        help="an entry and everything below it in the tree")
    parser.add_argument("--search", metavar="QUERY", help="the entries a search finds")
    parser.add_argument("--timeline", action=_RangeInOrder, default=[], metavar="FROM..TO",
                        help="a date range of the timeline, e.g. 2015..2025-12 (repeat for one page each; "
                             "placed among the --entity entries in the order given)")
    parser.add_argument("--all", action="store_true", help="the whole knowledge base")
    parser.add_argument("--title", default=None, help="cover title (default: WSIS briefing)")
    parser.add_argument("--subtitle", default="")
    parser.add_argument("--author", default="")
    parser.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                        help="date on the cover (default: today)")
    parser.add_argument("--paper", type=_paper, default="A4", metavar="A4|Letter")
    parser.add_argument("--orientation", choices=ORIENTATIONS, default="portrait")
    parser.add_argument("--no-relations", action="store_true", help="leave out relations")
    parser.add_argument("--no-citations", action="store_true", help="leave out sources")
    parser.add_argument("--no-timeline", action="store_true", help="leave out the timeline")
    parser.set_defaults(func=cmd_export)


class _RangeInOrder(argparse.Action):
    """Keeps each ``--timeline`` with the number of ``--entity`` ids given before it, so the PDF
    follows the command line's order, as it follows a briefing pack's."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        position = len(getattr(namespace, "entity", None) or [])
        getattr(namespace, self.dest).append((str(values), position))


def _paper(value: str) -> str:
    for paper in PAPERS:
        if paper.lower() == value.lower():
            return paper
    raise argparse.ArgumentTypeError(f"paper must be A4 or Letter, not {value!r}")


def _fail(message: str, code: int) -> int:
    print(f"wsis-desktop: {message}", file=sys.stderr)
    return code


def cmd_export(args: argparse.Namespace) -> int:
    from wsis_desktop.export.selection import DateRange, parse_range

    try:
        ranges = tuple(DateRange(*parse_range(text), position) for text, position in args.timeline)
    except ValueError as error:
        return _fail(str(error), EXIT_BAD_SELECTION)
    try:
        cover_date = dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        return _fail(f"The cover date is written YYYY-MM-DD, not {args.date!r}.", EXIT_BAD_SELECTION)
    _ensure_gui_application()
    from wsis_desktop import cli
    from wsis_desktop.export import ExportError, ExportOptions, Selection, SelectionError, export_pdf

    pack = cli.open_pack(args)
    subtrees = list(args.subtree)
    if args.all:
        subtrees = [node.ref.id for node in pack.children(None)]
        overview = pack.overview_id()
        if overview:
            args.entity.insert(0, overview)
    selection = Selection(entity_ids=tuple(args.entity), subtree_ids=tuple(subtrees), search=args.search,
                          ranges=ranges)
    options = ExportOptions(
        title=args.title or ExportOptions.title, subtitle=args.subtitle, author=args.author, date=cover_date,
        include_relations=not args.no_relations, include_citations=not args.no_citations,
        include_timeline=not args.no_timeline, paper=args.paper, orientation=args.orientation)
    try:
        result = export_pdf(pack, selection, options, args.out)
    except SelectionError as error:
        return _fail(str(error), EXIT_BAD_SELECTION)
    except ExportError as error:
        return _fail(str(error), EXIT_WRITE_FAILED)
    finally:
        pack.close()
    print(f"Wrote {result.path}: {result.page_count} pages, {result.entity_count} entries, "
          f"{result.event_count} events ({result.seconds:.2f} s)")
    return 0


#: The application ``_ensure_gui_application`` made, held here so it lives as long as the process.
_gui_application: QGuiApplication | None = None


def _ensure_gui_application() -> None:
    """QPdfWriter needs a QGuiApplication; headless runs get the offscreen platform."""
    global _gui_application
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _gui_application = QGuiApplication([sys.argv[0]])
