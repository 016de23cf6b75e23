"""The memory edits and the never-suggest text form, without a window."""

from __future__ import annotations

import pytest

from briefdesk.editing.edits import apply_edits
from briefdesk.editing.memory import (
    decided_keys,
    forget_edits,
    format_never,
    never_for,
    never_rules,
    parse_never,
    remember_edits,
)
from briefdesk.extract.never import NeverSuggest
from briefdesk.model import Brief, Source


def _brief() -> Brief:
    return Brief(sources=[Source(id="a", text="One."), Source(id="b", text="Two.")])


def test_remember_adds_keys_once_per_source_and_forget_clears() -> None:
    brief = _brief()
    edits = remember_edits(brief, [("a", "actor:x"), ("a", "actor:x"), ("b", "place:y")], "w")
    assert [e.path for e in edits] == ["sources[0].dismissed", "sources[1].dismissed"]
    brief = apply_edits(brief, edits)
    assert decided_keys(brief, "a") == {"actor:x"}
    assert remember_edits(brief, [("a", "actor:x"), ("gone", "k"), ("a", "")], "w") == []
    brief = apply_edits(brief, forget_edits(brief, "a"))
    assert decided_keys(brief, "a") == set() and decided_keys(brief, "b") == {"place:y"}
    assert forget_edits(brief, "a") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Reuters", NeverSuggest("Reuters", "any")),
        ("Reuters:organization", NeverSuggest("Reuters", "organization")),
        ("  jan * : Person ", NeverSuggest("jan *", "person")),
        ("Ratio 3:2", NeverSuggest("Ratio 3:2", "any")),
        ("Kourou:international organization", NeverSuggest("Kourou", "international_organization")),
    ],
)
def test_parse_never(text: str, rule: NeverSuggest) -> None:
    assert parse_never(text) == rule
    assert parse_never(format_never(rule)) == rule


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        (":place", "empty"),
        (":", "before the ':'"),
        ("*:person", "every name"),
        ("? *", "every name"),
    ],
)
def test_a_bad_never_text_has_a_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_never(text)


def test_stored_list_skips_bad_entries_with_a_reason() -> None:
    rules, problems = never_rules(["Reuters", "", "Ankara:place"])
    assert rules == [NeverSuggest("Reuters"), NeverSuggest("Ankara", "place")]
    assert len(problems) == 1 and "empty" in problems[0]


def test_never_for_a_suggestion_matches_itself_only() -> None:
    rule = never_for("actors", "Star*Corp", "organization")
    assert rule is not None and rule.kind == "organization"
    assert rule.matches("organization", ["star*corp"])
    assert not rule.matches("organization", ["Starlight Corp"])
    assert never_for("places", "Beijing") == NeverSuggest("Beijing", "place")
    assert never_for("deals", "Jets (A → B)") is None
