"""Library answers as small HTML pages for the Library panel (links open briefs at the hit)."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from urllib.parse import quote

from briefdesk.library.api import HL_END, HL_START, Dossier, SearchHit
from briefdesk.library.jobs import BriefContext
from briefdesk.library.render import deal_lines
from briefdesk.model.codes import party_words
from briefdesk.model.status_words import status_words


def open_link(path: str, field: str = "", query: str = "") -> str:
    """``open:PATH#FIELD`` and, for a search hit, ``?QUERY`` (the words to show in it)."""
    return f"open:{quote(path)}#{quote(field)}" + (f"?{quote(query)}" if query else "")


def _snippet(text: str) -> str:
    return escape(text).replace(HL_START, "<b style='background:#ffe98a'>").replace(HL_END, "</b>")


# Longer lists are cut to the newest: laying out thousands of links would stall the window.
SHOWN = 100
_FIELD = re.compile(r"^(?:significance\.)?(\w+?)s?\[(\d+)\](?:\.(\w+))?")
# Where a hit is, as the user finds it in the brief (newcomer16 N16-19: "actor 7" named no
# field): actors and deals are not numbered anywhere a user looks, sources and judgments are.
_LIST_WORDS = {
    "actor": "an actor (Actors tab)",
    "deal": "a deal (Deals tab)",
    "place": "a place (Places tab)",
}
_FIELD_WORDS = {
    "bluf": "the BLUF",
    "header.title": "the title",
    "header.subject": "the subject",
    "significance.outlook": "Outlook",
}


def field_label(field: str) -> str:
    """``sources[0].text`` → "the text of source [1]", ``actors[6]`` → "an actor (Actors
    tab)", ``bluf`` → "the BLUF": where the hit is, in words."""
    match = _FIELD.match(field)
    if match is None:
        words = field.replace("_", " ")
        return _FIELD_WORDS.get(field, words[:1].upper() + words[1:])
    kind, number, part = match.group(1), int(match.group(2)) + 1, match.group(3)
    if kind == "source":
        return f"the text of source [{number}]"
    if kind == "judgment":
        name = f"key judgment {number}"
        return f"the {part} of {name}" if part and part != "statement" else name
    return _LIST_WORDS.get(kind, f"{kind} {number}")


def short_path(path: str) -> str:
    """``…/lib/ghana.brief``: the file and its folder, enough to tell copies apart."""
    parts = Path(path).parts
    return str(Path(*parts[-2:])) if len(parts) > 2 else path


def _where(hit: SearchHit) -> str:
    """The file a hit opens, and the other files holding the same brief (newcomer9 N9-07)."""
    line = f"<span style='color:#666'>{escape(short_path(hit.path))}"
    if hit.copies:
        others = ", ".join(short_path(c) for c in hit.copies[:3])
        more = f" and {len(hit.copies) - 3} more" if len(hit.copies) > 3 else ""
        line += f" · the same brief is also in {escape(others)}{more}"
    if hit.versions:
        versions = ", ".join(short_path(v) for v in hit.versions[:3])
        line += f" · other versions of this brief (edited apart): {escape(versions)}"
    if hit.desk:  # a team database: another desk's file (newcomer13 N13-26)
        line += f" · indexed by {escape(hit.desk)}"
    if not hit.reachable:
        from briefdesk.library.whose import unreachable_line

        line += f"<br>{escape(unreachable_line(hit))}"
    return line + "</span>"


def hits_html(hits: list[SearchHit], text: str) -> str:
    from briefdesk.library.search_text import unsupported

    note = unsupported(text).removeprefix("note: ")
    said = f"<p style='color:#666'>{escape(note[:1].upper() + note[1:])}.</p>" if note else ""
    if not hits:
        return f"<p>No brief matches <i>{escape(text)}</i>.</p>{said}"
    rows = [
        f"<p><a href='{open_link(h.path, h.field, text)}'><b>{escape(h.title)}</b></a>"
        f" <span style='color:#666'>{escape(h.date)} · in {escape(field_label(h.field))}</span><br>"
        f"{_snippet(h.snippet)}<br>{_where(h)}</p>"
        for h in hits
    ]
    return f"<p style='color:#666'>{len(hits)} brief(s)</p>{said}" + "".join(rows)


