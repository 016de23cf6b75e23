"""The template context: a brief turned into plain data (str, int, bool, None, list, dict).

Templates only ever see this data, never model objects, so a template cannot reach Python
internals through the brief, and the set of variables is stable and documented in
``docs/templates.md``. Every string passes through :func:`briefdesk.export.text.clean`.
"""

from __future__ import annotations

import re
from typing import Any

from briefdesk import __version__
from briefdesk.export import house
from briefdesk.export.formats import (
    join_words,
    label,
    long_date,
    money_full,
    money_short,
    short_date,
)
from briefdesk.export.marking_context import MarkingContext
from briefdesk.export.money_context import money_context
from briefdesk.export.source_context import source_context
from briefdesk.export.text import clean, full_stop, paragraphs, plain_text
from briefdesk.model.brief import Actor, Brief, Deal, Span
from briefdesk.model.codes import (
    LIKELIHOOD_PERCENT,
    TLP_COLOURS,
    ActorType,
    DealKind,
    Likelihood,
    MarkingScheme,
    PartyRole,
    country_name,
    role_words,
)
from briefdesk.model.status_words import status_label

CONTEXT_VERSION = 1
__all__ = [
    "CONTEXT_VERSION",
    "build_context",
    "join_words",
    "label",
    "long_date",
    "money_full",
    "money_short",
    "short_date",
]

_ACTOR_GROUPS: tuple[tuple[ActorType, str, str], ...] = (
    (ActorType.STATE, "states", "States"),
    (
        ActorType.INTERNATIONAL_ORGANIZATION,
        "international_organizations",
        "International organisations",
    ),
    (ActorType.ORGANIZATION, "organizations", "Organisations"),
    (ActorType.PERSON, "people", "People"),
)


def _prose(name: str, text: str) -> dict[str, Any]:
    return {name: plain_text(text), f"{name}_paragraphs": paragraphs(text)}


class _Citations:
    """Numbers sources in brief order and turns evidence spans into ``[1, 2]``."""

    def __init__(self, brief: Brief) -> None:
        self.numbers = {source.id: n for n, source in enumerate(brief.sources, start=1)}

    def of(self, *spans: list[Span]) -> dict[str, Any]:
        numbers = sorted(
            {
                self.numbers[s.source_id]
                for group in spans
                for s in group
                if s.source_id in self.numbers
            }
        )
        text = f"[{', '.join(str(n) for n in numbers)}]" if numbers else ""
        return {"cites": numbers, "citations": text}


