"""Library answers as plain text, for the command line and the window's dossier view."""

from __future__ import annotations

from briefdesk.library.api import BriefRef, DealRef, Dossier
from briefdesk.model.status_words import status_words

_NAMED = 3  # briefs named on a folded deal line; more are counted


def folded_deals(deals: list[DealRef]) -> list[tuple[DealRef, list[BriefRef]]]:
    """Deal lines that read the same (role, deal, status, value), once each with the briefs
    they come from, in the order first seen (newcomer15 N15-24: one drone deal was listed five
    times with nothing saying which brief each came from)."""
    groups: dict[tuple[str, ...], tuple[DealRef, list[BriefRef]]] = {}
    for deal in deals:
        key = (deal.role, (deal.title or deal.items).casefold(), deal.kind, deal.status, deal.value)
        _first, briefs = groups.setdefault(key, (deal, []))
        if all(b.brief_id != deal.brief.brief_id for b in briefs):
            briefs.append(deal.brief)
    return list(groups.values())


def briefs_words(briefs: list[BriefRef]) -> str:
    """ "Kenya drones" for one brief; "in 5 briefs: A, B, C and 2 more" for several."""
    titles = [b.title or b.path for b in briefs]
    if len(titles) == 1:
        return titles[0]
    named = ", ".join(titles[:_NAMED])
    more = f" and {len(titles) - _NAMED} more" if len(titles) > _NAMED else ""
    return f"in {len(titles)} briefs: {named}{more}"


def dossier_text(d: Dossier) -> str:
    lines = [f"{d.name} ({d.type}{', ' + d.country if d.country else ''})"]
    if d.aliases:
        lines.append(f"also: {', '.join(d.aliases)}")
    if d.merged_with:
        lines.append(f"merged by you with: {', '.join(d.merged_with)}")
    if d.kept_apart:
        lines.append(f"kept apart by you: {', '.join(d.kept_apart)}")
    lines.append(f"seen in {d.brief_count} brief(s), first {d.first_seen}, last {d.last_seen}")
    roles = [(a.brief.date, a.role, a.affiliation) for a in d.appearances if a.role]
    if roles:
        lines.append("roles:")
        last = ""
        for date, role, affiliation in roles:
            text = role + (f", {affiliation}" if affiliation else "")
            if text != last:
                lines.append(f"  {date}  {text}")
                last = text
    if d.deals:
        lines.append("deals:")
        for deal, briefs in folded_deals(d.deals):
            value = f" · {deal.value}" if deal.value else ""
            lines.append(
                f"  {deal.brief.date}  {deal.role.replace('_', ' ')} · {deal.title or deal.items}"
                f" · {status_words(deal.kind, deal.status)}{value} — {briefs_words(briefs)}"
            )
    if d.judgments:
        lines.append("judgments:")
        for j in d.judgments[:10]:
            likelihood = j.likelihood.replace("_", " ") or "no likelihood"
            lines.append(f"  {j.brief.date}  {likelihood}: {j.statement}")
    lines.append("briefs:")
    lines.extend(f"  {b.date}  {b.title}  ({b.path})" for b in d.briefs)
    return "\n".join(lines) + "\n"
