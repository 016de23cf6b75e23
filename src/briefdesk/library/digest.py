"""A brief flattened into the rows the index stores; pure data, shared by both back ends.

Names are compared in a normal form (case, accents, punctuation and spacing folded), so "Ministry
of Defence" in one brief and "ministry of defence" in the next are one actor.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from briefdesk.library.same_question import statement_words
from briefdesk.model.brief import Brief, Money
from briefdesk.model.marking_rank import marking_rank

_PUNCT = re.compile(r"[^\w\s+-]+")
_SPACE = re.compile(r"\s+")


def statement_key(statement: str) -> str:
    """A fixed-length key of a judgment's wording, equal for the same words whatever their case,
    accents, punctuation, spacing or estimative words ("likely", "almost certainly": they say how
    likely, not what; :func:`same_question.statement_words`); "" for no words. A digest, not the
    text: a statement can be longer than a PostgreSQL index row may be."""
    words = " ".join(statement_words(norm(statement)))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:32] if words else ""


def norm(name: str) -> str:
    """Normal form of a name: ``"Dr. Aisha  Hashmi"`` → ``"dr aisha hashmi"``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()


@dataclass
class Digest:
    """Everything the library keeps of one brief (all plain strings and ints)."""

    brief_id: str
    sha256: str
    path: str
    title: str
    date: str
    kind: str
    marking: str
    marking_rank: int
    # (field path, text) rows for full-text search
    texts: list[tuple[str, str]] = field(default_factory=list)
    # (actor_id, name, norm, aliases joined by \n, alias norms joined by \n, type, role,
    #  affiliation, country)
    actors: list[tuple[str, str, str, str, str, str, str, str, str]] = field(default_factory=list)
    # (deal_id, title, kind, status, items text, value text)
    deals: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)
    # (deal_id, actor norm, role)
    parties: list[tuple[str, str, str]] = field(default_factory=list)
    # (deal_id, item norm)
    items: list[tuple[str, str]] = field(default_factory=list)
    # (name, norm, country)
    places: list[tuple[str, str, str]] = field(default_factory=list)
    # (judgment_id, statement, likelihood, confidence, rationale)
    judgments: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    # (judgment_id, subject) with subject "actor:<norm>" or "item:<norm>"
    subjects: list[tuple[str, str]] = field(default_factory=list)
    # (judgment_id, statement_key(statement)): the same judgment written in two briefs
    statement_keys: list[tuple[str, str]] = field(default_factory=list)
    # (outlet, outlet norm, grade, published)
    outlets: list[tuple[str, str, str, str]] = field(default_factory=list)


def digest_brief(brief: Brief, path: str, sha256: str) -> Digest:
    """Flatten a validated brief; the order of rows follows the brief."""
    header = brief.header
    day = header.date or brief.modified.date()
    d = Digest(
        brief_id=brief.id,
        sha256=sha256,
        path=path,
        title=header.title or header.subject or "(untitled)",
        date=day.isoformat(),
        kind=header.kind.value,
        marking=brief.marking.label,
        marking_rank=marking_rank(brief.marking),
    )
    from briefdesk.library.name_variants import name_variants

    _texts(brief, d)
    names: dict[str, str] = {}
    for actor in brief.actors:
        key = norm(actor.name)
        if not key:
            continue
        names[actor.id] = key
        alias_norms = [n for n in (norm(a) for a in actor.aliases) if n and n != key]
        # "Estonian Centre … (ECDI)" and "Centre …, Estonia" meet on one key (N14-24)
        alias_norms += [v for n in [actor.name, *actor.aliases] for v in name_variants(n)]
        alias_norms = [n for n in dict.fromkeys(alias_norms) if n != key]
        d.actors.append(
            (
                actor.id,
                actor.name,
                key,
                "\n".join(actor.aliases),
                "\n".join(alias_norms),
                actor.type.value,
                actor.role,
                _affiliation(brief, actor.affiliation, actor.affiliation_id),
                actor.country,
            )
        )
    for deal in brief.deals:
        items = [i.designation for i in deal.items if i.designation.strip()]
        value = ""
        if deal.value is not None:
            value = money_line(deal.value)
        d.deals.append(
            (deal.id, deal.title, deal.kind.value, deal.status.value, "; ".join(items), value)
        )
        for party in deal.parties:
            if party.actor_id in names:
                d.parties.append((deal.id, names[party.actor_id], party.role.value))
        d.items.extend((deal.id, norm(i)) for i in items if norm(i))
    for place in brief.places:
        if norm(place.name):
            d.places.append((place.name, norm(place.name), place.country))
    _judgments(brief, d)
    for source in brief.sources:
        if source.outlet.strip() and source.is_graded:
            published = source.published.isoformat() if source.published else d.date
            d.outlets.append((source.outlet, norm(source.outlet), source.grade, published))
    return d