def build_context(brief: Brief) -> dict[str, Any]:
    """Everything a template may use, as plain data; see ``docs/templates.md``."""
    cite = _Citations(brief)
    actors = [_actor(a, brief, cite) for a in brief.actors]
    by_type: dict[str, list[dict[str, Any]]] = {key: [] for _, key, _ in _ACTOR_GROUPS}
    for actor, data in zip(brief.actors, actors, strict=True):
        by_type[_group_key(actor.type)].append(data)
    groups = [
        {"type": kind.value, "key": key, "label": title, "actors": by_type[key]}
        for kind, key, title in _ACTOR_GROUPS
        if by_type[key]
    ]
    deals = [_deal(d, n, brief, cite) for n, d in enumerate(brief.deals, start=1)]
    for deal, name in zip(deals, house.deal_names(deals), strict=True):
        deal["name"] = name
    judgments = [_judgment(j, n, cite) for n, j in enumerate(brief.significance.judgments, start=1)]
    header = _header(brief)
    marking = _marking(brief)
    context: dict[str, Any] = {
        "context_version": CONTEXT_VERSION,
        "generator": f"BriefDesk {__version__}",
        "brief_id": brief.id,
        "title": header["title"] or header["subject"],
        "modified": brief.modified.date().isoformat(),
        "modified_long": long_date(brief.modified.date()),
        "header": header,
        "marking": marking,
        **_prose("bluf", brief.bluf),
        **_prose("purpose", brief.purpose),
        **_prose("background", brief.background),
        **_prose("current_status", brief.current_status),
        **_prose("considerations", brief.considerations),
        **_prose("notes", brief.notes),
        "options": [
            {
                "number": n,
                "label": clean(o.label),
                "heading": _option_heading(n, clean(o.label).strip()),
                **_prose("description", o.description),
                "pros": [clean(p) for p in o.pros if p.strip()],
                "cons": [clean(c) for c in o.cons if c.strip()],
            }
            for n, o in enumerate(brief.options, start=1)
        ],
        "recommendations": [
            {
                "number": n,
                **_prose("text", r.text),
                "choices": [clean(c) for c in r.choices if c.strip()],
                "choices_text": "   ".join(f"☐ {clean(c)}" for c in r.choices if c.strip()),
                "due_by": r.due_by.isoformat() if r.due_by else "",
                "due_by_long": long_date(r.due_by),
                "due_label": "Decision by" if brief.header.kind.value == "decision" else "Reply by",
            }
            for n, r in enumerate(brief.recommendations, start=1)
        ],
        "actors": actors,
        "actors_by_type": by_type,
        "actor_groups": groups,
        "deals": deals,
        "places": [
            {
                "name": clean(p.name),
                "country": p.country,
                "country_name": country_name(p.country) if p.country else "",
                **_prose("note", p.note),
                **cite.of(p.evidence),
            }
            for p in brief.places
        ],
        "judgments": judgments,
        "implications": [
            {"domain": house.label_case(clean(i.domain)), **_prose("text", i.text)}
            for i in brief.significance.implications
        ],
        **_prose("outlook", brief.significance.outlook),
        "indicators": [i for j in judgments for i in j["indicators"]],
        "sources": [source_context(s, n) for n, s in enumerate(brief.sources, start=1)],
        "likelihood_scale": [
            {"words": lk.words, "range": _range_text(lk), "low": lo, "high": hi}
            for lk, (lo, hi) in LIKELIHOOD_PERCENT.items()
        ],
    }
    context["keywords"] = _keywords(context)
    return context


def _option_heading(number: int, text: str) -> str:
    # Labels such as "A. Note and monitor" already carry their own letter or number.
    if re.match(r"^(option\s+)?[A-Z0-9]{1,2}[.):]\s", text, re.IGNORECASE):
        return text
    return f"Option {number}: {text}" if text else f"Option {number}"


def _group_key(kind: ActorType) -> str:
    return next(key for k, key, _ in _ACTOR_GROUPS if k is kind)


def _header(brief: Brief) -> dict[str, Any]:
    h = brief.header
    sender = h.from_
    sender_parts = [clean(sender.name), clean(sender.title), clean(sender.unit)]
    return {
        "title": clean(h.title).strip(),
        "subject": clean(h.subject).strip(),
        "kind": h.kind.value,
        "kind_label": label(h.kind.value),
        "status": h.status.value,
        "status_label": label(h.status.value),
        "date": h.date.isoformat() if h.date else "",
        "date_long": long_date(h.date),
        "critical_date": h.critical_date.isoformat() if h.critical_date else "",
        "critical_date_long": long_date(h.critical_date),
        "critical_reason": clean(h.critical_reason),
        "critical_label": house.critical_label(h.kind.value),
        "to": clean(h.to),
        "through": clean(h.through),
        "sender": {
            "name": clean(sender.name),
            "title": clean(sender.title),
            "unit": clean(sender.unit),
            "phone": clean(sender.phone),
            "email": clean(sender.email),
            "line": ", ".join(p for p in sender_parts if p),
        },
        "cleared_by": clean(h.cleared_by),
        "file_number": clean(h.file_number),
    }


