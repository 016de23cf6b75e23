"""The template context: plain data only, formatted for readers, every string cleaned."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from briefdesk.export.context import build_context, join_words, money_full, money_short
from briefdesk.export.probe import full_brief, minimal_brief
from briefdesk.model import Brief
from briefdesk.samples import load_sample

PLAIN = (str, int, bool, type(None))


def _walk(value: Any, path: str = "") -> list[str]:
    """Paths of every value that is not plain data."""
    if isinstance(value, dict):
        bad = [f"{path}: key {k!r}" for k in value if not isinstance(k, str)]
        return bad + [p for k, v in value.items() for p in _walk(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _walk(v, f"{path}[{i}]")]
    return [] if isinstance(value, PLAIN) else [f"{path}: {type(value).__name__}"]


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_context_is_plain_data_for_every_kind_of_brief(brief: Brief) -> None:
    for b in (brief, full_brief(), minimal_brief(), load_sample()):
        context = build_context(b)
        assert _walk(context) == []
        assert json.loads(json.dumps(context)) == context


def test_full_and_minimal_briefs_have_the_same_top_level_keys() -> None:
    assert build_context(full_brief()).keys() == build_context(minimal_brief()).keys()


def test_money_both_ways(brief: Brief) -> None:
    value = build_context(brief)["deals"][0]["value"]
    assert value["short"] == "USD 1.6 billion"
    assert value["full"] == "USD 1,600,000,000"
    assert value["as_stated"] == "$1.6 billion"
    assert value["text"] == "USD 1.6 billion (stated as “$1.6 billion”)"
    assert value["amount"] == "1600000000"


def test_money_formatting_is_exact() -> None:
    assert money_short(Decimal("1234567"), "EUR") == "about EUR 1.23 million"
    assert money_short(Decimal("250000"), "GBP") == "GBP 250,000"
    assert money_short(Decimal("2000000000000"), "USD") == "USD 2 trillion"
    assert money_full(Decimal("1500.50"), "USD") == "USD 1,500.5"


def test_judgments_carry_likelihood_words_and_ranges(brief: Brief) -> None:
    first, second = build_context(brief)["judgments"]
    assert first["likelihood_words"] == "likely"
    assert first["likelihood_range"] == "55–80%"
    assert (first["likelihood_low"], first["likelihood_high"]) == (55, 80)
    assert first["assessment"] == "Likely (55–80%), moderate confidence."
    # N13-21: "_label" is the printable words, as deals' kind_label and status_label.
    assert (first["likelihood_label"], first["confidence_label"]) == (
        "Likely",
        "Moderate confidence",
    )
    assert first["sentence"].endswith("12 months.")
    assert first["citations"] == "[2]"
    assert second["likelihood_words"] == "roughly even chance"
    unsure = brief.model_copy(deep=True)
    unsure.significance.judgments[0].likelihood = None
    alone = build_context(unsure)["judgments"][0]["assessment"]
    assert alone == "Moderate confidence."  # a sentence of its own starts with a capital


def test_sources_are_numbered_with_grades_and_evidence_cites_them(brief: Brief) -> None:
    context = build_context(brief)
    assert [(s["ref"], s["grade"]) for s in context["sources"]] == [("[1]", "B2"), ("[2]", "C3")]
    assert context["sources"][0]["citation_graded"].endswith("Grade B2.")
    deal = context["deals"][0]
    assert deal["cites"] == [1]
    assert deal["citations"] == "[1]"
    named = {role: names for role, names in deal["parties_by_role"].items() if names}
    assert named == {"buyer": "Karvonia", "seller": "Westmark Aerospace"}


def test_actors_grouped_by_type_and_affiliation_resolved(brief: Brief) -> None:
    context = build_context(brief)
    assert [g["label"] for g in context["actor_groups"]] == ["States", "Organisations", "People"]
    assert [a["name"] for a in context["actors_by_type"]["states"]] == ["Karvonia", "Daltria"]
    marrow = context["actors_by_type"]["people"][0]
    assert marrow["affiliation"] == "Karvonia"
    assert marrow["role_and_affiliation"] == "Defence Minister, Karvonia"
    assert marrow["country_name"] == "Finland"


def test_prose_fields_come_plain_and_as_paragraphs(brief: Brief) -> None:
    context = build_context(brief)
    assert "**" not in context["bluf"]
    assert context["bluf"].startswith("Karvonia has signed a USD 1.6 billion deal")
    runs = context["bluf_paragraphs"][0]["runs"]
    assert {"text": "USD 1.6 billion", "bold": True, "italic": False} in runs
    assert [p["style"] for p in context["considerations_paragraphs"]] == [
        "number",
        "number",
        "body",
    ]


def test_marking_label_and_tlp_colour(brief: Brief) -> None:
    marking = build_context(brief)["marking"]
    assert marking["label"] == "TLP:AMBER"
    assert marking["colour"] == "FFC000"
    assert marking["background"] == "000000"
    assert build_context(minimal_brief())["marking"]["label"] == ""


def test_control_characters_are_stripped_from_every_string(brief: Brief) -> None:
    dirty = brief.model_copy(deep=True)
    dirty.header.title = "Title\x00\x01 with \x1b junk"
    dirty.bluf = "BLUF\x0b text"
    dirty.actors[0].name = "Kar\x08vonia"
    dirty.significance.judgments[0].indicators = ["watch\x0c this"]
    strings = _strings(build_context(dirty))
    assert not [s for s in strings if any(ord(c) < 32 and c not in "\t\n" for c in s)]
    context = build_context(dirty)
    assert context["title"] == "Title with  junk"
    assert context["actors"][0]["name"] == "Karvonia"


def test_join_words() -> None:
    assert join_words([]) == ""
    assert join_words(["A"]) == "A"
    assert join_words(["A", "B"]) == "A and B"
    assert join_words(["A", "", "B", "C"], "or") == "A, B or C"
