"""Draft around this deal: the chosen deal becomes the main deal and the title and BLUF, while
still as drafted, follow it in one step (newcomer26 N26-02)."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.bluf_follow import main_deal_bluf
from briefdesk.editing.draft_around import around_edits, left_note
from briefdesk.editing.edits import apply_edits
from briefdesk.extract.results import DealSuggestion, MoneySuggestion
from briefdesk.model import Actor, Brief, Deal, DealItem, DealParty, Money, Source
from briefdesk.model.codes import ActorType, DealKind, PartyRole

TEXT = (
    "Kestoria's Ministry of Defence signed a EUR 1.2 billion contract with Baltmar Yards for "
    "three corvettes. Doca Fluvial will build the third corvette under a subcontract worth "
    "EUR 180 million."
)


def _brief() -> Brief:
    """The wrong draft: the subcontract first, the title and BLUF made from it."""
    actors = [
        Actor(id="a-mod", name="Ministry of Defence", type=ActorType.ORGANIZATION),
        Actor(id="a-bal", name="Baltmar Yards", type=ActorType.ORGANIZATION),
        Actor(id="a-doc", name="Doca Fluvial", type=ActorType.ORGANIZATION),
    ]
    sub = Deal(
        title="Third corvette",
        kind=DealKind.OTHER,
        items=[DealItem(designation="third corvette")],
        value=Money(amount=Decimal("180000000"), currency="EUR"),
        parties=[
            DealParty(actor_id="a-bal", role=PartyRole.BUYER),
            DealParty(actor_id="a-doc", role=PartyRole.SELLER),
        ],
    )
    order = Deal(
        title="Corvettes",
        kind=DealKind.ARMS_SALE,
        items=[DealItem(designation="corvettes", quantity=3)],
        value=Money(amount=Decimal("1200000000"), currency="EUR"),
        parties=[
            DealParty(actor_id="a-mod", role=PartyRole.BUYER),
            DealParty(actor_id="a-bal", role=PartyRole.SELLER),
        ],
    )
    brief = Brief(sources=[Source(id="s1", text=TEXT)], actors=actors, deals=[sub, order])
    brief.header.title = "Doca Fluvial to sell third corvette to Baltmar Yards"
    brief.bluf = main_deal_bluf(brief)
    brief.drafted = {"header.title": brief.header.title, "bluf": brief.bluf}
    return brief


def test_the_chosen_deal_leads_and_the_drafted_title_and_bluf_follow_it() -> None:
    brief = _brief()
    after = apply_edits(brief, around_edits(brief, 1))
    assert [d.title for d in after.deals] == ["Corvettes", "Third corvette"]
    assert "Baltmar Yards" in after.header.title and "Ministry of Defence" in after.header.title
    assert "Doca Fluvial" not in after.header.title
    assert "1.2 billion" in after.bluf or "1,200,000,000" in after.bluf
    assert "Doca Fluvial" not in after.bluf
    assert after.drafted["bluf"] == after.bluf  # still a draft to rewrite, and it follows again


def test_words_the_analyst_wrote_are_kept() -> None:
    brief = _brief()
    brief.bluf = "Kestoria buys three corvettes; the local yard builds one."
    brief.header.title = "Kestoria's corvettes"
    after = apply_edits(brief, around_edits(brief, 1))
    assert after.deals[0].title == "Corvettes"
    assert after.bluf == "Kestoria buys three corvettes; the local yard builds one."
    assert after.header.title == "Kestoria's corvettes"


def test_the_first_deal_or_no_deal_changes_nothing() -> None:
    brief = _brief()
    assert around_edits(brief, 5) == []
    brief.header.title = ""
    brief.bluf = ""
    first = apply_edits(brief, around_edits(brief, 0))  # empty fields are drafted from it
    assert first.deals[0].title == "Third corvette" and "Doca Fluvial" in first.bluf


def _read(amount: str) -> DealSuggestion:
    value = MoneySuggestion(amount=Decimal(amount), currency="EUR", as_stated=amount)
    return DealSuggestion(DealKind.ARMS_SALE, item="corvettes", value=value)


def test_an_accepted_main_deal_is_never_said_to_stay_a_suggestion() -> None:
    brief = _brief()
    read = _read("1200000000")
    assert "stays a suggestion" in left_note(brief, read)  # not yet decided: it is one
    brief.sources[0].dismissed.append(read.key)  # accepted: the brief holds it second
    note = left_note(brief, read)
    assert "stays a suggestion" not in note and "Draft around this deal" in note
    brief.deals.reverse()  # once it leads, nothing is left to say
    assert left_note(brief, read) == ""


def test_a_dismissed_main_deal_is_not_pointed_to() -> None:
    brief = _brief()
    read = _read("950000000")  # no deal of the brief has this amount: dismissed, not accepted
    brief.sources[0].dismissed.append(read.key)
    assert left_note(brief, read) == ""
