"""Rebuild the README screenshots: build a brief from the sample article through the window, then
render views of it with ``--screenshot``.

Run: ``PYTHONPATH=src python docs/screenshots/make_screenshots.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE = HERE.parents[1] / "tests" / "gui" / "data" / "jf17_article.txt"
VIEWS = {
    "main-window.png": ["--tab", "Summary", "--side", "Suggestions"],
    # No --suggest: a reopened brief's sources are read again by themselves.
    "suggestions.png": ["--tab", "Actors", "--side", "Suggestions"],
    "deals-and-checks.png": ["--tab", "Deals", "--side", "Checks"],
    "significance.png": ["--tab", "Significance", "--side", "Preview"],
    "page-preview.png": ["--tab", "Header", "--side", "Pages"],
}


def build_brief(out: Path) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from briefdesk.gui import prompts
    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.model.codes import Confidence, Likelihood, PartyRole
    from briefdesk.settings import Settings

    prompts.show_error = lambda _p, _t, m: print("error:", m)  # type: ignore[assignment]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Settings())
    window.show()

    def idle() -> None:
        while window.runner.busy:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()

    text = ARTICLE.read_text("utf-8")
    window.add_source_text(text)
    idle()
    window.draft_from_source()  # Ctrl+D: title, parties, deal, BLUF draft from the article
    idle()
    panel = window.suggestions_panel
    window.accept_suggestions([s for s in panel.items if s.kind == "actors"][:6])
    deals = [s for s in panel.items if s.kind == "deals"]
    window.accept_suggestions(deals[:1])
    article = window.sources_pane.article

    def select(words: str) -> None:
        start = text.index(words)
        cursor = article.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
        article.setTextCursor(cursor)

    doc = window.doc
    if not doc.brief.deals:
        select("$1.6 billion")
        window.link_deal_value()
    window.editor.lists["deals"].select_row(0)
    if not doc.brief.deals[0].items:
        select("JF-17C Block-III")
        window.link_deal_item()
    if not any(p.role is PartyRole.SELLER for p in doc.brief.deals[0].parties):
        select("Pakistan")
        window.link_party(PartyRole.SELLER)
    select("This deal is poised to bolster Azerbaijan's military capabilities")
    window.link_judgment()
    doc.set_value("significance.judgments[0].likelihood", Likelihood.LIKELY)
    doc.set_value("significance.judgments[0].confidence", Confidence.MODERATE)
    if not doc.brief.header.title:
        doc.set_value("header.title", "Pakistan to sell JF-17C Block-III fighters to Azerbaijan")
    doc.set_value("header.to", "Director, South Caucasus and Central Asia")
    doc.set_value("header.from.name", "A. Desk Officer")
    print("drafted BLUF:", doc.brief.bluf)
    print("drafted title:", doc.brief.header.title)
    doc.set_value("sources[0].reliability", "C")
    doc.set_value("sources[0].credibility", 3)
    doc.set_value("sources[0].title", "Azerbaijan and Pakistan deepen ties with $1.6bn jet deal")
    window.autosave_timer.stop()
    doc.undo_stack.setClean()
    from briefdesk import store

    store.save_brief(out, doc.brief, force=True)
    window.doc.mark_saved(out, store.read_stamp(out))

    from briefdesk.gui.export_dialog import ExportDialog

    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    dialog.out.setText(str(Path.home() / "Briefs" / "jf17-azerbaijan.docx"))
    dialog.show()
    idle()
    dialog.grab().save(str(HERE / "export-dialog.png"))
    dialog.close()

    from briefdesk.gui.actor_type_dialog import ActorTypeDialog

    # Asked when "Use as deal buyer/seller" words name no known actor, country or organisation.
    question = ActorTypeDialog("Pakistan Aeronautical Complex", parent=window)
    question.show()
    idle()
    question.grab().save(str(HERE / "actor-type.png"))
    question.close()

    from briefdesk.gui.first_run import FirstRunPage

    # Shown once, on a first start (a screenshot run is no session and never shows it).
    first = FirstRunPage(Settings(), window)
    first.show()
    idle()
    first.grab().save(str(HERE / "first-run.png"))
    first.close()
    window.close()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="shots-") as work:
        os.environ.setdefault("BRIEFDESK_HOME", str(Path(work) / "home"))
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        brief = Path(work) / "jf17.brief"
        build_brief(brief)
        code = "import sys; from briefdesk.gui.app import main; sys.exit(main(sys.argv[1:]))"
        for name, extra in VIEWS.items():
            subprocess.run(
                [sys.executable, "-c", code, str(brief), "--screenshot", str(HERE / name), *extra],
                check=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
