"""``briefdesk`` with no subcommand: start the window (and the developer hooks).

Only QtWidgets is imported up front; the window module and the core's heavy parts load after the
application object exists, which keeps start-up close to a bare PySide6 window.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefdesk", description="Open the BriefDesk window.")
    parser.add_argument(
        "brief",
        nargs="?",
        type=Path,
        help="a .brief file to open, or an article file to start a new brief with",
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="OUT.png", help="render the window to PNG and exit"
    )
    parser.add_argument(
        "--exit-after-show", action="store_true", help="exit once the window is shown"
    )
    parser.add_argument(
        "--exit-when-ready", action="store_true", help="exit once the window is fully built"
    )
    parser.add_argument("--sample", action="store_true", help="open the built-in sample brief")
    parser.add_argument(
        "--tab", default="", help="with --screenshot: editor tab to show (e.g. Deals)"
    )
    parser.add_argument(
        "--side", default="", help="with --screenshot: side panel to show (e.g. Preview)"
    )
    parser.add_argument(
        "--suggest",
        action="store_true",
        help="with --screenshot: read the first source for suggestions",
    )
    parser.add_argument("--size", default="1440x900", help="with --screenshot: window size WxH")
    return parser


def _screenshot_folder(folder: Path) -> bool:
    """As export does (docs/cli.md "Output folders"): a missing folder is made and said on
    stderr, so a typo in the path is seen; False, said, when it cannot be made."""
    if folder.is_dir():
        return True
    try:
        folder.mkdir(parents=True)
    except OSError as exc:
        print(
            f"briefdesk: {folder}: cannot make the folder ({exc.strerror or exc})", file=sys.stderr
        )
        return False
    print(f"briefdesk: made folder {folder}", file=sys.stderr)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return _main(args)
    except Exception as exc:  # before the error hook: one line, the traceback in the log
        print(_start_failed(type(exc), exc, exc.__traceback__), file=sys.stderr)
        return 1


def _main(args: argparse.Namespace) -> int:
    hooks = bool(args.screenshot or args.exit_after_show or args.exit_when_ready)
    if args.screenshot and not _screenshot_folder(Path(args.screenshot).parent):
        return 1
    if not _display_available():
        if not hooks:
            print(
                "briefdesk: no display to open the window on; the subcommands work without one "
                "(briefdesk --help), and --screenshot works with QT_QPA_PLATFORM=offscreen",
                file=sys.stderr,
            )
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # developer hooks work on headless machines
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["briefdesk"])
    app.setApplicationName("BriefDesk")
    app.setOrganizationName("BriefDesk")
    app.setApplicationDisplayName("BriefDesk")

    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.settings import load_settings

    if (args.screenshot or args.exit_when_ready) and args.brief is not None:
        # Developer hooks never show a modal box: report on stderr and stop. Not for
        # --exit-after-show: it stops before the brief is read, as a real start shows the
        # frame before reading it, and checking here would time the store, not the frame.
        from briefdesk import store
        from briefdesk.sources import ImportRefused, import_file_all

        try:
            if not _is_article(args.brief):
                store.open_brief(args.brief)
            elif not args.brief.is_file():
                raise store.StoreError(f"{args.brief}: no such file")
            else:  # an article the window would refuse in a dialog: refuse it here instead
                import_file_all(args.brief)
        except (store.StoreError, ImportRefused) as exc:
            print(f"briefdesk: {exc}", file=sys.stderr)
            return 1
    if args.screenshot:
        window = MainWindow(load_settings())
        _load_initial(window, args)
        if args.brief is not None and window.doc.path is None and not _is_article(args.brief):
            print(f"briefdesk: cannot open {args.brief}", file=sys.stderr)
            return 1
        return _screenshot(app, window, args)

    # The frame appears at once; the rest is built on the next turn of the event loop.
    window = MainWindow(load_settings(), defer=True)
    _install_error_hook(window)
    window.show()
    if args.exit_after_show:
        QTimer.singleShot(0, app.quit)
        return int(app.exec())
    if args.exit_when_ready:
        window.ready.connect(lambda: QTimer.singleShot(0, app.quit))
    QTimer.singleShot(0, lambda: _finish_start(window, args, recover=not args.exit_when_ready))
    code = int(app.exec())
    window._release_lock()
    return code


def _install_error_hook(window: Any) -> None:
    """A bug in a slot becomes a status-bar line and a log entry, never a lost session. One
    while the window is starting also prints one line naming the log on stderr, and one that
    leaves the window unbuilt ends the program with status 1 (newcomer16 N16-21: it exited 1
    with nothing said, or sat as an empty frame)."""

    def hook(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        from PySide6.QtWidgets import QApplication

        starting = not getattr(window, "started", False)
        if starting or not getattr(window, "built", False):
            print(_start_failed(kind, error, tb), file=sys.stderr)
            if not getattr(window, "built", False):
                QApplication.exit(1)  # no window to work in: say so and stop
                return
        else:
            _log_error(kind, error, tb)
        first = (str(error).strip().splitlines() or [kind.__name__])[0]
        try:
            window.show_status(f"Something went wrong: {first} (details in the log folder)", 15000)
        except RuntimeError:  # the window is already gone
            print(f"briefdesk: {first}", file=sys.stderr)

    sys.excepthook = hook


def _log_error(kind: type[BaseException], error: BaseException, tb: Any) -> Path | None:
    """The traceback appended to ``<log>/briefdesk.log``; the file, or None when unwritable."""
    import datetime as dt
    import traceback

    from briefdesk import paths

    text = "".join(traceback.format_exception(kind, error, tb))
    try:
        log = paths.log_dir() / "briefdesk.log"
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}")
    except OSError:
        return None
    return log


def _start_failed(kind: type[BaseException], error: BaseException, tb: Any) -> str:
    """Log the error; the one line for stderr, naming the log file (the last word)."""
    first = (str(error).strip().splitlines() or [""])[0]
    said = f"{kind.__name__}: {first}" if first else kind.__name__
    log = _log_error(kind, error, tb)
    where = f"; details are in {log}" if log is not None else " (the log folder is not writable)"
    return f"briefdesk: the window could not start ({said}){where}"


def _display_available() -> bool:
    """Qt aborts the process without a display; check first so the user gets a sentence."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _is_article(path: Path | None) -> bool:
    """An article file (art.txt, page.html) rather than a brief: opening it starts a new brief
    with it as a source, as File > Add source would, instead of failing to read it as JSON."""
    if path is None or path.suffix.lower() in ("", ".brief"):
        return False
    from briefdesk.sources import SUPPORTED_SUFFIXES

    # Files the importer knows to refuse with a reason (an Outlook .msg: "save it as .eml"),
    # rather than "binary, not a BriefDesk brief".
    return path.suffix.lower() in (*SUPPORTED_SUFFIXES, ".msg", ".doc", ".odt", ".rtf")


