"""The regex helpers that make extraction faster give exactly what the plain patterns give."""

from __future__ import annotations

import re

from briefdesk.extract.text import HintedPattern, SentencePattern, sub_found

MADE = r"-(?:made|built)\b"
TEXTS = [
    "Chinese-made jets and US-built frigates arrived; the Seoul-made radar did not.",
    "No origin here, only a well-made argument.",  # the hint occurs, the pattern does not
    "Nothing of the kind at all.",  # neither
    "",
]


def test_a_hinted_pattern_finds_what_the_plain_pattern_finds() -> None:
    pattern = rf"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?){MADE}"
    hinted, plain = HintedPattern(MADE, pattern), re.compile(pattern)
    for text in TEXTS:
        assert [m.span(1) for m in hinted.finditer(text)] == [
            m.span(1) for m in plain.finditer(text)
        ]
        found, expected = hinted.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span())
    assert [m.group(1) for m in hinted.finditer(TEXTS[0])] == ["Chinese", "US", "Seoul"]


def test_a_sentence_pattern_answers_like_search_and_once_per_sentence() -> None:
    pattern = r"\b(?:exported|sold)\b[^;]{0,80}?\blast\s+year\b"
    cached, plain = SentencePattern(pattern, re.IGNORECASE), re.compile(pattern, re.IGNORECASE)
    sentence = "Norland EXPORTED nickel worth $3 billion last year, $1 billion of it to Valdoria."
    for text in (sentence, "Valdoria will buy twelve boats for $90 million."):
        for _ in range(3):  # asked once per amount in the sentence
            found, expected = cached.search(text), plain.search(text)
            assert (found and found.span()) == (expected and expected.span())
    assert cached._search.cache_info().hits >= 4


def test_sub_found_rewrites_like_re_sub() -> None:
    cases = [
        (r"^\s+(?:is|was)\s+(an?|the)\s+(?=[a-z])", r", \1 ", " is a fellow at the institute"),
        (r"^\s+(?:is|was)\s+(an?|the)\s+(?=[a-z])", r", \1 ", ", the minister, said"),
        (r"\s\([A-Z]{2,6}\)(?=\s)", "", "chief executive officer (CEO) of Andes Rail (AR) said"),
        (r"^,\s+\d{2,3}(?=,)", "", ", 54, the new finance minister,"),
    ]
    for pattern, replacement, text in cases:
        assert sub_found(pattern, replacement, text) == re.sub(pattern, replacement, text)
