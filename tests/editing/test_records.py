"""The record operations behind the judgments/options/recommendations commands (Qt-free)."""

from __future__ import annotations

import pytest

from briefdesk.editing import records as rec
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.setfield import SetError
from briefdesk.model import Brief, KeyJudgment, Source
from briefdesk.model.codes import Likelihood


def _brief() -> Brief:
    text = "WARSAW — Poland’s ministry signed a “framework agreement”\nfor 180 K2 tanks."
    return Brief(sources=[Source(id="src-1", text=text)])


@pytest.mark.parametrize("typed", ["very likely", "Very-Likely", "very_likely", " VERY  likely "])
def test_likelihood_in_any_spelling_of_the_icd_203_words(typed: str) -> None:
    assert rec.likelihood(typed) is Likelihood.VERY_LIKELY


@pytest.mark.parametrize("typed", ["roughly_even", "roughly even", "Roughly-even"])
def test_the_one_term_a_phrase_begins_is_taken(typed: str) -> None:
    assert rec.likelihood(typed) is Likelihood.ROUGHLY_EVEN_CHANCE


def test_a_beginning_several_terms_share_is_refused() -> None:
    with pytest.raises(rec.RecordError, match="use one of"):
        rec.likelihood("very")


def test_none_clears_the_likelihood() -> None:
    assert rec.likelihood("none") is None and rec.confidence("none") is None


def test_cited_words_are_found_with_straight_quotes_and_any_line_break() -> None:
    brief = _brief()
    span = rec.citation(brief, 'src-1:Poland\'s ministry signed a "framework agreement" for 180')
    assert span.quote == "Poland’s ministry signed a “framework agreement”\nfor 180"
    assert brief.sources[0].text[span.start : span.end] == span.quote


def test_a_source_alone_cites_its_opening_line() -> None:
    span = rec.citation(_brief(), "1")
    assert span.quote == "WARSAW — Poland’s ministry signed a “framework agreement”"


def test_add_then_edit_go_through_the_model() -> None:
    brief = _brief()
    kind = rec.KINDS["judgments"]
    brief = apply_edits(brief, rec.add_edits(brief, kind, KeyJudgment(statement="A.")))
    edits = rec.field_edits(brief, kind, 0, {"likelihood": Likelihood.LIKELY})
    assert [e.path for e in edits] == ["significance.judgments[0].likelihood"]
    assert apply_edits(brief, edits).significance.judgments[0].likelihood is Likelihood.LIKELY
    with pytest.raises(SetError, match=r"^judgment 1 confidence: "):
        rec.field_edits(brief, kind, 0, {"confidence": "sure"})


def test_record_numbers_out_of_range_say_how_many_there_are() -> None:
    brief = _brief()
    kind = rec.KINDS["options"]
    with pytest.raises(rec.RecordError, match="no option 1: the brief has no options yet"):
        rec.index_of(brief, kind, "1")
