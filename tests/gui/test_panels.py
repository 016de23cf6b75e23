"""Suggestions (accept / edit / dismiss / accept all / no duplicates), checks jump, preview."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefdesk.gui import core
from briefdesk.model import Actor, Place, Span
from briefdesk.model.codes import ActorType

from .conftest import SAMPLE_ARTICLE, PromptLog, wait_idle


@dataclass
class _ActorSuggestion:
    """Shaped like ``briefdesk.extract``'s suggestions: a label, evidence spans, ``to_actor``."""

    label: str
    type: ActorType
    evidence: list[tuple[int, int]] = field(default_factory=list)

    def to_actor(self, source_id: str, text: str) -> Actor:
        spans = [
            Span(source_id=source_id, start=s, end=e, quote=text[s:e]) for s, e in self.evidence
        ]
        return Actor(name=self.label, type=self.type, evidence=spans)


@dataclass
class _PlaceSuggestion:
    label: str
    evidence: list[tuple[int, int]] = field(default_factory=list)

    def to_place(self, source_id: str, text: str) -> Place:
        spans = [
            Span(source_id=source_id, start=s, end=e, quote=text[s:e]) for s, e in self.evidence
        ]
        return Place(name=self.label, evidence=spans)


@dataclass
class _Extraction:
    actors: list[Any]
    places: list[Any]
    deals: list[Any] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)
    significance: list[Any] = field(default_factory=list)


def _fake_extract(source: Any, _token: Any) -> _Extraction:
    text = source.text

    def span(words: str) -> tuple[int, int]:
        start = text.index(words)
        return (start, start + len(words))

    return _Extraction(
        actors=[
            _ActorSuggestion("Hikmet Hajiyev", ActorType.PERSON, [span("Hikmet Hajiyev")]),
            _ActorSuggestion("Khalil Hashmi", ActorType.PERSON, [span("Khalil Hashmi")]),
            _ActorSuggestion("Pakistan", ActorType.STATE, [span("Pakistan")]),
            _ActorSuggestion("Azerbaijan", ActorType.STATE, [span("Azerbaijan")]),
        ],
        places=[_PlaceSuggestion("Beijing", [span("Beijing")])],
    )


def _with_suggestions(window: Any, qtbot: Any, monkeypatch: Any) -> Any:
    monkeypatch.setattr(core, "extract", _fake_extract)
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    return window.suggestions_panel


def test_suggestions_accept_edit_dismiss_and_no_duplicates(
    window: Any, qtbot: Any, monkeypatch: Any, prompt_log: PromptLog
) -> None:
    panel = _with_suggestions(window, qtbot, monkeypatch)
    assert [s.label for s in panel.items] == [
        "Hikmet Hajiyev",
        "Khalil Hashmi",
        "Pakistan",
        "Azerbaijan",
        "Beijing",
    ]
    assert panel.tree.topLevelItem(0).text(0) == "Actors (4)"

    first = panel.items[0]
    panel.select(first)
    focus = window.sources_pane.article.extraSelections()
    assert focus and focus[-1].cursor.selectedText() == "Hikmet Hajiyev"
    panel.accept_button.click()
    assert [a.name for a in window.doc.brief.actors] == ["Hikmet Hajiyev"]
    assert window.doc.brief.actors[0].evidence[0].quote == "Hikmet Hajiyev"

    prompt_log.text_answer = "Ambassador Khalil Hashmi"
    panel.select(panel.items[0])
    panel.edit_button.click()
    assert window.doc.brief.actors[1].name == "Ambassador Khalil Hashmi"

    panel.select(next(s for s in panel.items if s.label == "Beijing"))
    panel.dismiss_button.click()
    assert all(s.label != "Beijing" for s in panel.items)
    assert window.doc.brief.places == []

    # An actor typed in by hand is not suggested again.
    window.doc.insert_record("actors", Actor(name="pakistan", type=ActorType.STATE))
    assert [s.label for s in panel.items] == ["Azerbaijan"]
    panel.select(panel.items[0])
    panel.accept_kind_button.click()
    assert [a.name for a in window.doc.brief.actors][-1] == "Azerbaijan"
    assert panel.items == []
    # Accept all of a kind is one undo step.
    window.act_undo.trigger()
    assert "Azerbaijan" not in [a.name for a in window.doc.brief.actors]


def test_checks_list_problems_and_jump_to_the_field(window: Any, qtbot: Any) -> None:
    window.doc.set_value("header.title", "Jets")
    window.checks.refresh()
    paths = [path for path, _text in window.checks.findings()]
    assert "bluf" in paths
    window.doc.insert_record(
        "significance.judgments", _judgment("It is likely, with high confidence, to go ahead.")
    )
    window.checks.refresh()
    messages = dict(window.checks.findings())
    assert "significance.judgments[0].likelihood" in messages
    assert "significance.judgments[0].evidence" in messages
    assert (
        "likelihood and confidence in one sentence"
        in messages["significance.judgments[0].statement"]
    )

    row = [path for path, _t in window.checks.findings()].index(
        "significance.judgments[0].likelihood"
    )
    item = window.checks.list.item(row)
    window.checks.list.itemDoubleClicked.emit(item)
    assert window.editor.tabText(window.editor.currentIndex()).replace("&", "") == "Significance"
    focused = window.editor.lists["significance.judgments"].form.widget_for(
        "significance.judgments[0].likelihood"
    )
    assert focused.hasFocus()

    bluf_row = [path for path, _t in window.checks.findings()].index("bluf")
    window.checks.list.itemDoubleClicked.emit(window.checks.list.item(bluf_row))
    assert window.editor.summary_form.widget_for("bluf").hasFocus()


def _judgment(statement: str) -> Any:
    from briefdesk.model import KeyJudgment

    return KeyJudgment(statement=statement)


def test_live_preview_follows_edits(window: Any, qtbot: Any) -> None:
    window.side.setCurrentWidget(window.preview)
    window.doc.set_value("header.title", "Preview title")
    window.doc.set_value("bluf", "Words that must appear in the preview.")
    with qtbot.waitSignal(window.preview.rendered, timeout=30000):
        pass
    assert "Words that must appear in the preview." in window.preview.view.toPlainText()
    assert window.preview.status.text() == ""


def test_page_preview_renders_pages_or_says_why(window: Any, qtbot: Any) -> None:
    from briefdesk.gui.preview import soffice_path
    from briefdesk.samples import load_sample

    pages = window.pages
    if soffice_path() is None:
        assert not pages.button.isEnabled()
        assert "LibreOffice" in pages.note.text()
        print("LibreOffice (soffice) is not installed: only the 'not available' note was checked")
        return
    window._load(load_sample(), None, None)
    pages.render_now()
    qtbot.waitUntil(lambda: pages.button.isEnabled(), timeout=180000)
    assert pages.pdf_path.endswith(".pdf"), pages.note.text()
    assert pages._pdf_document is not None
    assert pages._pdf_document.pageCount() >= 1
    assert "page" in pages.note.text()


def test_checks_offer_every_registered_template(window: Any, qtbot: Any) -> None:
    wait_idle(qtbot, window)
    ids = [window.checks.template.itemData(i) for i in range(window.checks.template.count())]
    assert ids[:3] == ["standard", "bluf", "deal-sheet"]
    window.checks.template.setCurrentIndex(ids.index("deal-sheet"))
    assert "deals" in [path for path, _text in window.checks.findings()]
    assert window.pages.template == "deal-sheet"