def _marking(brief: Brief) -> dict[str, Any]:
    m = brief.marking
    is_tlp = m.scheme is MarkingScheme.TLP
    # Prints as its label: {{ marking }} shows "TLP:AMBER", not the dict.
    return MarkingContext(
        {
            "scheme": m.scheme.value,
            "level": clean(m.level),
            "caveats": clean(m.caveats),
            "label": clean(m.label),
            "is_tlp": is_tlp,
            # TLP 2.0 prints the label in its colour on black; other schemes stay black on white.
            "colour": TLP_COLOURS.get(m.level, "000000") if is_tlp else "000000",
            "background": "000000" if is_tlp else "",
        }
    )


def _matching_aids(actor: Actor) -> frozenset[str]:
    """A state's demonyms and capitals: left out of the printed aliases."""
    if actor.type is not ActorType.STATE:
        return frozenset()
    from briefdesk.world import matching_aids, world

    code = actor.country or world().code_of(actor.name.strip())
    return matching_aids(code) if code else frozenset()


def _actor(actor: Actor, brief: Brief, cite: _Citations) -> dict[str, Any]:
    affiliation = clean(actor.affiliation)
    if actor.affiliation_id and (linked := brief.actor(actor.affiliation_id)) is not None:
        affiliation = clean(linked.name)
    return {
        "id": actor.id,
        "type": actor.type.value,
        "type_label": label(actor.type.value),
        "name": clean(actor.name),
        "aliases": [clean(a) for a in actor.aliases if a.strip()],
        "aliases_text": ", ".join(
            house.informative_aliases(
                clean(actor.name), [clean(a) for a in actor.aliases], _matching_aids(actor)
            )
        ),
        "role": clean(actor.role),
        "affiliation": affiliation,
        "role_and_affiliation": house.role_and_affiliation(
            clean(actor.role).strip(), affiliation.strip(), actor.country
        ),
        "country": actor.country,
        "country_name": country_name(actor.country) if actor.country else "",
        "stance": clean(actor.stance),
        **_prose("note", actor.note),
        **cite.of(actor.evidence),
    }


def _made_titles(deal: Deal, parties: list[dict[str, Any]]) -> tuple[str, ...]:
    """The titles BriefDesk itself gives this deal (accepting, drafting, ``deals add``): an
    item's name, or "Loan to Ghana" from its kind and sides."""
    from types import SimpleNamespace

    from briefdesk.editing.accept import deal_title
    from briefdesk.model.codes import slot_names

    buyer, seller = slot_names(deal.kind, [(str(p["role"]), str(p["name"])) for p in parties])
    sides = {"buyer": buyer, "seller": seller}
    items = [i.designation for i in deal.items if i.designation.strip()] or [""]
    return tuple(
        deal_title(SimpleNamespace(item=item, kind=deal.kind.value, **sides)) for item in items
    )


def _role_label(role: PartyRole, kind: DealKind) -> str:
    """ "Lender", and a grant's "Donor": the kind's own word where it has one (N16-09)."""
    own = role_words(role, kind)
    return own if own != role_words(role) else label(role.value)


