"""The draft takes the deal's sides (newcomer13 N13-14): organisations named as buyer or seller,
even when only guessed, and their states; the guessed sides stay off the deal until accepted."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.suggested import from_extraction, in_brief
from briefdesk.extract.results import (
    ActorSuggestion,
    DealSuggestion,
    Extraction,
    MoneySuggestion,
    Reason,
)
from briefdesk.model import Brief, Source

TEXT = (
    "Halvard Marine AS has signed a contract with the Latvian Defence Agency for the delivery of "
    "24 Kestrel-M launchers worth NOK 1.2 billion, chief executive Ane Berg said. Latvia and "
    "Finland already use the system.\n"
)


def _at(words: str) -> list[tuple[int, int]]:
    start = TEXT.index(words)
    return [(start, start + len(words))]


def _reading() -> Extraction:
    seller = ActorSuggestion("Halvard Marine AS", "organization", evidence=_at("Halvard Marine AS"))  # type: ignore[arg-type]
    buyer = ActorSuggestion(
        "Latvian Defence Agency", "organization", country="LV",  # type: ignore[arg-type]
        evidence=_at("Latvian Defence Agency"),
    )  # fmt: skip
    person = ActorSuggestion(
        "Ane Berg", "person", role="chief executive", affiliation="Halvard Marine AS",  # type: ignore[arg-type]
        country="NO", evidence=_at("Ane Berg"),
    )  # fmt: skip
    states = [
        ActorSuggestion(name, "state", country=code, evidence=_at(name))  # type: ignore[arg-type]
        for name, code in (("Latvia", "LV"), ("Finland", "FI"))
    ]
    money = MoneySuggestion(Decimal("1200000000"), "NOK", "NOK 1.2 billion", _at("NOK 1.2 billion"))
    deal = DealSuggestion(
        kind="arms_sale", item="Kestrel-M launchers", quantity=24, value=money,  # type: ignore[arg-type]
        buyer=buyer.name, seller=seller.name, buyer_key=buyer.key, seller_key=seller.key,
        evidence=_at(TEXT.split(",")[0]),
        why=[Reason("buyer.guess", "no direction"), Reason("seller.guess", "no direction")],
    )  # fmt: skip
    return Extraction(actors=[person, seller, buyer, *states], deals=[deal])


def test_the_sides_and_their_states_are_drafted_in_the_suggestions_roles() -> None:
    brief = Brief(sources=[Source(id="src-1", text=TEXT)])
    drafted = apply_edits(brief, draft(brief, "src-1", _reading()))
    names = {a.name: a for a in drafted.actors}
    assert set(names) == {"Ane Berg", "Halvard Marine AS", "Latvian Defence Agency", "Latvia"}
    assert names["Halvard Marine AS"].country == "NO"  # the country its chief executive has
    # newcomer20 N20-01: the deal keeps the direction its suggestion shows (it was drafted
    # with no parties, and the export named neither side); the BLUF states no guess (N12-26).
    roles = [(drafted.actor(p.actor_id).name, p.role) for p in drafted.deals[0].parties]  # type: ignore[union-attr]
    assert roles == [("Latvian Defence Agency", "buyer"), ("Halvard Marine AS", "seller")]
    assert "Halvard" not in drafted.bluf and "Latvian" not in drafted.bluf


def test_the_deal_with_the_guessed_sides_is_not_offered_again() -> None:
    brief = Brief(sources=[Source(id="src-1", text=TEXT)])
    reading = _reading()
    drafted = apply_edits(brief, draft(brief, "src-1", reading))
    source = drafted.sources[0]
    [deal] = [s for s in from_extraction(reading, source) if s.kind == "deals"]
    assert in_brief(drafted, deal)  # its sides are the drafted deal's now (N20-01)


def test_a_learned_deals_sides_are_not_drafted() -> None:
    """A deal the learned reader proposed is a guess as a whole: no side goes onto the deal."""
    reading = _reading()
    (deal,) = reading.deals
    deal.why.append(Reason("deal.learned-reader", "the reader's guess"))
    brief = Brief(sources=[Source(id="src-1", text=TEXT)])
    drafted = apply_edits(brief, draft(brief, "src-1", reading))
    assert all(not d.parties for d in drafted.deals)


def test_the_outlets_presenter_and_correspondent_are_not_drafted() -> None:
    """newcomer13 N13-17: a radio transcript's correspondent was drafted into Actors."""
    text = "PRESENTER Jo Hale: Our defence correspondent Tom Brook reports. Minister Ana Diaz said."
    roles = {"Jo Hale": "presenter", "Tom Brook": "Defence correspondent", "Ana Diaz": "Minister"}
    people = [
        ActorSuggestion(name, "person", role=role, evidence=[(text.index(name), text.index(name))])  # type: ignore[arg-type]
        for name, role in roles.items()
    ]
    brief = Brief(sources=[Source(id="src-1", text=text)])
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction(actors=people)))
    assert [a.name for a in drafted.actors] == ["Ana Diaz"]
