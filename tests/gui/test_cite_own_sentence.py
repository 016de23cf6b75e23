"""A key judgment whose words are a sentence of the source cites it with one key, nothing
selected (newcomer18 N18-13: selecting the same words again cost two actions more)."""

from __future__ import annotations

from typing import Any

from briefdesk.editing.own_sentence import sentence_span
from briefdesk.model import KeyJudgment, Source

from .conftest import SAMPLE_ARTICLE, wait_idle

SENTENCE = (
    "This deal is poised to bolster Azerbaijan's military capabilities while simultaneously "
    "cementing Pakistan's status as a defense exporter on the world stage."
)


def test_the_judgment_repeating_a_sentence_cites_it_with_one_key(window: Any, qtbot: Any) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    judgments = "significance.judgments"
    window.doc.insert_record(judgments, KeyJudgment(statement="Jets will fly."))
    window.doc.insert_record(judgments, KeyJudgment(statement=SENTENCE.rstrip(".").lower()))
    records = window.editor.lists[judgments]
    records.select_row(0)
    window._update_link_actions()
    assert not window.act_cite.isEnabled()  # its own words: the user selects what to cite
    records.select_row(1)
    window._update_link_actions()
    assert window.act_cite.isEnabled()
    before = window.doc.undo_stack.count()
    window.act_cite.trigger()
    assert [s.quote for s in window.doc.brief.significance.judgments[1].evidence] == [SENTENCE]
    assert window.doc.undo_stack.count() == before + 1  # one undo step


def test_sentence_span_needs_one_sentence_and_enough_words() -> None:
    text = "Ostia signed the deal. The deal was signed. Norland will buy twelve corvettes soon."
    source = Source(title="t", text=text)
    found = sentence_span(source, "norland will buy twelve corvettes soon")
    assert found is not None and found.quote == "Norland will buy twelve corvettes soon."
    assert sentence_span(source, "the deal") is None  # a phrase of two sentences, too short
    assert sentence_span(source, "Norland will buy corvettes") is None  # not its words
    long = Source(title="t", text="A said Norland will buy twelve corvettes from Ostia by 2030.")
    part = sentence_span(long, "Norland will buy twelve corvettes from Ostia by 2030")
    assert part is not None and part.start == 0
