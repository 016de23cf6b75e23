"""A plain-text summary of a brief, for ``briefdesk show`` and quick looks in a terminal.

Every part a manager would see in the export, in the standard template's order (header,
purpose, BLUF, background, current status with deals, actors and places, key judgments with
their rationale, implications, outlook, indicators, considerations, options, recommendation,
sources), each item with its citations ``[1, 2]``; then the working notes, which the export
leaves out on purpose. Built from the export's own context, so numbers and words agree with it.
"""

from __future__ import annotations

import textwrap
from typing import Any

from briefdesk.model.brief import Brief, Deal, Money
from briefdesk.model.codes import role_words

WIDTH = 100  # prose is wrapped for a terminal; names and figures never are


def format_money(money: Money) -> str:
    """``USD 1,100,000,000 ("$1.1 billion")``: exact figure first, the source's words after."""
    from briefdesk.export.context import money_full

    exact = money_full(money.amount, money.currency)
    stated = f' ("{money.as_stated}")' if money.as_stated else ""
    estimate = " (estimate)" if money.estimate else ""
    return exact + stated + estimate


def summarize(brief: Brief) -> str:
    from briefdesk.export.context import build_context

    ctx = build_context(brief)
    lines = _header(brief, ctx)
    _prose(lines, "Purpose", ctx["purpose"])
    lines += ["", "BLUF:", _wrap(ctx["bluf"] or "(empty)", "  ")]
    _prose(lines, "Background", ctx["background"])
    _prose(lines, "Current status", ctx["current_status"])
    lines += ["", f"Deals ({len(brief.deals)}):"]
    for deal, data in zip(brief.deals, ctx["deals"], strict=True):
        lines += _deal_lines(brief, deal, data["citations"])
    _actors(lines, ctx["actors"])
    if ctx["places"]:
        lines += ["", f"Places ({len(ctx['places'])}):"]
        for p in ctx["places"]:
            country = f", {p['country_name']}" if p["country_name"] not in ("", p["name"]) else ""
            note = f" ({p['note']})" if p["note"] else ""
            lines.append(_cited(f"  - {p['name']}{country}{note}", p["citations"]))
    _judgments(lines, ctx["judgments"])
    if ctx["implications"]:
        lines += ["", "Implications:"]
        for i in ctx["implications"]:
            lines.append(_wrap(f"{i['domain']}: {i['text']}" if i["domain"] else i["text"], "  - "))
    _prose(lines, "Outlook", ctx["outlook"])
    if ctx["indicators"]:
        lines += ["", "Indicators to watch:"] + [f"  - {i}" for i in ctx["indicators"]]
    _prose(lines, "Considerations", ctx["considerations"])
    _options(lines, ctx["options"])
    _recommendations(lines, ctx["recommendations"])
    lines += ["", f"Sources ({len(brief.sources)}):"]
    for number, source in enumerate(brief.sources, start=1):
        date = f" ({source.published.isoformat()})" if source.published else ""
        outlet = f"{source.outlet}: " if source.outlet else ""
        title = source.title or source.filename or f"{len(source.text)} characters"
        lines.append(f"  [{number}] {source.grade_label} {outlet}{title}{date}")
    _prose(lines, "Notes (working notes, not exported)", ctx["notes"])
    return "\n".join(lines) + "\n"


def _header(brief: Brief, ctx: dict[str, Any]) -> list[str]:
    h = brief.header
    title = h.title or "(untitled brief)"
    lines = [title, "=" * min(len(title), 78)]
    if h.subject and h.subject != h.title:
        lines.append(h.subject)
    facts = [
        ("Marking", brief.marking.label or "none"),
        ("Kind", h.kind.value.replace("_", " ")),
        ("Status", h.status.value),
        ("Date", h.date.isoformat() if h.date else ""),
    ]
    lines.append("   ".join(f"{k}: {v}" for k, v in facts if v))
    sender = ctx["header"]["sender"]
    contact = " · ".join(x for x in (sender["phone"], sender["email"]) if x)
    for label, value in (
        ("To", h.to),
        ("Through", h.through),
        ("From", ", ".join(p for p in (h.from_.name, h.from_.title, h.from_.unit) if p)),
        ("File", h.file_number),
        ("Contact", contact),
        ("Cleared by", h.cleared_by),
    ):
        if value:
            lines.append(f"{label}: {value}")
    if h.critical_date:
        lines.append(f"Critical date: {h.critical_date.isoformat()} {h.critical_reason}".rstrip())
    return lines


