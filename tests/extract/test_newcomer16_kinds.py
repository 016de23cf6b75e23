"""Kinds a first-time user met on invented documents after the round-16 freeze (newcomer16
N16-01, N16-02, N16-07, N16-08, N16-10, N16-16), each with made-up sentences in several
wordings and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _actor(text: str, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in extract_text(text).actors if a.name == name)


# N16-10: a range of years is one date as written, not its first year alone.
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Deliveries of the frigates are due in 2029-2031, the navy said.", "2029-2031"),
        ("The radars will arrive in 2027–28 under the deal.", "2027–28"),
        ("Deliveries 2030 - 2032 were agreed.", "2030 - 2032"),
    ],
)
def test_a_year_range_is_one_date(text: str, whole: str) -> None:
    assert [d.text for d in extract_text(text).dates] == [whole]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The file dated 2027-05-12 was leaked.", ["2027"]),  # an ISO day, no range
        ("Output fell from 2031 - 2020 levels.", ["2031", "2020"]),  # not a forward span
        ("It ran from 2019 to 2021.", ["2019", "2021"]),  # two dates in words
    ],
)
def test_no_year_range_without_a_forward_dash(text: str, dates: list[str]) -> None:
    assert [d.text for d in extract_text(text).dates] == dates


# N16-16: "the bank" and a bare nationality word are evidence, never a stored alias.
def test_a_generic_head_noun_is_no_alias() -> None:
    text = (
        "The Orsk Development Bank (ODB) approved a $90 million loan to Kavala Water Ltd. "
        "The bank said the loan runs for 12 years, and the company will repay it from tariffs."
    )
    bank = _actor(text, "Orsk Development Bank")
    assert bank.aliases == ["ODB"]
    assert len(bank.evidence) >= 3  # name, acronym and "The bank" are still its mentions


def test_a_nationality_word_is_no_alias_of_a_firm() -> None:
    text = (
        "Brussels listed two Vendari companies on Monday. The targets are Vendari Shipbuilding "
        "Corporation and Oslet Marine. Buyers had considered Vendari drone makers before."
    )
    firm = _actor(text, "Vendari Shipbuilding Corporation")
    assert "Vendari" not in firm.aliases
    assert all(text[s:e] != "Vendari" for s, e in firm.evidence)


def test_a_firm_short_name_stays_an_alias() -> None:
    text = (
        "Halvik Aerospace Industries won a $40 million order from Norway. Halvik said the "
        "first aircraft leave in May, and Halvik's chairman welcomed the deal."
    )
    firm = _actor(text, "Halvik Aerospace Industries")
    assert "Halvik" in firm.aliases


def test_a_state_keeps_its_adjective() -> None:
    text = "Turkey will buy two ships. Turkish officials said the ships cost $300 million."
    assert "Turkish" in _actor(text, "Turkey").aliases
