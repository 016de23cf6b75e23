"""Library answers as plain text, for the command line and the window's dossier view."""

from __future__ import annotations

from briefdesk.library.api import Dossier
from briefdesk.model.status_words import status_words


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
        for deal in d.deals:
            value = f" · {deal.value}" if deal.value else ""
            lines.append(
                f"  {deal.brief.date}  {deal.role.replace('_', ' ')} · {deal.title or deal.items}"
                f" · {status_words(deal.kind, deal.status)}{value}"
            )
    if d.judgments:
        lines.append("judgments:")
        for j in d.judgments[:10]:
            likelihood = j.likelihood.replace("_", " ") or "no likelihood"
            lines.append(f"  {j.brief.date}  {likelihood}: {j.statement}")
    lines.append("briefs:")
    lines.extend(f"  {b.date}  {b.title}  ({b.path})" for b in d.briefs)
    return "\n".join(lines) + "\n"
