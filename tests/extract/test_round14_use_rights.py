"""Round 14: deals news tells without a price or a contract noun — a lease or a charter (the
owner after "from" sells the use, the user after "to" buys it), a gift in kind (the receiver as
the first object, counted goods as the second, or "hand over ... to"); a status that changes
later in the same sentence ("signed in 2024 but has since been cancelled"); and time phrases
that are no habit ("a year after", "which was delivered"). Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_more import is_unpriced_deal
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.deal_use_rights import gift, use_or_gift

# A priced deal first: the sentence under test is then read by the unpriced pass. Its buyer is a
# state the registry knows: with a made-up one ("Ruritania's navy") the buyer is missing, and
# since r14-sides' apposition reader names "to a private terminal company, X," the side carried
# from the next sentence took X as that deal's buyer (merge mend; since round 15 a next sentence
# that brings in a deal of its own, "A lease of ...", lends no side: test_round15_introduced).
_PRICED = (
    "Ghana's navy signed a $40 million contract with Harlan Marine Ltd for two patrol boats "
    "on Monday. "
)


def _second(sentence: str) -> tuple[str, str, str, str] | None:
    deals = extract_text(_PRICED + sentence).deals
    if len(deals) < 2:
        return None
    return deals[1].kind, deals[1].buyer, deals[1].seller, deals[1].status


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "Santiago is also weighing a proposal to lease a used fleet tanker from Britain, "
            "an official said.",
            "Chile",
            "United Kingdom",
        ),
        (
            "The province proposed in June to charter three ferries from Kaigan Kisen Co. Ltd "
            "of Osaka for the island routes.",
            "",
            "Kaigan Kisen Co. Ltd",
        ),
        (
            "A plan to rent 20 electric buses from Germany's Stadtmobil Leasing GmbH was "
            "approved by the council on Friday.",
            "",
            "Stadtmobil Leasing GmbH",
        ),
        (
            "Andina Telecom SA has separately agreed to lease space on about 2,500 masts from "
            "Andes Tower Holdings SA for the new radios.",
            "Andina Telecom SA",
            "Andes Tower Holdings SA",
        ),
        (
            "A lease of the old fish wharf to a private terminal company, Coral Bulk Handlers "
            "Ltd, was signed on Monday.",
            "Coral Bulk Handlers Ltd",
            "",
        ),
    ],
)
def test_a_lease_or_charter_is_a_deal_with_its_owner_and_user(
    sentence: str, buyer: str, seller: str
) -> None:
    found = _second(sentence)
    assert found is not None
    assert (found[1], found[2]) == (buyer, seller)


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "Japan will give the Port Authority of Kribi two mobile harbour cranes.",
            "Port Authority of Kribi",
            "Japan",
        ),
        (
            "Australia will hand over three patrol boats to the Tonga Maritime Force next year.",
            "Tonga Maritime Force",
            "Australia",
        ),
        (
            "Korea offered Paraguay 12 fire engines, to be delivered in April.",
            "Paraguay",
            "South Korea",
        ),
    ],
)
def test_goods_given_without_a_price_are_a_grant(sentence: str, buyer: str, seller: str) -> None:
    found = _second(sentence)
    assert found is not None
    assert found[:3] == ("grant", buyer, seller)


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan hands over patrol boat to Tonga",  # a headline: the body tells it again
        "Japan will give Tonga $12 million for the new wharf.",  # priced: the priced pass reads it
        "The minister gave reporters few details of the lease.",
        "He said the talks would give Tonga three more years to decide.",
    ],
)
def test_not_a_lease_or_gift_told_here(sentence: str) -> None:
    assert not gift(sentence)
    assert not use_or_gift(sentence)


def test_a_headline_gift_is_left_to_the_body() -> None:
    text = (
        "Japan hands over patrol boat to Tonga\n\n"
        "NUKU'ALOFA — Japan has handed over the patrol boat Fua to Tonga under its security "
        "assistance programme, the embassy said on Monday.\n"
    )
    deals = extract_text(text).deals
    assert [(d.kind, d.buyer, d.seller) for d in deals] == [("grant", "Tonga", "Japan")]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The contract was signed in January but has since been suspended.", "suspended"),
        ("The lease was signed in 2022 and has since been cancelled by the port.", "cancelled"),
        ("The agreement was signed in May and has since been approved by parliament.", "approved"),
        # a cue after "since" with no "has": still background
        ("The plant has run well since being suspended in 2019.", "reported"),
        ("The line reopened after the contract had been suspended.", "reported"),
    ],
)
def test_has_since_been_is_the_status_now(sentence: str, status: str) -> None:
    assert deal_status(sentence, True) == status


@pytest.mark.parametrize(
    ("sentence", "deal"),
    [
        (
            "The talks come a year after Vietnam's order for 20 Australian-made armoured "
            "ambulances, which were delivered in June.",
            True,
        ),
        (
            "The minister recalled that the government had signed with Hunan Dam Works Co. a "
            "contract for the Kiri dam, which was concluded last year.",
            True,
        ),
        # a habit: still no deal of its own
        ("Kenya still buys 4.5 bcm of gas a year from Tanzania under the contract.", False),
        ("Tanzania, which also supplies Uganda, buys pipes from Hanmi Steel Co.", False),
    ],
)
def test_time_phrases_are_no_habit(sentence: str, deal: bool) -> None:
    assert is_unpriced_deal(sentence) is deal


def test_a_charter_told_again_with_goods_named_before_is_one_deal() -> None:
    text = (
        "ILOILO CITY — The provincial board on Tuesday approved the charter of two fast ferries "
        "from a Japanese operator. "
        "The province proposed in March to charter the vessels from Kaigan Kisen Co. Ltd for "
        "three years."
    )
    deals = extract_text(text).deals
    assert [d.seller for d in deals] == ["Japan"]


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The province proposed to charter the vessels from Kaigan Kisen Co. Ltd.", False),
        ("It plans to lease them from Rheinbahn GmbH.", False),
        ("The port will lease the old wharf from Danao Holdings.", True),
        ("A plan to lease 40 electric locomotives from Rheinbahn GmbH was approved.", True),
    ],
)
def test_goods_named_before_tell_no_new_lease(sentence: str, told: bool) -> None:
    assert use_or_gift(sentence) is told
