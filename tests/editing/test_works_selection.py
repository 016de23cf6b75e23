"""New deal from a selection: an EPC contract is a construction contract, the builder by name
its contractor and the other body its client (round 22, newcomer22 N22-04). Made-up text."""

from __future__ import annotations

from briefdesk.editing.deal_from_text import deal_from_selection
from briefdesk.model import Actor, Brief, Source
from briefdesk.model.codes import ActorType, DealKind, PartyRole


def _made(text: str) -> tuple[DealKind, dict[str, PartyRole]]:
    source = Source(title="t", text=text)
    brief = Brief(
        sources=[source],
        actors=[Actor(name="Ruvani Cement Ltd", aliases=["Ruvani"], type=ActorType.ORGANIZATION)],
    )
    made = deal_from_selection(brief, source, 0, len(text))
    names = {a.id: a.name for a in [*brief.actors, *made.new_actors]}
    return made.deal.kind, {names[p.actor_id]: p.role for p in made.deal.parties}


def test_an_epc_contract_signed_with_a_builder_gives_client_and_contractor() -> None:
    kind, roles = _made(
        "The venture replaces an engineering, procurement and construction contract Ruvani "
        "signed in 2024 with Korvath Engineering Group for a smaller kiln. Ruvani terminated "
        "that US$120 million contract in May"
    )
    assert kind == DealKind.CONSTRUCTION  # was procurement ("procurement" came first)
    assert roles == {
        "Ruvani Cement Ltd": PartyRole.CLIENT,
        "Korvath Engineering Group": PartyRole.CONTRACTOR,
    }


def test_a_public_body_named_for_construction_is_no_builder() -> None:
    kind, roles = _made(
        "Ostmark's Ministry of Construction signed a US$40 million works contract with "
        "Delvane Holdings for a bridge"
    )
    assert kind == DealKind.CONSTRUCTION
    assert roles.get("Ministry of Construction") != PartyRole.CONTRACTOR


def test_a_procurement_keeps_its_own_reading() -> None:
    kind, _roles = _made(
        "Ruvani signed a US$12 million procurement contract with Korvath Engineering Group "
        "for spare parts"
    )
    assert kind == DealKind.PROCUREMENT
