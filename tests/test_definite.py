""" "the United States", "Pakistan": the article lists are linted, and the rule reads them."""

from __future__ import annotations

import pytest

from briefdesk.definite import by_head_rule, the_heads, the_names, with_the
from briefdesk.resources_access import read_resource_text
from briefdesk.world import world


@pytest.mark.parametrize("name", ["english/the_names.txt", "english/the_heads.txt"])
def test_lists_are_sorted_unique_and_clean(name: str) -> None:
    entries = [
        line
        for line in read_resource_text(name).splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert entries, f"{name} is empty"
    assert entries == sorted(set(entries)), f"{name} is not sorted and unique"
    assert all(e == " ".join(e.split()) for e in entries), f"{name} has stray spaces"
    assert not [e for e in entries if e.lower().startswith("the ")], "write names without 'the'"


def test_no_listed_name_is_already_given_the_by_its_head_word() -> None:
    redundant = sorted(n for n in the_names() if by_head_rule(n))
    assert not redundant, f"the head rule already covers {redundant}: drop them from the list"


def test_every_state_the_registry_spells_with_the_is_listed() -> None:
    """countryinfo writes "The Bahamas", "The Gambia": the short form must take it too."""
    spelled = {c.name[4:] for c in world().countries.values() if c.name.startswith("The ")}
    spelled |= {n[4:] for n in world().names if n.startswith("The ")}
    assert spelled, "the registry no longer spells any state with 'The'"
    missing = sorted(n for n in spelled if not (n in the_names() or by_head_rule(n)))
    assert not missing, f"add to resources/english/the_names.txt: {missing}"


def test_listed_states_are_names_the_registry_knows() -> None:
    states = {
        "Bahamas",
        "Comoros",
        "Gambia",
        "Maldives",
        "Netherlands",
        "Philippines",
        "Seychelles",
        "UAE",
        "UK",
        "US",
        "USA",
    }
    assert states <= the_names()
    assert all(world().code_of(n) for n in states)
    assert "Ministry" in the_heads()


@pytest.mark.parametrize(
    ("name", "start", "expected"),
    [
        ("United States", True, "The United States"),
        ("United Kingdom", False, "the United Kingdom"),
        ("Philippines", False, "the Philippines"),
        ("Netherlands", True, "The Netherlands"),
        ("Czech Republic", False, "the Czech Republic"),
        ("Republic of Korea", True, "The Republic of Korea"),
        ("Solomon Islands", False, "the Solomon Islands"),
        ("U.S.", True, "The U.S."),
        ("Ministry of Defence", True, "The Ministry of Defence"),
        ("Philippine Navy", False, "the Philippine Navy"),
        ("World Bank", False, "the World Bank"),
        ("The Gambia", False, "the Gambia"),
        ("the Netherlands", True, "The Netherlands"),
        ("Pakistan", True, "Pakistan"),
        ("Britain", False, "Britain"),
        ("Lockheed Martin", True, "Lockheed Martin"),
        ("Deutsche Bank", True, "Deutsche Bank"),
        (
            "Kuwait Fund for Arab Economic Development",
            False,
            "the Kuwait Fund for Arab Economic Development",
        ),
        ("Saint Kitts and Nevis", False, "Saint Kitts and Nevis"),
    ],
)
def test_with_the(name: str, start: bool, expected: str) -> None:
    assert with_the(name, start=start) == expected
