"""Round 20: what the draft writes (newcomer19 N19-01/N19-02 and the brief's items 1, 2, 4).

Every party on a side is named in the drafted title and BLUF ("A and B loan to X"), with the
verb agreeing; a deal with one known side and an item is titled by who does what; a deal made
from selected words is titled as a draft titles a brief. Made-up names throughout."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.co_parties import joined, plural_verb, sides_of
from briefdesk.editing.deal_follow import titles_following
from briefdesk.editing.deal_from_text import deal_from_selection
from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.editing.draft import brief_title, draft
from briefdesk.editing.draft_one_side import one_side_title
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.source_voice import Voice
from briefdesk.extract.results import ActorSuggestion, DealSuggestion, Extraction, MoneySuggestion
from briefdesk.model import Actor, Brief, DealParty, Source
from briefdesk.model.codes import ActorType, DealKind, PartyRole

LOAN = (
    "Zambia signs dam loan\n\n"
    "The Ministry of Finance signed a US$620 million loan agreement with a consortium of "
    "Harwick Bank and the Tellmar Development Bank to finance the Lusiwa Gorge dam.\n"
)


def _at(words: str) -> list[tuple[int, int]]:
    start = LOAN.index(words)
    return [(start, start + len(words))]


def _loan_reading(more: list[str]) -> Extraction:
    names = ("Ministry of Finance", "Harwick Bank", "Tellmar Development Bank")
    actors = [
        ActorSuggestion(name, "organization", evidence=_at(name))  # type: ignore[arg-type]
        for name in names
    ]
    money = MoneySuggestion(Decimal("620000000"), "USD", "US$620 million", _at("US$620 million"))
    deal = DealSuggestion(
        kind="loan",  # type: ignore[arg-type]
        value=money,
        buyer="Ministry of Finance",
        seller="Harwick Bank",
        buyer_key=actors[0].key,
        seller_key=actors[1].key,
        more_sellers=more,
        status="signed",  # type: ignore[arg-type]
        evidence=_at("The Ministry of Finance signed"),
    )
    return Extraction(actors=actors, deals=[deal])


def _drafted(more: list[str]) -> Brief:
    brief = Brief(sources=[Source(id="src-1", text=LOAN)])
    return apply_edits(brief, draft(brief, "src-1", _loan_reading(more)))


def test_a_consortium_loan_is_drafted_with_both_lenders_in_title_and_bluf() -> None:
    drafted = _drafted(["Tellmar Development Bank"])
    assert drafted.header.title == (
        "Harwick Bank and Tellmar Development Bank loan to Ministry of Finance"
    )
    assert drafted.bluf == (
        "Harwick Bank and the Tellmar Development Bank have signed a loan agreement worth "
        "US$620 million with the Ministry of Finance."
    )


def test_one_lender_is_drafted_as_before() -> None:
    drafted = _drafted([])
    assert drafted.header.title == "Harwick Bank loan to Ministry of Finance"
    assert drafted.bluf.startswith("Harwick Bank and the Ministry of Finance have signed")


def test_the_verb_agrees_with_a_side_of_several() -> None:
    many = DealSuggestion(
        kind="arms_sale",  # type: ignore[arg-type]
        item="K9 howitzers",
        buyer="Norland",
        seller="Kessler Arms",
        more_sellers=["Orvane Defence"],
        status="reported",  # type: ignore[arg-type]
    )
    assert deal_sentence(many) == (
        "Kessler Arms and Orvane Defence are reported to be selling K9 howitzers to Norland."
    )
    one = DealSuggestion(
        kind="arms_sale",  # type: ignore[arg-type]
        item="K9 howitzers",
        buyer="Norland",
        seller="Kessler Arms",
        status="reported",  # type: ignore[arg-type]
    )
    assert deal_sentence(one).startswith("Kessler Arms is reported to be selling")
    buyers = DealSuggestion(
        kind="construction",  # type: ignore[arg-type]
        item="a dam",
        buyer="Norland",
        seller="Kessler Works",
        more_buyers=["Ostria"],
        status="signed",  # type: ignore[arg-type]
    )
    assert deal_sentence(buyers).startswith("Norland and Ostria have awarded Kessler Works")
    # A title led by a side of several keeps the house order, its verb agreeing.
    assert (
        brief_title(buyers, Voice(side="buyer"))
        == "Kessler Works to build a dam for Norland and Ostria"
    )
    assert plural_verb("A and B awards C contract", ["A and B"]) == "A and B award C contract"
    assert plural_verb("A awards C contract", []) == "A awards C contract"


def test_names_are_joined_as_a_list() -> None:
    assert joined(["A", "B", "C"]) == "A, B and C"
    assert joined(["A", "", "A"]) == "A"
    named = [("signatory", "A Co"), ("signatory", "B Co"), ("signatory", "C Co")]
    assert sides_of("joint_venture", named) == (["B Co", "C Co"], ["A Co"])
    assert sides_of("loan", [("lender", "A"), ("lender", "B"), ("borrower", "Z")]) == (
        ["Z"],
        ["A", "B"],
    )


def test_a_second_lender_added_by_hand_makes_the_drafted_title_follow() -> None:
    brief = _drafted([])
    tellmar = Actor(name="Tellmar Development Bank", type=ActorType.ORGANIZATION)
    brief.actors.append(tellmar)
    deal = brief.deals[0]
    after = deal.model_copy(
        update={"parties": [*deal.parties, DealParty(actor_id=tellmar.id, role=PartyRole.LENDER)]}
    )
    edits = {e.path: e.value for e in titles_following(brief, 0, after)}
    assert edits["header.title"] == (
        "Harwick Bank and Tellmar Development Bank loan to Ministry of Finance"
    )
    brief.header.title = "My own title"  # the user's title is theirs
    assert "header.title" not in {e.path for e in titles_following(brief, 0, after)}


def test_one_known_side_and_an_item_title_says_who_does_what() -> None:
    seller_only = DealSuggestion(
        kind="arms_sale", item="VA-140 helicopters", seller="Vantor Aerospace"
    )  # type: ignore[arg-type]
    assert brief_title(seller_only) == "Vantor Aerospace to sell VA-140 helicopters"
    buyer_only = DealSuggestion(
        kind="procurement", item="VA-140 helicopters", buyer="Serbia's Interior Ministry"
    )  # type: ignore[arg-type]
    assert brief_title(buyer_only) == "Serbia's Interior Ministry to buy VA-140 helicopters"
    # No item, both sides, or a kind whose act is not plain: as before.
    assert one_side_title(DealSuggestion(kind="arms_sale", seller="Vantor Aerospace")) == ""  # type: ignore[arg-type]
    both = DealSuggestion(
        kind="arms_sale", item="VA-140 helicopters", seller="Vantor", buyer="Serbia"
    )  # type: ignore[arg-type]
    assert one_side_title(both) == ""
    assert (
        brief_title(DealSuggestion(kind="concession", item="Block 9", buyer="Orvane")) == "Block 9"
    )  # type: ignore[arg-type]


SALE = "Norland signed a contract to buy 18 K9 howitzers from Kessler Arms for $900 million."


def test_a_deal_from_selection_is_titled_by_its_sides() -> None:
    brief = Brief(sources=[Source(id="src-1", text=SALE)])
    made = deal_from_selection(brief, brief.sources[0], 0, len(SALE))
    assert made.deal.title == "Kessler Arms to sell K9 howitzers to Norland"
    # Nothing names a side: the item, as before.
    bare = "The contract covers 18 K9 howitzers worth $900 million."
    brief = Brief(sources=[Source(id="src-1", text=bare)])
    made = deal_from_selection(brief, brief.sources[0], 0, len(bare))
    assert made.deal.parties == [] and made.deal.title == "K9 howitzers"


def test_a_state_beside_its_own_company_is_left_out_of_the_selection_title() -> None:
    from briefdesk.editing.selection_title import selection_title

    italy = Actor(name="Italy", type=ActorType.STATE, country="IT")
    vantor = Actor(name="Vantor Aerospace", type=ActorType.ORGANIZATION, country="IT")
    ostria = Actor(name="Ostria", type=ActorType.STATE, country="AT")
    brief = Brief(actors=[italy, vantor, ostria])
    parties = [
        DealParty(actor_id=italy.id, role=PartyRole.SELLER),
        DealParty(actor_id=vantor.id, role=PartyRole.SELLER),
    ]
    title = selection_title(brief, [], parties, DealKind.ARMS_SALE, "VA-140 helicopters")
    assert title == "Vantor Aerospace to sell VA-140 helicopters"
    parties.append(DealParty(actor_id=ostria.id, role=PartyRole.SELLER))  # another state stays
    title = selection_title(brief, [], parties, DealKind.ARMS_SALE, "VA-140 helicopters")
    assert title == "Vantor Aerospace and Ostria to sell VA-140 helicopters"
