"""Round 11's faster paths give exactly what the plain code gave.

- ``title_then_comma_name`` asks the view's first word before calling ``title_comma_name``:
  on every chunk of every tuning-corpus article where the gate says NEXT, the full rule
  answers False and leaves the resolver as it was.
- End-anchored patterns read only where the text ends on what every match ends on
  (``route_sections._dash_before``, ``party_phrases.helped_in``), and the unpriced gate's word list
  as one branch per first letter (``unpriced_acts._GATE_RE``): compared with the plain patterns
  on random texts.
- The chunk rules added to ``chunk_dispatch``'s sets are checked by test_speed_round9.py (every
  skipped call is made there and must answer NEXT and change nothing).
"""

from __future__ import annotations

import random
import re

import pytest

from briefdesk.extract import (
    chunk_dispatch,
    chunk_view,
    extract_text,
    party_phrases,
    pipeline,
    route_sections,
    unpriced_acts,
)
from briefdesk.extract.components import titles
from briefdesk.extract.components.doc_headings import body_word_title, document_heading
from briefdesk.extract.components.landmarks import landmark
from briefdesk.extract.components.opening_words import opening_word_site
from briefdesk.extract.components.remit_names import remit_then_name, title_before_honorific_run
from briefdesk.extract.party_phrases import HELPED
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk, Sentence
from tests.extract.gated_texts import random_parts
from tests.extract.test_speed_round9 import _state
from tests.extract.tuning_texts import tuning_texts


def test_the_title_gate_skips_only_chunks_the_rule_leaves(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = pipeline.classify
    skipped = {"count": 0}

    def checked(res: Resolver, sentence: Sentence, chunk: Chunk) -> bool:
        view = chunk_view.view(res, sentence, chunk)
        for lead_code in ("", "GB"):
            view.lead_code = lead_code
            if titles.title_then_comma_name(res, view) == chunk_view.NEXT:
                before = _state(res)
                assert not titles.title_comma_name(res, chunk, lead_code), view.phrase
                assert _state(res) == before, view.phrase
                skipped["count"] += 1
        return plain(res, sentence, chunk)

    monkeypatch.setattr(pipeline, "classify", checked)
    for text in tuning_texts():
        extract_text(text)
    assert skipped["count"] > 5000


def test_round11_rules_are_dispatched_by_their_word_count() -> None:
    assert {
        document_heading,
        body_word_title,
        remit_then_name,
        landmark,
        title_before_honorific_run,
    } <= chunk_dispatch.SEVERAL_WORDS_ONLY
    assert opening_word_site in chunk_dispatch.ONE_WORD_ONLY


PIECES = [
    *("the Tabora", "Kigoma", "Port Loko", "Pepel", "road", "section", "-", "–", " - ", "—"),
    *("to help", "to support", "to assist", "help", "support the", "assist", "the", "to"),
    *("helps", "supporter", "assistance", "thehelp", "To Help", "TO SUPPORT THE", "O'Neil"),
    *(" ", " ", " ", "  ", "\n", "\t", "\u00a0", ".", ",", ";", "'", "’", "é", "1"),
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = random_parts(rng, PIECES, 12, lambda piece: piece.replace("e", "é"))
        out.append("".join(parts) + rng.choice(["", " ", "  ", "\n", " \n", "\u00a0"]))
    return out


def test_the_dash_gate_finds_what_the_plain_pattern_finds() -> None:
    found = 0
    for text in _texts(111, 20000):
        plain = bool(route_sections._DASH_BEFORE.search(text))
        assert route_sections._dash_before(text) == plain, text
        found += plain
    assert found > 100


def test_the_helped_gate_finds_what_the_plain_pattern_finds() -> None:
    found = 0
    for text in _texts(112, 20000):
        lowered = text.lower()
        one, other = party_phrases.helped_in(lowered), HELPED.search(lowered)
        assert (one and one.span()) == (other and other.span()), lowered
        found += bool(other)
    assert found > 100


def test_the_factored_unpriced_gate_matches_as_the_word_list_does() -> None:
    plain = re.compile("|".join(re.escape(word) for word in unpriced_acts._GATE))
    rng = random.Random(113)
    words = [*unpriced_acts._GATE, "licence", "Licen", "under the", "sel", "bu", "IU", " ", "x"]
    for _ in range(20000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        one, other = unpriced_acts._GATE_RE.search(text), plain.search(text)
        assert (one and one.span()) == (other and other.span()), text