def dossier_html(d: Dossier | None, name: str) -> str:
    if d is None:
        return f"<p>No actor matching <i>{escape(name)}</i> in the library.</p>"
    parts = [
        f"<h3>{escape(d.name)}</h3><p>{escape(d.type.replace('_', ' '))}"
        f"{' · ' + escape(d.country) if d.country else ''} · {d.brief_count} brief(s),"
        f" first seen {escape(d.first_seen)}, last seen {escape(d.last_seen)}</p>"
    ]
    if d.aliases:
        parts.append(f"<p><b>Also:</b> {escape(', '.join(d.aliases))}</p>")
    if d.merged_with:
        parts.append(f"<p><b>Merged by you with:</b> {escape(', '.join(d.merged_with))}</p>")
    if d.kept_apart:
        parts.append(f"<p><b>Kept apart by you:</b> {escape(', '.join(d.kept_apart))}</p>")
    roles: list[tuple[str, str]] = []
    for a in d.appearances:
        text = ", ".join(x for x in (a.role, a.affiliation) if x)
        if text and (not roles or roles[-1][1] != text):
            roles.append((a.brief.date, text))
    if roles:
        parts.append("<p><b>Roles over time</b></p><ul>")
        parts += [f"<li>{escape(day)}: {escape(text)}</li>" for day, text in roles]
        parts.append("</ul>")
    if d.deals:
        parts.append("<p><b>Deals</b></p><ul>")
        for line in deal_lines(d.deals)[-SHOWN:]:
            deal = line.deal
            value = f" · {escape(deal.value)}" if deal.value else ""
            parts.append(
                f"<li>{escape(deal.brief.date)}: {escape(party_words(deal.role, deal.kind))} ·"
                f" <a href='{open_link(deal.brief.path)}'>"
                f"{escape(deal.title or deal.items)}</a>"
                f" · {escape(status_words(deal.kind, deal.status))}{value}"
                f" <span style='color:#666'>({escape(line.where)})</span></li>"
            )
        parts.append("</ul>")
    if d.judgments:
        parts.append("<p><b>Judgments</b></p><ul>")
        for j in d.judgments[:10]:
            parts.append(
                f"<li>{escape(j.brief.date)}: <b>{escape(j.likelihood.replace('_', ' '))}</b> —"
                f" {escape(j.statement)}</li>"
            )
        parts.append("</ul>")
    briefs = d.briefs
    parts.append(f"<p><b>Briefs</b> ({d.brief_count})</p><ul>")
    parts += [
        f"<li>{escape(b.date)}: <a href='{open_link(b.path)}'>{escape(b.title)}</a></li>"
        for b in briefs[-SHOWN:]
    ]
    parts.append("</ul>")
    if d.brief_count > len(briefs[-SHOWN:]):
        earlier = d.brief_count - len(briefs[-SHOWN:])
        parts.append(f"<p>…and {earlier} earlier (briefdesk library actor lists all)</p>")
    return "".join(parts)


def _marked(shared: list[str], own: frozenset[str]) -> str:
    """Shared names the brief itself does not hold (yet) come from its sources' suggestions:
    said, so the window and ``library related`` (which needs --suggestions) do not seem to
    disagree."""
    out = []
    for item in shared:
        kind, _, name = item.partition(": ")
        # A shared source or judgment is the brief's own, never a suggestion.
        plain = not own or kind in ("source", "judgment") or name.casefold() in own
        out.append(item if plain else f"{item} (suggested)")
    return ", ".join(out)


def context_html(
    context: BriefContext, statements: dict[str, str], own: frozenset[str] = frozenset()
) -> str:
    """``own``: the brief's own actor names and aliases, deal items and places (casefolded)."""
    if reason := context.not_asked:
        return f"<p style='color:#666'>{escape(reason[0].upper() + reason[1:])}.</p>"
    parts = [f"<p style='color:#a15c00'>⚠ {escape(check)}</p>" for check in context.checks]
    if context.grades:
        parts.append("<p><b>Proposed grades</b> (the outlet's last grade)</p><ul>")
        parts += [
            f"<li>{escape(g.outlet)}: <b>{escape(g.grade)}</b> (in {escape(g.brief.title)},"
            f" {escape(g.brief.date)})</li>"
            for g in context.grades.values()
        ]
        parts.append("</ul>")
    if context.related:
        parts.append("<p><b>Related briefs</b></p><ul>")
        for r in context.related:
            parts.append(
                f"<li><a href='{open_link(r.brief.path)}'>{escape(r.brief.title)}</a>"
                f" <span style='color:#666'>{escape(r.brief.date)} ·"
                f" {escape(short_path(r.brief.path))}</span><br>"
                f"shares {escape(_marked(list(r.shared), own))}"
                + (
                    "<br><i>another version of this brief (same brief id, edited apart)</i>"
                    if r.other_version
                    else ""
                )
                + "</li>"
            )
        parts.append("</ul>")
    else:
        parts.append("<p>No related briefs in the library.</p>")
    for judgment_id, priors in context.history.items():
        if not priors:
            continue
        parts.append(f"<p><b>Earlier on</b> “{escape(statements.get(judgment_id, ''))}”</p><ul>")
        parts += [
            f"<li>{escape(p.brief.date)}{' (same date)' if p.same_date else ''}:"
            f" <b>{escape(p.likelihood.replace('_', ' ') or '—')}</b>"
            f" — {escape(p.statement)}"
            + (" <i>(the same judgment)</i>" if p.same_question else "")
            + "</li>"
            for p in priors[:5]
        ]
        parts.append("</ul>")
    return "".join(parts)
