"""What one accepted suggestion added, in the status line's words (newcomer17 N17-15).

Dismiss ("Dismissed “…” (Ctrl+Z brings it back)") and merge ("Merged into deal … added buyer,
seller") said what they did; a plain accept said only "Accepted 1 suggestion", so a user could
not tell whether the deal came with its parties without opening the Deals tab.
"""

from __future__ import annotations

from briefdesk.model import Brief, Deal
from briefdesk.model.codes import role_words


def added_words(before: Brief, after: Brief) -> str:
    """ "Added deal “AV-129 helicopters” with buyer, seller, and actor “Aviora”": the records
    in ``after`` that ``before`` lacks; "" when none."""
    parts: list[str] = []
    old_deals = {d.id for d in before.deals}
    for deal in after.deals:
        if deal.id in old_deals:
            continue
        roles = _roles(after, deal)
        with_ = f" with {', '.join(roles)}" if roles else " with no parties yet"
        parts.append(f"deal “{deal.title or 'untitled'}”{with_}")
    for what, old, new in (
        ("actor", before.actors, after.actors),
        ("place", before.places, after.places),
    ):
        known = {record.id for record in old}
        names = [f"“{r.name}”" for r in new if r.id not in known]
        if names:
            plural = "s" if len(names) > 1 else ""
            parts.append(f"{what}{plural} {', '.join(names)}")
    if not parts:
        return ""
    said = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    return f"Added {said}"


def _roles(brief: Brief, deal: Deal) -> list[str]:
    """ "buyer", "seller"; a role two parties hold names both: "signatories “Varkesh” and
    “Norland”" (newcomer23 N23-20: two typed signatories read as one)."""
    names = {actor.id: actor.name for actor in brief.actors}
    held: dict[str, list[str]] = {}
    for party in deal.parties:
        held.setdefault(role_words(party.role, deal.kind).lower(), []).append(
            names.get(party.actor_id, "")
        )
    said = []
    for role, who in held.items():
        if len(who) < 2:
            said.append(role)
            continue
        quoted = [f"“{n}”" for n in who if n]
        plural = role[:-1] + "ies" if role.endswith("y") else role + "s"
        listing = f"{', '.join(quoted[:-1])} and {quoted[-1]}" if len(quoted) > 1 else ""
        said.append(f"{plural} {listing}" if listing else plural)
    return said
