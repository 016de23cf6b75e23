"""Argument parsing and dispatch; each command group lives in its own ``cmd_*`` module."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from briefdesk import __version__

# Each module has ``register(subparsers)``; its parsers set ``func(args) -> int``.
COMMAND_MODULES = (
    "briefdesk.cli.cmd_brief",
    "briefdesk.cli.cmd_sources",
    "briefdesk.cli.cmd_extract",
    "briefdesk.cli.cmd_export",
)


class CommandError(Exception):
    """A command failed for a reason the user can fix; printed as one line on stderr."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefdesk",
        description="Structured briefing notes from source articles, exported to Word.",
    )
    parser.add_argument("--version", action="version", version=f"BriefDesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args, unknown = parser.parse_known_args(args_list)
    if args.command is None:
        return _run_gui(args_list, parser)
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    try:
        return int(args.func(args))
    except CommandError as exc:
        print(f"briefdesk {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"briefdesk {args.command}: interrupted", file=sys.stderr)
        return 130


def _run_gui(argv: list[str], parser: argparse.ArgumentParser) -> int:
    try:
        gui_main = importlib.import_module("briefdesk.gui.app").main
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("briefdesk"):
            parser.print_help()
            return 0
        print(f"briefdesk: cannot start the window: {exc}", file=sys.stderr)
        return 1
    return int(gui_main(argv))
