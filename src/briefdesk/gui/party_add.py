"""Adding a party to a deal: the user picks the actor and the role, nothing is filled for them.

A new party once came filled with the brief's first actor as "Buyer", whatever the deal
(newcomer12 N12-10: a French minister became the buyer in a bank loan). The form starts on
"(choose actor)" and refuses to add until one is chosen; its roles follow the deal's kind
(Lender and Borrower first for a loan, Grantor and Concessionaire for a concession, Payer and
Payee for an award, Imposing party and Target for sanctions) and it proposes the side the deal
still lacks. The deal editor's Role drop-down offers the same roles (:func:`role_choices`).
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.gui.fields_dialog import Field, FieldError
from briefdesk.model import Brief, Deal, DealParty
from briefdesk.model.codes import PartyRole, party_roles, role_words

NO_ACTOR = "(choose actor)"

# The dialog: title and fields in, answers out (None: cancelled); prompts.ask_fields.
AskFields = Callable[..., "dict[str, str] | None"]


def party_fields(brief: Brief, deal: Deal) -> list[Field]:
    """Actor (none chosen) and Role (this kind's roles, the missing side proposed)."""
    actors = (("", NO_ACTOR), *((a.id, a.name) for a in brief.actors))
    roles = party_roles(deal.kind)
    proposed = missing_side(deal) or roles[0]
    return [
        Field("Actor", "", actors, key="actor"),
        Field("Role", proposed.value, _role_words(roles, deal), key="role"),
    ]


def _role_words(roles: tuple[PartyRole, ...], deal: Deal) -> tuple[tuple[str, str], ...]:
    return tuple((r.value, role_words(r, deal.kind)) for r in roles)  # a grant's "Donor"


def missing_side(deal: Deal) -> PartyRole | None:
    """The deal's side no party holds yet (the borrower of a loan with only a lender), or
    None when both sides are filled."""
    taken = {p.role for p in deal.parties}
    return next((r for r in party_roles(deal.kind)[:2] if r not in taken), None)


def ask_role(ask: AskFields, parent: object, deal: Deal, name: str) -> PartyRole | None:
    """The role for ``name`` in a deal whose two sides are taken (a guarantor, a second
    buyer…), the first role after the two sides proposed; None when cancelled."""
    roles = party_roles(deal.kind)
    proposed = roles[2] if len(roles) > 2 else roles[0]
    field = Field("Role", proposed.value, _role_words(roles, deal), "role")
    title = f"{name} in {deal.title.strip() or 'the deal'}: both sides are named"
    answers = ask(parent, title, [field])
    return PartyRole(answers["role"]) if answers and answers.get("role") else None


def validate(answers: dict[str, str]) -> None:
    if not answers.get("actor"):
        raise FieldError("actor", "Choose the actor this party is.")


def ask_party(ask: AskFields, parent: object, brief: Brief, deal: Deal) -> DealParty | None:
    """The party the user chose, or None (cancelled: nothing is added)."""
    if not brief.actors:
        raise ValueError("add an actor first")
    name = deal.title.strip() or "the deal"
    answers = ask(parent, f"Add party to {name}", party_fields(brief, deal), None, validate)
    if not answers or not answers.get("actor") or brief.actor(answers["actor"]) is None:
        return None
    return DealParty(actor_id=answers["actor"], role=PartyRole(answers["role"]))


def role_choices(deal: Deal) -> list[tuple[str, PartyRole]]:
    """The roles that fit the deal's kind, then any role a party of it already holds that does
    not (shown as it is, so the user sees it; the checks flag it)."""
    roles = [*party_roles(deal.kind), *(p.role for p in deal.parties)]
    return [(role_words(r, deal.kind), r) for r in dict.fromkeys(roles)]
