"""What one accepted suggestion added, in the status line's words (newcomer17 N17-15).

Dismiss ("Dismissed “…” (Ctrl+Z brings it back)") and merge ("Merged into deal … added buyer,
seller") said what they did; a plain accept said only "Accepted 1 suggestion", so a user could
not tell whether the deal came with its parties without opening the Deals tab.
"""

from __future__ import annotations

from briefdesk.model import Brief
from briefdesk.model.codes import role_words


def added_words(before: Brief, after: Brief) -> str:
    """ "Added deal “AV-129 helicopters” with buyer, seller, and actor “Aviora”": the records
    in ``after`` that ``before`` lacks; "" when none."""
    parts: list[str] = []
    old_deals = {d.id for d in before.deals}
    for deal in after.deals:
        if deal.id in old_deals:
            continue
        roles = list(dict.fromkeys(role_words(p.role, deal.kind).lower() for p in deal.parties))
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
