"""A plain-text summary of a brief, for ``briefdesk show`` and quick looks in a terminal."""

from __future__ import annotations

from briefdesk.export.text import plain_text
from briefdesk.model.brief import Brief, Deal, Money


def format_money(money: Money) -> str:
    """``USD 1,100,000,000 ("$1.1 billion")``: exact figure first, the source's words after."""
    from briefdesk.export.context import money_full

    exact = money_full(money.amount, money.currency)
    stated = f' ("{money.as_stated}")' if money.as_stated else ""
    estimate = " (estimate)" if money.estimate else ""
    return exact + stated + estimate


def summarize(brief: Brief) -> str:
    h = brief.header
    lines = [h.title or "(untitled brief)", "=" * min(len(h.title or "(untitled brief)"), 78)]
    facts = [
        ("Marking", brief.marking.label or "none"),
        ("Kind", h.kind.value.replace("_", " ")),
        ("Status", h.status.value),
        ("Date", h.date.isoformat() if h.date else ""),
    ]
    lines.append("   ".join(f"{k}: {v}" for k, v in facts if v))
    sender = ", ".join(p for p in (h.from_.name, h.from_.title, h.from_.unit) if p)
    for label, value in (
        ("To", h.to),
        ("Through", h.through),
        ("From", sender),
        ("File", h.file_number),
    ):
        if value:
            lines.append(f"{label}: {value}")
    if h.critical_date:
        lines.append(f"Critical date: {h.critical_date.isoformat()} {h.critical_reason}".rstrip())
    lines += ["", "BLUF:", _indent(plain_text(brief.bluf) or "(empty)")]
    lines += ["", f"Actors ({len(brief.actors)}):"]
    for actor in brief.actors:
        where = ", ".join(x for x in (actor.type.value.replace("_", " "), actor.country) if x)
        role = f" - {actor.role}" if actor.role else ""
        lines.append(f"  - {actor.name} [{where}]{role}")
    lines += ["", f"Deals ({len(brief.deals)}):"]
    for deal in brief.deals:
        lines += _deal_lines(brief, deal)
    judgments = brief.significance.judgments
    lines += ["", f"Key judgments ({len(judgments)}):"]
    for kj in judgments:
        tags = ", ".join(
            x
            for x in (
                kj.likelihood.words if kj.likelihood else "",
                f"{kj.confidence.value} confidence" if kj.confidence else "",
            )
            if x
        )
        statement = " ".join(plain_text(kj.statement).split())
        lines.append(f"  - {statement}" + (f" [{tags}]" if tags else ""))
    lines += ["", f"Sources ({len(brief.sources)}):"]
    for number, source in enumerate(brief.sources, start=1):
        date = f" ({source.published.isoformat()})" if source.published else ""
        outlet = f"{source.outlet}: " if source.outlet else ""
        title = source.title or source.filename or f"{len(source.text)} characters"
        lines.append(f"  [{number}] {source.grade} {outlet}{title}{date}")
    return "\n".join(lines) + "\n"


def _deal_lines(brief: Brief, deal: Deal) -> list[str]:
    value = format_money(deal.value) if deal.value else "value unknown"
    head = deal.title or deal.kind.value.replace("_", " ")
    lines = [f"  - {head}: {value}, {deal.status.value.replace('_', ' ')}"]
    roles: dict[str, list[str]] = {}
    for party in deal.parties:
        actor = brief.actor(party.actor_id)
        roles.setdefault(party.role.value, []).append(actor.name if actor else party.actor_id)
    if roles:
        lines.append("      " + "; ".join(f"{r}: {', '.join(n)}" for r, n in roles.items()))
    for item in deal.items:
        count = f"{item.quantity} x " if item.quantity is not None else ""
        lines.append(f"      item: {count}{item.designation}")
    return lines


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())
