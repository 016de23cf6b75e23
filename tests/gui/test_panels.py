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

    # Cancelling "Edit & accept" changes nothing: the brief is not marked changed.
    undo_steps = window.doc.undo_stack.count()
    panel.select(panel.items[0])
    panel.edit_button.click()
    assert window.doc.undo_stack.count() == undo_steps
    prompt_log.fields_answer = {
        "Name": "Ambassador Khalil Hashmi",
        "Role": "Ambassador to China",
        "Affiliation": "Pakistan",
    }
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
    # Accept all of a kind is one undo step, and undoing it brings the suggestion back.
    window.act_undo.trigger()
    assert "Azerbaijan" not in [a.name for a in window.doc.brief.actors]
    assert [s.label for s in panel.items] == ["Azerbaijan"]
    window.act_redo.trigger()
    assert panel.items == []


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


def test_live_preview_follows_the_chosen_template(window: Any, qtbot: Any) -> None:
    wait_idle(qtbot, window)
    window.side.setCurrentWidget(window.preview)
    window.doc.set_value("header.title", "Memo title")
    ids = [window.checks.template.itemData(i) for i in range(window.checks.template.count())]
    with qtbot.waitSignal(window.preview.rendered, timeout=30000):
        window.checks.template.setCurrentIndex(ids.index("bluf"))
    assert window.preview.template == "bluf"
    assert "MEMORANDUM" in window.preview.view.toPlainText()


def test_checks_offer_every_registered_template(window: Any, qtbot: Any) -> None:
    wait_idle(qtbot, window)
    ids = [window.checks.template.itemData(i) for i in range(window.checks.template.count())]
    assert ids[:3] == ["standard", "bluf", "deal-sheet"]
    window.checks.template.setCurrentIndex(ids.index("deal-sheet"))
    assert "deals" in [path for path, _text in window.checks.findings()]
    assert window.pages.template == "deal-sheet"


def test_empty_suggestions_say_why_and_what_to_do(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Any
) -> None:
    note = window.suggestions_panel.note
    assert "Ctrl+Shift+V" in note.text()  # no source yet

    monkeypatch.setattr(core, "extract", lambda _source, _token: _Extraction([], []))
    window.add_source_text("Пакистан продаст Азербайджану истребители JF-17C.")
    wait_idle(qtbot, window)
    assert "Nothing found" in note.text()

    # A reopened brief's sources are read again by themselves.
    from briefdesk import store

    path = tmp_path / "reopened.brief"
    store.save_brief(path, window.doc.brief)
    window.doc.undo_stack.setClean()
    assert window.open_path(path)
    wait_idle(qtbot, window)
    assert "Nothing found" in note.text()

    monkeypatch.setattr(core, "extract", _fake_extract_any)
    window.act_suggest.trigger()
    wait_idle(qtbot, window)
    panel = window.suggestions_panel
    window.dismiss_suggestions(list(panel.items))
    assert "Nothing left" in note.text()


def _fake_extract_any(source: Any, _token: Any) -> _Extraction:
    end = source.text.index(" ")
    return _Extraction([_ActorSuggestion(source.text[:end], ActorType.STATE, [(0, end)])], [])


def test_long_findings_wrap_instead_of_running_off_the_panel(window: Any, qtbot: Any) -> None:
    window.side.setCurrentWidget(window.checks)
    window.doc.set_value("significance.outlook", "It is very likely, with high confidence, " * 3)
    window.checks.refresh()
    checks = window.checks.list
    qtbot.waitUntil(lambda: checks.viewport().width() > 0)
    row = [p for p, _t in window.checks.findings()].index("significance.outlook")
    rect = checks.visualItemRect(checks.item(row))
    assert rect.right() <= checks.viewport().width()
    assert rect.height() > checks.fontMetrics().height() * 1.5  # on two lines or more


def test_accepted_dates_go_to_the_deal_date_their_sentence_names(window: Any, qtbot: Any) -> None:
    import datetime as dt

    from briefdesk.extract.results import DateSuggestion
    from briefdesk.gui.suggestions import Suggestion
    from briefdesk.model import Deal, Source

    text = (
        "Turkey and Indonesia signed a $1.2 billion agreement on 12 February 2024. "
        "Deliveries are expected from 2028. The ministry announced it on 3 March 2024."
    )
    window.doc.insert_record("sources", Source(id="src-1", title="Wire", text=text))
    window.doc.insert_record("deals", Deal(title="KAAN fighters"))
    window.editor.lists["deals"].select_row(0)

    def date(words: str, day: dt.date, precision: str) -> Suggestion:
        start = text.index(words)
        raw = DateSuggestion(words, day, precision, [(start, start + len(words))])
        span = Span(source_id="src-1", start=start, end=start + len(words), quote=words)
        return Suggestion("dates", raw.label, "src-1", [span], raw, name=words)

    window.accept_suggestions(
        [
            date("12 February 2024", dt.date(2024, 2, 12), "day"),
            date("2028", dt.date(2028, 1, 1), "year"),
            date("3 March 2024", dt.date(2024, 3, 3), "day"),
        ]
    )
    dates = window.doc.brief.deals[0].dates
    assert dates.signed == dt.date(2024, 2, 12)
    assert dates.delivery == "from 2028"  # not a made-up 1 January 2028
    assert dates.announced == dt.date(2024, 3, 3)


def test_delete_in_a_table_never_dismisses_a_suggestion(
    window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from PySide6.QtCore import Qt

    panel = _with_suggestions(window, qtbot, monkeypatch)
    panel.select(panel.items[0])
    before = list(panel.items)
    window.activateWindow()
    actors = window.editor.lists["actors"]
    window.editor.setCurrentIndex(2)
    actors.table.setFocus()
    qtbot.keyClick(actors.table, Qt.Key.Key_Insert)
    actors.table.setFocus()
    qtbot.keyClick(actors.table, Qt.Key.Key_Delete)
    assert window.doc.brief.actors == []
    assert panel.items == before
    # In the suggestions list itself Delete still dismisses.
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert len(panel.items) == len(before) - 1
