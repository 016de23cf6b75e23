"""Suggestions as the user meets them, without Qt: one flat list per source, a stable key for
each, and whether the brief already holds it.

The window lists these (gui/suggestions.py) and the CLI's ``draft`` uses the same functions, so
both decide alike which suggestions a draft *took* and remember their keys (editing/memory.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefdesk.editing import linking
from briefdesk.model import Brief, Source, Span

KINDS: tuple[tuple[str, str], ...] = (
    ("actors", "Actors"),
    ("deals", "Deals"),
    ("places", "Places"),
    ("dates", "Dates"),
    ("significance", "Significance"),
)


@dataclass(eq=False)
class Suggestion:
    """One thing the extractor found in a source, as listed for the user."""

    kind: str
    label: str
    source_id: str
    spans: list[Span] = field(default_factory=list)
    raw: Any = None
    detail: str = ""
    name: str = ""  # the bare name/sentence the record gets (label may add role, value…)


def suggestion_key(suggestion: Suggestion) -> str:
    """What stays the same when the same source is read again: the extractor's stable key
    (``actor:person:khalil hashmi``), else kind, words and where."""
    key = getattr(suggestion.raw, "key", "")
    if isinstance(key, str) and key:
        return key
    where = ",".join(f"{span.start}-{span.end}" for span in suggestion.spans)
    return f"{suggestion.kind}:{suggestion.label}:{where}"


def _as_span(value: Any, source: Source) -> Span | None:
    if isinstance(value, Span):
        return value
    start = getattr(value, "start", None)
    end = getattr(value, "end", None)
    if isinstance(value, tuple | list) and len(value) >= 2:
        start, end = value[0], value[1]
    if (
        not isinstance(start, int)
        or not isinstance(end, int)
        or not 0 <= start <= end <= len(source.text)
    ):
        return None
    return Span(source_id=source.id, start=start, end=end, quote=source.text[start:end])


def _spans(raw: Any, source: Source) -> list[Span]:
    found: list[Span] = []
    for name in ("evidence", "spans"):
        values = getattr(raw, name, None)
        if values:
            for value in values:
                span = _as_span(value, source)
                if span is not None:
                    found.append(span)
            break
    return found


def from_extraction(extraction: Any, source: Source) -> list[Suggestion]:
    """Flatten an ``Extraction`` into suggestions; tolerant of missing kinds."""
    from briefdesk.editing.source_own import source_own
    from briefdesk.editing.state_home import home_only

    out: list[Suggestion] = []
    for kind, _title in KINDS:
        for raw in getattr(extraction, kind, None) or []:
            names = [str(getattr(raw, "name", "")), *getattr(raw, "aliases", [])]
            if kind == "actors" and source_own(names, source):
                continue  # the byline's writer, the agency that sent it (N18-13)
            if kind == "actors" and home_only(raw, extraction, source.text):
                continue  # "X BV of the Netherlands": X's country, listed with X (round 23)
            label = str(getattr(raw, "label", "") or getattr(raw, "name", "") or raw)
            detail = str(getattr(raw, "detail", "") or "")
            name = str(
                getattr(raw, "name", "")
                or getattr(raw, "sentence", "")
                or getattr(raw, "text", "")
                or label
            )
            out.append(Suggestion(kind, label, source.id, _spans(raw, source), raw, detail, name))
    return out


def in_brief(brief: Brief, suggestion: Suggestion) -> bool:
    """True when the brief already holds what ``suggestion`` offers (an actor by a name or
    alias, the deal, a judgment citing the sentence, the place, the date)."""
    if suggestion.kind == "actors":
        names = [suggestion.name, *getattr(suggestion.raw, "aliases", [])]
        return any(linking.find_actor(brief, n) is not None for n in names)
    if suggestion.kind == "deals":
        if _fills_sides(brief, suggestion):
            return False
        return linking.deal_in_brief(brief, suggestion.raw, suggestion.label) or _cited_deal(
            brief, suggestion
        )
    if suggestion.kind == "significance":
        # Cited for a judgment already (or typed in as one, in older briefs).
        wanted = " ".join(suggestion.name.split()).casefold()
        return any(
            " ".join(j.statement.split()).casefold() == wanted
            or any(linking.has_span(j.evidence, span) for span in suggestion.spans)
            for j in brief.significance.judgments
        )
    if suggestion.kind == "places":
        wanted = suggestion.name.casefold()
        return any(p.name.casefold() == wanted for p in brief.places)
    if suggestion.kind == "dates":
        return linking.date_in_brief(
            brief,
            getattr(suggestion.raw, "resolved", None),
            [s.quote for s in suggestion.spans],
            suggestion.label,
        )
    return False


def taken_keys(brief: Brief, source: Source, extraction: Any) -> set[str]:
    """Keys of the suggestions from ``source`` that the brief already holds."""
    return {suggestion_key(s) for s in from_extraction(extraction, source) if in_brief(brief, s)}


def _fills_sides(brief: Brief, suggestion: Suggestion) -> bool:
    """A half of a deal in the brief that names a side the deal lacks (the draft leaves guessed
    sides out): offered still, accepting it fills the side (editing/same_deal.py)."""
    from briefdesk.editing.same_deal import adds_sides
    from briefdesk.extract.results import DealSuggestion

    source = brief.source(suggestion.source_id)
    raw = suggestion.raw
    return isinstance(raw, DealSuggestion) and source is not None and adds_sides(brief, raw, source)


def _cited_deal(brief: Brief, suggestion: Suggestion) -> bool:
    """A deal is taken when a deal of its kind already cites all its words and states no
    other value: the draft titled "arms sale" "Arms sale to Poland", and the Suggestions
    offered it again (N10-23); a loan built with *New deal from selection* named its item or
    sides in other words than the suggestion, which stayed listed and could be added a second
    time (round 23, newcomer22's leftover 4). Two amounts in the words are two deals; a value
    or an item the deal lacks keeps the suggestion offered (accepting it fills them)."""
    raw = suggestion.raw
    if not suggestion.spans:
        return False
    kind = getattr(raw, "kind", "")
    kind = str(getattr(kind, "value", kind))
    value = getattr(raw, "value", None)
    item = getattr(raw, "item", "")
    return any(
        str(deal.kind.value) == kind
        and all(_mostly_cited(deal.evidence, span) for span in suggestion.spans)
        and (value is None or (deal.value is not None and _same_money(deal.value, value)))
        and (not item or bool(deal.items))
        for deal in brief.deals
    )


def _same_money(held: Any, value: Any) -> bool:
    return bool(
        held.amount == getattr(value, "amount", None)
        and held.currency == getattr(value, "currency", None)
    )


# Share of a suggestion's evidence a deal must cite to have taken it: a deal made from a
# selection ("New deal from selection") cites the sentence without its dateline, and the
# suggestion, whose evidence starts at "BRUSSELS, June 3 (Wire) -", stayed offered.
_MOSTLY = 0.8


def _mostly_cited(cited: list[Span], span: Span) -> bool:
    """The deal cites ``span`` itself, or spans covering at least ``_MOSTLY`` of its characters."""
    if linking.has_span(cited, span):
        return True
    length = span.end - span.start
    covered = sum(
        max(0, min(c.end, span.end) - max(c.start, span.start))
        for c in cited
        if c.source_id == span.source_id
    )
    return length > 0 and covered >= _MOSTLY * length