def _deal(deal: Deal, number: int, brief: Brief, cite: _Citations) -> dict[str, Any]:
    parties = []
    for party in deal.parties:
        actor = brief.actor(party.actor_id)
        parties.append(
            {
                "actor_id": party.actor_id,
                "name": clean(actor.name) if actor else party.actor_id,
                "type_label": label(actor.type.value) if actor else "",
                "country_name": country_name(actor.country) if actor and actor.country else "",
                "role": party.role.value,
                "role_label": _role_label(party.role, deal.kind),
            }
        )
    items = [
        {
            "designation": clean(i.designation),
            "category": clean(i.category),
            "quantity": i.quantity,
            "quantity_text": str(i.quantity) if i.quantity is not None else "",
            "text": f"{i.quantity} × {clean(i.designation)}"
            if i.quantity
            else clean(i.designation),
            **cite.of(i.evidence),
        }
        for i in deal.items
    ]
    value = money_context(deal.value, cite.of(deal.value.evidence), brief) if deal.value else None
    by_role: dict[str, list[str]] = {}
    for p in parties:
        by_role.setdefault(p["role"], []).append(p["name"])
    evidence = [deal.evidence, *(i.evidence for i in deal.items)]
    if deal.value:
        evidence.append(deal.value.evidence)
    data: dict[str, Any] = {
        "number": number,
        "id": deal.id,
        "kind": deal.kind.value,
        "kind_label": label(deal.kind.value),
        "title": clean(deal.title),
        "status": deal.status.value,
        "status_label": status_label(deal.kind, deal.status),
        "parties": parties,
        # Every role of the model, "" when nobody holds it: any template may ask (N14-19).
        "parties_by_role": {r.value: join_words(by_role.get(r.value, [])) for r in PartyRole},
        "parties_text": "; ".join(f"{p['name']} ({p['role_label'].lower()})" for p in parties),
        "items": items,
        "items_text": join_words([i["text"] for i in items]),
        "value": value,
        "value_text": value["text"] if value else "",
        "dates": {
            "announced": deal.dates.announced.isoformat() if deal.dates.announced else "",
            "announced_long": long_date(deal.dates.announced),
            "signed": deal.dates.signed.isoformat() if deal.dates.signed else "",
            "signed_long": long_date(deal.dates.signed),
            "delivery": clean(deal.dates.delivery),
        },
        **_prose("note", deal.note),
        **cite.of(*evidence),
    }
    data["heading"] = house.deal_heading(data, _made_titles(deal, parties))
    data["status_line"] = house.status_line(
        data["status_label"],
        data["dates"]["signed_long"],
        data["dates"]["announced_long"],
        data["status"],
    )
    data["sentence"] = house.deal_sentence(data)
    return data


def _range_text(likelihood: Likelihood) -> str:
    low, high = likelihood.percent_range
    return f"{low}–{high}%"


def _judgment(j: Any, number: int, cite: _Citations) -> dict[str, Any]:
    lk: Likelihood | None = j.likelihood
    words = lk.words if lk else ""
    low, high = lk.percent_range if lk else (None, None)
    confidence = j.confidence.value if j.confidence else ""
    estimate = f"{words.capitalize()} ({_range_text(lk)})" if lk else ""
    statement = clean(j.statement).strip()
    sentence = full_stop(statement)
    assessment = ", ".join(
        p for p in (estimate, f"{confidence} confidence" if confidence else "") if p
    )
    assessment = f"{assessment[:1].upper()}{assessment[1:]}." if assessment else ""
    cited = cite.of(j.evidence)
    return {
        "number": number,
        "statement": statement,
        "sentence": sentence,
        # The whole judgment as one line, for a template that prints one field (N14-20).
        "line": " ".join(p for p in (sentence, assessment, cited.get("citations", "")) if p),
        "assessment": assessment,
        "likelihood": lk.value if lk else "",
        "likelihood_words": words,
        # "_label": the printable words, as deals' kind_label and status_label (N13-21).
        "likelihood_label": words.capitalize(),
        "likelihood_range": _range_text(lk) if lk else "",
        "likelihood_low": low,
        "likelihood_high": high,
        "confidence": confidence,
        "confidence_text": f"{confidence} confidence" if confidence else "",
        "confidence_label": f"{confidence.capitalize()} confidence" if confidence else "",
        "estimate": estimate,
        **_prose("rationale", j.rationale),
        "indicators": [clean(i) for i in j.indicators if i.strip()],
        **cited,
    }


def _keywords(context: dict[str, Any]) -> list[str]:
    words: list[str] = []
    for actor in context["actors"]:
        if actor["type"] != "person":
            words.append(actor["name"])
    for deal in context["deals"]:
        words.append(deal["kind_label"])
        # Hardware designations (items with a quantity), not services such as "training".
        words.extend(i["designation"] for i in deal["items"] if i["designation"] and i["quantity"])
    return [w for w in dict.fromkeys(words) if w]
