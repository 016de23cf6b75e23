"""Kinds a first-time user met that round 11 left (newcomer11 N11-09, N11-23), each with
made-up paraphrases and negatives that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _orgs(text: str) -> set[str]:
    return {
        a.name
        for a in extract_text(text).actors
        if a.type in ("organization", "international_organization")
    }


# N11-23: a body's name then a post ("World Bank Country Director for X") names the body only.
@pytest.mark.parametrize(
    ("text", "body", "post"),
    [
        (
            '"The dykes matter," said Lena Ortiz, World Bank Country Director for Kenya.',
            "World Bank",
            "World Bank Country Director for Kenya",
        ),
        (
            "Tomas Rehn, the Asian Development Bank Resident Representative for Laos, said so.",
            "Asian Development Bank",
            "Asian Development Bank Resident Representative for Laos",
        ),
        (
            "The meeting was chaired by the Harbour Group Managing Director.",
            "Harbour Group",
            "Harbour Group Managing Director",
        ),
        (
            "said Anna Berg, the IMF Resident Representative in Kenya.",
            "IMF",
            "IMF Resident",
        ),
    ],
)
def test_a_post_after_a_body_is_no_body(text: str, body: str, post: str) -> None:
    orgs = _orgs(text)
    assert body in orgs
    assert post not in orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Board of Directors of Lumen Bank met on Monday.", "Lumen Bank"),
        ("Kestrel Bank Director Ana Lima signed the loan.", "Kestrel Bank"),
    ],
)
def test_bodies_with_posts_around_them_keep_their_names(text: str, org: str) -> None:
    assert org in _orgs(text)


def _deals(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (d.kind, d.value.as_stated if d.value else "", d.buyer, d.seller)
        for d in extract_text(text).deals
    ]


# N11-23: the second part of a package told in its own clause, with its own funder as subject.
@pytest.mark.parametrize(
    ("text", "grant"),
    [
        (
            "The Asian Development Bank is co-financing the road with a $150 million loan, and "
            "the Government of the Netherlands is providing a grant of €25 million for training.",
            ("grant", "€25 million", "", "Netherlands"),
        ),
        (
            "Lumen Bank will lend $80 million; Norway will add a grant of $12 million for the "
            "clinics.",
            ("grant", "$12 million", "", "Norway"),
        ),
    ],
)
def test_a_package_part_funded_by_its_own_clause_subject(
    text: str, grant: tuple[str, str, str, str]
) -> None:
    assert grant in _deals(text)


def test_a_loan_does_not_take_the_next_parts_item() -> None:
    text = (
        "The Asian Development Bank is co-financing the road with a $150 million loan, and the "
        "Government of the Netherlands is providing a grant of €25 million for technical "
        "assistance."
    )
    items = {d.kind: d.item for d in extract_text(text).deals}
    assert items == {"loan": "", "grant": "technical assistance"}


def test_a_loan_keeps_its_own_for_item() -> None:
    text = "Lumen Bank approved a $300 million loan to Kenya for a water treatment plant."
    [deal] = extract_text(text).deals
    assert deal.item == "water treatment plant"


# N11-09: "X said on Thursday it had sold ...": the speaker is the one who sells.
@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Brightwater Metals said on Thursday it had sold its 20 percent stake in the Tres "
            "Quebradas project to state miner Andes Copper Corp for $185 million.",
            "Andes Copper Corp",
            "Brightwater Metals",
        ),
        (
            "Kenya said last week it would buy six patrol boats from Halden Yards for $90 million.",
            "Kenya",
            "Halden Yards",
        ),
        (
            "Marlow Minerals said in a statement that it had sold its copper unit to Zhen Metals "
            "for $40 million.",
            "Zhen Metals",
            "Marlow Minerals",
        ),
    ],
)
def test_the_speaker_who_says_it_trades_is_the_side(text: str, buyer: str, seller: str) -> None:
    [deal] = extract_text(text).deals
    assert (deal.buyer, deal.seller) == (buyer, seller)


def test_a_speaker_reporting_others_is_no_side() -> None:
    text = (
        "A State Department official said on Monday the firms had shipped fuel worth $5 million "
        "to Iran."
    )
    [deal] = extract_text(text).deals
    assert "State Department" not in (deal.buyer, deal.seller)


# N11-09: "X, a joint venture between A and B" is an organisation.
@pytest.mark.parametrize(
    "text",
    [
        "The province granted a 30-year concession on the Salar de Antofalla to Kaiyuan-Southern "
        "Lithium, a joint venture between China's Kaiyuan Minerals Group and Australia's Southern "
        "Cross Brine Ltd.",
        "The licence went to Orvel Marine, a joint venture formed by two Danish shipowners.",
    ],
)
def test_a_joint_venture_named_in_apposition_is_an_organisation(text: str) -> None:
    name = "Kaiyuan-Southern Lithium" if "Kaiyuan" in text else "Orvel Marine"
    assert name in _orgs(text)
