"""Argument parsing and dispatch; each command group lives in its own ``cmd_*`` module."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefdesk import __version__

# Each module has ``register(subparsers)``; its parsers set ``func(args) -> int``.
COMMAND_MODULES = (
    "briefdesk.cli.cmd_brief",
    "briefdesk.cli.cmd_sources",
    "briefdesk.cli.cmd_extract",
    "briefdesk.cli.cmd_export",
    "briefdesk.cli.cmd_edit",
    "briefdesk.cli.cmd_library",
    "briefdesk.cli.cmd_records",
    "briefdesk.cli.cmd_entities",
    "briefdesk.cli.cmd_deals",
    "briefdesk.cli.cmd_undo",
    "briefdesk.cli.cmd_implications",
)


class CommandError(Exception):
    """A command failed for a reason the user can fix; printed as one line on stderr."""


WINDOW_HELP = """\
the window:
  briefdesk                   open the window with a new brief
  briefdesk FILE.brief        open a brief in the window
  briefdesk ARTICLE.html      open the window with a new brief that has the article as a source
  briefdesk --sample          open the window with the built-in sample brief
  briefdesk [FILE] --screenshot OUT.png [--tab Deals] [--side Preview] [--size 1440x900]
                              render the window to a PNG and exit (QT_QPA_PLATFORM=offscreen
                              works without a display)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefdesk",
        description="Structured briefing notes from source articles, exported to Word.",
        epilog=WINDOW_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"BriefDesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


# Names of every subcommand, known without importing the command modules, so that starting the
# GUI (``briefdesk``, ``briefdesk FILE.brief``) stays as fast as a bare Qt window.
SUBCOMMANDS = frozenset(
    {
        "new",
        "sample",
        "validate",
        "show",
        "schema",
        "paths",
        "import",
        "add-source",
        "sources",
        "extract",
        "export",
        "templates",
        "draft",
        "set",
        "check",
        "remove-source",
        "library",
        "judgments",
        "options",
        "recommendations",
        "actors",
        "places",
        "deals",
        "undo",
        "implications",
    }
)
_CLI_ONLY_OPTIONS = frozenset({"-h", "--help", "--version"})


def wants_gui(argv: Sequence[str]) -> bool:
    """True for ``briefdesk``, ``briefdesk FILE.brief`` and GUI options; False for subcommands."""
    if any(arg in _CLI_ONLY_OPTIONS for arg in argv):
        return False
    if not argv:
        return True
    first = argv[0]
    if first in SUBCOMMANDS:
        return False
    # A bare word that is no file is a mistyped subcommand: let the parser say so.
    return first.startswith("-") or "." in first or "/" in first or Path(first).exists()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args_list):
        return _run_gui(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        return _run_gui(args_list)
    if args.command in {"export", "templates"}:
        from briefdesk.tempfiles import clean_stale

        clean_stale()  # work folders of a killed earlier run (PDF export)
    try:
        return int(args.func(args))
    except CommandError as exc:
        print(f"briefdesk {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"briefdesk {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``briefdesk extract … | head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as exc:  # never a traceback on the terminal: one line, details in the log
        from briefdesk.cli.crash import report

        print(report(args.command, exc), file=sys.stderr)
        return 1


def _run_gui(argv: list[str]) -> int:
    try:
        gui_main = importlib.import_module("briefdesk.gui.app").main
    except ImportError as exc:
        print(f"briefdesk: cannot start the window: {exc}", file=sys.stderr)
        return 1
    return int(gui_main(argv))
