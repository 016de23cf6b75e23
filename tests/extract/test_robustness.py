"""Hostile or odd input: nothing crashes, output stays well-formed."""

from __future__ import annotations

import json

from briefdesk.extract import extract_text
from briefdesk.extract.pipeline import MAX_CHARS


def _valid(text: str) -> dict:
    result = extract_text(text)
    payload = result.to_json()
    json.dumps(payload)
    for item in result.actors + result.places:
        for start, end in item.evidence:
            assert 0 <= start < end <= len(text)
    return payload


def test_empty_text() -> None:
    assert _valid("") == {**_valid(""), "actors": [], "deals": [], "places": [], "dates": []}


def test_whitespace_and_punctuation_only() -> None:
    payload = _valid(" \n\n\t ... ,,, --- \n")
    assert payload["actors"] == [] and payload["deals"] == []


def test_text_without_entities() -> None:
    payload = _valid(
        "the cat sat on the mat and nothing at all happened here, again and again. " * 20
    )
    assert payload["actors"] == [] and payload["deals"] == [] and payload["places"] == []


def test_non_english_text() -> None:
    _valid(
        "Der Verteidigungsminister sagte am Dienstag, dass Deutschland 35 Kampfjets kauft. "
        "北京表示反对。Москва заявила о поставках. وقالت الوزارة إن الصفقة تمت"
    )


def test_two_megabytes_of_text_is_bounded() -> None:
    paragraph = (
        "ANKARA, May 14 (Reuters) - Turkey has agreed to sell 24 jet trainers to Malaysia "
        "in a deal worth $1.2 billion, Turkish Defence Minister Yusuf Demirci said.\n\n"
    )
    text = paragraph * (2_000_000 // len(paragraph) + 1)
    result = extract_text(text)
    assert any(a.name == "Yusuf Demirci" for a in result.actors)
    assert all(end <= MAX_CHARS for a in result.actors for _, end in a.evidence)


def test_one_huge_line_without_spaces() -> None:
    _valid("A" * 200_000)
    _valid("$" * 50_000 + "1" * 50_000)


def test_unicode_names_keep_exact_offsets() -> None:
    text = "Mexico's energy minister, Rocío Nahle García, said Pemex would pay €2 billion."
    result = extract_text(text)
    for item in result.actors:
        for start, end in item.evidence:
            assert text[start:end] in {item.name, *item.aliases}