def money_line(value: Money) -> str:
    """A deal's value as the brief and its export show it, "PHP 12.5 billion", the source's
    words after it only when they say something else (newcomer25 N25-19: the dossier printed
    one deal as typed words, "12.5 billion peso", another as "USD 600 million")."""
    from briefdesk.export.money_context import money_context

    return str(money_context(value, {})["text"])


def _affiliation(brief: Brief, text: str, actor_id: str | None) -> str:
    if actor_id:
        other = brief.actor(actor_id)
        if other is not None:
            return other.name
    return text


def _texts(brief: Brief, d: Digest) -> None:
    header = brief.header
    pairs = [
        # One row per field, so a hit names (and opens) the field its words are in (N11-18).
        ("header.title", header.title),
        ("header.subject", header.subject),
        ("bluf", brief.bluf),
        ("purpose", brief.purpose),
        ("background", brief.background),
        ("current_status", brief.current_status),
        ("considerations", brief.considerations),
        ("significance.outlook", brief.significance.outlook),
        ("notes", brief.notes),
    ]
    for i, kj in enumerate(brief.significance.judgments):
        pairs.append((f"significance.judgments[{i}].statement", kj.statement))
        pairs.append((f"significance.judgments[{i}].rationale", kj.rationale))
    for i, actor in enumerate(brief.actors):
        words = [actor.name, *actor.aliases, actor.role, actor.affiliation, actor.note]
        pairs.append((f"actors[{i}]", " · ".join(w for w in words if w)))
    for i, deal in enumerate(brief.deals):
        words = [deal.title, *(item.designation for item in deal.items), deal.note]
        pairs.append((f"deals[{i}]", " · ".join(w for w in words if w)))
    for i, source in enumerate(brief.sources):
        pairs.append((f"sources[{i}].text", _titled_text(source.title, source.text)))
    d.texts = [(path, text) for path, text in pairs if text.strip()]


def _titled_text(title: str, text: str) -> str:
    """The source's title then its text, the title once: most texts open with their own
    headline, and the snippet printed it twice ("Nordvik wins … Nordvik wins …", N14-25)."""
    head = " ".join(text[: len(title) * 2 + 20].split()).casefold()
    if not title.strip() or head.startswith(" ".join(title.split()).casefold()):
        return text
    return f"{title}\n{text}"


def _judgments(brief: Brief, d: Digest) -> None:
    """Link each judgment to the actors and deal items its statement names (all items if none)."""
    names: list[tuple[str, str]] = []
    for actor in brief.actors:
        subject = f"actor:{norm(actor.name)}"
        names.extend((norm(n), subject) for n in [actor.name, *actor.aliases] if norm(n))
    all_items = sorted({f"item:{n}" for _, n in d.items})
    names.extend((subject[5:], subject) for subject in all_items)
    for kj in brief.significance.judgments:
        if not kj.statement.strip():
            continue
        d.judgments.append(
            (
                kj.id,
                kj.statement,
                kj.likelihood.value if kj.likelihood else "",
                kj.confidence.value if kj.confidence else "",
                kj.rationale,
            )
        )
        if key := statement_key(kj.statement):
            d.statement_keys.append((kj.id, key))
        padded = f" {norm(kj.statement)} "
        found = sorted({subject for n, subject in names if f" {n} " in padded})
        if not any(s.startswith("item:") for s in found):
            found.extend(all_items)
        d.subjects.extend((kj.id, s) for s in found)
