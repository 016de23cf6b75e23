"""Adding a party to a deal: the user picks the actor and the role, nothing is filled for them.

A new party once came filled with the brief's first actor as "Buyer", whatever the deal
(newcomer12 N12-10: a French minister became the buyer in a bank loan). The form starts with no
actor and refuses to add until one is chosen, typed as any part of its name (newcomer16 N16-06);
its roles follow the deal's kind, the kind's own sides first (Lender and Borrower for a loan,
Grantor and Concessionaire for a concession, Imposing party and Target for sanctions, Signatory
for a memorandum, which its signatories sign alike) and it proposes the side the deal still
lacks. One actor on both sides of a deal, or twice in one role, is refused with the reason. The
deal editor's Role drop-down offers the same roles (:func:`role_choices`).
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.editing.deal_swap import OPPOSITE
from briefdesk.gui.fields_dialog import Field, FieldError
from briefdesk.model import Brief, Deal, DealParty
from briefdesk.model.codes import SIGNED_ALIKE, DealKind, PartyRole, party_roles, role_words

# The dialog: title and fields in, answers out (None: cancelled); prompts.ask_fields.
AskFields = Callable[..., "dict[str, str] | None"]

# SIGNED_ALIKE (model.codes): a memorandum, a trade agreement, a joint venture. Their first
# role is Signatory, so "S" picks it (it picked Seller, and two signatories of a memorandum
# went in as seller and buyer).


def offered_roles(kind: DealKind | str) -> tuple[PartyRole, ...]:
    """The roles a deal of ``kind`` offers, in the order the user picks from: its two sides
    first, or Signatory first for a kind all of whose parties sign alike."""
    roles = party_roles(kind)
    if kind in SIGNED_ALIKE:
        return (PartyRole.SIGNATORY, *(r for r in roles if r != PartyRole.SIGNATORY))
    return roles


def party_fields(brief: Brief, deal: Deal) -> list[Field]:
    """Actor (none chosen; typed to filter) and Role (this kind's roles, the missing side
    proposed)."""
    actors = tuple((a.id, a.name) for a in brief.actors)
    roles = offered_roles(deal.kind)
    proposed = missing_side(deal) or roles[0]
    return [
        Field("Actor", "", actors, key="actor", filter=True),
        Field("Role", proposed.value, _role_words(roles, deal), key="role"),
    ]


def _role_words(roles: tuple[PartyRole, ...], deal: Deal) -> tuple[tuple[str, str], ...]:
    return tuple((r.value, role_words(r, deal.kind)) for r in roles)  # a grant's "Donor"


def missing_side(deal: Deal) -> PartyRole | None:
    """The deal's side no party holds yet (the borrower of a loan with only a lender; a
    signatory, for a kind signed alike), or None when both sides are filled."""
    if deal.kind in SIGNED_ALIKE:
        return PartyRole.SIGNATORY
    taken = {p.role for p in deal.parties}
    return next((r for r in party_roles(deal.kind)[:2] if r not in taken), None)


def lacking_deal(brief: Brief, shown: int) -> int | None:
    """The one other deal of the brief that lacks a side (not a kind signed alike, whose
    signatories never run out), when the deal ``shown`` names both; None when none or several."""
    lacking = [
        i
        for i, deal in enumerate(brief.deals)
        if i != shown and deal.kind not in SIGNED_ALIKE and missing_side(deal) is not None
    ]
    return lacking[0] if len(lacking) == 1 else None


def ask_role(ask: AskFields, parent: object, deal: Deal, name: str) -> PartyRole | None:
    """The role for ``name`` in a deal whose two sides are taken (a guarantor, a second
    buyer…), the first role after the two sides proposed; None when cancelled."""
    roles = offered_roles(deal.kind)
    others = [r for r in roles[2:] if r != PartyRole.SIGNATORY]  # a guarantor, not a signatory
    proposed = others[0] if others else roles[0]
    field = Field("Role", proposed.value, _role_words(roles, deal), "role")
    title = f"{name} in {deal.title.strip() or 'the deal'}: both sides are named; which role?"
    answers = ask(parent, title, [field])
    return PartyRole(answers["role"]) if answers and answers.get("role") else None


def clash(brief: Brief, deal: Deal, actor_id: str, role: PartyRole | str) -> str:
    """Why ``actor_id`` cannot take ``role`` in ``deal`` ("" when it can): it already holds
    the opposite side (the EU as both imposing party and target), or this very role."""
    role = PartyRole(role)
    actor = brief.actor(actor_id)
    name = actor.name if actor is not None else "This actor"
    for party in deal.parties:
        if party.actor_id != actor_id:
            continue
        held = role_words(party.role, deal.kind).lower()
        if party.role == role:
            return f"{name} is already the {held} of this deal."
        if OPPOSITE.get(party.role) == role:
            return (
                f"{name} is already the {held} of this deal: one actor cannot be on both "
                f"sides (the {role_words(role, deal.kind).lower()} is someone else)."
            )
    return ""


def validator(brief: Brief, deal: Deal) -> Callable[[dict[str, str]], None]:
    """The dialog's check of its answers: an actor chosen, and no clash with the deal."""

    def validate(answers: dict[str, str]) -> None:
        if not answers.get("actor"):
            raise FieldError("actor", "Choose the actor this party is: type part of its name.")
        role = answers.get("role", "")
        reason = clash(brief, deal, answers["actor"], role) if role else ""
        if reason:
            raise FieldError("role", reason)

    return validate


def ask_party(ask: AskFields, parent: object, brief: Brief, deal: Deal) -> DealParty | None:
    """The party the user chose, or None (cancelled: nothing is added)."""
    if not brief.actors:
        raise ValueError("add an actor first")
    name = deal.title.strip() or "the deal"
    fields = party_fields(brief, deal)
    answers = ask(parent, f"Add party to {name}", fields, None, validator(brief, deal))
    if not answers or not answers.get("actor") or brief.actor(answers["actor"]) is None:
        return None
    return DealParty(actor_id=answers["actor"], role=PartyRole(answers["role"]))


# A civil procurement's sides are a buyer and a seller (the export's words), but its text says
# client and contractor: the Role list names both (newcomer20 N20-02: the Procurement list
# offered Lender and Borrower, and no word the contract used).
_LIST_WORDS = {
    DealKind.PROCUREMENT: {
        PartyRole.BUYER: "Buyer (client)",
        PartyRole.SELLER: "Seller (contractor)",
    },
    # A charter's words beside a lease's: its owner lets the ship, the charterer takes it.
    DealKind.LEASE: {
        PartyRole.LESSOR: "Lessor (owner)",
        PartyRole.LESSEE: "Lessee (charterer)",
    },
}


def role_choices(deal: Deal) -> list[tuple[str, PartyRole]]:
    """The roles that fit the deal's kind, then any role a party of it already holds that does
    not (shown as it is, so the user sees it; the checks flag it)."""
    roles = [*offered_roles(deal.kind), *(p.role for p in deal.parties)]
    words = _LIST_WORDS.get(DealKind(deal.kind), {})
    return [(words.get(r) or role_words(r, deal.kind), r) for r in dict.fromkeys(roles)]
