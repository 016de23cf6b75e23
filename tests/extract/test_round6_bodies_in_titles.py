"""Round 6 (continued), tuning articles 144-163: the body after a title's "of the" is the
organisation, not the title ("the Country Director of the Asian Development Bank"); two firms
joined by "and" when the second ends with its legal form; a coined bank "of" its town. Made-up
sentences, with negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _orgs(text: str) -> set[str]:
    return {
        a.name
        for a in extract_text(text).actors
        if a.type.value in {"organization", "international_organization"}
    }


@pytest.mark.parametrize(
    ("text", "body", "title"),
    [
        (
            "It was signed by the Country Director of the Asian Development Bank (ADB) for "
            "Uzbekistan, Ms. Kirsten Hollmann.",
            "Asian Development Bank",
            "Country Director of the Asian Development Bank",
        ),
        (
            "It was signed by the Director General of the Swedish Defence Materiel "
            "Administration (FMV), Åsa Lindberg.",
            "Swedish Defence Materiel Administration",
            "Director General of the Swedish Defence Materiel Administration",
        ),
        (
            "It was signed by H.E. Maha Hamad, Undersecretary of the Ministry of Heritage and "
            "Tourism, and Hon. Ali Mzee.",
            "Ministry of Heritage and Tourism",
            "Ministry of Heritage",
        ),
    ],
)
def test_the_body_after_a_title(text: str, body: str, title: str) -> None:
    orgs = _orgs(text)
    assert body in orgs
    assert title not in orgs


def test_a_remit_after_a_title_is_no_body() -> None:
    assert not _orgs("Eng. Tarek Adel, Minister of Petroleum and Mineral Resources, spoke.")


def test_two_firms_joined_by_and() -> None:
    orgs = _orgs(
        "Kvitnes Defence AS won the order. Later Kvitnes Defence and Al Dhafran Integrated "
        "Systems LLC signed a second one."
    )
    assert "Al Dhafran Integrated Systems LLC" in orgs
    assert not any(" and " in name for name in orgs)


@pytest.mark.parametrize(
    "firm", ["Marks and Spencer Group", "Research and Development Company Ltd"]
)
def test_one_firm_with_and_in_its_name(firm: str) -> None:
    assert any(firm in name for name in _orgs(f"The {firm} said sales rose."))


def test_a_coined_bank_of_its_town() -> None:
    extraction = extract_text("OFAC listed Asia Tenir Commercial Bank of Bishkek on Monday.")
    assert "Asia Tenir Commercial Bank" in {a.name for a in extraction.actors}
    assert "Bishkek" in {p.name for p in extraction.places}


@pytest.mark.parametrize("bank", ["Bank of Baroda", "National Bank of Abu Dhabi"])
def test_a_bank_named_after_its_town_stays_whole(bank: str) -> None:
    assert bank in _orgs(f"The {bank} said profits rose.")
