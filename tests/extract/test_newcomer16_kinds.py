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


def _deals(text: str) -> list[tuple[str, str, str]]:
    return [(d.kind.value, d.seller, d.buyer) for d in extract_text(text).deals]


def _types(text: str) -> dict[str, str]:
    return {a.name: a.type.value for a in extract_text(text).actors}


# N16-01/N16-02: "from Turkish manufacturer Aselsan, X's Defence Minister Y told": the lower-case
# firm noun before the one-word name makes it a firm (the seller), not a person whose role is
# the apposition that names the minister.
@pytest.mark.parametrize(
    ("text", "firm", "buyer"),
    [
        (
            "Serevia signed a 90 million euro contract to buy six radars from Italian "
            "manufacturer Velmora, Serevia's Defence Minister Ana Kostic told reporters.",
            "Velmora",
            "Serevia",
        ),
        (
            "Kenya will buy two patrol boats for $40 million from Dutch shipbuilder Damsko, "
            "Navy Commander Jomo Ruto said.",
            "Damsko",
            "Kenya",
        ),
    ],
)
def test_a_firm_named_after_its_noun_is_the_seller(text: str, firm: str, buyer: str) -> None:
    assert _types(text)[firm] == "organization"
    assert any(seller == firm and b == buyer for _k, seller, b in _deals(text))


def test_a_person_after_a_job_noun_stays_a_person() -> None:
    text = "The plan was backed by lawmaker Petrova, a member of parliament, on Monday."
    assert _types(text)["Petrova"] == "person"


# N16-07: "The Tirelian Minister of Transport, X" in a text on "the Republic of Tirelia": the
# adjective of a name the text gives is no organisation; the minister is of that name.
@pytest.mark.parametrize(
    ("text", "person", "of"),
    [
        (
            "The loan was signed in the Republic of Tirelia. The Tirelian Minister of "
            "Transport, Ana Loureiro, welcomed it.",
            "Ana Loureiro",
            "Tirelia",
        ),
        (
            "Serevia will buy four radars. The Serevian Defence Minister, Marko Ilic, said "
            "the first arrives in 2027.",
            "Marko Ilic",
            "Serevia",
        ),
    ],
)
def test_a_nationality_word_before_a_title_is_no_body(text: str, person: str, of: str) -> None:
    result = extract_text(text)
    assert next(a for a in result.actors if a.name == person).affiliation == of
    assert all(a.name != of + "n" and a.name != of[:-1] + "an" for a in result.actors)


def test_a_body_before_a_title_stays_a_body() -> None:
    # (no "Velsa" in the text: "Velsan" is the firm's own name)
    text = "The Velsan Chief Executive, Ida Moen, said the Velsan plant opens in Oslo in May."
    assert _types(text).get("Velsan") == "organization"


# N16-07: "the first disbursement of $N" of a loan told before is no second loan.
@pytest.mark.parametrize(
    "text",
    [
        "Orsk Development Bank has signed a $300 million loan agreement with Kavala Water Ltd, "
        "the bank said on Monday.\n\nThe 12-year loan will finance a desalination plant, which "
        "Kavala Water operates under a licence. The plant adds two lines.\n\nIvo Ban, Chief "
        "Executive of Kavala Water, said the first disbursement of $80 million was expected in "
        "June.",
        "Lumen Bank agreed a EUR 120 million loan to Port Dravik Ltd. The second tranche of "
        "EUR 40 million follows next year, the port said.",
    ],
)
def test_a_disbursement_is_no_second_loan(text: str) -> None:
    assert len(extract_text(text).deals) == 1


def test_a_disbursement_approved_on_its_own_is_a_deal() -> None:
    text = "The IMF approved a disbursement of $45 million to Honduras on Friday."
    assert [d.value.amount for d in extract_text(text).deals if d.value] == [45_000_000]
