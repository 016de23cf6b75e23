"""Longest event-loop stall with a 50-source brief while typing, importing, extracting, exporting.

Run by hand: ``PYTHONPATH=src QT_QPA_PLATFORM=offscreen python benchmarks/bench_stall.py``.
A 2 ms heartbeat timer records the gap between its ticks; the longest gap minus the interval is
the longest time the window could not react. Target: < 50 ms in every scenario.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BRIEFDESK_HOME", tempfile.mkdtemp(prefix="bench-stall-home-"))

ARTICLE = Path(__file__).resolve().parents[1] / "tests" / "gui" / "data" / "jf17_article.txt"
TICK_MS = 2


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000 - TICK_MS)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        self.timer.stop()
        gaps = self.gaps or [0.0]
        return max(gaps), statistics.quantiles(gaps, n=100)[98] if len(gaps) > 100 else max(gaps)


def fifty_source_brief() -> object:
    from briefdesk.model import Source
    from briefdesk.samples import load_sample

    brief = load_sample()
    text = ARTICLE.read_text("utf-8")
    while len(brief.sources) < 50:
        n = len(brief.sources)
        body = f"Report {n}. " + text + f"\n\nFiled as number {n}."
        brief.sources.append(Source(title=f"Wire report {n}", outlet="Wire", text=body))
    return brief


def run(
    app: object, label: str, action: Callable[[], None], until: Callable[[], bool], beat: Heartbeat
) -> None:
    from PySide6.QtCore import QCoreApplication

    beat.start()
    action()
    deadline = time.perf_counter() + 120
    while not until() and time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.0005)
    # Let debounced work (checks, preview) fire inside the measured window too.
    settle = time.perf_counter() + 0.8
    while time.perf_counter() < settle:
        QCoreApplication.processEvents()
        time.sleep(0.0005)
    worst, p99 = beat.stop()
    print(
        f"{label:34s} longest stall {worst:6.1f} ms   p99 {p99:5.1f} ms   ({len(beat.gaps)} ticks)"
    )


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from briefdesk.gui import prompts
    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.settings import Settings

    messages: list[str] = []
    prompts.show_error = lambda _p, _t, m: messages.append(m)  # type: ignore[assignment]
    prompts.show_info = lambda _p, _t, m: messages.append(m)  # type: ignore[assignment]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Settings())
    window.resize(1440, 900)
    window.show()
    brief = fifty_source_brief()
    app.processEvents()
    beat = Heartbeat()
    # Opening reads every source again in the background (suggestions are not saved).
    run(
        app,
        "opening (50 sources read again)",
        lambda: window._load(brief.model_copy(deep=True), None, None),
        lambda: not window.runner.busy and not window.extracting,
        beat,
    )
    window.side.setCurrentWidget(window.preview)  # the live preview re-renders while typing
    app.processEvents()

    # Typing: one key every 25 ms into the BLUF (a fast typist), preview and checks live.
    window.editor.setCurrentIndex(1)
    bluf = window.editor.summary_form.widget_for("bluf")
    bluf.setFocus()
    words = list("Pakistan has agreed to sell JF-17C fighters to Azerbaijan for $1.6 billion. ")
    state = {"i": 0}

    def type_next() -> None:
        if state["i"] < len(words):
            QTest.keyClicks(bluf, words[state["i"]])
            state["i"] += 1
            QTimer.singleShot(25, type_next)

    run(
        app,
        "typing (BLUF, live preview)",
        type_next,
        lambda: state["i"] >= len(words) and not window.runner.busy,
        beat,
    )

    # The same while the 50 sources of a brief just opened are still being read.
    def reopen_and_type() -> None:
        window._load(brief.model_copy(deep=True), None, None)
        window.editor.setCurrentIndex(1)
        window.editor.summary_form.widget_for("bluf").setFocus()
        state["i"] = 0
        type_next()

    run(
        app,
        "typing while reading 50 sources",
        reopen_and_type,
        lambda: state["i"] >= len(words) and not window.runner.busy,
        beat,
    )

    # Sentences no other source has, so it is imported rather than refused as a duplicate.
    text = "\n\n".join(
        f"Paragraph {n}: the ministry in capital {n} said shipment {n * 7} left port {n % 13}."
        for n in range(900)
    )
    run(
        app,
        "importing (pasted ~70 kB text)",
        lambda: window.add_source_text("Fresh. " + text),
        lambda: not window.runner.busy,
        beat,
    )

    source = window.doc.brief.sources[-1]
    run(
        app,
        "extracting (one source)",
        lambda: window.extract(source),
        lambda: not window.runner.busy,
        beat,
    )

    out = Path(tempfile.mkdtemp(prefix="bench-stall-")) / "brief.docx"

    def export() -> None:
        from briefdesk.gui import core

        window.runner.submit("Export", core.export, window.doc.snapshot(), "standard", out, "docx")

    run(app, "exporting (.docx, standard)", export, lambda: not window.runner.busy, beat)
    if messages:
        print("messages shown:", *messages, sep="\n  ")
    window.doc.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
