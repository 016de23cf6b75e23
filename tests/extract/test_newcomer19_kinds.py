"""Kinds a first-time user met on invented documents in round 19 (newcomer19 N19-01, N19-03,
N19-05, ...), each with made-up sentences in several wordings and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.party_possessive import possessive_role
from briefdesk.extract.status_grammar import held_back, prepared


def _sides(text: str) -> list[tuple[str, str]]:
    return [(d.buyer, d.seller) for d in extract_text(text).deals]


# N19-01: the owner of "X's <amount> contract to buy … from Y" buys; the kin ("X's contract for
# … from Y", "X's plan to buy", "X's deal to acquire") likewise; "X's contract to supply" sells.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Parliament voted to suspend the Interior Ministry's EUR 290 million contract to buy "
            "twelve helicopters from the Italian manufacturer Vantor Aerospace.",
            ("Interior Ministry", "Vantor Aerospace"),
        ),
        (
            "The Defence Ministry's $290 million contract to buy twelve helicopters from Airbus "
            "was signed in May.",
            ("Defence Ministry", "Airbus"),
        ),
        (
            "Kenya's $40 million contract for six patrol boats from Damen Shipyards was signed "
            "on Monday.",
            ("Kenya", "Damen Shipyards"),
        ),
        (
            "Acme Corp's 290 million euro deal to acquire Beta Systems from Gamma Holdings closed "
            "on Monday.",
            ("Acme Corp", "Gamma Holdings"),
        ),
        (
            "Kenya's plan to buy six patrol boats from Damen Shipyards for $40 million was "
            "approved on Monday.",
            ("Kenya", "Damen Shipyards"),
        ),
    ],
)
def test_the_owner_of_a_contract_to_buy_buys(text: str, sides: tuple[str, str]) -> None:
    assert sides in _sides(text)


@pytest.mark.parametrize(
    ("after", "role"),
    [
        ("'s EUR 290 million contract to buy twelve", "buyer"),
        ("'s $40m deal to acquire a stake", "buyer"),
        ("'s US$40 million order for six boats", "buyer"),
        ("'s contract for six boats from Damen", "buyer"),
        ("'s $1.2 billion purchase of jets", "buyer"),
        ("'s EUR 50 million contract to supply radars", "seller"),
        ("'s deal to build six boats", "seller"),
        ("'s export of rifles", "seller"),
        # negatives: a plan to build names no builder; a contract with no direction; no deal
        ("'s plan to build a dam", None),
        ("'s contract with Damen", None),
        ("'s contract for six boats was signed", None),
        ("'s chief executive said", None),
    ],
)
def test_possessive_roles(after: str, role: str | None) -> None:
    found = possessive_role(after, loan=False)
    assert (found[0] if found else None) == role


def test_a_lenders_possessive_loan() -> None:
    assert possessive_role("'s EUR 200 million loan to", loan=True) == (
        "seller",
        'possessive "\'s EUR 200 million loan"',
    )
    assert possessive_role("'s contract to buy", loan=True) is None


# N19-03: a status word a needing verb governs ("needs approval by", "requires the go-ahead",
# "seeks cabinet approval", "must approve", "once the board approves it") is still to come: no
# approval, and the deal waits (a step down, as "subject to Board approval" always was).
@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The $50 million loan needs approval by the board.", "proposed"),
        ("The $50 million sale requires approval by parliament.", "proposed"),
        ("The ministry seeks approval by cabinet for the $50 million purchase.", "proposed"),
        ("The $50 million loan needs the board's go-ahead.", "proposed"),
        ("The $50 million purchase needs a green light from parliament.", "proposed"),
        ("The $50 million contract awaits the green light of parliament.", "proposed"),
        # after "once" or "if" the approval is no status, and no step down
        ("The bank will lend Zambia $120 million once the board approves it.", "approved"),
        ("If approved, the $50 million loan would fund a dam.", "reported"),
        ("Parliament must approve the $50 million contract.", "reported"),
        ("The $50 million contract must still be signed by the minister.", "reported"),
        ("The ministry asked parliament to ratify the $50 million contract.", "reported"),
        # waiting for a signature is no step down: the approval stands
        (
            "The board has approved a $50 million loan, subject to the signature of a supply "
            "contract.",
            "approved",
        ),
        # negatives: the approval or signature happened
        ("The board has approved the $50 million loan.", "approved"),
        ("The $50 million deal was signed once the board had approved it.", "signed"),
        ("The $50 million deal was signed after the board approved it.", "signed"),
        ("The $50 million sale, which needed no further approval, was signed on Monday.", "signed"),
        ("The $50 million deal has been signed and needs no approval.", "signed"),
    ],
)
def test_a_needed_approval_is_no_status(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


# N19-05: a vote or decision to stop a deal is the stop ("voted 131 to 87 to suspend"); wanting,
# threatening or planning to is not.
@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Late last night the National Assembly voted 131 to 87 to suspend the ministry's "
            "EUR 290 million contract to buy twelve helicopters.",
            "suspended",
        ),
        ("Parliament voted to suspend the $290 million contract.", "suspended"),
        ("The board agreed to suspend the $290 million loan.", "suspended"),
        ("Parliament moved to freeze the $290 million deal.", "suspended"),
        ("The court ordered the ministry to suspend the $290 million contract.", "suspended"),
        ("The cabinet decided to cancel the $290 million contract.", "cancelled"),
        ("The senate voted to block the $290 million sale.", "suspended"),
        ("The opposition wants to suspend the $290 million contract.", "reported"),
        ("The opposition threatened to cancel the $290 million contract.", "reported"),
        (
            "Parliament will vote next week on whether to suspend the $290 million contract.",
            "reported",
        ),
        ("The government plans to cancel the $290 million contract.", "proposed"),
    ],
)
def test_a_decided_stop_is_the_status(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


def test_a_suspended_contract_keeps_its_later_signature_as_background() -> None:
    text = (
        "Parliament voted to suspend the Interior Ministry's EUR 290 million contract to buy "
        "twelve helicopters from Vantor Aerospace. The contract was signed on 9 October."
    )
    deal = next(d for d in extract_text(text).deals if d.value)
    assert (deal.buyer, deal.seller, deal.status) == (
        "Interior Ministry",
        "Vantor Aerospace",
        "suspended",
    )


def _deal(text: str):  # type: ignore[no-untyped-def]
    return next(d for d in extract_text(text).deals if d.value)


# N19-03: a stake bought or sold is the item, in the text's words, up to the word that leaves
# the name; "70% of the X project" after a buying verb is a stake too.
@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Halvard Minerals has agreed to buy a 70% stake in the Cerro Ayllu copper project in "
            "southern Peru from Minera Quilcapampa for $450 million.",
            "70% stake in the Cerro Ayllu copper project",
        ),
        (
            "Acme Mining agreed to sell its 40% stake in the Rio Blanco gold mine to Beta "
            "Resources Ltd for $120 million.",
            "40% stake in the Rio Blanco gold mine",
        ),
        (
            "Acme Mining bought a 40% stake in Beta Resources Ltd for $120 million.",
            "40% stake in Beta Resources Ltd",
        ),
        (
            "Halvard Minerals agreed on 24 November to buy 70% of the Cerro Ayllu copper project "
            "from Minera Quilcapampa for $450 million.",
            "70% of the Cerro Ayllu copper project",
        ),
        # negatives: a stake with no "in" names no more than the kind; a share of its gas is
        # no stake
        ("Acme Mining bought a 40% stake for $120 million.", ""),
    ],
)
def test_a_stake_is_the_item(text: str, item: str) -> None:
    deal = _deal(text)
    assert (deal.item, deal.kind) == (item, "acquisition")


def test_a_share_of_goods_is_no_stake() -> None:
    deal = _deal("Acme Power will buy 70% of its gas from Gazprom for $40 million a year.")
    assert deal.kind != "acquisition" and "%" not in deal.item


# N19-03: a name read as a place only after a locative ("from X") is the company the text names
# elsewhere; a place another rule found, or a name no body bears, stays a place.
def test_a_place_named_as_a_company_elsewhere_is_that_company() -> None:
    text = (
        "Halvard Minerals has agreed to buy a 70% stake in the Cerro Ayllu copper project in "
        "southern Peru from Minera Quilcapampa for $450 million, the biggest of four deals.\n\n"
        "* Peru - Halvard Minerals agreed to buy 70% of the project from Minera Quilcapampa "
        "for $450 million."
    )
    ex = extract_text(text)
    assert "Minera Quilcapampa" not in [p.name for p in ex.places]
    assert ("organization", "Minera Quilcapampa") in [(a.type, a.name) for a in ex.actors]
    deal = next(d for d in ex.deals if d.item.startswith("70% stake"))
    assert (deal.buyer, deal.seller) == ("Halvard Minerals", "Minera Quilcapampa")


def test_a_place_no_body_bears_stays_a_place() -> None:
    text = "The smelter in Quilcapampa will open in May. Andes Copper said it would bid."
    ex = extract_text(text)
    assert "Quilcapampa" in [p.name for p in ex.places]
    text = "Acme Mining will build a smelter in Tarapaca. Tarapaca Holdings said it would bid."
    assert "Tarapaca" in [p.name for p in extract_text(text).places]


# N19-09: a passive award with no agent ("has been awarded to Y") is the award of the body that
# announces it ("The Ministry also announced that ..."), or of the body whose release it is.
@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        (
            "The Ministry of Energy signed a loan today. The Ministry also announced that the "
            "US$610 million engineering, procurement and construction contract for the dam has "
            "been awarded to Albufeira Construcoes SA of Portugal, selected from five bidders.",
            "Ministry of Energy",
        ),
        (
            "The Kenya Roads Authority said the $50 million contract for the bypass had been "
            "awarded to Acme Builders Ltd.",
            "Kenya Roads Authority",
        ),
        (
            "MINISTRY OF WORKS AND TRANSPORT\nPRESS RELEASE\nNairobi, 3 March 2026\nThe Ministry "
            "of Works and Transport today published the tender results. The $50 million contract "
            "for the Kisumu bypass has been awarded to Acme Builders Ltd.",
            "Ministry of Works and Transport",
        ),
        # negatives: an outlet, a person, a legislature; the winner's own news; an agent named;
        # no announcer and no release
        (
            "Reuters reported that the $50 million contract for the bypass had been awarded to "
            "Acme Builders Ltd.",
            "",
        ),
        (
            "Finance Minister John Mbeki said the $50 million contract for the bypass had been "
            "awarded to Acme Builders Ltd.",
            "",
        ),
        (
            "Parliament said the $50 million contract for the bypass had been awarded to Acme "
            "Builders Ltd.",
            "",
        ),
        (
            "Acme Builders Ltd announced that it had been awarded a $50 million contract for the "
            "bypass.",
            "",
        ),
        (
            "The Kenya Roads Authority said the $50 million contract had been awarded to Acme "
            "Builders Ltd by the Ministry of Transport.",
            "Ministry of Transport",
        ),
        ("The $50 million contract for the bypass has been awarded to Acme Builders Ltd.", ""),
    ],
)
def test_the_announcer_of_an_award_awarded_it(text: str, buyer: str) -> None:
    deal = _deal(text)
    assert (deal.buyer, deal.seller) == (
        buyer,
        "Acme Builders Ltd" if "Acme" in text else deal.seller,
    )


# The step down binds to the step-down statuses only: "status in _STEP_DOWN and (pending or
# waits)", never "(status in _STEP_DOWN and pending) or waits" — a cancelled or suspended deal
# whose sentence also says an approval is needed keeps its stop (and no KeyError).
@pytest.mark.parametrize(
    ("status", "held"),
    [
        ("signed", "approved"),
        ("approved", "proposed"),
        ("reported", "proposed"),
        ("cancelled", "cancelled"),
        ("suspended", "suspended"),
        ("agreed", "agreed"),
    ],
)
def test_waiting_steps_down_only_the_step_down_statuses(status: str, held: str) -> None:
    lowered = prepared("the loan needs approval by the board, which voted to cancel it.")
    assert held_back(lowered, status) == held