def _load_initial(window: Any, args: argparse.Namespace) -> None:
    if _is_article(args.brief):
        window.add_source_files([args.brief])  # into the new brief the window starts with
    elif args.brief is not None:
        # A hook's window is never edited, and must never wait on a "Brief in use" box (it hung
        # when the brief was open in another BriefDesk): it shows the brief without its lock.
        hook = bool(args.screenshot or args.exit_when_ready)
        window.open_path(args.brief, ask=False, take_lock=not hook)
    elif args.sample:
        from briefdesk.samples import load_sample

        window._load(load_sample(), None, None)


def _clean_stale_temp() -> None:
    """Work folders left by a killed BriefDesk are removed, off the GUI thread."""
    import threading

    from briefdesk.tempfiles import clean_stale

    threading.Thread(target=clean_stale, name="clean-temp", daemon=True).start()


WARM_EXPORT_MS = 100  # after the first frame and the build: the first preview needs no start-up


def _warm_export(window: Any) -> None:
    """Start the render worker (compiling the preview's template) and the page preview's warm
    LibreOffice in background threads: the first pages then need no start-up."""
    from briefdesk.export.warm import warm_export, warm_soon
    from briefdesk.gui.page_preview import shared_office

    if window.pages.active:  # the Pages panel was restored: its own first render starts both
        return

    warm_soon(warm_export, shared_office().start)  # start() probes for LibreOffice: not here


def _finish_start(window: Any, args: argparse.Namespace, *, recover: bool) -> None:
    from PySide6.QtCore import QTimer

    window.build()
    if recover:  # a real session, not a start-up measurement
        QTimer.singleShot(WARM_EXPORT_MS, lambda: _warm_export(window))
        QTimer.singleShot(1500, window.warm_up)
        QTimer.singleShot(3000, _clean_stale_temp)
    if args.brief is not None or args.sample:
        _load_initial(window, args)
    elif recover:
        window.offer_recovery()
    if recover:  # a real session: a first start asks the marking and author once (N18-13)
        from briefdesk.gui.first_run import offer_first_run

        offer_first_run(window)
    window.started = True  # from here an error is the session's, said in the status bar


def _screenshot(app: object, window: object, args: argparse.Namespace) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from briefdesk.gui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    width, _, height = args.size.partition("x")
    window.resize(int(width or 1440), int(height or 900))
    window.splitter.setSizes([int(int(width) * f) for f in (0.27, 0.45, 0.28)])
    problem = _select_tabs(window, args.tab, args.side)
    if problem:
        print(f"briefdesk: {problem}", file=sys.stderr)
        return 1
    window.show()
    if args.suggest:
        window.suggest_current()
    problem = ""
    if window.side.currentWidget() is window.pages:
        from briefdesk.gui.screenshot_pages import wait_for_pages

        problem = wait_for_pages(window.pages)  # the first page drawn, not a blank sheet
    # Let layouts settle and background renders (preview, extraction) land.
    loop = QEventLoop()
    deadline = 0
    while deadline < 60 and (window.runner.busy or deadline < 5):
        QTimer.singleShot(100, loop.quit)
        loop.exec()
        deadline += 1
    QApplication.processEvents()
    out = Path(args.screenshot)
    ok = window.grab().save(str(out))
    window._release_lock()
    window.doc.undo_stack.setClean()
    window.close()
    if not ok:
        print(f"briefdesk: cannot write {out}", file=sys.stderr)
        return 1
    print(out)
    if problem:
        print(f"briefdesk: {out} shows no pages: {problem}", file=sys.stderr)
        return 1
    return 0


def _select_tabs(window: object, tab: str, side: str) -> str:
    """Show the named tab and side panel; a name neither has is the one-line problem returned
    (a typo once gave a screenshot of another tab, exit 0)."""
    from briefdesk.gui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    tabs = [window.editor.tabText(i).replace("&", "") for i in range(window.editor.count())]
    sides = [window.side.tabText(i).replace("&", "") for i in range(window.side.count())]
    for wanted, names, what in ((tab, tabs, "tab"), (side, sides, "side panel")):
        if wanted and wanted.lower() not in [n.lower() for n in names]:
            return f"unknown {what} {wanted!r} ({what}s: {', '.join(names)})"
    for index, name in enumerate(tabs):
        if tab and name.lower() == tab.lower():
            window.editor.setCurrentIndex(index)
            window.editor._tab_changed(index)
    for index, name in enumerate(sides):
        if side and name.lower() == side.lower():
            window.side.setCurrentIndex(index)
    return ""
