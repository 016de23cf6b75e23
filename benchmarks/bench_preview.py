"""Page preview: warm LibreOffice vs today's one-shot ``soffice --convert-to pdf``, in one run.

Run by hand: ``PYTHONPATH=src QT_QPA_PLATFORM=offscreen python benchmarks/bench_preview.py``.
Measures, on the sample brief (2 pages, standard template):
  - one-shot: export + ``soffice --convert-to pdf`` in a fresh profile (what PDF export does);
  - unoserver's own server as shipped (system python3 with python3-uno): start to first PDF;
  - BriefDesk's WarmOffice (soffice --accept + unoserver's converter in a bridge): first render
    from cold, then repeated refreshes; resident memory of the warm processes;
  - in the window: from the last keystroke to new pages (the 0.7 s pause included and
    subtracted), and the longest event-loop stall while it renders (2 ms heartbeat).
Targets: refresh ≤ 1.0 s after the pause and ≥ 3× faster than one-shot; first render ≤ 3 s;
no stall over 50 ms.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BRIEFDESK_HOME", tempfile.mkdtemp(prefix="bench-preview-home-"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

RUNS = 5


def median_of(values: list[float]) -> str:
    middle = statistics.median(values)
    return f"median {middle:.2f} s (min {min(values):.2f}, max {max(values):.2f})"


def one_shot(brief: object, work: Path) -> list[float]:
    from briefdesk.export.render import docx_to_pdf, render_docx_bytes

    times = []
    for n in range(3):
        start = time.perf_counter()
        docx = work / f"oneshot-{n}.docx"
        docx.write_bytes(render_docx_bytes(brief, "standard"))  # type: ignore[arg-type]
        docx_to_pdf(docx, work)
        times.append(time.perf_counter() - start)
    return times


def unoserver_as_shipped(docx: Path, work: Path) -> str:
    """Start unoserver's own server (it sleeps a fixed 7 s while starting) and convert once."""
    import importlib.util
    import socket

    from briefdesk.export.pages import uno_python

    python = uno_python()
    spec = importlib.util.find_spec("unoserver")
    if python is None or spec is None or not spec.submodule_search_locations:
        return "not measured (no Python with uno, or unoserver missing)"
    site = str(Path(next(iter(spec.submodule_search_locations))).parent)
    ports = []
    for _ in range(2):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            ports.append(probe.getsockname()[1])
    code = f"import sys; sys.path.append({site!r}); from unoserver.server import main; main()"
    start = time.perf_counter()
    server = subprocess.Popen(
        [
            python,
            "-c",
            code,
            "--port",
            str(ports[0]),
            "--uno-port",
            str(ports[1]),
            "--user-installation",
            str(work / "unoserver-profile"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    from unoserver.client import UnoClient

    client = UnoClient(port=str(ports[0]))
    try:
        # Wait for its XML-RPC port ourselves: the client's own retry sleeps 10 s between tries.
        while True:
            try:
                socket.create_connection(("127.0.0.1", ports[0]), timeout=1).close()
                break
            except OSError:
                if time.perf_counter() - start > 60:
                    return "did not start within 60 s"
                time.sleep(0.05)
        client.convert(inpath=str(docx), outpath=str(work / "unoserver.pdf"), convert_to="pdf")
        first = time.perf_counter() - start
        again = []
        for _ in range(3):
            t = time.perf_counter()
            client.convert(inpath=str(docx), outpath=str(work / "unoserver.pdf"), convert_to="pdf")
            again.append(time.perf_counter() - t)
    finally:
        import signal

        os.killpg(server.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(10)
        with contextlib.suppress(OSError):  # its LibreOffice may outlive it
            os.killpg(server.pid, signal.SIGKILL)
        server.wait(10)
    return f"first PDF {first:.2f} s after start; conversion alone {median_of(again)}"


def warm(brief: object, work: Path) -> tuple[float, float, list[float], int]:
    """First render with a new profile (first run ever), then as on any later start (its
    profile kept in the cache folder), then refreshes."""
    from briefdesk.export.pages import WarmOffice, render_pages

    firsts = []
    for _run in range(2):
        office = WarmOffice(work / "warm-home")
        start = time.perf_counter()
        render_pages(office, brief, "standard", work / "warm")  # type: ignore[arg-type]
        firsts.append(time.perf_counter() - start)
        if _run == 0:
            office.shutdown()
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        render_pages(office, brief, "standard", work / "warm")  # type: ignore[arg-type]
        times.append(time.perf_counter() - t)
    rss = office.rss()
    office.shutdown()
    return firsts[0], firsts[1], times, rss


def in_window(office: object) -> tuple[list[float], list[float], float, float]:
    """Type a word into the BLUF, wait for new pages; the stall probe runs throughout."""
    from bench_stall import Heartbeat
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from briefdesk.gui import page_preview
    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.samples import load_sample
    from briefdesk.settings import Settings

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Settings())
    window.resize(1440, 900)
    window.show()
    pages = window.pages

    def wait_current() -> float:
        """Until the pages shown are of the brief as it is now."""
        deadline = time.perf_counter() + 120
        while time.perf_counter() < deadline and not (
            pages.state == "current" and pages._rendered_revision == window.doc.revision
        ):
            QCoreApplication.processEvents()
            time.sleep(0.0005)
        return time.perf_counter()

    beat = Heartbeat()
    beat.start()
    window._load(load_sample(), None, None)
    start = time.perf_counter()
    window.side.setCurrentWidget(pages)
    first = wait_current() - start
    window.editor.setCurrentIndex(1)
    bluf = window.editor.summary_form.widget_for("bluf")
    bluf.setFocus()
    after_pause, stalls = [], []
    for n in range(RUNS):
        QTest.keyClicks(bluf, f" word{n}")
        typed = time.perf_counter()
        beat.start()  # from the last keystroke: the pause, the render and showing the pages
        end = wait_current()
        after_pause.append(end - typed - page_preview.DEBOUNCE_MS / 1000)
        stalls.append(beat.stop()[0])
    # The machine's own noise floor: the same probe, as long, with nothing to do.
    idle = []
    for seconds in after_pause:
        beat.start()
        end = time.perf_counter() + seconds + page_preview.DEBOUNCE_MS / 1000
        while time.perf_counter() < end:
            QCoreApplication.processEvents()
            time.sleep(0.0005)
        idle.append(beat.stop()[0])
    window.doc.undo_stack.setClean()
    window.close()
    return after_pause, stalls, first, max(idle)


# The user opens a brief and the Pages panel this long after the first frame: at once (1 s),
# or after picking a file (3 s).
OPEN_AFTER_S = (1.0, 3.0)
FRESH_RUNS = 3


def fresh_window_child(mode: str, restored: bool = False, after: float = 1.0) -> None:
    """In a new process, start the window as ``briefdesk`` does (first frame, then the build and
    the background warm-ups); ``after`` s after the first frame open the sample and the Pages
    panel and time its first pages. ``before``: the start as it was (no export warm-up, the
    engine not in the forkserver preload, a newly opened brief waiting for the typing pause).
    ``restored``: the Pages panel was the side panel when the app was last closed, so it shows
    from the start. Prints one JSON line."""
    import json

    from bench_stall import Heartbeat
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from briefdesk import isolation
    from briefdesk.gui import app as gui_app

    if mode == "before":
        gui_app._warm_export = lambda _window: None  # type: ignore[attr-defined]
        isolation._PRELOAD = ["briefdesk.sources.preload"]
        from briefdesk.gui.page_preview import PagePreview

        def old_doc_changed(self: PagePreview, path: str) -> None:  # waited for the typing pause
            if path == "":
                self._clear()
            self._mark_outdated()

        PagePreview._doc_changed = old_doc_changed  # type: ignore[method-assign]
    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.samples import load_sample
    from briefdesk.settings import load_settings, save_settings

    settings = load_settings()
    settings.window_state["side-tab"] = "3" if restored else "0"
    save_settings(settings)
    _app = QApplication(["briefdesk"])
    window = MainWindow(settings, defer=True)
    window.resize(1440, 900)
    window.show()
    shown = time.perf_counter()
    beat = Heartbeat()
    window.ready.connect(beat.start)  # stalls from the built window on (the build is start-up)
    args = gui_app.build_parser().parse_args([])
    QTimer.singleShot(0, lambda: gui_app._finish_start(window, args, recover=True))
    while time.perf_counter() < shown + after:
        QCoreApplication.processEvents()
        time.sleep(0.0005)
    idle_stall = beat.stop()[0]  # the background warm-ups run while the user does nothing
    pages = window.pages
    window._load(load_sample(), None, None)
    start = time.perf_counter()
    beat.start()
    window.side.setCurrentWidget(pages)
    deadline = start + 120
    while time.perf_counter() < deadline and not (
        pages.state == "current" and pages._rendered_revision == window.doc.revision
    ):
        QCoreApplication.processEvents()
        time.sleep(0.0005)
    first = time.perf_counter() - start
    stall = beat.stop()[0]
    window.doc.undo_stack.setClean()
    window._release_lock()
    window.close()
    print(json.dumps({"first": first, "stall": stall, "idle_stall": idle_stall}))


def fresh_windows(home: Path) -> dict[str, list[tuple[float, float, float]]]:
    """Before/after interleaved, each a fresh process sharing one home (the office profile kept,
    as on any later start)."""
    import json

    env = {
        **os.environ,
        "BRIEFDESK_HOME": str(home),
        "PYTHONPATH": str(Path(__file__).parents[1] / "src"),
    }
    here = Path(__file__).resolve()
    results: dict[str, list[tuple[float, float, float]]] = {}

    def one(mode: str, after: float) -> tuple[float, float, float]:
        out = subprocess.run(
            [sys.executable, str(here), "--fresh-window", mode, str(after)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
        line = json.loads(out.stdout.strip().splitlines()[-1])
        return float(line["first"]), float(line["stall"]), float(line["idle_stall"])

    one("after", 1.0)  # the first run ever makes the LibreOffice profile; not timed
    for _ in range(FRESH_RUNS):
        for after in OPEN_AFTER_S:
            for mode in ("before", "after"):
                results.setdefault(f"{mode} {after:g}", []).append(one(mode, after))
        for mode in ("before-restored", "after-restored"):
            results.setdefault(f"{mode} 1", []).append(one(mode, 1.0))
    return results


def main() -> int:
    from briefdesk.export.pages import soffice_path, uno_python
    from briefdesk.export.render import render_docx_bytes
    from briefdesk.samples import load_sample

    if soffice_path() is None:
        print("LibreOffice (soffice) is not installed: nothing to measure")
        return 1
    print(f"LibreOffice: {soffice_path()}; UNO Python: {uno_python()}")
    brief = load_sample()
    work = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    fresh = fresh_windows(work / "fresh-home")
    print("fresh window: first pages of the sample (target ≤ 3 s)")
    for key, runs in fresh.items():
        mode, after = key.split()
        when = "Pages restored" if mode.endswith("restored") else "then the Pages tab"
        label = "without" if mode.startswith("before") else "with"
        print(
            f"  opened {after} s after the first frame, {when}, {label} the warm-up: "
            f"{median_of([r[0] for r in runs])}; "
            f"longest stall while rendering {max(r[1] for r in runs):.0f} ms, "
            f"while idle after the build {max(r[2] for r in runs):.0f} ms"
        )
    render_docx_bytes(brief, "standard")  # start the export worker outside the timings
    docx = work / "sample.docx"
    docx.write_bytes(render_docx_bytes(brief, "standard"))

    shots = one_shot(brief, work)
    print(f"one-shot soffice --convert-to pdf (export + convert): {median_of(shots)}")
    print(f"unoserver server as shipped: {unoserver_as_shipped(docx, work)}")
    first_ever, first, times, rss = warm(brief, work)
    print(f"warm LibreOffice, first render of the first run ever (new profile): {first_ever:.2f} s")
    print(f"warm LibreOffice, first render of a later start: {first:.2f} s (target ≤ 3 s)")
    print(f"warm LibreOffice, refresh (export + convert): {median_of(times)}")
    speedup = statistics.median(shots) / statistics.median(times)
    print(f"  → {speedup:.1f}× faster than one-shot (target ≥ 3×)")
    print(f"warm LibreOffice + bridge resident memory: {rss / 1e6:.0f} MB")
    from briefdesk.export.pages import WarmOffice

    after_pause, stalls, window_first, idle = in_window(WarmOffice(work / "warm-home"))
    print(f"window: first pages after opening the panel {window_first:.2f} s")
    print(f"window: new pages after the pause: {median_of(after_pause)} (target ≤ 1.0 s)")
    print(
        f"window: longest event-loop stall while rendering {max(stalls):.1f} ms (target < 50); "
        f"the same probe with nothing to do: {idle:.1f} ms"
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--fresh-window":
        mode = sys.argv[2]
        fresh_window_child(mode.split("-")[0], mode.endswith("-restored"), float(sys.argv[3]))
        raise SystemExit(0)
    raise SystemExit(main())
