"""The words that tell a selected sentence's deal: its kind, each name's side, its status.

Read from ``resources/english/deal_selection_words.tsv`` (one phrase a line, by group) for
:mod:`briefdesk.editing.deal_from_text`. Sides are ``gives`` (seller, lender, grantor, imposing
party, contractor), ``receives`` (buyer, borrower, concessionaire, target, client) and ``signs``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from briefdesk.model import Brief
from briefdesk.model.codes import DealKind, PartyRole
from briefdesk.model.codes import party_roles as kind_roles
from briefdesk.resources_access import read_resource_text

WORDS = "english/deal_selection_words.tsv"
GIVES, RECEIVES, SIGNS = "gives", "receives", "signs"


@cache
def table() -> dict[str, list[tuple[str, str]]]:
    """group -> [(value, phrase)], from the shipped list."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in read_resource_text(WORDS).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group, value, phrase = line.split("\t")
        out.setdefault(group, []).append((value, phrase))
    return out


def _pattern(phrase: str) -> str:
    stem = phrase.removesuffix("*")
    tail = r"\w*" if phrase.endswith("*") else ""
    return r"\b" + r"\s+".join(re.escape(w) for w in stem.split()) + tail + r"\b"


def hits(group: str, text: str) -> list[tuple[str, re.Match[str]]]:
    low = text.lower()
    return [
        (value, m) for value, phrase in table()[group] for m in re.finditer(_pattern(phrase), low)
    ]


def guess_kind(brief: Brief, text: str) -> DealKind:
    """The kind whose words the selection uses most, a kind the brief holds no deal of first
    (a loan sentence that also names a concession, when the loan is drafted: the concession)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    found = hits("kind", text)
    for value, match in found:
        if any(
            o.start() <= match.start() and match.end() <= o.end() and o != match for _v, o in found
        ):
            continue  # "procurement" inside "engineering, procurement and construction" (N22-04)
        counts[value] = counts.get(value, 0) + 1
        first[value] = min(first.get(value, match.start()), match.start())
    if not counts:
        return DealKind.OTHER
    held = {str(d.kind.value) for d in brief.deals}
    best = min(counts, key=lambda k: (k in held, -counts[k], first[k]))
    return DealKind(best)


def listed(gap: str) -> bool:
    """True for the words between two names of one list: ", ", " and ", " and Qalmora's
    Minister of Oil " (a title between is no verb)."""
    return (
        bool(re.match(r"^(?:,\s*and|,|\s+and)\s", gap))
        and len(gap.split()) <= 6
        and not hits("after", gap)
    )


def cue_before(low: str, since: int, at: int, kind: DealKind) -> str:
    lead = low[since:at]
    lead = lead[max(lead.rfind("."), lead.rfind(";")) + 1 :]
    best: tuple[int, str] | None = None
    for side, match in hits("before", lead):
        if side == RECEIVES and match.group() == "on" and kind != DealKind.SANCTIONS:
            continue  # "on Wednesday"; sanctions "on" a state
        if len(lead[match.end() :].split()) <= 5 and (best is None or match.end() > best[0]):
            best = (match.end(), side)
    by = [m for m in re.finditer(r"\bby\b", lead) if len(lead[m.end() :].split()) <= 5]
    if by and (best is None or by[-1].end() > best[0]):
        verb = lead[: by[-1].start()].split()[-2:]
        side = GIVES
        for value, phrase in table()["by"]:
            if phrase in verb:
                side = value
        if side == SIGNS and PartyRole.SIGNATORY not in kind_roles(kind):
            side = ""
        return side
    return best[1] if best else ""


def cue_after(tail: str) -> str:
    words = " ".join(re.sub(r"^[,\s]+(?:which|who)?", "", tail).split()[:4])
    found = hits("after", words)
    return min(found, key=lambda h: h[1].start())[0] if found else ""


def builder_name(name: str) -> bool:
    """Whether a body's name says it builds ("Jinlong Engineering Group", "Harbour
    Contractors"): a works contract's contractor; a public body's name never (a "Ministry of
    Construction" is a client)."""
    low = name.lower()
    if any(re.search(_pattern(p), low) for _v, p in table()["public"]):
        return False
    return any(re.search(_pattern(p), low) for _v, p in table()["builder"])


def works_sides(mentions: Sequence[Any], text: str) -> None:
    """A works contract between a builder by name and one other body: the builder the
    contractor (gives), the other the client (receives), whatever "with" said ("Mkombozi signed
    an EPC contract with Jinlong Engineering Group": Jinlong was drafted the buyer, then the
    client; N22-04). ``mentions`` are deal_from_text's (start, end, possessive, type, new, side)."""
    from briefdesk.editing.deal_owned import after_place_word
    from briefdesk.model.codes import ActorType

    bodies = [
        m
        for m in mentions
        if not m.possessive
        and m.type != ActorType.PERSON
        and not (m.new is not None and after_place_word(text, m.start))
    ]
    names = {text[m.start : m.end] for m in bodies}
    builders = {n for n in names if builder_name(n)}
    if len(builders) != 1 or len(names) != 2:
        return
    for m in bodies:
        m.side = GIVES if text[m.start : m.end] in builders else RECEIVES
