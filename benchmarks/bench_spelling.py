"""Spelling: quality and speed of the candidate checkers side by side, and typing with a 2,000-word
brief underlined as you type.

Run by hand: ``PYTHONPATH=src QT_QPA_PLATFORM=offscreen python benchmarks/bench_spelling.py``.
Quality on ``data/misspellings.tsv`` (101 common misspellings, written for this benchmark) and
``data/british.txt`` (33 British spellings en-GB must accept): detected = flagged as unknown;
top-1 / top-3 = the intended word among the first suggestions.
Candidates: pyspellchecker alone (its own English list), spylls (pure-Python Hunspell) with the
Hunspell en_GB / en_US dictionaries and its own suggestions, and BriefDesk's choice
(``briefdesk.spelling``: Hunspell decides, pyspellchecker-ranked suggestions).
Stall: a 2 ms heartbeat while the brief opens and while typing into the BLUF, spelling on and
off. Target: no stall over 50 ms from spelling.
"""

from __future__ import annotations

import itertools
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BRIEFDESK_HOME", tempfile.mkdtemp(prefix="bench-spelling-home-"))
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
ARTICLE = HERE.parent / "tests" / "gui" / "data" / "jf17_article.txt"


def _lines(name: str) -> list[str]:
    text = (HERE / "data" / name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


PAIRS = [tuple(line.split("\t")) for line in _lines("misspellings.tsv")]
BRITISH = _lines("british.txt")


def evaluate(
    name: str, load: Callable[[], tuple[Callable[[str], bool], Callable[[str], list[str]]]]
) -> None:
    start = time.perf_counter()
    known, suggest = load()
    loaded = time.perf_counter() - start
    detected = sum(not known(wrong) for wrong, _right in PAIRS)
    top1 = top3 = 0
    start = time.perf_counter()
    for wrong, right in PAIRS:
        found = suggest(wrong)[:3]
        top1 += bool(found) and found[0] == right
        top3 += right in found
    suggest_ms = (time.perf_counter() - start) / len(PAIRS) * 1000
    british = sum(not known(word) for word in BRITISH)
    words = re.findall(r"[A-Za-z]+", ARTICLE.read_text("utf-8")) * 4
    start = time.perf_counter()
    for word in words:
        known(word)
    lookup_us = (time.perf_counter() - start) / len(words) * 1e6
    print(
        f"{name:44s} detected {detected:3d}/{len(PAIRS)}  top-1 {top1:3d}  top-3 {top3:3d}  "
        f"British flagged {british:2d}/{len(BRITISH)}  load {loaded:4.2f} s  "
        f"lookup {lookup_us:5.1f} µs  suggest {suggest_ms:5.0f} ms/word"
    )


def pyspellchecker() -> tuple[Callable[[str], bool], Callable[[str], list[str]]]:
    from spellchecker import SpellChecker

    checker = SpellChecker(language="en", distance=2)

    def suggest(word: str) -> list[str]:
        found = checker.candidates(word.lower()) or set()
        return sorted(found, key=lambda w: -checker.word_usage_frequency(w))

    return (lambda word: not checker.unknown([word])), suggest


def spylls(language: str) -> Callable[[], tuple[Callable[[str], bool], Callable[[str], list[str]]]]:
    def load() -> tuple[Callable[[str], bool], Callable[[str], list[str]]]:
        from spylls.hunspell import Dictionary

        from briefdesk.spelling.dictionaries import find_dictionary

        dictionary = Dictionary.from_files(str(find_dictionary(language)))
        return dictionary.lookup, lambda w: list(itertools.islice(dictionary.suggest(w), 3))

    return load


def chosen(language: str) -> Callable[[], tuple[Callable[[str], bool], Callable[[str], list[str]]]]:
    def load() -> tuple[Callable[[str], bool], Callable[[str], list[str]]]:
        from briefdesk.spelling.checker import SpellChecker

        checker = SpellChecker(language)
        checker.warm()
        return checker.known, checker.suggest

    return load


def two_thousand_word_brief() -> object:
    from briefdesk.model import KeyJudgment
    from briefdesk.samples import load_sample

    brief = load_sample()
    words = ARTICLE.read_text("utf-8").split()
    text = " ".join(words)
    typos = text.replace("agreed", "agred").replace("the ", "teh ", 5)
    chunk = typos.split()
    per_field = 2000 // 8
    fields = ["purpose", "background", "current_status", "considerations", "notes"]
    for n, field in enumerate(fields):
        setattr(brief, field, " ".join(chunk[(n * per_field) % len(chunk) :][:per_field]))
    brief.significance.judgments = [
        KeyJudgment(statement=" ".join(chunk[:per_field]), rationale=" ".join(chunk[-per_field:]))
    ]
    brief.significance.outlook = " ".join(chunk[per_field : 2 * per_field])
    return brief


def typing_stalls() -> None:
    from bench_stall import Heartbeat
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from briefdesk.gui import spell_highlighter
    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.settings import Settings
    from briefdesk.spelling.review import prose_fields

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Settings())
    window.resize(1440, 900)
    window.show()
    service = spell_highlighter.service()
    deadline = time.perf_counter() + 60
    while service.checker is None and time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    checker = service.checker
    brief = two_thousand_word_brief()
    total = sum(len(text.split()) for _p, _n, text in prose_fields(brief))  # type: ignore[arg-type]
    print(f"brief for the typing test: {total} words in its prose fields")
    beat = Heartbeat()

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QCoreApplication.processEvents()
            time.sleep(0.0005)

    # Twice each, alternating: the first opening also pays one-off costs (record widgets).
    for label, on in [("spelling off", False), ("spelling on", True)] * 2:
        service.checker = checker if on else None
        beat.start()
        window._load(brief.model_copy(deep=True), None, None)  # type: ignore[attr-defined]
        settle(1.0)
        opened, _p99 = beat.stop()
        window.editor.setCurrentIndex(1)
        bluf = window.editor.summary_form.widget_for("bluf")
        bluf.setFocus()
        keys = list("Teh recieved aggrement was signed in Santiago on Tuesday. ")
        state = {"i": 0}

        def type_next(
            keys: list[str] = keys, state: dict[str, int] = state, bluf: object = bluf
        ) -> None:
            if state["i"] < len(keys):
                QTest.keyClicks(bluf, keys[state["i"]])
                state["i"] += 1
                QTimer.singleShot(25, type_next)

        beat.start()
        type_next()
        while state["i"] < len(keys):
            QCoreApplication.processEvents()
            time.sleep(0.0005)
        settle(0.8)
        typed, p99 = beat.stop()
        flagged = len(checker.misspellings(window.doc.brief.bluf)) if on else 0
        print(
            f"{label:13s} opening the brief: longest stall {opened:5.1f} ms; typing one key per "
            f"25 ms into the BLUF: longest stall {typed:5.1f} ms, p99 {p99:4.1f} ms"
            + (f" ({flagged} words underlined in the BLUF)" if on else "")
        )
    window.doc.undo_stack.setClean()
    window.close()


def main() -> int:
    from briefdesk.spelling.dictionaries import SpellingUnavailable, find_dictionary

    try:
        find_dictionary("en-GB")
        find_dictionary("en-US")
    except SpellingUnavailable as exc:
        print(f"cannot measure: {exc}")
        return 1
    print(f"{len(PAIRS)} misspellings, {len(BRITISH)} British spellings")
    evaluate("pyspellchecker alone (its English list)", pyspellchecker)
    evaluate("spylls + Hunspell en_GB, its suggestions", spylls("en-GB"))
    evaluate("spylls + Hunspell en_US, its suggestions", spylls("en-US"))
    evaluate("BriefDesk en-GB (Hunspell + ranked edits)", chosen("en-GB"))
    evaluate("BriefDesk en-US (Hunspell + ranked edits)", chosen("en-US"))
    typing_stalls()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
