"""Library answers as plain text, for the command line and the window's dossier view."""

from __future__ import annotations

from dataclasses import dataclass

from briefdesk.library.api import BriefRef, DealRef, Dossier
from briefdesk.model.codes import party_words
from briefdesk.model.status_words import status_words


@dataclass(frozen=True)
class DealLine:
    """One line of a dossier's deals: the same deal as several briefs hold it, told once."""

    deal: DealRef  # as the newest brief holding it has it
    briefs: tuple[BriefRef, ...]  # every brief holding the line, in the dossier's order

    @property
    def text(self) -> str:
        deal = self.deal
        value = f" · {deal.value}" if deal.value else ""
        return (
            f"{party_words(deal.role, deal.kind)} · {deal.title or deal.items}"
            f" · {status_words(deal.kind, deal.status)}{value}"
        )

    @property
    def where(self) -> str:
        """The brief it is in ("Baykar to sell …"), or "in 5 briefs, newest: …"."""
        if len(self.briefs) == 1:
            return self.deal.brief.title
        return f"in {len(self.briefs)} briefs, newest: {self.deal.brief.title}"


def deal_lines(deals: list[DealRef]) -> list[DealLine]:
    """The dossier's deals with identical lines folded into one that says which brief, or how
    many, hold it: five briefs on one article printed the same line five times with nothing
    to tell them apart (newcomer15 N15-24). The line stands where its newest brief is."""
    groups: dict[str, list[DealRef]] = {}
    for deal in deals:
        groups.setdefault(DealLine(deal, ()).text, []).append(deal)
    newest = {
        text: max(reversed(group), key=lambda d: d.brief.date) for text, group in groups.items()
    }
    lines = [
        DealLine(newest[text], tuple(d.brief for d in group)) for text, group in groups.items()
    ]
    position = {id(d): i for i, d in enumerate(deals)}
    return sorted(lines, key=lambda line: position[id(line.deal)])


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
        for line in deal_lines(d.deals):
            lines.append(f"  {line.deal.brief.date}  {line.text}  ({line.where})")
    if d.judgments:
        lines.append("judgments:")
        for j in d.judgments[:10]:
            likelihood = j.likelihood.replace("_", " ") or "no likelihood"
            lines.append(f"  {j.brief.date}  {likelihood}: {j.statement}")
    lines.append("briefs:")
    lines.extend(f"  {b.date}  {b.title}  ({b.path})" for b in d.briefs)
    return "\n".join(lines) + "\n"