def _actors(lines: list[str], actors: list[dict[str, Any]]) -> None:
    lines += ["", f"Actors ({len(actors)}):"]
    for a in actors:
        aliases = f" ({a['aliases_text']})" if a["aliases_text"] else ""
        where = ", ".join(x for x in (a["type"].replace("_", " "), a["country"]) if x)
        role = f" - {a['role_and_affiliation']}" if a["role_and_affiliation"] else ""
        stance = f"; stance: {a['stance']}" if a["stance"] else ""
        lines.append(_cited(f"  - {a['name']}{aliases} [{where}]{role}{stance}", a["citations"]))


def _deal_lines(brief: Brief, deal: Deal, citations: str) -> list[str]:
    value = format_money(deal.value) if deal.value else "value unknown"
    head = deal.title or deal.kind.value.replace("_", " ")
    lines = [_cited(f"  - {head}: {value}, {_status_and_dates(deal)}", citations)]
    roles: dict[str, list[str]] = {}
    for party in deal.parties:
        actor = brief.actor(party.actor_id)
        said = role_words(party.role, deal.kind).lower()  # a grant's donor, not its "lender"
        roles.setdefault(said, []).append(actor.name if actor else party.actor_id)
    if roles:
        lines.append("      " + "; ".join(f"{r}: {', '.join(n)}" for r, n in roles.items()))
    for item in deal.items:
        count = f"{item.quantity} x " if item.quantity is not None else ""
        lines.append(f"      item: {count}{item.designation}")
    return lines


def _status_and_dates(deal: Deal) -> str:
    """ "signed 1 December 2026; delivery from 1 October 2027": the status with the dates the
    deal sheet prints (newcomer24 N24-14: ``show`` said only "signed; delivery …"), in the
    kind's words the window and the Word file use (newcomer25 N25-02)."""
    from briefdesk.export.formats import long_date
    from briefdesk.model.codes import DealStatus
    from briefdesk.model.status_words import status_words

    # The window's and the Word file's words: a licence is "granted", not "signed" (N25-02).
    status = status_words(deal.kind, deal.status)
    signed = status_words(deal.kind, DealStatus.SIGNED)
    dates = deal.dates
    said = [f"announced {long_date(dates.announced)}"] if dates.announced else []
    if dates.signed and deal.status == DealStatus.SIGNED:
        status = f"{signed} {long_date(dates.signed)}"
    elif dates.signed:
        said.append(f"{signed} {long_date(dates.signed)}")
    if dates.delivery:
        said.append(f"delivery {dates.delivery}")
    return "; ".join([status, *said])


def _judgments(lines: list[str], judgments: list[dict[str, Any]]) -> None:
    lines += ["", f"Key judgments ({len(judgments)}):"]
    for j in judgments:
        tags = ", ".join(x for x in (j["likelihood_words"], j["confidence_text"]) if x)
        head = f"{j['sentence']}" + (f" [{tags}]" if tags else "")
        lines.append(_wrap(_cited(head, j["citations"]), f"  {j['number']}. "))
        if j["rationale"]:
            lines.append(_wrap(f"Rationale: {j['rationale']}", "     "))


def _options(lines: list[str], options: list[dict[str, Any]]) -> None:
    from briefdesk.export.text import full_stop

    if not options:
        return
    lines += ["", "Options:"]
    for o in options:
        lines.append(
            _wrap(o["heading"] + (f": {o['description']}" if o["description"] else ""), "  - ")
        )
        for word, items in (("Pros", o["pros"]), ("Cons", o["cons"])):
            if items:
                lines.append(_wrap(f"{word}: {full_stop('; '.join(items))}", "      "))


def _recommendations(lines: list[str], recommendations: list[dict[str, Any]]) -> None:
    if not recommendations:
        return
    lines += ["", "Recommendation:"]
    for r in recommendations:
        lines.append(_wrap(r["text"] or "(no text)", f"  {r['number']}. "))
        due = f"   {r['due_label']} {r['due_by']}" if r["due_by"] else ""
        if r["choices"] or due:
            lines.append("     " + "   ".join(f"[ ] {c}" for c in r["choices"]) + due)


def _prose(lines: list[str], heading: str, text: str) -> None:
    if text.strip():
        lines += ["", f"{heading}:", _wrap(text, "  ")]


def _cited(text: str, citations: str) -> str:
    return f"{text} {citations}" if citations else text


def _wrap(text: str, first: str) -> str:
    """Paragraphs kept apart, each wrapped with a hanging indent under ``first``."""
    rest = " " * len(first)
    out = []
    for index, paragraph in enumerate(p for p in text.split("\n") if p.strip()):
        out.append(
            textwrap.fill(
                " ".join(paragraph.split()),
                WIDTH,
                initial_indent=first if index == 0 else rest,
                subsequent_indent=rest,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out) or first.rstrip()
